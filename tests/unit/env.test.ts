import { describe, expect, it } from '@jest/globals'

import { EnvError, maskURI, readEnv } from '../../src/env'

const secret = 'a'.repeat(40)

const problemsOf = (source: Record<string, string>): string[] => {
  try {
    readEnv(source)
  } catch (error) {
    if (error instanceof EnvError) return error.problems
    throw error
  }
  return []
}

describe('readEnv', () => {
  it('uses the documented defaults', () => {
    const env = readEnv({ PAYLOAD_SECRET: secret })
    expect(env).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      serverURL: 'http://localhost:3000',
      databaseURI: 'file:./data/cms.db',
      databaseKind: 'sqlite',
      dbConnectTimeoutMs: 10_000,
      mediaMaxFileSizeBytes: 20 * 1024 * 1024,
      firstAdmin: null,
      seedOnStart: true,
    })
  })

  it('picks the adapter from DATABASE_URI', () => {
    expect(readEnv({ PAYLOAD_SECRET: secret, DATABASE_URI: 'mongodb://db:27017/eafs' }).databaseKind).toBe('mongodb')
    expect(readEnv({ PAYLOAD_SECRET: secret, DATABASE_URI: 'mongodb+srv://u:p@c.example/eafs' }).databaseKind).toBe('mongodb')
    expect(readEnv({ PAYLOAD_SECRET: secret, DATABASE_URI: 'file:/tmp/x.db' }).databaseKind).toBe('sqlite')
    expect(problemsOf({ PAYLOAD_SECRET: secret, DATABASE_URI: 'postgres://u:hunter2@db/eafs' })).toEqual([
      'DATABASE_URI must start with mongodb://, mongodb+srv:// or file: (got "postgres://u:****@db/eafs").',
    ])
  })

  it('refuses a production start with a short or missing secret, naming the rule', () => {
    expect(problemsOf({ NODE_ENV: 'production', PAYLOAD_SECRET: 'short' })).toEqual([
      'PAYLOAD_SECRET is 5 characters long; production needs at least 32 (e.g. `openssl rand -hex 32`).',
    ])
    expect(problemsOf({ NODE_ENV: 'production' })[0]).toMatch(/^PAYLOAD_SECRET is not set/)
    expect(readEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: secret }).isProduction).toBe(true)
  })

  it('reports every problem at once, one line each', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      ADMIN_EMAIL: 'chair@eafs.example',
      MEDIA_MAX_FILE_SIZE_MB: '0',
      SEED_ON_START: 'maybe',
    })
    expect(problems).toHaveLength(5)
    expect(problems.join('\n')).toMatch(/PORT .*"eighty"/)
    expect(problems.join('\n')).toMatch(/ADMIN_EMAIL and ADMIN_PASSWORD go together/)
    expect(problems.join('\n')).toMatch(/MEDIA_MAX_FILE_SIZE_MB/)
    expect(problems.join('\n')).toMatch(/SEED_ON_START must be true or false/)
    expect(problems.join('\n')).toMatch(/PAYLOAD_SECRET is not set/)
  })

  it('accepts a first admin only with a real email and a long password', () => {
    expect(problemsOf({ PAYLOAD_SECRET: secret, ADMIN_EMAIL: 'x', ADMIN_PASSWORD: 'long-enough-pass' })).toEqual([
      'ADMIN_EMAIL is not an email address (got "x").',
    ])
    expect(problemsOf({ PAYLOAD_SECRET: secret, ADMIN_EMAIL: 'a@b.co', ADMIN_PASSWORD: 'short' })[0]).toMatch(/at least 12/)
    expect(readEnv({ PAYLOAD_SECRET: secret, ADMIN_EMAIL: 'a@b.co', ADMIN_PASSWORD: 'long-enough-pass' }).firstAdmin).toEqual({
      email: 'a@b.co',
      password: 'long-enough-pass',
    })
  })

  it('masks passwords in connection strings', () => {
    expect(maskURI('mongodb://eafs:s3cr3t@db.example:27017/eafs?replicaSet=rs0')).toBe(
      'mongodb://eafs:****@db.example:27017/eafs?replicaSet=rs0',
    )
    expect(maskURI('file:./data/cms.db')).toBe('file:./data/cms.db')
  })
})
