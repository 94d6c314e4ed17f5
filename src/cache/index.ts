/**
 * Caching of public reads (#10). Owns:
 *  - http.ts: ETags, 304s and Cache-Control for anonymous GETs of published content, and the
 *    in-process cache of those answers (store.ts), around the API's and the feeds' handlers
 *    (mounted by the server);
 *  - generation.ts: when cached answers go stale: any create, update, publish, unpublish, delete
 *    or restore in any collection or global (a scheduled publish too: it is an update), on this
 *    instance or, through Redis, on any other; before the write answers;
 *  - the key-value store that generation lives in (Redis when REDIS_URL is set).
 * The plugin below adds the change hooks to every collection and global (a change in a transaction
 * counts once more when the transaction ends, generation.ts) and marks staff and draft reads private.
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
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
import { contentChanged } from './generation'

export { cachedReads, type HttpCacheOptions } from './http'
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

const privateCollectionReads: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (readOperations.has(operation)) markPrivate(req, 'draft' in args ? args.draft : undefined)
  return args
}

const privateGlobalReads: GlobalBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'read' || operation === 'countVersions') markPrivate(req, 'draft' in args ? args.draft : undefined)
  return args
}

const collectionChanged: CollectionAfterChangeHook = async ({ doc, req }) => {
  await contentChanged(req)
  return doc
}

const collectionDeleted: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await contentChanged(req)
  return doc
}

const globalChanged: GlobalAfterChangeHook = async ({ doc, req }) => {
  await contentChanged(req)
  return doc
}

const withChangeHooks = (collection: CollectionConfig): CollectionConfig =>
  BOOKKEEPING.has(collection.slug)
    ? collection
    : {
        ...collection,
        hooks: {
          ...collection.hooks,
          beforeOperation: [...(collection.hooks?.beforeOperation ?? []), privateCollectionReads],
          afterChange: [...(collection.hooks?.afterChange ?? []), collectionChanged],
          afterDelete: [...(collection.hooks?.afterDelete ?? []), collectionDeleted],
        },
      }

const withGlobalHooks = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: {
    ...global.hooks,
    beforeOperation: [...(global.hooks?.beforeOperation ?? []), privateGlobalReads],
    afterChange: [...(global.hooks?.afterChange ?? []), globalChanged],
  },
})

export const responseCache =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: config.collections?.map(withChangeHooks),
    globals: config.globals?.map(withGlobalHooks),
  })
