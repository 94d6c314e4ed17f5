import type { DatabaseAdapterObj } from 'payload'

import fs from 'node:fs'
import path from 'node:path'

import type { AppEnv } from './env'

import { migrations } from './migrations'
import { renameKindsInMongo } from './delivery/optionValues'
import { indexPublishedContent } from './search/backfill'
import { markTranslationStatus } from './translation/backfill'
import { markPublishedContent } from './workflow/backfill'
import { projectRoot } from './paths'

/** Resolves `file:./data/cms.db` against the project root and makes sure its folder exists. */
export const sqliteFileURL = (uri: string): string => {
  const target = uri.slice('file:'.length)
  if (target === ':memory:') return uri
  const absolute = path.isAbsolute(target) ? target : path.resolve(projectRoot, target)
  fs.mkdirSync(path.dirname(absolute), { recursive: true })
  return `file:${absolute}`
}

/**
 * The database adapter for DATABASE_URI: MongoDB in production, embedded SQLite as the
 * zero-setup default. SQLite's schema ships as migrations (src/migrations), applied at start in
 * production; MongoDB needs none. Only the adapter in use is loaded.
 */
export async function databaseAdapter(env: AppEnv): Promise<DatabaseAdapterObj> {
  if (env.databaseKind === 'mongodb') {
    const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
    return mongooseAdapter({
      url: env.databaseURI,
      connectOptions: {
        connectTimeoutMS: env.dbConnectTimeoutMs,
        serverSelectionTimeoutMS: env.dbConnectTimeoutMs,
      },
      // Transactions are used when the server is a replica set (the adapter checks).
      // No schema to migrate; data migrations run once at a production start.
      prodMigrations: [
        { name: '20261129_202100_workflow_published_content', up: async ({ payload, req }) => void (await markPublishedContent(payload, req)), down: async () => undefined },
        { name: '20261130_000600_translation_backfill', up: async ({ payload, req }) => void (await markTranslationStatus(payload, req), await indexPublishedContent(payload, req)), down: async () => undefined },
        { name: '20261130_025245_graphql_safe_kinds', up: async ({ payload }) => void (await renameKindsInMongo(payload)), down: async () => undefined },
      ],
    })
  }
  const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
  return sqliteAdapter({
    client: { url: sqliteFileURL(env.databaseURI) },
    migrationDir: path.resolve(projectRoot, 'src/migrations'),
    prodMigrations: migrations,
  })
}
