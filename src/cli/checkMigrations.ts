/**
 * `npm run migrate:check`: fails when the collections and the committed SQLite migrations
 * disagree, i.e. when `payload migrate:create` would write a new migration. Nothing is left behind.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { projectRoot } from '../paths'
import { run } from './common'

const dir = path.join(projectRoot, 'src/migrations')
const before = new Set(fs.readdirSync(dir))
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'eafs-migrate-check-'))

try {
  await run(
    process.execPath,
    [path.join(projectRoot, 'node_modules/payload/bin.js'), 'migrate:create', 'drift', '--skip-empty'],
    {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URI: `file:${path.join(scratch, 'check.db')}`,
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'migration-check-only-secret-000000000000',
      LOG_LEVEL: 'warn',
    },
  )
} finally {
  fs.rmSync(scratch, { recursive: true, force: true })
}

const added = fs.readdirSync(dir).filter((name) => !before.has(name))
if (added.length > 0) {
  for (const name of added) fs.rmSync(path.join(dir, name))
  // The index is rewritten by migrate:create; put it back.
  await run('git', ['checkout', '--', 'src/migrations/index.ts']).catch(() => undefined)
  console.error(
    'The SQLite migrations do not match the collections. Run `npm run migrate:create -- <name>` and commit the result.',
  )
  process.exit(1)
}
console.log('SQLite migrations match the collections.')
