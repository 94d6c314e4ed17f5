/**
 * Fair shares of the server, so that no client can stall the others. Owns:
 *  - each client's budget of the work the response cache cannot answer (a miss, a GraphQL POST, a
 *    write): FAIR_CLIENT_REQUESTS per FAIR_CLIENT_WINDOW_SECONDS per address (as the trusted proxy
 *    gives it) or per API client (by its key, once Payload has accepted it); past it, a 429 with
 *    `Retry-After` before any database work. Counts are kept in Redis when the server has one
 *    (shared by the instances), in memory otherwise;
 *  - a server-wide bound on that work: FAIR_CONCURRENT requests at a time, FAIR_QUEUE waiting at
 *    most FAIR_QUEUE_WAIT_MS for a turn; past it, a fast 503 with `Retry-After`, never a long wait;
 *  - the event loop's delay (perf_hooks), which /readyz reports and turns not-ready on.
 * Cache hits never reach it; staff signed in (the admin's own requests included) and the sign-in
 * routes (with limits of their own, src/signin) pass untouched. Mounted by the server between the
 * response cache and the API.
 */
import type { Payload } from 'payload'

import { executeAuthStrategies } from 'payload'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible'

import type { FairnessSettings } from '../env'

import { isStaffUser } from '../access'
import { fairnessWords, fill, languageOfHeaders, type Localized, pick } from '../i18n'
import { clientAddressOf } from '../lib/clientAddress'

type FetchHandler = (request: Request) => Promise<Response>

/** The account routes: sign-in, sign-out and password resets are limited by src/signin. */
const ACCOUNT_ROUTE =
  /\/(login|logout|refresh-token|forgot-password|reset-password|unlock|first-register|verify\/[^/]+)$/

/** Whether a request carries credentials for Payload to check (a session, a JWT or an API key). */
const hasCredentials = (headers: Headers): boolean =>
  headers.has('authorization') || /(^|;\s*)[\w-]*-token=/.test(headers.get('cookie') ?? '')

/** A bound on how many requests run at once, with a short queue whose waits are bounded too. */
class Gate {
  private running = 0
  private readonly waiting: { admit: () => void; timer: NodeJS.Timeout }[] = []

  constructor(private readonly settings: Pick<FairnessSettings, 'concurrent' | 'queue' | 'queueWaitMs'>) {}

  /** Resolves to a release function once the request may run, or to null when it must be turned away. */
  enter(): Promise<(() => void) | null> {
    if (this.running < this.settings.concurrent) {
      this.running += 1
      return Promise.resolve(this.release)
    }
    if (this.waiting.length >= this.settings.queue) return Promise.resolve(null)
    return new Promise((resolve) => {
      const since = performance.now()
      const entry = {
        admit: () => {
          clearTimeout(entry.timer)
          // A loop kept busy may run this after the wait's own timer was due: too late is turned away.
          if (performance.now() - since > this.settings.queueWaitMs) {
            resolve(null)
            this.waiting.shift()?.admit()
            return
          }
          this.running += 1
          resolve(this.release)
        },
        timer: setTimeout(() => {
          const at = this.waiting.indexOf(entry)
          if (at >= 0) this.waiting.splice(at, 1)
          resolve(null)
        }, this.settings.queueWaitMs),
      }
      this.waiting.push(entry)
    })
  }

  private readonly release = (): void => {
    this.running -= 1
    this.waiting.shift()?.admit()
  }
}

/** The event loop's delay over the last few seconds: its 50th and 99th percentiles and maximum, in ms. */
export interface LoopDelay {
  p50: number
  p99: number
  max: number
}

/**
 * Watches the event loop's delay in windows of `windowMs`, and answers the last full window's figures.
 */
export function watchEventLoop(windowMs = 2_000): { delay: () => LoopDelay; stop: () => void } {
  const histogram = monitorEventLoopDelay({ resolution: 10 })
  histogram.enable()
  let last: LoopDelay = { p50: 0, p99: 0, max: 0 }
  const ms = (ns: number) => Math.round(ns / 1e5) / 10
  const timer = setInterval(() => {
    last = { p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max) }
    histogram.reset()
  }, windowMs)
  timer.unref()
  return {
    // Between windows, the current one's figures when they are worse: a stall shows at once.
    delay: () =>
      histogram.count > 0 && ms(histogram.percentile(99)) > last.p99
        ? { p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max) }
        : last,
    stop: () => {
      clearInterval(timer)
      histogram.disable()
    },
  }
}

/** A refusal in the caller's language, with `Retry-After`. */
function refusal(request: Request, status: 429 | 503, words: Localized, seconds: number): Response {
  const language = languageOfHeaders({
    cookie: request.headers.get('cookie') ?? undefined,
    'accept-language': request.headers.get('accept-language') ?? undefined,
  })
  return Response.json(
    { errors: [{ message: fill(pick(words, language), { seconds }) }] },
    { status, headers: { 'Retry-After': String(seconds), 'Cache-Control': 'no-store' } },
  )
}

/**
 * `handler` with fair shares: the work it does for anyone but staff is charged to the client's
 * budget and waits for a turn at the server-wide gate.
 */
export function fairShares(handler: FetchHandler, payload: Payload, settings: FairnessSettings): FetchHandler {
  const redis = (payload.kv as { redisClient?: unknown }).redisClient
  const options = { keyPrefix: 'eafs-fair', points: settings.clientRequests, duration: settings.clientWindowSeconds }
  const budgets: RateLimiterAbstract = redis
    ? new RateLimiterRedis({ ...options, storeClient: redis })
    : new RateLimiterMemory(options)
  const gate = new Gate(settings)
  return async (request) => {
    const { pathname } = new URL(request.url)
    if (request.method === 'OPTIONS' || ACCOUNT_ROUTE.test(pathname)) return handler(request)
    let client = `address:${clientAddressOf(request.headers) ?? 'unknown'}`
    if (hasCredentials(request.headers)) {
      // Payload's own strategies (session, JWT, API key), without the permissions a full `auth` works out.
      const { user } = await executeAuthStrategies({ headers: request.headers, payload, canSetHeaders: false })
      if (isStaffUser(user)) return handler(request)
      if (user) client = `${user.collection}:${String(user.id)}`
    }
    try {
      await budgets.consume(client)
    } catch (refused) {
      if (refused instanceof Error) throw refused
      return refusal(
        request,
        429,
        fairnessWords.overBudget,
        Math.max(1, Math.ceil((refused as { msBeforeNext: number }).msBeforeNext / 1000)),
      )
    }
    const release = await gate.enter()
    if (!release) return refusal(request, 503, fairnessWords.busy, 1)
    try {
      return await handler(request)
    } finally {
      release()
    }
  }
}
