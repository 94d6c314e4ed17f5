/**
 * HTTP caching of public reads, around the API's Fetch handler (and the feeds'):
 *  - an anonymous GET of published content gets a strong ETag (a hash of the body; of the file's
 *    size and time for media files), `Cache-Control` from CACHE_* and a 304 for `If-None-Match`;
 *  - its answer is kept in memory (store.ts) under the content generation (generation.ts) and
 *    served from there until content changes;
 *  - an API client's read is kept too, under its own key, and marked `private`.
 * Never kept: staff reads (the sign-in cookie or a JWT), drafts (`draft=true`, previews, preview
 * clients: Payload's side marks those `private, no-store`, index.ts), anything but a 200, answers
 * that set a cookie, and GraphQL answers carrying errors (written in the caller's language).
 */
import type { Payload } from 'payload'

import crypto from 'node:crypto'

import type { CacheSettings } from '../env'
import type { CachedAnswer, ResponseStore } from './store'

import { withRawBody } from '../lib/rawBody'
import { currentGeneration, settleWrites, writesUnfinished } from './generation'

type FetchHandler = (request: Request) => Promise<Response>

export interface HttpCacheOptions {
  payload: Payload
  /** Null: no in-process cache, only ETags and Cache-Control. */
  store: ResponseStore | null
  settings: Pick<CacheSettings, 'maxAgeSeconds' | 'sharedMaxAgeSeconds' | 'staleWhileRevalidateSeconds'>
  /** Payload's sign-in cookie (`payload-token`). */
  cookieName: string
  /** Paths never cached (the preview read, sign-in and accounts). */
  neverCached: readonly string[]
  /** The ETag of a stored file (media) the path names, or null for any other path. */
  fileTag?: (pathname: string) => Promise<null | string>
}

/** Headers of Payload's answer that are not kept with it: set per request, or by this layer. */
const notKept = new Set([
  'cache-control',
  'connection',
  'content-length',
  'date',
  'etag',
  'keep-alive',
  'set-cookie',
  'transfer-encoding',
  'vary',
])

interface Reader {
  key: string
  pathname: string
  /** Anonymous: a CDN may keep the answer. An API client: only the client may. */
  shared: boolean
}

const hasCookie = (header: null | string, name: string): boolean =>
  (header ?? '').split(';').some((pair) => pair.trim().startsWith(`${name}=`))

const hash = (value: crypto.BinaryLike): string => crypto.createHash('sha256').update(value).digest('base64url')

/** Who reads, if the read may be cached: nobody signed in, with no draft asked for. */
function readerOf(request: Request, options: HttpCacheOptions): null | Reader {
  if (request.method !== 'GET') return null
  const url = new URL(request.url)
  const draft = url.searchParams.get('draft')
  if (draft !== null && draft !== 'false') return null
  if (options.neverCached.some((path) => url.pathname === path || url.pathname.startsWith(`${path}/`))) return null
  if (request.headers.has('x-payload-http-method-override')) return null
  if (hasCookie(request.headers.get('cookie'), options.cookieName)) return null
  const authorization = request.headers.get('authorization')
  if (authorization && !/^api-clients API-Key /i.test(authorization)) return null
  const scope = authorization ? `client:${hash(authorization)}` : 'public'
  return { key: `${scope} ${url.pathname}${url.search}`, pathname: url.pathname, shared: !authorization }
}

const cacheControl = (options: HttpCacheOptions, shared: boolean): string => {
  if (!shared) return 'private, no-cache'
  const { maxAgeSeconds, sharedMaxAgeSeconds, staleWhileRevalidateSeconds } = options.settings
  return `public, max-age=${maxAgeSeconds}, s-maxage=${sharedMaxAgeSeconds}, stale-while-revalidate=${staleWhileRevalidateSeconds}`
}

const matches = (request: Request, etag: string): boolean => {
  const header = request.headers.get('if-none-match')
  if (!header) return false
  return header.split(',').some((tag) => {
    const trimmed = tag.trim()
    return trimmed === '*' || trimmed === etag || trimmed === `W/${etag}`
  })
}

function answer(
  request: Request,
  entry: CachedAnswer,
  reader: Reader,
  options: HttpCacheOptions,
  state: 'HIT' | 'MISS',
): Response {
  const headers = new Headers(entry.headers)
  headers.set('ETag', entry.etag)
  headers.set('Cache-Control', cacheControl(options, reader.shared))
  if (!reader.shared) headers.set('Vary', 'Authorization')
  headers.set('X-Cache', state)
  if (matches(request, entry.etag)) {
    headers.delete('content-type')
    return new Response(null, { status: 304, headers })
  }
  headers.set('Content-Length', String(entry.body.byteLength))
  return withRawBody(new Response(entry.body as BodyInit, { status: entry.status, headers }), entry.body)
}

const isPrivate = (response: Response): boolean => /private|no-store/i.test(response.headers.get('cache-control') ?? '')

/** A GraphQL answer with errors: its messages are in the caller's language, and may be passing. */
const hasGraphQLErrors = (pathname: string, body: Uint8Array): boolean =>
  pathname.endsWith('/graphql') && Buffer.from(body.buffer, body.byteOffset, body.byteLength).includes('"errors"')

async function fileAnswer(
  request: Request,
  reader: Reader,
  etag: string,
  handler: FetchHandler,
  options: HttpCacheOptions,
): Promise<Response> {
  const response = await handler(request)
  if (response.status !== 200) return response
  const headers = new Headers(response.headers)
  headers.set('ETag', etag)
  headers.set('Cache-Control', cacheControl(options, reader.shared))
  if (matches(request, etag)) {
    await response.body?.cancel()
    headers.delete('content-length')
    headers.delete('content-type')
    return new Response(null, { status: 304, headers })
  }
  return new Response(response.body, { status: 200, headers })
}

/** The handler, with public reads cached as described above. */
export function cachedReads(handler: FetchHandler, options: HttpCacheOptions): FetchHandler {
  return async (request) => {
    const reader = readerOf(request, options)
    if (!reader) {
      const response = await handler(request)
      // A write's transaction has ended by the time it answers: what was read meanwhile is stale.
      await settleWrites(options.payload)
      return response
    }
    const fileTag = options.fileTag ? await options.fileTag(reader.pathname) : null
    if (fileTag) return fileAnswer(request, reader, fileTag, handler, options)

    await settleWrites(options.payload)
    const generation = await currentGeneration(options.payload)
    const hit = options.store?.get(reader.key, generation)
    if (hit) return answer(request, hit, reader, options, 'HIT')

    const response = await handler(request)
    if (response.status !== 200 || isPrivate(response) || response.headers.has('set-cookie') || !response.body)
      return response
    const body = new Uint8Array(await response.arrayBuffer())
    const headers: [string, string][] = []
    response.headers.forEach((value, name) => {
      if (!notKept.has(name) && !name.startsWith('access-control-')) headers.push([name, value])
    })
    if (hasGraphQLErrors(reader.pathname, body)) return new Response(body, { status: 200, headers })
    const entry: CachedAnswer = { generation, status: 200, headers, body, etag: `"${hash(body).slice(0, 32)}"` }
    // Kept only if no content changed while it was being read, and no write is unfinished: it could
    // hold what was there before.
    const unchanged = !writesUnfinished() && (await currentGeneration(options.payload)) === generation
    if (options.store && unchanged) options.store.set(reader.key, entry)
    return answer(request, entry, reader, options, 'MISS')
  }
}
