import type { PayloadRequest } from 'payload'

import { hasRole, roles } from '../access'
import { limitWords } from '../i18n'
import { isRelationRead } from '../lib/population'
import { refuse } from '../lib/refuse'

/** Who is asking: staff signed in to the admin, or anybody else (visitors, and later API clients). */
export type Actor = 'public' | 'staff'

export interface Bounds {
  /** The deepest population of related documents (`depth`). */
  maxDepth: number
  /** Documents one request may load, the related ones included. */
  maxDocuments: number
  /** The largest answer one REST request may build, in bytes of JSON. */
  maxResponseBytes: number
  /** The most documents a GraphQL query may be estimated to fetch. */
  maxGraphQLCost: number
}

const MB = 1024 * 1024

export const boundsByActor: Record<Actor, Bounds> = {
  public: { maxDepth: 2, maxDocuments: 2_000, maxResponseBytes: 8 * MB, maxGraphQLCost: 5_000 },
  staff: { maxDepth: 5, maxDocuments: 20_000, maxResponseBytes: 64 * MB, maxGraphQLCost: 50_000 },
}

/** The largest page number a read may ask for. */
export const MAX_PAGE = 100_000

export const actorOf = (req: Pick<PayloadRequest, 'user'>): Actor => (hasRole(req.user, ...roles) ? 'staff' : 'public')

export interface LimitOptions {
  /** The largest page size (API_MAX_LIMIT). */
  maxLimit: number
  /** The page size when none, 0 or less is asked for. */
  defaultLimit: number
  /** How long a request may work (REQUEST_TIMEOUT_MS). */
  timeoutMs: number
}

/** Requests from outside (REST, GraphQL) are bounded; the server's own Local API calls are not. */
export const isExternal = (req: PayloadRequest): boolean => req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL'

/**
 * The bounds of the caller. Read afresh at every check: the same request reads the signed-in
 * user's own document before `req.user` is set.
 */
export const boundsOf = (req: Pick<PayloadRequest, 'user'>): Bounds => boundsByActor[actorOf(req)]

/** What one request has used so far, kept on `req.context`, which its nested reads share. */
export interface WorkMeter {
  deadline: number
  timeoutMs: number
  documents: number
}

const METER = 'eafs.workMeter'

const isMeter = (value: unknown): value is WorkMeter =>
  typeof value === 'object' && value !== null && 'deadline' in value && 'documents' in value

export function meterOf(req: PayloadRequest, options: LimitOptions): WorkMeter | null {
  if (!isExternal(req)) return null
  const existing = req.context?.[METER]
  if (isMeter(existing)) return existing
  const meter: WorkMeter = {
    deadline: Date.now() + options.timeoutMs,
    timeoutMs: options.timeoutMs,
    documents: 0,
  }
  req.context ??= {}
  req.context[METER] = meter
  return meter
}

/** Abandons the request's work once its time is up: the caller gets a 503 and nothing more is loaded. */
export function checkDeadline(req: PayloadRequest, meter: WorkMeter): void {
  if (Date.now() > meter.deadline) {
    throw refuse(req, 503, limitWords.timeout, { seconds: Math.round(meter.timeoutMs / 100) / 10 })
  }
}

/** Counts one loaded document against the request's budget. */
export function chargeDocument(req: PayloadRequest, meter: WorkMeter): void {
  meter.documents += 1
  const { maxDocuments } = boundsOf(req)
  if (meter.documents > maxDocuments) throw refuse(req, 400, limitWords.tooManyDocuments, { max: maxDocuments })
  checkDeadline(req, meter)
}

interface ReadArgs {
  depth?: unknown
  limit?: unknown
  page?: unknown
  pagination?: unknown
}

/**
 * The bounded form of a read's arguments: `depth` at most the actor's maximum; `limit` at most
 * API_MAX_LIMIT, with 0 or less meaning the default page size (never "everything"); pagination
 * always on; `page` a whole number in range. Garbage is refused with a 400.
 * Payload's own reads that fill in related documents (every id the page links to, in one query per
 * collection) are left whole: a page may link to more documents than a page holds, and each of
 * them is counted against the document budget as it is read.
 */
export function boundReadArgs<T extends ReadArgs>(args: T, req: PayloadRequest, options: LimitOptions): T {
  if (isRelationRead(args)) return args
  const bounded: T = { ...args }
  const { maxDepth } = boundsOf(req)
  if (typeof args.depth === 'number') {
    bounded.depth = Number.isFinite(args.depth) ? Math.max(0, Math.min(Math.trunc(args.depth), maxDepth)) : undefined
  }
  if (args.limit !== undefined && args.limit !== null) {
    const limit = typeof args.limit === 'number' ? args.limit : Number.NaN
    if (Number.isNaN(limit)) throw refuse(req, 400, limitWords.badLimit, { max: options.maxLimit })
    bounded.limit =
      limit <= 0 ? options.defaultLimit : Math.min(Math.trunc(limit), options.maxLimit) || options.defaultLimit
  }
  if ('pagination' in args && args.pagination === false) bounded.pagination = true
  // Payload's own default page (10) may be larger than API_MAX_LIMIT.
  bounded.limit ??= options.defaultLimit
  if (args.page !== undefined && args.page !== null) {
    const page = typeof args.page === 'number' ? args.page : Number.NaN
    if (!Number.isInteger(page) || page < 1 || page > MAX_PAGE)
      throw refuse(req, 400, limitWords.badPage, { max: MAX_PAGE })
  }
  return bounded
}

/**
 * The size in bytes of `value` written out as JSON. Populated documents are shared objects in
 * memory but written out once for every place they appear, so this counts every appearance;
 * shared parts are measured once (memo), so it costs one pass over what is in memory.
 */
export function jsonSize(value: unknown, memo = new WeakMap<object, number>()): number {
  if (value === null || value === undefined) return 4
  switch (typeof value) {
    case 'string':
      return Buffer.byteLength(value) + 2
    case 'number':
    case 'boolean':
    case 'bigint':
      return 8
    case 'object': {
      const known = memo.get(value)
      if (known !== undefined) return known
      memo.set(value, 0) // a cycle counts once
      let size = 2
      if (Array.isArray(value)) {
        for (const item of value) size += jsonSize(item, memo) + 1
      } else if (value instanceof Date) {
        size = 26
      } else {
        for (const [key, item] of Object.entries(value)) size += key.length + 4 + jsonSize(item, memo)
      }
      memo.set(value, size)
      return size
    }
    default:
      return 0
  }
}
