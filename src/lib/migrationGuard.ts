/**
 * Data migrations read and write entries through the collections as they are configured now,
 * which may have columns a later schema migration adds. On a database with no entries (every fresh
 * install: the seed runs after the migrations) there is nothing to move, so they skip, and never
 * touch a column that does not exist yet.
 */
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

export async function hasEntries(
  payload: Payload,
  collections: readonly CollectionSlug[],
  req?: Partial<PayloadRequest>,
): Promise<boolean> {
  for (const collection of collections) {
    const { totalDocs } = await payload.db.count({ collection, req, where: {} })
    if (totalDocs > 0) return true
  }
  return false
}
