/**
 * The HTTP server: express in front of Next.js, which serves Payload's admin (/admin), REST API
 * (/api/…) and GraphQL (/api/graphql). Express adds health and readiness probes, request logging
 * and a graceful shutdown. It never parses bodies itself: Payload reads its own requests.
 */
import type { Payload } from 'payload'

import express, { type Express } from 'express'
import type { Server } from 'node:http'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import next from 'next'

import type { AppEnv } from './env'

import { bootPayload } from './boot'
import { pingDatabase } from './lib/dbPing'
import { corsFor } from './delivery/cors'
import { feedRoutes } from './delivery/feeds'
import { graphqlOverGet } from './delivery/graphqlGet'
import { boundRequestBodies } from './limits/http'
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
const DRAIN_TIMEOUT_MS = 15_000

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
  app.set('trust proxy', true)

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

  app.get('/readyz', async (_req, res) => {
    try {
      let timer: NodeJS.Timeout | undefined
      await Promise.race([
        pingDatabase(payload),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('database did not answer in time')), READY_TIMEOUT_MS)
        }),
      ]).finally(() => clearTimeout(timer))
      res.json({ status: 'ready', database: env.databaseKind })
    } catch (error) {
      res.status(503).json({ status: 'unavailable', database: env.databaseKind, error: (error as Error).message })
    }
  })

  // Browsers on the society's sites and the API clients' origins may call the API; no one else.
  const cors = corsFor(payload, env.corsOrigins)
  app.use((req, res, nextMiddleware) => (req.path.startsWith('/api/') || req.path === '/api' ? cors(req, res, nextMiddleware) : nextMiddleware()))

  app.use(
    boundRequestBodies({
      maxBodyBytes: env.apiMaxBodyBytes,
      maxUploadBytes: env.mediaMaxRequestBytes,
    }),
  )

  // GraphQL queries over GET, answered by Payload's own GraphQL handler.
  app.get('/api/graphql', graphqlOverGet(GRAPHQL_POST(config)))

  // The feeds, the sitemap and robots.txt, read as the public reads.
  app.use(feedRoutes(payload, { serverURL: env.serverURL, siteURLs: env.siteURLs }))

  // Everything else goes to Next.js (admin, REST, GraphQL); a path-less handler keeps req.url whole.
  app.use((req, res) => handle(req, res))

  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(env.port, () => resolve(listening))
    listening.once('error', reject)
  })

  const ms = (a: number, b: number) => Math.round(b - a)
  log.info(
    `Listening on ${env.port}, ${Math.round(performance.now())} ms after the process started: ${ms(t0, performance.now())} ms ` +
      `(config ${ms(t0, t1)} ms, database and Payload ${ms(t1, t2)} ms, Next.js ${ms(t2, t3)} ms)`,
  )

  let closing: Promise<void> | null = null
  const close = (): Promise<void> => {
    closing ??= (async () => {
      log.info('Shutting down: finishing in-flight requests…')
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
      log.info('Shut down: server closed, database closed.')
    })()
    return closing
  }

  return { app, server, payload, url: env.serverURL, createdAdmin, seeded, close }
}
