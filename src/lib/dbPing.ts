import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

/** Asks the database itself for an answer; used by /readyz. */
export async function pingDatabase(payload: Payload): Promise<void> {
  const db = payload.db
  if (db.name === 'mongoose') {
    const { connection } = db as unknown as MongooseAdapter
    if (!connection.db) throw new Error('MongoDB connection is not open')
    await connection.db.command({ ping: 1 })
    return
  }
  await (db as unknown as SQLiteAdapter).client.execute('select 1')
}
