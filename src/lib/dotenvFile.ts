import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import dotenv from 'dotenv'

import { projectRoot } from '../paths'

/**
 * On a fresh clone there is no .env: write one from .env.example with a newly generated
 * PAYLOAD_SECRET. An existing .env is never touched. Variables already set in the environment
 * win over the file. Returns the path written, or null when .env already existed.
 */
export function ensureDotEnv(root: string = projectRoot): string | null {
  const target = path.join(root, '.env')
  let written: string | null = null
  if (!fs.existsSync(target)) {
    const example = fs.readFileSync(path.join(root, '.env.example'), 'utf8')
    const secret = crypto.randomBytes(32).toString('hex')
    const content = example.replace(/^PAYLOAD_SECRET=.*$/m, `PAYLOAD_SECRET=${secret}`)
    fs.writeFileSync(target, content, { flag: 'wx', mode: 0o600 })
    written = target
  }
  dotenv.config({ path: target, quiet: true })
  return written
}
