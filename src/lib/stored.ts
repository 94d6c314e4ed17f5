/**
 * Entries and versions as the database stores them, every language at once, read and written
 * straight through the database adapter: the one place that does so. The workflow settles versions
 * after a move, the workbench mirrors a draft's translation status onto the entry, and the
 * backfills and the slug repair rewrite stored entries. Payload has no public operation that writes
 * one version in place or an entry's server-written fields without a new version, so these calls
 * depend on how Payload stores versions (`latest`, `parent`, `version`): checked against payload
 * 3.90.1; tests/integration/adminEditing.test.ts and workflow.test.ts fail loudly on both databases
 * if that changes.
 *
 * Payload's own per-language publishing (`experimental.localizeStatus`, 3.90.1) was tried in their
 * place and not adopted: a localized `_status` cannot share a compound index with other fields on
 * SQL (the four editorial collections' public-list indexes would go), and with those indexes
 * dropped 3 of the 11 workflow tests failed (publishing the Azerbaijani translation left the
 * public's Arabic read empty); it is experimental and needs every version's `_status` migrated.
 */
import type { CollectionSlug, Payload, PayloadRequest, TypeWithVersion, Where } from 'payload'

import { type Data, isData as isStored } from './data'
import { publicChange } from './publicChanges'

export type Stored = Data

const isId = (id: unknown): id is number | string => typeof id === 'string' || typeof id === 'number'

type Reader = { payload: Payload; req?: Partial<PayloadRequest> }
export type StoredVersion = TypeWithVersion<Stored>

/** An entry as stored (every language), or null. */
export async function storedEntry(
  { payload, req }: Reader,
  collection: CollectionSlug,
  id: unknown,
): Promise<Stored | null> {
  if (!isId(id)) return null
  const doc: unknown = await payload.db.findOne({ collection, req, locale: 'all', where: { id: { equals: id } } })
  return isStored(doc) ? doc : null
}

/** The first stored version that `where` finds (every language), newest first, or null. */
async function firstVersion(
  { payload, req }: Reader,
  collection: CollectionSlug,
  where: Where,
): Promise<StoredVersion | null> {
  const { docs } = await payload.db.findVersions<Stored>({
    collection,
    req,
    locale: 'all',
    limit: 1,
    pagination: false,
    sort: '-updatedAt',
    where,
  })
  const [found] = docs
  return found && isStored(found.version) ? found : null
}

/** An entry's latest version as stored (every language), with its own id and dates, or null. */
export const latestVersion = async (
  reader: Reader,
  collection: CollectionSlug,
  id: unknown,
): Promise<StoredVersion | null> =>
  isId(id)
    ? firstVersion(reader, collection, { and: [{ parent: { equals: id } }, { latest: { equals: true } }] })
    : null

/** A version's content as stored (every language), by the version's own id, or null. */
export const versionById = async (reader: Reader, collection: CollectionSlug, id: unknown): Promise<Stored | null> =>
  isId(id) ? ((await firstVersion(reader, collection, { id: { equals: id } }))?.version ?? null) : null

/** An entry's versions as stored (every language), newest first. */
export async function recentVersions(
  { payload, req }: Reader,
  collection: CollectionSlug,
  id: number | string,
  limit: number,
): Promise<StoredVersion[]> {
  const { docs } = await payload.db.findVersions<Stored>({
    collection,
    req,
    locale: 'all',
    limit,
    pagination: false,
    sort: '-createdAt',
    where: { parent: { equals: id } },
  })
  return docs
}

/**
 * Writes `data` into a stored entry without a new version. The adapters rewrite a localized value's
 * every language from what they are given, so a localized field is given whole (`{ ar, az, en }`).
 * No Payload hook sees such a write: unless the caller says the public reads none of it
 * (`seenByPublic: false`: staff-only fields, or an entry that is not published), the response
 * cache is told (publicChanges.ts).
 */
export async function writeEntry(
  { payload, req }: Reader,
  collection: CollectionSlug,
  id: number | string,
  data: Stored,
  { seenByPublic }: { seenByPublic: boolean } = { seenByPublic: true },
): Promise<void> {
  await payload.db.updateOne({ collection, id, req, returning: false, data })
  if (seenByPublic) await publicChange(payload, req, collection)
}

/** Rewrites one stored version in place: its content, whether it is the latest, and when it was updated. */
export async function rewriteVersion(
  { payload, req }: Reader,
  collection: CollectionSlug,
  version: Pick<StoredVersion, 'id' | 'createdAt' | 'parent'>,
  content: Stored,
  { latest, updatedAt }: { latest: boolean; updatedAt: string },
): Promise<void> {
  await payload.db.updateVersion({
    collection,
    id: version.id,
    req,
    versionData: {
      createdAt: new Date(version.createdAt).toISOString(),
      updatedAt,
      latest,
      parent: version.parent,
      version: content,
    },
  })
}

/** Deletes stored versions by their ids. */
export async function deleteVersions(
  { payload, req }: Reader,
  collection: CollectionSlug,
  ids: (number | string)[],
): Promise<void> {
  if (ids.length > 0) await payload.db.deleteVersions({ collection, req, where: { id: { in: ids } } })
}

/**
 * The latest version of an entry as stored, every language, or null. Read from the database
 * adapter directly: a Local API read with `req` would switch the request's own locale.
 */
export async function storedDraft(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: unknown,
): Promise<Stored | null> {
  return (await latestVersion({ payload: req.payload, req }, collection, id))?.version ?? null
}
