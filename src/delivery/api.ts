/**
 * Payload's REST and GraphQL API as one Fetch handler, for the server to mount directly on
 * `/api`: the very route handlers Next.js serves (src/app/(payload)/api), with the same config and
 * the same Payload, without Next's routing in between (docs/benchmarks.md has the figures).
 * GraphQL also answers GET (`?query=…&variables=…`), so that a CDN or a browser can cache a site's
 * queries; graphql-http, which Payload runs on, refuses mutations over GET (405). Persisted queries
 * (only the query's hash in the address) are answered too (persistedQueries.ts). A GraphQL
 * operation refused whole with a `Retry-After` (a throttle's 429) carries that status over HTTP too,
 * as the same refusal does over REST.
 */
import type { SanitizedConfig } from 'payload'

import {
  GRAPHQL_PLAYGROUND_GET,
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import type { FetchHandler } from './fetchRoute'

import { persistedQueries } from './persistedQueries'

type RouteHandler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/** Graphql-http answers 200 whatever its errors say; a refusal to wait out is an HTTP 429 or 503. */
const withRefusalStatus =
  (handler: (request: Request) => Promise<Response>) =>
  async (request: Request): Promise<Response> => {
    const response = await handler(request)
    if (response.status !== 200 || !response.headers.has('Retry-After')) return response
    const text = await response.text()
    let status = 200
    try {
      const body = JSON.parse(text) as { errors?: { extensions?: { statusCode?: unknown } }[] }
      const codes = new Set((body.errors ?? []).map((error) => error.extensions?.statusCode))
      const [only] = codes
      if (codes.size === 1 && (only === 429 || only === 503)) status = only
    } catch {
      // Not JSON: left as it is.
    }
    return new Response(text, { status, headers: response.headers })
  }

export function payloadAPI(config: Promise<SanitizedConfig> | SanitizedConfig, apiRoute: string): FetchHandler {
  const rest: Record<string, RouteHandler> = {
    GET: REST_GET(config),
    POST: REST_POST(config),
    PATCH: REST_PATCH(config),
    PUT: REST_PUT(config),
    DELETE: REST_DELETE(config),
    OPTIONS: REST_OPTIONS(config),
  }
  const graphql = withRefusalStatus(persistedQueries(GRAPHQL_POST(config)))
  const playground = GRAPHQL_PLAYGROUND_GET(Promise.resolve(config))
  return async (request) => {
    const { pathname } = new URL(request.url)
    if (pathname === `${apiRoute}/graphql` && (request.method === 'GET' || request.method === 'POST'))
      return graphql(request)
    if (pathname === `${apiRoute}/graphql-playground` && request.method === 'GET') return playground(request)
    const handler = rest[request.method]
    if (!handler) return Response.json({ errors: [{ message: 'Method Not Allowed' }] }, { status: 405 })
    let slug: string[]
    try {
      slug = pathname
        .slice(apiRoute.length + 1)
        .split('/')
        .filter(Boolean)
        .map((segment) => decodeURIComponent(segment))
    } catch {
      // A path Next.js would not have routed either (a stray `%`).
      return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
    }
    return handler(request, { params: Promise.resolve({ slug }) })
  }
}
