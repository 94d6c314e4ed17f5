/**
 * Bounded work per request. One anonymous request must not stall the server, so every read that
 * comes in over REST or GraphQL is bounded, whoever sends it (staff get wider bounds):
 *  - `depth` at most 2 for the public and 5 for staff; `limit` at most API_MAX_LIMIT, with 0 or
 *    less meaning the default page size, and pagination always on; `page` in range;
 *  - a budget of loaded documents (related ones included) and of response size;
 *  - GraphQL: relation nesting, estimated documents and selected fields, checked before it runs;
 *  - a deadline (REQUEST_TIMEOUT_MS) after which the work is abandoned and the answer is a 503.
 * The server's own Local API calls (seed, start-up, the admin's server-side rendering) are not
 * bounded. Plugged into every collection and global by the config.
 */
import type {
  CollectionAfterOperationHook,
  CollectionAfterReadHook,
  CollectionConfig,
  Config,
  GlobalConfig,
  Plugin,
  PayloadRequest,
} from 'payload'

import { limitWords } from '../i18n'
import { isRelationRead } from '../lib/population'
import { refuse } from '../lib/refuse'
import {
  boundReadArgs,
  boundsByActor,
  boundsOf,
  checkDeadline,
  chargeDocument,
  jsonSize,
  type LimitOptions,
  meterOf,
} from './bounds'
import { graphQLLimits } from './graphql'
import { measureGraphQLAnswers } from './graphqlAnswers'

export { actorOf, boundsByActor, MAX_PAGE, type Actor, type LimitOptions } from './bounds'
export { MAX_GRAPHQL_FIELDS } from './graphql'

const readOperations = new Set(['read', 'readDistinct', 'count', 'countVersions'])

const boundOperation =
  (options: LimitOptions) =>
  <A extends object>({ args, operation, req }: { args: A; operation: string; req: PayloadRequest }): A => {
    const meter = meterOf(req, options)
    if (!meter) return args
    checkDeadline(req, meter)
    return readOperations.has(operation) ? boundReadArgs(args, req, options) : args
  }

/** Every this many documents, a long read lets other requests' waiting work run first. */
const YIELD_EVERY = 8

const chargeRead =
  (options: LimitOptions): CollectionAfterReadHook =>
  async ({ doc, req }) => {
    const meter = meterOf(req, options)
    if (!meter) return doc
    chargeDocument(req, meter)
    if (meter.documents % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve))
    return doc
  }

/** A rich-text value as Payload stores it (Lexical's editor state). */
const isRichText = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && 'root' in value && typeof value.root === 'object'

/**
 * A page of a list that would be larger than `max`: the same page (same entries, same pagination)
 * with the largest rich-text fields left out (null) until it fits, each entry naming what it left
 * out in `omittedFields`. Null when even without them it would not fit.
 */
export function withBodiesLeftOut<T extends { docs: unknown[] }>(page: T, max: number): T | null {
  const docs = page.docs.map((doc) =>
    typeof doc === 'object' && doc !== null ? { ...(doc as Record<string, unknown>) } : doc,
  )
  const candidates = docs.flatMap((doc) =>
    typeof doc === 'object' && doc !== null
      ? Object.entries(doc as Record<string, unknown>).flatMap(([field, value]) =>
          isRichText(value) ? [{ doc: doc as Record<string, unknown>, field, size: jsonSize(value) }] : [],
        )
      : [],
  )
  let size = jsonSize({ ...page, docs })
  for (const { doc, field, size: fieldSize } of candidates.sort((a, b) => b.size - a.size)) {
    if (size <= max) break
    doc[field] = null
    doc.omittedFields = [...(Array.isArray(doc.omittedFields) ? doc.omittedFields : []), field]
    size -= fieldSize - 4
  }
  return size <= max ? { ...page, docs } : null
}

/**
 * Before a REST answer is written out, its size is known: a list page that is too large comes
 * without its largest rich-text fields (withBodiesLeftOut), anything else too large is refused.
 * The reads that fill in its related documents are not measured on their own: the answer holds
 * them, and is measured whole once they are in it. GraphQL answers are measured once GraphQL has
 * picked the selected fields (below).
 */
const measureAnswer =
  (options: LimitOptions): CollectionAfterOperationHook =>
  ({ args, operation, req, result }) => {
    if (operation !== 'find' && operation !== 'findByID') return result
    const nested =
      isRelationRead(args) || ('currentDepth' in args && typeof args.currentDepth === 'number' && args.currentDepth > 1)
    const meter = req && !nested && req.payloadAPI !== 'GraphQL' ? meterOf(req, options) : null
    if (!meter || !req) return result
    const { maxResponseBytes } = boundsOf(req)
    if (jsonSize(result) > maxResponseBytes) {
      const fitted =
        operation === 'find' &&
        typeof result === 'object' &&
        result !== null &&
        'docs' in result &&
        Array.isArray(result.docs)
          ? withBodiesLeftOut(result, maxResponseBytes)
          : null
      if (fitted) return fitted
      throw refuse(req, 400, limitWords.tooLarge, { megabytes: Math.round(maxResponseBytes / 1024 / 1024) })
    }
    return result
  }

const boundCollection = (collection: CollectionConfig, options: LimitOptions): CollectionConfig => {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeOperation: [boundOperation(options), ...(hooks.beforeOperation ?? [])],
      afterRead: [...(hooks.afterRead ?? []), chargeRead(options)],
      afterOperation: [...(hooks.afterOperation ?? []), measureAnswer(options)],
    },
  }
}

const boundGlobal = (global: GlobalConfig, options: LimitOptions): GlobalConfig => {
  const hooks = global.hooks ?? {}
  const bound = boundOperation(options)
  return {
    ...global,
    hooks: {
      ...hooks,
      // A global's hook may be called without arguments; there is nothing to bound then.
      beforeOperation: [
        ({ args, operation, req }) => (args ? bound({ args, operation, req }) : args),
        ...(hooks.beforeOperation ?? []),
      ],
    },
  }
}

/** A list's page size when none is asked for. */
export const DEFAULT_PAGE_SIZE = 10

/** The default page is never larger than the largest page. */
export const defaultPageSize = ({ defaultLimit, maxLimit }: Pick<LimitOptions, 'defaultLimit' | 'maxLimit'>): number =>
  Math.min(defaultLimit, maxLimit)

export const requestLimits =
  (options: LimitOptions): Plugin =>
  (config: Config): Config => {
    const ownRules = config.graphQL?.validationRules
    const bounded = { ...options, defaultLimit: defaultPageSize(options) }
    const limitRules = graphQLLimits(bounded)
    return {
      ...config,
      maxDepth: boundsByActor.staff.maxDepth,
      onInit: async (payload) => {
        measureGraphQLAnswers(payload)
        await config.onInit?.(payload)
      },
      collections: config.collections?.map((collection) => boundCollection(collection, bounded)),
      globals: config.globals?.map((global) => boundGlobal(global, bounded)),
      graphQL: {
        ...config.graphQL,
        validationRules: (args) => [...limitRules(args), ...(ownRules?.(args) ?? [])],
      },
    }
  }
