import { afterEach, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ensureDotEnv } from '../../src/lib/dotenvFile'
import { projectRoot } from '../../src/paths'

const dirs: string[] = []
const scratch = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eafs-dotenv-'))
  fs.copyFileSync(path.join(projectRoot, '.env.example'), path.join(dir, '.env.example'))
  dirs.push(dir)
  return dir
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
  delete process.env.EAFS_DOTENV_PROBE
})

describe('ensureDotEnv', () => {
  it('writes .env from .env.example with a fresh 64-hex secret', () => {
    const dir = scratch()
    expect(ensureDotEnv(dir)).toBe(path.join(dir, '.env'))
    const written = fs.readFileSync(path.join(dir, '.env'), 'utf8')
    expect(written).toMatch(/^PAYLOAD_SECRET=[0-9a-f]{64}$/m)
    expect(written).toContain('DATABASE_URI=file:./data/cms.db')
    const other = scratch()
    ensureDotEnv(other)
    expect(fs.readFileSync(path.join(other, '.env'), 'utf8')).not.toBe(written)
  })

  it('never overwrites an existing .env, and the environment wins over it', () => {
    const dir = scratch()
    fs.writeFileSync(path.join(dir, '.env'), 'EAFS_DOTENV_PROBE=from-file\n')
    process.env.EAFS_DOTENV_PROBE = 'from-environment'
    expect(ensureDotEnv(dir)).toBeNull()
    expect(fs.readFileSync(path.join(dir, '.env'), 'utf8')).toBe('EAFS_DOTENV_PROBE=from-file\n')
    expect(process.env.EAFS_DOTENV_PROBE).toBe('from-environment')
  })
})
