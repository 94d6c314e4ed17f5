/**
 * Counts the database queries a piece of work issues, for the list-query test, the benchmark's
 * "queries per request" and the optional `Server-Timing` header. The database adapters report
 * each query (src/db.ts); the count goes to the meter of the work that issued it, found through
 * the async context, so concurrent requests never mix their counts.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

import { rawBodyOf, withRawBody } from './rawBody'

export interface QueryMeter {
  queries: number
}

const meters = new AsyncLocalStorage<QueryMeter>()

/** Called by the database adapters for every query they send. */
export const countQuery = (): void => {
  const meter = meters.getStore()
  if (meter) meter.queries += 1
}

/** Runs the work with a meter of its own; the queries it issues, awaited ones included, count on it. */
export const withQueryMeter = <T>(meter: QueryMeter, work: () => T): T => meters.run(meter, work)

/** Runs the work and says how many queries it issued. */
export async function countQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const meter: QueryMeter = { queries: 0 }
  const result = await withQueryMeter(meter, work)
  return { result, queries: meter.queries }
}

/** The MongoDB commands that read or write data; the driver's own (hello, ping, endSessions…) are not queries. */
export const DATA_COMMANDS = new Set([
  'aggregate',
  'count',
  'delete',
  'distinct',
  'find',
  'findAndModify',
  'getMore',
  'insert',
  'update',
])

type FetchHandler = (request: Request) => Promise<Response>

/**
 * Adds `Server-Timing: app;dur=<ms>, db;desc="<queries> queries"` to each answer (SERVER_TIMING):
 * what the benchmark reads its queries per request from, and what a browser's tools show.
 */
const serverTiming = (started: number, meter: QueryMeter): string =>
  `app;dur=${(performance.now() - started).toFixed(1)}, db;desc="${meter.queries} queries"`

export const withServerTiming =
  (handler: FetchHandler): FetchHandler =>
  async (request) => {
    const meter: QueryMeter = { queries: 0 }
    const started = performance.now()
    const response = await withQueryMeter(meter, () => handler(request))
    const headers = new Headers(response.headers)
    headers.set('Server-Timing', serverTiming(started, meter))
    const timed = new Response(response.body, { status: response.status, statusText: response.statusText, headers })
    const raw = rawBodyOf(response)
    return raw ? withRawBody(timed, raw) : timed
  }

/** The same header on answers made whole, without a Fetch Response (the response cache's kept answers). */
export const timedAnswers =
  <T, A extends { headers: Headers }>(answers: (request: T) => Promise<A | null>) =>
  async (request: T): Promise<A | null> => {
    const meter: QueryMeter = { queries: 0 }
    const started = performance.now()
    const answer = await withQueryMeter(meter, () => answers(request))
    answer?.headers.set('Server-Timing', serverTiming(started, meter))
    return answer
  }
