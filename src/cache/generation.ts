/**
 * The content generation: a token that changes whenever content changes, kept in Payload's
 * key-value store (`payload.kv`: Redis when REDIS_URL is set, so that every instance sees one
 * token; in-process otherwise). A cached answer is served only while the token it was made under
 * is still the current one.
 *
 * A write changes the token in its `afterChange`/`afterDelete` hook. When the write runs in a
 * transaction (MongoDB on a replica set), a read made before the transaction ends still sees the
 * content as it was, so the token changes once more when the transaction has ended, and no answer
 * is kept on this instance while such a write is unfinished. Payload runs no hook after a commit;
 * the end is read from the request itself: Payload attaches a transaction to `req.transactionID`
 * and its `commitTransaction(req)`/`killTransaction(req)` remove it when the transaction has
 * ended (payload 3.90.1; tests/integration/cacheTransactions.test.ts fails if that changes). Over
 * HTTP the end is counted before the write answers (`settleWrites`, called by the cached handler);
 * a write of the Local API (a job, a script) is watched until it ends.
 */
import type { Payload, PayloadRequest } from 'payload'

import crypto from 'node:crypto'

const GENERATION_KEY = 'eafs:content-generation'
const INITIAL = 'initial'

/** Every response store in this process, emptied when the generation changes (their entries are stale). */
const localStores = new Set<{ clear: () => void }>()

export const registerLocalStore = (store: { clear: () => void }): void => {
  localStores.add(store)
}

export async function currentGeneration(payload: Payload): Promise<string> {
  return (await payload.kv.get<string>(GENERATION_KEY)) ?? INITIAL
}

/** Content changed: every cached answer, on every instance, is stale from now on. */
export async function newGeneration(payload: Payload): Promise<void> {
  for (const store of localStores) store.clear()
  await payload.kv.set(GENERATION_KEY, crypto.randomUUID())
}

/** Requests that changed content in a transaction that has not ended yet, with the transaction's id. */
const unfinished = new Map<PayloadRequest, number | string>()

/** Payload removes the id from the request when the transaction ends (commits or rolls back). */
const inTransaction = (req: PayloadRequest): boolean => unfinished.get(req) === req.transactionID

/** How often an unfinished write is looked at: soon at first, then every second; how long at most. */
const WATCH = { soonMs: 10, soonFor: 100, laterMs: 1_000, giveUpAfterMs: 10 * 60_000 }

/** Counts the end of every write whose transaction has ended: the content changed once more. */
export async function settleWrites(payload: Payload): Promise<void> {
  if (unfinished.size === 0) return
  let ended = false
  for (const req of unfinished.keys()) {
    if (inTransaction(req)) continue
    unfinished.delete(req)
    ended = true
  }
  if (ended) await newGeneration(payload)
}

/** True while a write that changed content has a transaction open: what is read now may be old. */
export const writesUnfinished = (): boolean => unfinished.size > 0

async function watch(req: PayloadRequest): Promise<void> {
  const started = Date.now()
  for (let look = 0; unfinished.has(req) && inTransaction(req); look += 1) {
    if (Date.now() - started > WATCH.giveUpAfterMs) {
      req.payload.logger.warn(
        'A write’s transaction is open for more than ten minutes; the response cache counts it ended',
      )
      unfinished.delete(req)
      await newGeneration(req.payload)
      return
    }
    await new Promise((resolve) => setTimeout(resolve, look < WATCH.soonFor ? WATCH.soonMs : WATCH.laterMs))
  }
  await settleWrites(req.payload)
}

/** Called by every collection's and global's change hooks. */
export async function contentChanged(req: PayloadRequest): Promise<void> {
  await newGeneration(req.payload)
  // Without transactions (SQLite by default, MongoDB without a replica set) the id is null.
  const transaction = await req.transactionID
  if ((typeof transaction !== 'number' && typeof transaction !== 'string') || unfinished.has(req)) return
  unfinished.set(req, transaction)
  watch(req).catch((error: unknown) =>
    req.payload.logger.error({ err: error }, 'The response cache lost a write’s end'),
  )
}
