/**
 * The environment, read and validated once. Every problem is reported on its own line, so a
 * volunteer sees everything to fix at once instead of one stack trace at a time.
 */
import { type LocaleCode, localeCodes } from './i18n/locales'
import { isOrigin } from './lib/origin'

export type DatabaseKind = 'mongodb' | 'sqlite'

export interface AppEnv {
  nodeEnv: 'development' | 'production' | 'test'
  isProduction: boolean
  port: number
  serverURL: string
  databaseURI: string
  databaseKind: DatabaseKind
  /** How long connecting to the database may take before start is refused. */
  dbConnectTimeoutMs: number
  payloadSecret: string
  /** The first admin, created at first start when no user exists yet. */
  firstAdmin: { email: string; password: string } | null
  mediaMaxFileSizeBytes: number
  /** The largest upload request: the file and room for the fields sent with it. */
  mediaMaxRequestBytes: number
  seedOnStart: boolean
  logLevel: LogLevel
  /** Outgoing mail server; null sends no mail and writes each message to the log instead. */
  smtp: SmtpSettings | null
  /** The sender of every e-mail. */
  emailFrom: { name: string; address: string }
  /** The largest page size a REST or GraphQL read may ask for. */
  apiMaxLimit: number
  /** How long a REST or GraphQL request may work before it is abandoned with a 503. */
  requestTimeoutMs: number
  /** The largest request body the API reads, other than an upload (whose limit is the media one). */
  apiMaxBodyBytes: number
  /**
   * Origins of the society's sites (`https://eafs.org`) that browsers may call the API from, with
   * the admin's cookie as well; the API clients' own origins are added to it for reads.
   */
  corsOrigins: string[]
  /** The society's site in each language (`https://eafs.org/ar`), for entries' full URLs and previews. */
  siteURLs: Partial<Record<LocaleCode, string>>
  /** The wait before a failed webhook delivery is tried again, doubled after each failure. */
  webhookRetrySeconds: number
  /** Caching of anonymous reads of published content (src/cache). */
  cache: CacheSettings
  /** Redis (redis://…) shared by every instance of the server: the response cache's invalidation. Null: one instance. */
  redisURL: string | null
  /** S3-compatible storage for media files, shared by every instance (src/cluster). Null: the local `media/` folder. */
  s3: S3Settings | null
  /** Adds `Server-Timing` (time and database queries) to every API answer; for measuring, off in production. */
  serverTiming: boolean
  /** The sign-in cookie is sent over HTTPS only: on in production unless SECURE_COOKIES=false. */
  secureCookies: boolean
  /** Which proxies' X-Forwarded-* headers are believed (express's `trust proxy`). */
  trustProxy: string
  /** Each client's share of the work the cache cannot answer, and the server's bound on it (src/fairness). */
  fairness: FairnessSettings
}

export interface FairnessSettings {
  /** Requests the cache cannot answer that one client (an address, or an API client) may send per window. */
  clientRequests: number
  /** The window of `clientRequests`, in seconds. */
  clientWindowSeconds: number
  /** Such requests the server works on at once, from all clients together. */
  concurrent: number
  /** Requests that may wait for a turn; past that, a 503 at once. */
  queue: number
  /** How long a request may wait for its turn before it is answered 503. */
  queueWaitMs: number
  /** /readyz turns not-ready when the event loop's delay (p99 over the last seconds) passes this. */
  readyMaxLoopDelayMs: number
}

export interface S3Settings {
  bucket: string
  region: string
  /** Another S3-compatible service (MinIO, R2, …); null for AWS. */
  endpoint: string | null
  /** Null: the AWS SDK's own chain (an instance role, AWS_* variables). */
  credentials: { accessKeyId: string; secretAccessKey: string } | null
  /** Paths (`host/bucket/key`) instead of bucket subdomains: MinIO and most self-hosted services. */
  forcePathStyle: boolean
}

export interface CacheSettings {
  /** Seconds a browser may use an answer without asking again (Cache-Control max-age). */
  maxAgeSeconds: number
  /** Seconds a CDN or proxy may (s-maxage). */
  sharedMaxAgeSeconds: number
  /** Seconds a cache may serve an expired answer while it fetches a fresh one (stale-while-revalidate). */
  staleWhileRevalidateSeconds: number
  /** Answers the server keeps in memory; 0 turns the in-process cache off. */
  maxEntries: number
  /** Bytes the kept answers may take in all. */
  maxBytes: number
  /** Bytes the entries resolved for public lists may take in all (cache/entries.ts); 0 turns the read model off. */
  resolvedEntriesBytes: number
}

export interface SmtpSettings {
  host: string
  port: number
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean
  auth: { user: string; pass: string } | null
}

export const logLevels = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const
export type LogLevel = (typeof logLevels)[number]

/** SITE_URL_<LANG>: one per content language (SITE_URL_AR, SITE_URL_AZ, SITE_URL_EN), each optional. */
type SiteURLName = `SITE_URL_${Uppercase<LocaleCode>}`
const siteURLName = (code: LocaleCode) => `SITE_URL_${code.toUpperCase()}` as SiteURLName
const siteURLDefaults = Object.fromEntries(localeCodes.map((code) => [siteURLName(code), ''])) as Record<
  SiteURLName,
  ''
>

/** Every variable the application reads, with its default; `.env.example` mirrors this list. */
export const envDefaults = {
  NODE_ENV: 'development',
  PORT: '3000',
  SERVER_URL: '',
  DATABASE_URI: 'file:./data/cms.db',
  DB_CONNECT_TIMEOUT_MS: '10000',
  PAYLOAD_SECRET: '',
  ADMIN_EMAIL: '',
  ADMIN_PASSWORD: '',
  MEDIA_MAX_FILE_SIZE_MB: '20',
  SEED_ON_START: 'true',
  LOG_LEVEL: 'info',
  SMTP_HOST: '',
  SMTP_PORT: '587',
  SMTP_USER: '',
  SMTP_PASSWORD: '',
  SMTP_SECURE: '',
  EMAIL_FROM: '',
  API_MAX_LIMIT: '100',
  REQUEST_TIMEOUT_MS: '10000',
  API_MAX_BODY_MB: '5',
  CORS_ORIGINS: '',
  ...siteURLDefaults,
  WEBHOOK_RETRY_SECONDS: '30',
  CACHE_MAX_AGE: '0',
  CACHE_S_MAXAGE: '30',
  CACHE_STALE_WHILE_REVALIDATE: '60',
  RESPONSE_CACHE_ENTRIES: '2000',
  RESPONSE_CACHE_MB: '64',
  RESOLVED_ENTRIES_MB: '32',
  REDIS_URL: '',
  S3_BUCKET: '',
  S3_REGION: 'us-east-1',
  S3_ENDPOINT: '',
  S3_ACCESS_KEY_ID: '',
  S3_SECRET_ACCESS_KEY: '',
  S3_FORCE_PATH_STYLE: 'false',
  SERVER_TIMING: 'false',
  SECURE_COOKIES: 'auto',
  TRUST_PROXY: 'loopback',
  FAIR_CLIENT_REQUESTS: '100',
  FAIR_CLIENT_WINDOW_SECONDS: '10',
  FAIR_CONCURRENT: '4',
  FAIR_QUEUE: '32',
  FAIR_QUEUE_WAIT_MS: '1000',
  READY_MAX_LOOP_DELAY_MS: '1000',
} as const

export const MIN_SECRET_LENGTH = 32
export const MIN_ADMIN_PASSWORD_LENGTH = 12

export class EnvError extends Error {
  readonly problems: string[]

  constructor(problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'EnvError'
    this.problems = problems
  }
}

/** Hides the password of a connection string, for logs and error messages. */
export const maskURI = (uri: string): string => uri.replace(/\/\/([^:/@]+):([^@]*)@/, '//$1:****@')

export const databaseKindOf = (uri: string): DatabaseKind | null => {
  if (/^mongodb(\+srv)?:\/\//.test(uri)) return 'mongodb'
  if (uri.startsWith('file:')) return 'sqlite'
  return null
}

type Source = Record<string, string | undefined>

const valueOf = (source: Source, name: keyof typeof envDefaults): string => {
  const raw = source[name]?.trim()
  return raw === undefined || raw === '' ? envDefaults[name] : raw
}

const integerIn = (
  source: Source,
  name: keyof typeof envDefaults,
  problems: string[],
  { min, max }: { min: number; max: number },
): number => {
  const text = valueOf(source, name)
  const value = Number(text)
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max} (got "${text}").`)
    return Number(envDefaults[name])
  }
  return value
}

const positiveInteger = (
  source: Source,
  name: keyof typeof envDefaults,
  problems: string[],
  { max }: { max: number },
): number => integerIn(source, name, problems, { min: 1, max })

const wholeNumber = (
  source: Source,
  name: keyof typeof envDefaults,
  problems: string[],
  { max }: { max: number },
): number => integerIn(source, name, problems, { min: 0, max })

const booleanOf = (source: Source, name: keyof typeof envDefaults, problems: string[]): boolean => {
  const text = valueOf(source, name).toLowerCase()
  if (['true', '1', 'yes'].includes(text)) return true
  if (['false', '0', 'no'].includes(text)) return false
  problems.push(`${name} must be true or false (got "${text}").`)
  return true
}

export function readEnv(source: Source = process.env): AppEnv {
  const problems: string[] = []

  const nodeEnvText = valueOf(source, 'NODE_ENV')
  const nodeEnv = nodeEnvText === 'production' || nodeEnvText === 'test' ? nodeEnvText : 'development'
  const isProduction = nodeEnv === 'production'

  const port = positiveInteger(source, 'PORT', problems, { max: 65535 })
  const serverURL = (valueOf(source, 'SERVER_URL') || `http://localhost:${port}`).replace(/\/$/, '')
  if (!/^https?:\/\/[^\s]+$/.test(serverURL)) {
    problems.push(`SERVER_URL must be an http(s) URL (got "${serverURL}").`)
  }

  const databaseURI = valueOf(source, 'DATABASE_URI')
  const databaseKind = databaseKindOf(databaseURI)
  if (!databaseKind) {
    problems.push(`DATABASE_URI must start with mongodb://, mongodb+srv:// or file: (got "${maskURI(databaseURI)}").`)
  }
  const dbConnectTimeoutMs = positiveInteger(source, 'DB_CONNECT_TIMEOUT_MS', problems, {
    max: 120_000,
  })

  const payloadSecret = valueOf(source, 'PAYLOAD_SECRET')
  if (!payloadSecret) {
    problems.push(
      'PAYLOAD_SECRET is not set. `npm start` writes one into .env; or set a random string of at least ' +
        `${MIN_SECRET_LENGTH} characters (e.g. \`openssl rand -hex 32\`).`,
    )
  } else if (isProduction && payloadSecret.length < MIN_SECRET_LENGTH) {
    problems.push(
      `PAYLOAD_SECRET is ${payloadSecret.length} characters long; production needs at least ` +
        `${MIN_SECRET_LENGTH} (e.g. \`openssl rand -hex 32\`).`,
    )
  }

  const adminEmail = valueOf(source, 'ADMIN_EMAIL')
  const adminPassword = valueOf(source, 'ADMIN_PASSWORD')
  let firstAdmin: AppEnv['firstAdmin'] = null
  if (adminEmail || adminPassword) {
    if (!adminEmail || !adminPassword) {
      problems.push('ADMIN_EMAIL and ADMIN_PASSWORD go together: set both or neither.')
    } else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(adminEmail)) {
      problems.push(`ADMIN_EMAIL is not an email address (got "${adminEmail}").`)
    } else if (adminPassword.length < MIN_ADMIN_PASSWORD_LENGTH) {
      problems.push(`ADMIN_PASSWORD must be at least ${MIN_ADMIN_PASSWORD_LENGTH} characters long.`)
    } else {
      firstAdmin = { email: adminEmail, password: adminPassword }
    }
  }

  const mediaMaxMb = positiveInteger(source, 'MEDIA_MAX_FILE_SIZE_MB', problems, { max: 2048 })
  const seedOnStart = booleanOf(source, 'SEED_ON_START', problems)
  const logLevelText = valueOf(source, 'LOG_LEVEL')
  const logLevel = logLevels.find((level) => level === logLevelText)
  if (!logLevel) problems.push(`LOG_LEVEL must be one of ${logLevels.join(', ')} (got "${logLevelText}").`)

  const smtp = readSmtp(source, problems)
  const emailFrom = readEmailFrom(source, serverURL, problems)
  const apiMaxLimit = positiveInteger(source, 'API_MAX_LIMIT', problems, { max: 1000 })
  const requestTimeoutMs = positiveInteger(source, 'REQUEST_TIMEOUT_MS', problems, { max: 300_000 })
  const apiMaxBodyMb = positiveInteger(source, 'API_MAX_BODY_MB', problems, { max: 1024 })
  const corsOrigins = readOrigins(source, problems)
  const siteURLs = readSiteURLs(source, problems)
  const webhookRetrySeconds = positiveInteger(source, 'WEBHOOK_RETRY_SECONDS', problems, { max: 86_400 })
  const cache: CacheSettings = {
    maxAgeSeconds: wholeNumber(source, 'CACHE_MAX_AGE', problems, { max: 31_536_000 }),
    sharedMaxAgeSeconds: wholeNumber(source, 'CACHE_S_MAXAGE', problems, { max: 31_536_000 }),
    staleWhileRevalidateSeconds: wholeNumber(source, 'CACHE_STALE_WHILE_REVALIDATE', problems, { max: 31_536_000 }),
    maxEntries: wholeNumber(source, 'RESPONSE_CACHE_ENTRIES', problems, { max: 1_000_000 }),
    maxBytes: positiveInteger(source, 'RESPONSE_CACHE_MB', problems, { max: 65_536 }) * 1024 * 1024,
    resolvedEntriesBytes: wholeNumber(source, 'RESOLVED_ENTRIES_MB', problems, { max: 65_536 }) * 1024 * 1024,
  }
  const redisURL = valueOf(source, 'REDIS_URL') || null
  if (redisURL && !/^rediss?:\/\/[^\s]+$/.test(redisURL))
    problems.push(`REDIS_URL must start with redis:// or rediss:// (got "${maskURI(redisURL)}").`)
  const s3 = readS3(source, problems)
  const serverTiming = booleanOf(source, 'SERVER_TIMING', problems)
  const secureText = valueOf(source, 'SECURE_COOKIES').toLowerCase()
  if (!['auto', 'true', 'false'].includes(secureText))
    problems.push(`SECURE_COOKIES must be auto, true or false (got "${secureText}").`)
  const secureCookies = secureText === 'auto' ? isProduction : secureText === 'true'
  const trustProxy = valueOf(source, 'TRUST_PROXY')
  const fairness: FairnessSettings = {
    clientRequests: positiveInteger(source, 'FAIR_CLIENT_REQUESTS', problems, { max: 1_000_000 }),
    clientWindowSeconds: positiveInteger(source, 'FAIR_CLIENT_WINDOW_SECONDS', problems, { max: 3600 }),
    concurrent: positiveInteger(source, 'FAIR_CONCURRENT', problems, { max: 1000 }),
    queue: wholeNumber(source, 'FAIR_QUEUE', problems, { max: 100_000 }),
    queueWaitMs: positiveInteger(source, 'FAIR_QUEUE_WAIT_MS', problems, { max: 60_000 }),
    readyMaxLoopDelayMs: positiveInteger(source, 'READY_MAX_LOOP_DELAY_MS', problems, { max: 60_000 }),
  }

  if (problems.length > 0) throw new EnvError(problems)

  return {
    nodeEnv,
    isProduction,
    port,
    serverURL,
    databaseURI,
    databaseKind: databaseKind as DatabaseKind,
    dbConnectTimeoutMs,
    payloadSecret,
    firstAdmin,
    mediaMaxFileSizeBytes: mediaMaxMb * 1024 * 1024,
    mediaMaxRequestBytes: (mediaMaxMb + 1) * 1024 * 1024,
    seedOnStart,
    logLevel: logLevel ?? 'info',
    smtp,
    emailFrom,
    apiMaxLimit,
    requestTimeoutMs,
    apiMaxBodyBytes: apiMaxBodyMb * 1024 * 1024,
    corsOrigins,
    siteURLs,
    webhookRetrySeconds,
    cache,
    redisURL,
    s3,
    serverTiming,
    secureCookies,
    trustProxy,
    fairness,
  }
}

/** S3_*: media on S3-compatible storage when S3_BUCKET is set. */
function readS3(source: Source, problems: string[]): S3Settings | null {
  const bucket = valueOf(source, 'S3_BUCKET')
  const forcePathStyle = booleanOf(source, 'S3_FORCE_PATH_STYLE', problems)
  if (!bucket) return null
  const endpoint = valueOf(source, 'S3_ENDPOINT') || null
  if (endpoint && !/^https?:\/\/[^\s]+$/.test(endpoint))
    problems.push(`S3_ENDPOINT must be an http(s) URL (got "${maskURI(endpoint)}").`)
  const accessKeyId = valueOf(source, 'S3_ACCESS_KEY_ID')
  const secretAccessKey = valueOf(source, 'S3_SECRET_ACCESS_KEY')
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey))
    problems.push('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both or neither.')
  return {
    bucket,
    region: valueOf(source, 'S3_REGION'),
    endpoint,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : null,
    forcePathStyle,
  }
}

/** SITE_URL_<LANG>: the site's root in each content language, each optional. */
function readSiteURLs(source: Source, problems: string[]): AppEnv['siteURLs'] {
  const urls: AppEnv['siteURLs'] = {}
  for (const code of localeCodes) {
    const name = siteURLName(code)
    const value = valueOf(source, name).replace(/\/+$/, '')
    if (!value) continue
    if (!/^https?:\/\/[^\s]+$/.test(value)) problems.push(`${name} must be an http(s) URL (got "${value}").`)
    else urls[code] = value
  }
  return urls
}

/** CORS_ORIGINS: a comma-separated list of origins. */
function readOrigins(source: Source, problems: string[]): string[] {
  const origins = valueOf(source, 'CORS_ORIGINS')
    .split(',')
    .map((origin) => origin.trim().replace(/\/$/, ''))
    .filter(Boolean)
  const wrong = origins.filter((origin) => !isOrigin(origin))
  if (wrong.length > 0)
    problems.push(
      `CORS_ORIGINS must list origins like https://eafs.org, separated by commas (got ${wrong.map((w) => `"${w}"`).join(', ')}).`,
    )
  return [...new Set(origins)]
}

const EMAIL_ADDRESS = /^[^\s@<>]+@[^\s@<>]+$/

/** SMTP_* variables: all unset means "no mail server"; SMTP_HOST is what turns sending on. */
function readSmtp(source: Source, problems: string[]): SmtpSettings | null {
  const host = valueOf(source, 'SMTP_HOST')
  const user = valueOf(source, 'SMTP_USER')
  const pass = valueOf(source, 'SMTP_PASSWORD')
  if (!host) {
    const stray = (['SMTP_USER', 'SMTP_PASSWORD', 'SMTP_SECURE'] as const).filter((name) => source[name]?.trim())
    if (stray.length > 0)
      problems.push(`${stray.join(' and ')} ${stray.length > 1 ? 'are' : 'is'} set but SMTP_HOST is not.`)
    return null
  }
  if (!/^[A-Za-z0-9.-]+$|^\[[0-9a-fA-F:.]+\]$/.test(host))
    problems.push(`SMTP_HOST must be a host name or address (got "${host}").`)
  const port = positiveInteger(source, 'SMTP_PORT', problems, { max: 65535 })
  const secure = valueOf(source, 'SMTP_SECURE') ? booleanOf(source, 'SMTP_SECURE', problems) : port === 465
  if (Boolean(user) !== Boolean(pass)) problems.push('SMTP_USER and SMTP_PASSWORD go together: set both or neither.')
  return { host, port, secure, auth: user && pass ? { user, pass } : null }
}

/** EMAIL_FROM is `Name <address>` or a bare address; by default no-reply@ the host of SERVER_URL. */
function readEmailFrom(source: Source, serverURL: string, problems: string[]): AppEnv['emailFrom'] {
  const text = valueOf(source, 'EMAIL_FROM')
  const fallbackName = 'EAFS'
  if (!text) {
    let host = 'localhost'
    try {
      host = new URL(serverURL).hostname
    } catch {
      // SERVER_URL is reported on its own.
    }
    return { name: fallbackName, address: `no-reply@${host}` }
  }
  const named = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(text)
  const name = named ? named[1].trim() || fallbackName : fallbackName
  const address = (named ? named[2] : text).trim()
  if (!EMAIL_ADDRESS.test(address)) {
    problems.push(`EMAIL_FROM must be an e-mail address or "Name <address>" (got "${text}").`)
  }
  return { name, address }
}
