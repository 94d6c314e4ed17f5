/**
 * Caching of public reads (#10). Owns:
 *  - http.ts: ETags, 304s and Cache-Control for anonymous GETs of published content, and the
 *    in-process cache of those answers (store.ts), around the API's and the feeds' handlers
 *    (mounted by the server);
 *  - generation.ts: when cached answers go stale: a change to what the public reads of a
 *    collection or global (a create, an update, a publish, an unpublish, a delete or a restore; a
 *    scheduled publish too: it is an update), on this instance or, through Redis, on any other,
 *    before the write answers. It makes stale only the answers that read that collection or global
 *    (reads.ts). A draft save or autosave changes nothing the public reads: it writes a version,
 *    not the entry, and clears nothing;
 *  - entries.ts: the read model, public lists answered from entries already resolved, kept by the
 *    same generations; order.ts: which entries a page or a slug shows, from each collection's
 *    public order kept from Payload;
 *  - the key-value store the generations live in (Redis when REDIS_URL is set).
 * The plugin below adds the read and change hooks to every collection and global (a change in a
 * transaction counts once more when the transaction ends, generation.ts) and marks staff and draft
 * reads private. A write straight through the database adapter (lib/stored.ts) tells the cache
 * through lib/publicChanges.ts.
 */
import type {
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  Config,
  GlobalAfterChangeHook,
  GlobalBeforeOperationHook,
  GlobalConfig,
  KVAdapterResult,
  Plugin,
  PayloadRequest,
} from 'payload'

import { redisKVAdapter } from '@payloadcms/kv-redis'
import { inMemoryKVAdapter } from 'payload'

import { isStaffUser, readsDrafts } from '../access'
import { isData } from '../lib/data'
import { onPublicChange } from '../lib/publicChanges'
import { contentChanged, globalTag } from './generation'
import { readTag } from './reads'

export { cachedHits, cachedReads, type HttpCacheOptions } from './http'
export { resolvedLists, type ResolvedListsOptions } from './entries'
export { canonicalReads } from './keys'
export { COMPRESS_MIN_BYTES } from './encoding'
export { uploadedFileTag } from './files'
export { ResponseStore } from './store'

/** Payload's own bookkeeping: no answer a reader gets depends on it. */
const BOOKKEEPING = new Set([
  'payload-jobs',
  'payload-kv',
  'payload-locked-documents',
  'payload-migrations',
  'payload-preferences',
])

/** Where the content generation is kept: Redis, shared by the instances, or this process's memory. */
export const keyValueStore = (redisURL: null | string): KVAdapterResult =>
  redisURL ? redisKVAdapter({ redisURL, keyPrefix: 'eafs-kv:' }) : inMemoryKVAdapter()

/** Closes the connection to Redis, if the store has one, so that the process can end. */
export async function closeKeyValueStore(kv: unknown): Promise<void> {
  const client = (kv as { redisClient?: { quit: () => Promise<unknown> } }).redisClient
  await client?.quit().catch(() => undefined)
}

/** A read by staff, by a preview client or of drafts: no cache may keep its answer. */
function markPrivate(req: PayloadRequest, draft: unknown): void {
  if (draft === true || isStaffUser(req.user) || readsDrafts(req.user)) {
    req.responseHeaders ??= new Headers()
    req.responseHeaders.set('Cache-Control', 'private, no-store')
  }
}

const readOperations = new Set(['count', 'countVersions', 'read', 'readDistinct'])

const collectionReads: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (readOperations.has(operation)) {
    readTag(req.payload, collection.slug)
    markPrivate(req, 'draft' in args ? args.draft : undefined)
  }
  return args
}

const globalReads: GlobalBeforeOperationHook = ({ args, global, operation, req }) => {
  if (operation === 'read' || operation === 'countVersions') {
    readTag(req.payload, globalTag(global.slug))
    markPrivate(req, 'draft' in args ? args.draft : undefined)
  }
  return args
}

const writeOperations = new Set(['create', 'delete', 'deleteByID', 'restoreVersion', 'update', 'updateByID'])

/**
 * Whether a write leaves what the public reads as it was: a draft save writes only a version (Payload
 * writes the entry itself only for a publish, or a save without `draft`), and a new entry created as
 * a draft is not public. Anything else counts as a change.
 */
function onlyDrafts(
  collection: { versions?: { drafts?: unknown } | false },
  operation: string,
  args: object,
  result: unknown,
): boolean {
  if (!collection.versions || !collection.versions.drafts) return false
  const draft = 'draft' in args && args.draft === true
  const data = 'data' in args && isData(args.data) ? args.data : {}
  if ((operation === 'update' || operation === 'updateByID') && draft) return data._status !== 'published'
  if (operation === 'create') return isData(result) && result._status === 'draft'
  return false
}

const collectionChanged: CollectionAfterOperationHook = async ({ args, collection, operation, req, result }) => {
  if (writeOperations.has(operation) && !onlyDrafts(collection, operation, args, result))
    await contentChanged(req.payload, req, collection.slug)
  return result
}

const globalChanged: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  await contentChanged(req.payload, req, globalTag(global.slug))
  return doc
}

const withChangeHooks = (collection: CollectionConfig): CollectionConfig =>
  BOOKKEEPING.has(collection.slug)
    ? collection
    : {
        ...collection,
        hooks: {
          ...collection.hooks,
          beforeOperation: [...(collection.hooks?.beforeOperation ?? []), collectionReads],
          afterOperation: [...(collection.hooks?.afterOperation ?? []), collectionChanged],
        },
      }

const withGlobalHooks = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: {
    ...global.hooks,
    beforeOperation: [...(global.hooks?.beforeOperation ?? []), globalReads],
    afterChange: [...(global.hooks?.afterChange ?? []), globalChanged],
  },
})

export const responseCache =
  (): Plugin =>
  (config: Config): Config => {
    // Writes straight through the database adapter (lib/stored.ts) say what they changed.
    onPublicChange(contentChanged)
    return {
      ...config,
      collections: config.collections?.map(withChangeHooks),
      globals: config.globals?.map(withGlobalHooks),
    }
  }
