/**
 * Content generations: per collection and per global, a token that changes whenever that
 * collection's public content changes, kept in Payload's key-value store (`payload.kv`: Redis when
 * REDIS_URL is set, so that every instance sees the same tokens; in-process otherwise). A cached
 * answer remembers the tokens of what it read (reads.ts) and is served only while they are all
 * still the current ones: a publish of a news item makes answers that read news stale, and leaves
 * the courses' answers alone.
 *
 * A write changes the tokens in its hooks (index.ts). When the write runs in a transaction
 * (MongoDB on a replica set), a read made before the transaction ends still sees the content as it
 * was, so the tokens change once more when the transaction has ended, and no answer is kept on this
 * instance while such a write is unfinished. Payload runs no hook after a commit; the end is read
 * from the request itself: Payload attaches a transaction to `req.transactionID` and its
 * `commitTransaction(req)`/`killTransaction(req)` remove it when the transaction has ended (payload
 * 3.90.1; tests/integration/cacheTransactions.test.ts fails if that changes). Over HTTP the end is
 * counted before the write answers (`settleWrites`, called by the cached handler); a write of the
 * Local API (a job, a script) is watched until it ends.
 */
import type { Payload, PayloadRequest } from 'payload'

import { InMemoryKVAdapter } from 'payload'

import crypto from 'node:crypto'

const KEY_PREFIX = 'eafs:content-generation:'
const INITIAL = 'initial'

/** What an answer read: collection slugs, and globals as `global:<slug>`. */
export type Tag = string

export const globalTag = (slug: string): Tag => `global:${slug}`

/** Changes with every change: what an answer depends on when it read nothing Payload saw. */
export const ANY_CHANGE: Tag = '*'

export type Generations = Record<Tag, string>

/** The current token of a tag. */
export const generationOf = async (payload: Payload, tag: Tag): Promise<string> =>
  (await payload.kv.get<string>(KEY_PREFIX + tag)) ?? INITIAL

/** The current token of each tag. */
export async function generationsOf(payload: Payload, tags: Iterable<Tag>): Promise<Generations> {
  const list = [...tags]
  const values = await Promise.all(list.map((tag) => generationOf(payload, tag)))
  return Object.fromEntries(list.map((tag, index) => [tag, values[index] ?? INITIAL]))
}

/** Of several things, each made under `made` tokens, which were made under tokens all still current: one look per tag. */
export async function currentAmong(payload: Payload, made: Generations[]): Promise<boolean[]> {
  const now = await generationsOf(payload, new Set(made.flatMap((each) => Object.keys(each))))
  return made.map((each) => Object.entries(each).every(([tag, generation]) => now[tag] === generation))
}

/** Whether every token an answer was made under is still the current one. */
export const stillCurrent = async (payload: Payload, made: Generations): Promise<boolean> =>
  (await currentAmong(payload, [made]))[0] === true

/** Changes counted by this process (a count, not a token: it only grows). */
let changesHere = 0

/**
 * A mark that is the same as long as nothing changed, when the generations live in this process
 * (no Redis): an answer checked under the same mark needs no check again. Null when they live in
 * Redis, where another instance changes them unseen.
 */
export const changeMark = (payload: Payload): null | number =>
  payload.kv instanceof InMemoryKVAdapter ? changesHere : null

/** Something kept: the tokens it was made under, and the change mark it was last found current under. */
export interface Kept {
  generations: Generations
  checkedAt: null | number
}

/**
 * Which of `kept` are still current, each found current marked so (no look again while nothing
 * changes in this process).
 */
export async function keptCurrent(payload: Payload, kept: Kept[]): Promise<boolean[]> {
  const mark = changeMark(payload)
  const toCheck = kept.flatMap((each, i) => (mark !== null && each.checkedAt === mark ? [] : [i]))
  const found = kept.map(() => true)
  if (toCheck.length === 0) return found
  const current = await currentAmong(
    payload,
    toCheck.map((i) => kept[i]?.generations ?? {}),
  )
  toCheck.forEach((i, n) => {
    const each = kept[i]
    if (current[n] && each) each.checkedAt = mark
    found[i] = current[n] === true
  })
  return found
}

/** The tags changed: every answer that read them, on every instance, is stale from now on. */
export async function newGeneration(payload: Payload, tags: Iterable<Tag>): Promise<void> {
  changesHere += 1
  await Promise.all([...tags, ANY_CHANGE].map((tag) => payload.kv.set(KEY_PREFIX + tag, crypto.randomUUID())))
}

/** Requests that changed content in a transaction that has not ended yet: the transaction's id and what changed. */
const unfinished = new Map<Partial<PayloadRequest>, { transaction: number | string; tags: Set<Tag> }>()

/** Payload removes the id from the request when the transaction ends (commits or rolls back). */
const inTransaction = (req: Partial<PayloadRequest>): boolean => unfinished.get(req)?.transaction === req.transactionID

/** How often an unfinished write is looked at: soon at first, then every second; how long at most. */
const WATCH = { soonMs: 10, soonFor: 100, laterMs: 1_000, giveUpAfterMs: 10 * 60_000 }

/** Counts the end of every write whose transaction has ended: its content changed once more. */
export async function settleWrites(payload: Payload): Promise<void> {
  if (unfinished.size === 0) return
  const ended = new Set<Tag>()
  for (const [req, write] of unfinished) {
    if (inTransaction(req)) continue
    unfinished.delete(req)
    for (const tag of write.tags) ended.add(tag)
  }
  if (ended.size > 0) await newGeneration(payload, ended)
}

/** True while a write that changed content has a transaction open: what is read now may be old. */
export const writesUnfinished = (): boolean => unfinished.size > 0

/**
 * Whether what was made under `made` may be kept: nothing it read changed while it was made, and no
 * write is unfinished (it could hold what was there before).
 */
export const stillKeepable = async (payload: Payload, made: Generations): Promise<boolean> =>
  !writesUnfinished() && (await stillCurrent(payload, made))

async function watch(payload: Payload, req: Partial<PayloadRequest>): Promise<void> {
  const started = Date.now()
  for (let look = 0; unfinished.has(req) && inTransaction(req); look += 1) {
    if (Date.now() - started > WATCH.giveUpAfterMs) {
      payload.logger.warn('A write’s transaction is open for more than ten minutes; the response cache counts it ended')
      const tags = unfinished.get(req)?.tags ?? []
      unfinished.delete(req)
      await newGeneration(payload, tags)
      return
    }
    await new Promise((resolve) => setTimeout(resolve, look < WATCH.soonFor ? WATCH.soonMs : WATCH.laterMs))
  }
  await settleWrites(payload)
}

/**
 * Called by the change hooks (index.ts) when a write changes what the public reads of `tag`; `req`
 * is the write's request, if it has one (a backfill at start has none).
 */
export async function contentChanged(
  payload: Payload,
  req: Partial<PayloadRequest> | undefined,
  tag: Tag,
): Promise<void> {
  await newGeneration(payload, [tag])
  if (!req) return
  // Without transactions (SQLite by default, MongoDB without a replica set) the id is null.
  const transaction = await req.transactionID
  if (typeof transaction !== 'number' && typeof transaction !== 'string') return
  const write = unfinished.get(req)
  if (write) {
    write.tags.add(tag)
    return
  }
  unfinished.set(req, { transaction, tags: new Set([tag]) })
  watch(payload, req).catch((error: unknown) =>
    payload.logger.error({ err: error }, 'The response cache lost a write’s end'),
  )
}
