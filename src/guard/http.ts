/**
 * The API's answers that Payload's error handling never sees, put in the caller's language:
 * a GraphQL request that is not a JSON object with a query (graphql-http answers those in English,
 * or with an HTML page), a write sent in a format the API does not read, and the API's own
 * "route not found" and "method not allowed". Requests Payload would answer with a 5xx are
 * answered before it: a method the API does not have (405 with `Allow`), an address with control
 * characters (400), versions of a collection that keeps none and Payload's internal collections
 * (404), and the requests requests.ts recognises (bodies that do not parse, auth routes missing
 * their data, a bulk change without `where`).
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import type { SanitizedConfig } from 'payload'

import { STATUS_CODES } from 'node:http'

import { fill, guardWords, languageOfHeaders, limitWords, type Localized, pick } from '../i18n'
import { withoutInvisible } from '../lib/controlCharacters'
import { type APIRoute, refusalOf } from './requests'

type FetchHandler = (request: Request) => Promise<Response>

const ENGLISH_ONLY = new Set(['Not Found', 'Method Not Allowed'])
const WRITES = new Set(['POST', 'PATCH', 'PUT'])
const READABLE = /^(application\/(json|graphql-response\+json)|multipart\/form-data)\b/i

/** How deeply a GraphQL document may nest braces, brackets and parentheses before it is parsed. */
const MAX_GRAPHQL_NESTING = 60

/**
 * The deepest nesting of `{`, `[` and `(` in a GraphQL document, strings and comments skipped,
 * counted without parsing: graphql-js parses recursively, and a 5,000-deep document overflows its
 * stack before any validation rule can refuse it.
 */
export function graphQLNesting(source: string): number {
  let depth = 0
  let deepest = 0
  for (let i = 0; i < source.length; i++) {
    const char = source[i]
    if (char === '#') {
      while (i < source.length && source[i] !== '\n') i++
    } else if (char === '"') {
      const block = source.startsWith('"""', i)
      i += block ? 3 : 1
      while (i < source.length && !(block ? source.startsWith('"""', i) : source[i] === '"' || source[i] === '\n'))
        i += source[i] === '\\' ? 2 : 1
      if (block) i += 2
    } else if (char === '{' || char === '[' || char === '(') deepest = Math.max(deepest, ++depth)
    else if (char === '}' || char === ']' || char === ')') depth--
  }
  return deepest
}

/** The methods the API answers. */
export const API_METHODS = ['GET', 'HEAD', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS'] as const
const KNOWN_METHODS = new Set<string>(API_METHODS)

/**
 * Any other method (TRACE, CONNECT, WebDAV's…) is a 405 naming the ones there are, before a Fetch
 * Request is made of it (Fetch refuses TRACE and CONNECT outright).
 */
export const refuseUnknownMethods = (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
  if (KNOWN_METHODS.has(req.method ?? '')) return next()
  const language = languageOfHeaders({ cookie: req.headers.cookie, 'accept-language': req.headers['accept-language'] })
  res.statusCode = 405
  res.setHeader('Allow', API_METHODS.join(', '))
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.end(JSON.stringify({ errors: [{ message: pick(guardWords.methodNotAllowed, language) }] }))
}

/**
 * Payload's bookkeeping collections that nobody reads over the API: migrations, the jobs queue and
 * the key-value store. (The admin itself reads and writes preferences and document locks.)
 */
const INTERNAL = new Set(['payload-migrations', 'payload-jobs', 'payload-kv'])

/** Which collection a REST path names, and whether it asks for versions. */
function routeOf(pathname: string, apiRoute: string): APIRoute | null {
  if (!pathname.startsWith(`${apiRoute}/`)) return null
  const [collection, action, ...rest] = pathname.slice(apiRoute.length + 1).split('/')
  return collection ? { collection, action, rest } : null
}

export function guardAPI(handler: FetchHandler, config: SanitizedConfig): FetchHandler {
  const apiRoute = config.routes.api
  const graphqlPath = `${apiRoute}/graphql`
  const collections = new Map<string, SanitizedConfig['collections'][number]>(
    config.collections.map((collection) => [collection.slug, collection]),
  )
  return async (request) => {
    const language = languageOfHeaders({
      cookie: request.headers.get('cookie') ?? undefined,
      'accept-language': request.headers.get('accept-language') ?? undefined,
    })
    const refuse = (status: number, words: Localized) =>
      Response.json({ errors: [{ message: fill(pick(words, language), { max: MAX_GRAPHQL_NESTING }) }] }, { status })
    const url = new URL(request.url)
    const { pathname } = url
    let decoded: string
    try {
      decoded = decodeURIComponent(pathname)
    } catch {
      return refuse(400, guardWords.requestUnreadable)
    }
    if (withoutInvisible(decoded) !== decoded) return refuse(400, guardWords.badPath)
    const route = routeOf(pathname, apiRoute)
    const named = route ? collections.get(route.collection) : undefined
    if (route && named && (INTERNAL.has(named.slug) || (route.action === 'versions' && !named.versions)))
      return refuse(404, guardWords.notFound)
    const contentType = request.headers.get('content-type') ?? ''
    const hasBody = WRITES.has(request.method) && request.headers.get('content-length') !== '0' && request.body !== null
    if (
      hasBody &&
      !READABLE.test(contentType) &&
      !(pathname === graphqlPath && /^application\/graphql\b/i.test(contentType))
    ) {
      return refuse(415, guardWords.unsupportedMediaType)
    }
    const refused = route ? await refusalOf(request, url, route, named) : null
    if (refused) return Response.json({ errors: [{ message: refused.message(language) }] }, { status: refused.status })
    if (pathname === graphqlPath && request.method === 'POST' && /^application\/json\b/i.test(contentType)) {
      const text = await request.clone().text()
      let body: unknown
      try {
        body = JSON.parse(text)
      } catch {
        return refuse(400, guardWords.graphqlRequest)
      }
      const query =
        typeof body === 'object' && body !== null && !Array.isArray(body)
          ? (body as { query?: unknown; extensions?: unknown; variables?: unknown })
          : null
      const persisted = query && typeof query.extensions === 'object' && query.extensions !== null
      if (
        !query ||
        (typeof query.query !== 'string' && !persisted) ||
        (query.variables !== undefined &&
          query.variables !== null &&
          (typeof query.variables !== 'object' || Array.isArray(query.variables)))
      ) {
        return refuse(400, guardWords.graphqlRequest)
      }
      if (typeof query.query === 'string' && graphQLNesting(query.query) > MAX_GRAPHQL_NESTING)
        return refuse(400, limitWords.graphqlNesting)
    }
    if (pathname === graphqlPath && request.method === 'GET') {
      const source = new URL(request.url).searchParams.get('query')
      if (source && graphQLNesting(source) > MAX_GRAPHQL_NESTING) return refuse(400, limitWords.graphqlNesting)
    }
    const response = await handler(request)
    if (
      (response.status === 404 || response.status === 405) &&
      (response.headers.get('content-type') ?? '').includes('application/json')
    ) {
      const body = (await response
        .clone()
        .json()
        .catch(() => null)) as { message?: unknown; errors?: { message?: unknown }[] } | null
      // Payload's router answers an unknown route with `{ message: 'Route not found …' }`, in English.
      const english =
        typeof body?.message === 'string' ||
        (Array.isArray(body?.errors) && ENGLISH_ONLY.has(String(body.errors[0]?.message)))
      if (english) {
        return refuse(response.status, response.status === 404 ? guardWords.notFound : guardWords.methodNotAllowed)
      }
    }
    return response
  }
}

/**
 * A request Node cannot read (an address or headers past the size limit, a malformed request
 * line) is answered with its status and a message, in the three languages since its headers were
 * never read, instead of an empty answer.
 */
export function answerUnreadableRequests(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy()
      return
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400
    const words = status === 431 ? guardWords.requestHeadersTooLarge : guardWords.requestUnreadable
    const body = JSON.stringify({ errors: [{ message: [words.ar, words.az, words.en].join(' / ') }] })
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    )
  })
}
