import type { DatabaseAdapterObj, Payload } from 'payload'

import fs from 'node:fs'
import path from 'node:path'

import type { AppEnv } from './env'

import { migrations } from './migrations'
import { countQuery, DATA_COMMANDS } from './lib/queryMeter'
import { renameKindsInMongo } from './delivery/optionValues'
import { repairCopiedSlugs } from './fields/slugRepair'
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
        // Every command is reported, so that a request's queries can be counted (src/lib/queryMeter.ts).
        monitorCommands: true,
      },
      afterOpenConnection: (adapter) => {
        adapter.connection.getClient().on('commandStarted', (event) => {
          if (DATA_COMMANDS.has(event.commandName)) countQuery()
        })
      },
      // Transactions are used when the server is a replica set (the adapter checks).
      // No schema to migrate; data migrations run once at a production start.
      prodMigrations: [
        {
          name: '20261129_202100_workflow_published_content',
          up: async ({ payload, req }) => void (await markPublishedContent(payload, req)),
          down: async () => undefined,
        },
        {
          name: '20261130_000600_translation_backfill',
          up: async ({ payload, req }) =>
            void (await markTranslationStatus(payload, req), await indexPublishedContent(payload, req)),
          down: async () => undefined,
        },
        {
          name: '20261130_025245_graphql_safe_kinds',
          up: async ({ payload }) => void (await renameKindsInMongo(payload)),
          down: async () => undefined,
        },
        {
          name: '20261206_225100_slug_repair',
          up: async ({ payload, req }) => void (await repairCopiedSlugs(payload, req)),
          down: async () => undefined,
        },
      ],
    })
  }
  const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
  const { index } = await import('@payloadcms/db-sqlite/drizzle/sqlite-core')
  return sqliteAdapter({
    client: { url: sqliteFileURL(env.databaseURI) },
    // Write-ahead log: readers never wait for a writer, and a crash (even SIGKILL) mid-write loses
    // nothing that was acknowledged; FULL syncs each commit to disk, so a power cut loses none either.
    wal: { synchronous: 'FULL' },
    // Another process (a backup, npm run seed) may hold the write lock for a moment.
    busyTimeout: 5_000,
    // Every statement is reported, so that a request's queries can be counted (src/lib/queryMeter.ts).
    logger: { logQuery: countQuery },
    // Each language's text is kept in a `<table>_locales` table, which Payload indexes by (language,
    // entry) only; reading an entry's texts by entry alone then scans the whole table, once per entry
    // read. An index on the entry makes a list cost the same whatever the size of the archive.
    afterSchemaInit: [
      ({ schema, extendTable }) => {
        for (const [name, table] of Object.entries(schema.tables)) {
          if (!name.endsWith('_locales') || !('_parentID' in table)) continue
          extendTable({
            table,
            extraConfig: (columns) => ({ [`${name}_parent_idx`]: index(`${name}_parent_idx`).on(columns._parentID) }),
          })
        }
        return schema
      },
    ],
    migrationDir: path.resolve(projectRoot, 'src/migrations'),
    prodMigrations: migrations,
  })
}

/**
 * SQLite picks how to run a query from its statistics (ANALYZE); without them it may read and
 * sort a whole table for a page of 20 instead of walking an index. Refreshed at start and every few
 * hours (src/server.ts), sampling at most 1,000 rows per index, so it stays quick at any size.
 * MongoDB keeps its own.
 */
export async function refreshQueryStatistics(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  const { sql } = await import('@payloadcms/db-sqlite')
  await payload.db.drizzle.run(sql`PRAGMA analysis_limit = 1000`)
  await payload.db.drizzle.run(sql`ANALYZE`)
}
