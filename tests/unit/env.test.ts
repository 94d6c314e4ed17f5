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
    expect(readEnv({ PAYLOAD_SECRET: secret, DATABASE_URI: 'mongodb+srv://u:p@c.example/eafs' }).databaseKind).toBe(
      'mongodb',
    )
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
    expect(problemsOf({ PAYLOAD_SECRET: secret, ADMIN_EMAIL: 'a@b.co', ADMIN_PASSWORD: 'short' })[0]).toMatch(
      /at least 12/,
    )
    expect(
      readEnv({ PAYLOAD_SECRET: secret, ADMIN_EMAIL: 'a@b.co', ADMIN_PASSWORD: 'long-enough-pass' }).firstAdmin,
    ).toEqual({
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

describe('e-mail and request bounds in the environment', () => {
  it('sends no mail without SMTP_HOST, from no-reply at the CMS host', () => {
    const env = readEnv({ PAYLOAD_SECRET: secret, SERVER_URL: 'https://cms.eafs.az' })
    expect(env.smtp).toBeNull()
    expect(env.emailFrom).toEqual({ name: 'EAFS', address: 'no-reply@cms.eafs.az' })
    expect(env).toMatchObject({ apiMaxLimit: 100, requestTimeoutMs: 10_000 })
  })

  it('reads SMTP settings, with TLS on port 465 unless said otherwise', () => {
    const env = readEnv({
      PAYLOAD_SECRET: secret,
      SMTP_HOST: 'smtp.example.org',
      SMTP_PORT: '465',
      SMTP_USER: 'cms',
      SMTP_PASSWORD: 'pw',
      EMAIL_FROM: '"جمعية الصداقة" <news@eafs.az>',
    })
    expect(env.smtp).toEqual({ host: 'smtp.example.org', port: 465, secure: true, auth: { user: 'cms', pass: 'pw' } })
    expect(env.emailFrom).toEqual({ name: 'جمعية الصداقة', address: 'news@eafs.az' })
    expect(
      readEnv({ PAYLOAD_SECRET: secret, SMTP_HOST: 'mail', SMTP_SECURE: 'false', SMTP_PORT: '465' }).smtp?.secure,
    ).toBe(false)
    expect(readEnv({ PAYLOAD_SECRET: secret, SMTP_HOST: 'mail' }).smtp).toEqual({
      host: 'mail',
      port: 587,
      secure: false,
      auth: null,
    })
  })

  it('names every wrong e-mail or bound setting on its own line', () => {
    expect(problemsOf({ PAYLOAD_SECRET: secret, SMTP_USER: 'cms', SMTP_PASSWORD: 'pw' })).toEqual([
      'SMTP_USER and SMTP_PASSWORD are set but SMTP_HOST is not.',
    ])
    expect(
      problemsOf({
        PAYLOAD_SECRET: secret,
        SMTP_HOST: 'bad host',
        SMTP_PORT: '70000',
        SMTP_SECURE: 'maybe',
        SMTP_USER: 'cms',
        EMAIL_FROM: 'not an address',
        API_MAX_LIMIT: '0',
        REQUEST_TIMEOUT_MS: 'soon',
      }),
    ).toEqual([
      'SMTP_HOST must be a host name or address (got "bad host").',
      'SMTP_PORT must be a whole number from 1 to 65535 (got "70000").',
      'SMTP_SECURE must be true or false (got "maybe").',
      'SMTP_USER and SMTP_PASSWORD go together: set both or neither.',
      'EMAIL_FROM must be an e-mail address or "Name <address>" (got "not an address").',
      'API_MAX_LIMIT must be a whole number from 1 to 1000 (got "0").',
      'REQUEST_TIMEOUT_MS must be a whole number from 1 to 300000 (got "soon").',
    ])
  })

  it('reads the caching settings, with 0 allowed where it means "not at all"', () => {
    expect(readEnv({ PAYLOAD_SECRET: secret })).toMatchObject({
      cache: {
        maxAgeSeconds: 0,
        sharedMaxAgeSeconds: 30,
        staleWhileRevalidateSeconds: 60,
        maxEntries: 2000,
        maxBytes: 64 * 1024 * 1024,
      },
      redisURL: null,
      serverTiming: false,
    })
    expect(
      readEnv({
        PAYLOAD_SECRET: secret,
        RESPONSE_CACHE_ENTRIES: '0',
        CACHE_S_MAXAGE: '0',
        REDIS_URL: 'redis://cache:6379',
      }),
    ).toMatchObject({
      cache: { maxEntries: 0, sharedMaxAgeSeconds: 0 },
      redisURL: 'redis://cache:6379',
    })
    expect(
      problemsOf({
        PAYLOAD_SECRET: secret,
        CACHE_MAX_AGE: '-1',
        RESPONSE_CACHE_MB: '0',
        REDIS_URL: 'http://user:secret@cache',
        SERVER_TIMING: 'often',
      }),
    ).toEqual([
      'CACHE_MAX_AGE must be a whole number from 0 to 31536000 (got "-1").',
      'RESPONSE_CACHE_MB must be a whole number from 1 to 65536 (got "0").',
      'REDIS_URL must start with redis:// or rediss:// (got "http://user:****@cache").',
      'SERVER_TIMING must be true or false (got "often").',
    ])
  })

  it('reads media storage on S3 only when a bucket is named, and says what is wrong with it', () => {
    expect(readEnv({ PAYLOAD_SECRET: secret }).s3).toBeNull()
    expect(
      readEnv({
        PAYLOAD_SECRET: secret,
        S3_BUCKET: 'eafs-media',
        S3_ENDPOINT: 'http://minio:9000',
        S3_FORCE_PATH_STYLE: 'true',
        S3_ACCESS_KEY_ID: 'key',
        S3_SECRET_ACCESS_KEY: 'secret-key',
      }).s3,
    ).toEqual({
      bucket: 'eafs-media',
      region: 'us-east-1',
      endpoint: 'http://minio:9000',
      credentials: { accessKeyId: 'key', secretAccessKey: 'secret-key' },
      forcePathStyle: true,
    })
    expect(readEnv({ PAYLOAD_SECRET: secret, S3_BUCKET: 'b', S3_REGION: 'eu-central-1' }).s3).toMatchObject({
      region: 'eu-central-1',
      endpoint: null,
      credentials: null,
      forcePathStyle: false,
    })
    expect(
      problemsOf({ PAYLOAD_SECRET: secret, S3_BUCKET: 'b', S3_ENDPOINT: 'minio:9000', S3_ACCESS_KEY_ID: 'key' }),
    ).toEqual([
      'S3_ENDPOINT must be an http(s) URL (got "minio:9000").',
      'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both or neither.',
    ])
  })
})

describe('the language of a plain HTTP request', () => {
  it('follows Payload: its language cookie, then Accept-Language, then Arabic', async () => {
    const { languageOfHeaders } = await import('../../src/i18n')
    expect(languageOfHeaders({})).toBe('ar')
    expect(languageOfHeaders({ 'accept-language': 'fr-FR, az-AZ;q=0.8, en;q=0.5' })).toBe('az')
    expect(languageOfHeaders({ 'accept-language': 'en-GB', cookie: 'a=1; payload-lng=ar' })).toBe('ar')
    expect(languageOfHeaders({ cookie: 'payload-lng=fr', 'accept-language': 'de' })).toBe('ar')
  })
})
