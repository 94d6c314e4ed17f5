import type { Payload, SanitizedConfig } from 'payload'

import fs from 'node:fs'
import path from 'node:path'
import { checkDependencies, getPayload } from 'payload'

import { type AppEnv, maskURI } from './env'
import { describeMail } from './mail'
import { seed, isContentEmpty } from './seed'
import { refreshQueryStatistics, sqliteFileURL } from './db'
import { projectRoot } from './paths'

/** A start-up failure with one line to show the person starting the CMS. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StartupError'
  }
}

const withTimeout = async <T>(promise: Promise<T>, ms: number, message: string): Promise<T> => {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StartupError(message)), ms)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Checks that the database answers before Payload starts, so that an unreachable server fails
 * start within DB_CONNECT_TIMEOUT_MS with one line naming the URI (password masked).
 */
export async function checkDatabase(env: AppEnv): Promise<void> {
  const shown = maskURI(env.databaseURI)
  const seconds = Math.round(env.dbConnectTimeoutMs / 1000)
  if (env.databaseKind === 'sqlite') {
    const file = sqliteFileURL(env.databaseURI).slice('file:'.length)
    try {
      fs.accessSync(path.dirname(file), fs.constants.W_OK)
    } catch (error) {
      throw new StartupError(`Cannot use the SQLite database ${shown}: ${(error as Error).message}`)
    }
    return
  }
  const { MongoClient } = await import('mongodb')
  const client = new MongoClient(env.databaseURI, {
    serverSelectionTimeoutMS: env.dbConnectTimeoutMs,
    connectTimeoutMS: env.dbConnectTimeoutMs,
  })
  try {
    await withTimeout(
      client.connect().then(() => client.db().command({ ping: 1 })),
      env.dbConnectTimeoutMs,
      `Cannot reach the database ${shown} within ${seconds} s.`,
    )
  } catch (error) {
    if (error instanceof StartupError) throw error
    const reason = (error as Error).message.split('\n')[0]
    throw new StartupError(`Cannot reach the database ${shown}: ${reason}`)
  } finally {
    await client.close(true).catch(() => undefined)
  }
}

/**
 * Payload's own dependency check, run at every start: `payload` and every installed
 * `@payloadcms/*` package must be one version. Payload runs it only outside production; a
 * production deploy with a mixed family would otherwise start and fail later, in odd places.
 */
export async function verifyPayloadFamily(check: typeof checkDependencies = checkDependencies): Promise<void> {
  const scope = path.join(projectRoot, 'node_modules/@payloadcms')
  const installed = fs.existsSync(scope) ? fs.readdirSync(scope).filter((name) => !name.startsWith('.')) : []
  const dependencies = ['payload', ...installed.map((name) => `@payloadcms/${name}`)]
  try {
    await check({ dependencyGroups: [{ name: 'payload', dependencies, targetVersionDependency: 'payload' }] })
  } catch (error) {
    const found = /found: (.*?)\. All/.exec((error as Error).message)?.[1] ?? (error as Error).message.split('\n')[0]
    throw new StartupError(
      `Payload packages are not all one version (${found}). Install payload and every @payloadcms/* package at the same ` +
        'version: see "Payload 3.90.1, on purpose" in the README.',
    )
  }
}

/** Creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD when there is no user yet. */
export async function ensureFirstAdmin(payload: Payload, env: AppEnv): Promise<string | null> {
  if (!env.firstAdmin) return null
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return null
  await payload.create({
    collection: 'users',
    data: { ...env.firstAdmin, name: 'Administrator', roles: ['admin'] },
    overrideAccess: true,
  })
  return env.firstAdmin.email
}

export interface Booted {
  payload: Payload
  createdAdmin: string | null
  seeded: boolean
}

/**
 * Starts Payload once for the whole process: connects (applying SQLite migrations in
 * production), creates the first admin if asked, and seeds an empty database.
 */
export async function bootPayload(env: AppEnv, config: Promise<SanitizedConfig> | SanitizedConfig): Promise<Booted> {
  await verifyPayloadFamily()
  await checkDatabase(env)
  const payload = await withTimeout(
    // `cron`: this process runs the jobs queue (scheduled publishing).
    getPayload({ config, cron: true }),
    env.dbConnectTimeoutMs + 60_000,
    `Payload did not start on ${maskURI(env.databaseURI)} in time.`,
  )
  if (env.smtp) payload.logger.info(describeMail(env))
  else payload.logger.warn(describeMail(env))
  const createdAdmin = await ensureFirstAdmin(payload, env)
  let seeded = false
  if (env.seedOnStart && (await isContentEmpty(payload))) {
    const report = await seed(payload)
    seeded = report.created.length > 0
    payload.logger.info(`Seeded the society's content: ${report.created.join(', ')}`)
  }
  await refreshQueryStatistics(payload)
  return { payload, createdAdmin, seeded }
}
