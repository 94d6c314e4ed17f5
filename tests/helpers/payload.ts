import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload, SanitizedConfig } from 'payload'

import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'

import { withDatabaseName } from './mongoServer'
import { RestClient } from './rest'

export type TestDatabase = 'mongodb' | 'sqlite'

export interface TestContext {
  payload: Payload
  config: SanitizedConfig
  rest: RestClient
  database: TestDatabase
  destroy: () => Promise<void>
}

/** The leg this test file runs on, set per Jest project (jest.config.js). */
export const testDatabase = (): TestDatabase => (globalThis as { testDatabase?: TestDatabase }).testDatabase ?? 'sqlite'

/**
 * A Payload instance on a database of its own (a fresh SQLite file or a fresh MongoDB database),
 * with a REST/GraphQL client that calls Payload's real route handlers in-process.
 */
export async function initTestPayload(
  name: string,
  { configure }: { configure?: () => Promise<SanitizedConfig> } = {},
): Promise<TestContext> {
  const database = testDatabase()
  const unique = `${name}_${crypto.randomBytes(4).toString('hex')}`
  let sqliteFile: string | null = null
  if (database === 'mongodb') {
    const url = process.env.TEST_MONGODB_URL
    if (!url) throw new Error('TEST_MONGODB_URL is not set: the mongodb project needs its globalSetup')
    process.env.DATABASE_URI = withDatabaseName(url, `eafs_${unique}`)
  } else {
    sqliteFile = path.join(os.tmpdir(), `eafs-${unique}.db`)
    process.env.DATABASE_URI = `file:${sqliteFile}`
  }
  const { default: configPromise } = await import('../../payload.config')
  const config = await (configure ? configure() : configPromise)
  const payload = await getPayload({ config })
  return {
    payload,
    config,
    rest: new RestClient(config),
    database,
    destroy: async () => {
      if (database === 'mongodb') {
        await (payload.db as unknown as MongooseAdapter).connection.dropDatabase().catch(() => undefined)
      }
      await payload.destroy()
      if (sqliteFile) fs.rmSync(sqliteFile, { force: true })
    },
  }
}
