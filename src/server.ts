/**
 * The HTTP server: express in front of Payload. The API (/api/…, REST and GraphQL) and the feeds go
 * straight to their Fetch handlers, behind the response cache (src/cache); the admin (/admin) goes
 * to Next.js. The work the cache cannot answer is shared fairly between clients (src/fairness).
 * Express adds health and readiness probes (readiness with the event loop's delay), request
 * logging, CORS, body limits and a graceful shutdown. It never parses bodies itself: Payload reads
 * its own requests.
 */
import type { Payload } from 'payload'

import compression from 'compression'
import express, { type Express } from 'express'
import type { Server } from 'node:http'
import next from 'next'
import path from 'node:path'
import zlib from 'node:zlib'

import type { AppEnv } from './env'

import { bootPayload } from './boot'
import { refreshQueryStatistics } from './db'
import { pingDatabase } from './lib/dbPing'
import {
  cachedHits,
  cachedReads,
  canonicalReads,
  closeKeyValueStore,
  COMPRESS_MIN_BYTES,
  ResponseStore,
  resolvedLists,
  uploadedFileTag,
} from './cache'
import { leaveCluster } from './cluster'
import { payloadAPI } from './delivery/api'
import { corsFor } from './delivery/cors'
import { feedsHandler, isFeedPath } from './delivery/feeds'
import { fairShares, watchEventLoop } from './fairness'
import { type FetchHandler, fromFetch, keptFirst } from './delivery/fetchRoute'
import { readOverriddenMethods } from './delivery/methodOverride'
import { timedAnswers, withServerTiming } from './lib/queryMeter'
import { boundRequestBodies } from './limits/http'
import { boundsByActor, DEFAULT_PAGE_SIZE, defaultPageSize, MAX_PAGE } from './limits'
import { editorialSlugs } from './content'
import { answerUnreadableRequests, guardAPI, refuseUnknownMethods } from './guard'
import { securityHeaders } from './security'
import { settleOutgoingMail } from './mail'
import { projectRoot } from './paths'

export interface RunningServer {
  app: Express
  server: Server
  payload: Payload
  url: string
  createdAdmin: string | null
  seeded: boolean
  /** Stops accepting connections, lets in-flight requests finish, then closes the database. */
  close: () => Promise<void>
}

const READY_TIMEOUT_MS = 2_000
const STATISTICS_EVERY_MS = 6 * 3_600_000
const DRAIN_TIMEOUT_MS = 15_000
/** The public collections besides the editorial ones whose lists the sites read. */
const PUBLIC_DIRECTORIES = ['categories', 'people', 'media'] as const

/** TRUST_PROXY as express reads it: true, a number of hops, or a list of addresses and names. */
const trustProxySetting = (value: string): boolean | number | string =>
  value === 'true' ? true : value === 'false' ? false : /^\d+$/.test(value) ? Number(value) : value

export async function startServer({ env, dev }: { env: AppEnv; dev: boolean }): Promise<RunningServer> {
  const t0 = performance.now()
  // Loaded after the environment is in place: the config validates it when imported.
  const { default: config } = await import('../payload.config')
  const t1 = performance.now()
  const { payload, createdAdmin, seeded } = await bootPayload(env, config)
  const t2 = performance.now()
  const log = payload.logger

  const nextApp = next({ dev, dir: projectRoot, port: env.port, hostname: 'localhost' })
  const handle = nextApp.getRequestHandler()
  await nextApp.prepare()
  const t3 = performance.now()

  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', trustProxySetting(env.trustProxy))
  app.use(securityHeaders({ siteOrigins: Object.values(env.siteURLs).map((url) => new URL(url).origin), dev }))

  app.use((req, res, nextMiddleware) => {
    const started = process.hrtime.bigint()
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      const line = `${req.method} ${req.originalUrl} ${res.statusCode} ${ms.toFixed(1)} ms`
      if (req.originalUrl.startsWith('/_next/')) log.debug(line)
      else log.info(line)
    })
    nextMiddleware()
  })

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', uptime: Math.round(process.uptime()) })
  })

  // A liveness probe: cheap, whatever the load. Readiness also says how late the event loop runs.
  const loop = watchEventLoop()
  app.get('/readyz', async (_req, res) => {
    const eventLoopDelayMs = loop.delay()
    if (eventLoopDelayMs.p99 > env.fairness.readyMaxLoopDelayMs) {
      res.status(503).json({ status: 'saturated', database: env.databaseKind, eventLoopDelayMs })
      return
    }
    try {
      let timer: NodeJS.Timeout | undefined
      await Promise.race([
        pingDatabase(payload),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('database did not answer in time')), READY_TIMEOUT_MS)
        }),
      ]).finally(() => clearTimeout(timer))
      res.json({ status: 'ready', database: env.databaseKind, eventLoopDelayMs })
    } catch (error) {
      res
        .status(503)
        .json({ status: 'unavailable', database: env.databaseKind, eventLoopDelayMs, error: (error as Error).message })
    }
  })

  // Browsers on the society's sites and the API clients' origins may call the API; no one else.
  const cors = corsFor(payload, env.corsOrigins)
  app.use((req, res, nextMiddleware) =>
    req.path.startsWith('/api/') || req.path === '/api' ? cors(req, res, nextMiddleware) : nextMiddleware(),
  )

  app.use(
    boundRequestBodies({
      maxBodyBytes: env.apiMaxBodyBytes,
      maxUploadBytes: env.mediaMaxRequestBytes,
    }),
  )

  // The API goes straight to Payload's own REST and GraphQL handlers, and the feeds to theirs, with
  // public reads cached (src/cache); the admin goes to Next.js.
  const apiRoute = payload.config.routes.api
  // Files in local folders are tagged by their size and time; on S3 (src/cluster) there are none here.
  const uploadFolders = env.s3
    ? {}
    : Object.fromEntries(
        payload.config.collections.flatMap((collection) =>
          collection.upload
            ? [[collection.slug, path.resolve(projectRoot, collection.upload.staticDir ?? collection.slug)]]
            : [],
        ),
      )
  const pageSize = defaultPageSize({ defaultLimit: DEFAULT_PAGE_SIZE, maxLimit: env.apiMaxLimit })
  const cacheOptions = {
    payload,
    store: env.cache.maxEntries > 0 ? new ResponseStore(env.cache) : null,
    settings: env.cache,
    cookieName: `${payload.config.cookiePrefix}-token`,
    neverCached: [`${apiRoute}/preview`, `${apiRoute}/users`, `${apiRoute}/graphql-playground`],
    fileTag: uploadedFileTag(apiRoute, uploadFolders),
    canonical: canonicalReads(payload.config, pageSize),
  }
  // Public lists from entries already resolved (src/cache/entries.ts), before Payload's own handler;
  // RESOLVED_ENTRIES_MB=0 leaves every list to Payload whole.
  const lists =
    env.cache.resolvedEntriesBytes > 0
      ? resolvedLists(payloadAPI(config, apiRoute), {
          payload,
          apiRoute,
          collections: [...editorialSlugs(payload.config), ...PUBLIC_DIRECTORIES],
          cookieName: cacheOptions.cookieName,
          maxBytes: env.cache.resolvedEntriesBytes,
          maxResponseBytes: boundsByActor.public.maxResponseBytes,
          maxDocuments: boundsByActor.public.maxDocuments,
          defaultLimit: pageSize,
          maxLimit: env.apiMaxLimit,
          maxPage: MAX_PAGE,
        })
      : payloadAPI(config, apiRoute)
  const timed = (handler: FetchHandler) => (env.serverTiming ? withServerTiming(handler) : handler)
  const fair = (handler: FetchHandler) => fairShares(handler, payload, env.fairness)
  // The admin's method-override reads become the GETs they stand for before any layer looks at them.
  // Answers the cache keeps are sent as they are kept, before any Fetch Request is made (src/cache/http.ts).
  const kept = env.serverTiming ? timedAnswers(cachedHits(cacheOptions)) : cachedHits(cacheOptions)
  const api = keptFirst(
    kept,
    fromFetch(timed(readOverriddenMethods(cachedReads(fair(guardAPI(lists, payload.config)), cacheOptions)))),
  )
  const feeds = keptFirst(
    kept,
    fromFetch(
      timed(
        cachedReads(fair(feedsHandler(payload, { serverURL: env.serverURL, siteURLs: env.siteURLs })), cacheOptions),
      ),
    ),
  )
  // Brotli or gzip as the reader asks. The public's reads come compressed from the cache (src/cache),
  // once per answer; staff reads, writes' answers and the admin's pages and assets are compressed
  // here on the way out (brotli's quality 4). The middleware costs every request it wraps, so it
  // wraps only those.
  const compressed = compression({
    threshold: COMPRESS_MIN_BYTES,
    brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
  })
  const cookieName = `${payload.config.cookiePrefix}-token=`
  const publicRead = (req: express.Request) =>
    (req.method === 'GET' || req.method === 'HEAD') &&
    !req.headers.authorization &&
    !(req.headers.cookie ?? '').includes(cookieName)
  app.use((req, res, nextMiddleware) => {
    if (req.path === apiRoute || req.path.startsWith(`${apiRoute}/`))
      return refuseUnknownMethods(req, res, () =>
        publicRead(req) ? api(req, res, nextMiddleware) : compressed(req, res, () => api(req, res, nextMiddleware)),
      )
    if ((req.method === 'GET' || req.method === 'HEAD') && isFeedPath(req.path)) return feeds(req, res, nextMiddleware)
    nextMiddleware()
  })

  // Everything else (the admin) goes to Next.js, compressed; a path-less handler keeps req.url whole.
  app.use(compressed, (req, res) => handle(req, res))

  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(env.port, () => resolve(listening))
    listening.once('error', reject)
  })
  answerUnreadableRequests(server)

  const ms = (a: number, b: number) => Math.round(b - a)
  log.info(
    `Listening on ${env.port}, ${Math.round(performance.now())} ms after the process started: ${ms(t0, performance.now())} ms ` +
      `(config ${ms(t0, t1)} ms, database and Payload ${ms(t1, t2)} ms, Next.js ${ms(t2, t3)} ms)`,
  )

  // The database's query statistics follow the archive as it grows.
  const statistics = setInterval(() => {
    refreshQueryStatistics(payload).catch((error: unknown) =>
      log.warn(`Refreshing the query statistics failed: ${(error as Error).message}`),
    )
  }, STATISTICS_EVERY_MS)
  statistics.unref()

  let closing: Promise<void> | null = null
  const close = (): Promise<void> => {
    closing ??= (async () => {
      log.info('Shutting down: finishing in-flight requests…')
      clearInterval(statistics)
      loop.stop()
      const drained = new Promise<void>((resolve) => server.close(() => resolve()))
      // Keep-alive connections go as soon as their last response is sent, not after their timeout.
      const sweep = setInterval(() => server.closeIdleConnections(), 100)
      const force = setTimeout(() => server.closeAllConnections(), DRAIN_TIMEOUT_MS)
      await drained
      clearInterval(sweep)
      clearTimeout(force)
      await nextApp.close().catch(() => undefined)
      await settleOutgoingMail()
      await payload.destroy()
      await leaveCluster()
      await closeKeyValueStore(payload.kv)
      log.info('Shut down: server closed, database closed.')
    })()
    return closing
  }

  return { app, server, payload, url: env.serverURL, createdAdmin, seeded, close }
}
