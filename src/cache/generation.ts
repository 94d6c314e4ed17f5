/**
 * The content generation: a token that changes whenever content changes, kept in Payload's
 * key-value store (`payload.kv`: Redis when REDIS_URL is set, so that every instance sees one
 * token; in-process otherwise). A cached answer is served only while the token it was made under
 * is still the current one.
 *
 * A write changes the token in its `afterChange`/`afterDelete` hook and, when it runs in a
 * transaction, once more after the transaction commits or rolls back (the database adapter is
 * wrapped for that, src/cache/index.ts): a read made while the write was not yet committed may
 * have kept what it read, and the second change makes that entry stale before the write answers.
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

/** Transactions that changed content and have not ended yet. */
const changedIn = new Set<number | string>()

/** Called by every collection's and global's change hooks. */
export async function contentChanged(req: PayloadRequest): Promise<void> {
  const transaction = await req.transactionID
  if (transaction !== undefined && transaction !== null) changedIn.add(transaction)
  await newGeneration(req.payload)
}

/** Called when a transaction ends (committed or rolled back). */
export async function transactionEnded(payload: Payload, transaction: unknown): Promise<void> {
  const id = await transaction
  if ((typeof id === 'string' || typeof id === 'number') && changedIn.delete(id)) await newGeneration(payload)
}
