/**
 * Payload's REST and GraphQL API as one Fetch handler, for the server to mount directly on
 * `/api`: the very route handlers Next.js serves (src/app/(payload)/api), with the same config and
 * the same Payload, without Next's routing in between (docs/benchmarks.md has the figures).
 * GraphQL also answers GET (`?query=…&variables=…`), so that a CDN or a browser can cache a site's
 * queries; graphql-http, which Payload runs on, refuses mutations over GET (405). Persisted queries
 * (only the query's hash in the address) are answered too (persistedQueries.ts).
 */
import type { SanitizedConfig } from 'payload'

import { GRAPHQL_PLAYGROUND_GET, GRAPHQL_POST, REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import type { FetchHandler } from './fetchRoute'

import { persistedQueries } from './persistedQueries'

type RouteHandler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

export function payloadAPI(config: Promise<SanitizedConfig> | SanitizedConfig, apiRoute: string): FetchHandler {
  const rest: Record<string, RouteHandler> = {
    GET: REST_GET(config),
    POST: REST_POST(config),
    PATCH: REST_PATCH(config),
    PUT: REST_PUT(config),
    DELETE: REST_DELETE(config),
    OPTIONS: REST_OPTIONS(config),
  }
  const graphql = persistedQueries(GRAPHQL_POST(config))
  const playground = GRAPHQL_PLAYGROUND_GET(Promise.resolve(config))
  return async (request) => {
    const { pathname } = new URL(request.url)
    if (pathname === `${apiRoute}/graphql` && (request.method === 'GET' || request.method === 'POST')) return graphql(request)
    if (pathname === `${apiRoute}/graphql-playground` && request.method === 'GET') return playground(request)
    const handler = rest[request.method]
    if (!handler) return Response.json({ errors: [{ message: 'Method Not Allowed' }] }, { status: 405 })
    let slug: string[]
    try {
      slug = pathname.slice(apiRoute.length + 1).split('/').filter(Boolean).map((segment) => decodeURIComponent(segment))
    } catch {
      // A path Next.js would not have routed either (a stray `%`).
      return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
    }
    return handler(request, { params: Promise.resolve({ slug }) })
  }
}
