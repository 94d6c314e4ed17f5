/**
 * `node --conditions=development --import tsx/esm bench/generate.ts <file.db> <news>`: builds the
 * benchmark's data set in a fresh SQLite file (or the MongoDB database of MONGODB_URL): the
 * migrations, the society's seed content, then datasetAt(<news>) (bench/dataset.ts).
 */
import { sql } from '@payloadcms/db-sqlite'
import { getPayload } from 'payload'

import { seed } from '../src/seed'
import { datasetAt, generateDataset } from './dataset'

const [target, newsText] = process.argv.slice(2)
const news = Number(newsText)
if (!target || !Number.isInteger(news) || news < 1) {
  console.error('usage: generate.ts <file.db | mongodb://…> <news>')
  process.exit(2)
}
process.env.DATABASE_URI = target.startsWith('mongodb') ? target : `file:${target}`
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
const started = performance.now()
// A throwaway file, written once: no waiting for the disk after every write.
const sqlite = payload.db.name === 'sqlite' ? payload.db.drizzle : null
await sqlite?.run(sql`PRAGMA journal_mode = WAL`)
await sqlite?.run(sql`PRAGMA synchronous = OFF`)
await seed(payload)
const size = datasetAt(news)
await generateDataset(payload, size)
console.log(`Generated ${JSON.stringify(size)} in ${Math.round((performance.now() - started) / 1000)} s`)
await sqlite?.run(sql`PRAGMA journal_mode = DELETE`)
await payload.destroy()
process.exit(0)
