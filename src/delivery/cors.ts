/**
 * Which browser origins may read the API (CORS): the society's sites named in CORS_ORIGINS, which
 * may also send the admin's cookie, and the origins of every API client that is not revoked, which
 * read with their key. Any other origin gets no grant at all. The clients' origins are read from
 * the database at most every 30 seconds, and at once after a client changes on this instance.
 */
import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

const CLIENT_ORIGINS_TTL_MS = 30_000
const ALLOWED_HEADERS =
  'Authorization, Content-Type, Accept, Accept-Language, If-None-Match, X-Payload-HTTP-Method-Override'
const EXPOSED_HEADERS = 'Content-Language, ETag'

let known: { at: number; origins: Promise<Set<string>> } | null = null

/** Called when an API client is saved or deleted, so that its origins apply from the next request. */
export const forgetClientOrigins = (): void => {
  known = null
}

async function readClientOrigins(payload: Payload): Promise<Set<string>> {
  const { docs } = await payload.find({
    collection: 'api-clients',
    where: { revoked: { not_equals: true } },
    select: { origins: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Set(docs.flatMap((client) => (client.origins ?? []).map(({ origin }) => origin)))
}

const clientOrigins = (payload: Payload): Promise<Set<string>> => {
  if (!known || Date.now() - known.at > CLIENT_ORIGINS_TTL_MS) {
    const origins = readClientOrigins(payload)
    known = { at: Date.now(), origins }
    // A failed read is not kept: the next request asks again.
    origins.catch(() => forgetClientOrigins())
  }
  return known.origins
}

export const corsFor =
  (payload: Payload, siteOrigins: readonly string[]): RequestHandler =>
  async (req, res, next) => {
    // Every answer depends on the origin from here on, for caches too.
    res.vary('Origin')
    const origin = req.headers.origin
    if (!origin) return next()
    try {
      const site = siteOrigins.includes(origin)
      const allowed = site || (await clientOrigins(payload)).has(origin)
      if (allowed) {
        res.setHeader('Access-Control-Allow-Origin', origin)
        res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS)
        // Only the society's own sites may send the admin's cookie; clients read with their key.
        if (site) res.setHeader('Access-Control-Allow-Credentials', 'true')
      }
      if (req.method !== 'OPTIONS') return next()
      if (allowed) {
        res.setHeader('Access-Control-Allow-Methods', site ? 'GET, HEAD, POST, PATCH, PUT, DELETE' : 'GET, HEAD, POST')
        res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS)
        res.setHeader('Access-Control-Max-Age', '600')
      }
      res.status(204).end()
    } catch (error) {
      next(error)
    }
  }
