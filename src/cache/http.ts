/**
 * HTTP caching of public reads, around the API's Fetch handler (and the feeds'):
 *  - an anonymous GET of published content gets a strong ETag (a hash of the body, one per
 *    encoding; of the file's size and time for media files), `Cache-Control` from CACHE_* and a 304
 *    for `If-None-Match`;
 *  - its answer is kept in memory (store.ts) under its canonical URL (keys.ts), with the content
 *    generations of what it read (reads.ts, generation.ts), and served from there until one of
 *    those changes; compressed as the reader asks, once per encoding (encoding.ts);
 *  - an API client's read is kept too, under its own key, and marked `private`.
 * Never kept: staff reads (the sign-in cookie or a JWT), drafts (`draft=true`, previews, preview
 * clients: Payload's side marks those `private, no-store`, index.ts), anything but a 200, answers
 * that set a cookie, and GraphQL answers carrying errors (written in the caller's language).
 */
import type { Payload } from 'payload'

import { LRUCache } from 'lru-cache'
import crypto from 'node:crypto'

import type { CacheSettings } from '../env'
import type { Canonical } from './keys'
import type { CachedAnswer, ResponseStore } from './store'

import { withRawBody } from '../lib/rawBody'
import { compress, type Encoding, ETAG_SUFFIX, preferredEncoding, worthCompressing } from './encoding'
import { ANY_CHANGE, changeMark, generationsOf, keptCurrent, settleWrites, stillKeepable, type Tag } from './generation'
import { recordReads } from './reads'

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
  /** A read's canonical URL (keys.ts); without it, only the parameters' order is made one. */
  canonical?: Canonical
}

/** Every parameter kept, in one order. */
const sortedParams: Canonical = (url) => {
  const canonical = new URL(url)
  canonical.searchParams.sort()
  return canonical
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
  /** The URL the handler is given: the request's, canonical (keys.ts). */
  canonical: URL
  pathname: string
  /** Anonymous: a CDN may keep the answer. An API client: only the client may. */
  shared: boolean
  /** What the answer depends on besides what Payload's reads record: an API client's key. */
  dependsOn: Tag[]
}

/** The collection of the API clients' keys (`Authorization: api-clients API-Key …`). */
const API_CLIENTS = 'api-clients'

/** Whether the Cookie header holds a cookie of this name. */
const hasCookie = (header: null | string, name: string): boolean =>
  (header ?? '').split(';').some((pair) => pair.trim().startsWith(`${name}=`))

/**
 * What this layer reads of a request: its method, URL and headers. A Fetch `Request` (viewOf), or
 * Node's request as it came, for a kept answer served without making one (`cachedHits`).
 */
export interface RequestView {
  method: string
  url: URL
  header: (name: string) => null | string
}

export const viewOf = (request: Request, url = new URL(request.url)): RequestView => ({
  method: request.method,
  url,
  header: (name) => request.headers.get(name),
})

/**
 * Whether a request reads as nobody signed in to the admin: a GET without the sign-in cookie
 * `cookieName`, and not one of the admin's method-override reads. (An `Authorization` header is
 * the caller's to judge: an API client's key may be cached apart, staff's may not.)
 */
export const signedOutGet = (request: Pick<RequestView, 'header' | 'method'>, cookieName: string): boolean =>
  request.method === 'GET' &&
  request.header('x-payload-http-method-override') === null &&
  !hasCookie(request.header('cookie'), cookieName)

/** Whether the reader already holds one of `etags` (`If-None-Match`; `*` holds any). */
const holdsOneOf = (request: RequestView, etags: Set<string>): boolean =>
  (request.header('if-none-match') ?? '').split(',').some((tag) => {
    const trimmed = tag.trim().replace(/^W\//, '')
    return trimmed === '*' || etags.has(trimmed)
  })

const hash = (value: crypto.BinaryLike): string => crypto.createHash('sha256').update(value).digest('base64url')

/** `canonical`, remembering the URLs it worked out: sites ask the same few again and again. */
const remembered = (canonical: Canonical): Canonical => {
  const known = new LRUCache<string, URL>({ max: 10_000 })
  return (url) => {
    const found = known.get(url.href)
    if (found) return found
    const made = canonical(url)
    known.set(url.href, made)
    return made
  }
}

/** Who reads, if the read may be cached: nobody signed in, with no draft asked for. */
function readerOf(request: RequestView, options: HttpCacheOptions, canonicalOf: Canonical): null | Reader {
  if (!signedOutGet(request, options.cookieName)) return null
  const { url } = request
  const draft = url.searchParams.get('draft')
  if (draft !== null && draft !== 'false') return null
  if (options.neverCached.some((path) => url.pathname === path || url.pathname.startsWith(`${path}/`))) return null
  const authorization = request.header('authorization')
  const client = authorization ? /^([a-z-]+) API-Key /i.exec(authorization)?.[1] : undefined
  if (authorization && client !== API_CLIENTS) return null
  const scope = authorization ? `client:${hash(authorization)}` : 'public'
  const canonical = canonicalOf(url)
  return {
    key: `${scope} ${canonical.pathname}${canonical.search}`,
    canonical,
    pathname: url.pathname,
    shared: !authorization,
    // A key taken back or narrowed makes the client's kept answers stale: the key is read by
    // Payload's API-key strategy, which no read hook sees.
    dependsOn: authorization ? [API_CLIENTS] : [],
  }
}

const cacheControl = (options: HttpCacheOptions, shared: boolean): string => {
  if (!shared) return 'private, no-cache'
  const { maxAgeSeconds, sharedMaxAgeSeconds, staleWhileRevalidateSeconds } = options.settings
  return `public, max-age=${maxAgeSeconds}, s-maxage=${sharedMaxAgeSeconds}, stale-while-revalidate=${staleWhileRevalidateSeconds}`
}

/** The tag of one representation: the body's, with the encoding's suffix. */
const etagOf = (entry: CachedAnswer, encoding: Encoding | null): string =>
  encoding ? `${entry.etag.slice(0, -1)}${ETAG_SUFFIX[encoding]}"` : entry.etag

/**
 * Whether the reader holds this answer: in any encoding, as every encoding decodes to the same
 * body (a browser keeps the decoded body, whichever encoding brought it).
 */
const matches = (request: RequestView, entry: CachedAnswer): boolean =>
  holdsOneOf(request, new Set([entry.etag, etagOf(entry, 'br'), etagOf(entry, 'gzip')]))

/** The encoding this reader gets the answer in, made and kept if it is the first to ask. */
async function encodingFor(
  request: RequestView,
  entry: CachedAnswer,
  keep: (entry: CachedAnswer) => void,
): Promise<Encoding | null> {
  if (!entry.compressible) return null
  const encoding = preferredEncoding(request.header('accept-encoding'))
  if (encoding && !entry.encoded[encoding]) {
    entry.encoded = { ...entry.encoded, [encoding]: await compress(entry.body, encoding) }
    keep(entry)
  }
  return encoding
}

/** What a reader is sent: status, headers and body (none for a 304). */
export interface Answer {
  status: number
  headers: Headers
  body: Uint8Array | null
}

async function answer(
  request: RequestView,
  entry: CachedAnswer,
  reader: Reader,
  options: HttpCacheOptions,
  state: 'HIT' | 'MISS',
  keep: (entry: CachedAnswer) => void,
): Promise<Answer> {
  const encoding = await encodingFor(request, entry, keep)
  const { compressible } = entry
  const headers = new Headers(entry.headers)
  const etag = etagOf(entry, encoding)
  headers.set('ETag', etag)
  headers.set('Cache-Control', cacheControl(options, reader.shared))
  const vary = [...(reader.shared ? [] : ['Authorization']), ...(compressible ? ['Accept-Encoding'] : [])]
  if (vary.length > 0) headers.set('Vary', vary.join(', '))
  headers.set('X-Cache', state)
  if (matches(request, entry)) {
    headers.delete('content-type')
    return { status: 304, headers, body: null }
  }
  const body = (encoding && entry.encoded[encoding]) || entry.body
  if (encoding) headers.set('Content-Encoding', encoding)
  headers.set('Content-Length', String(body.byteLength))
  return { status: entry.status, headers, body }
}

const asResponse = ({ status, headers, body }: Answer): Response =>
  body
    ? withRawBody(new Response(body as BodyInit, { status, headers }), body)
    : new Response(null, { status, headers })

/** The kept answer for `reader`, if it is still current (one that is not is dropped). */
async function keptAnswer(request: RequestView, reader: Reader, options: HttpCacheOptions): Promise<Answer | null> {
  const { payload, store } = options
  // A write's transaction that ended meanwhile makes what was read during it stale first.
  await settleWrites(payload)
  const hit = store?.get(reader.key)
  if (!store || !hit) return null
  const [current] = await keptCurrent(payload, [hit])
  if (!current) {
    store.delete(reader.key)
    return null
  }
  return answer(request, hit, reader, options, 'HIT', (entry) => store.set(reader.key, entry))
}

const isPrivate = (response: Response): boolean => /private|no-store/i.test(response.headers.get('cache-control') ?? '')

/** A GraphQL answer with errors: its messages are in the caller's language, and may be passing. */
const hasGraphQLErrors = (pathname: string, body: Uint8Array): boolean =>
  pathname.endsWith('/graphql') && Buffer.from(body.buffer, body.byteOffset, body.byteLength).includes('"errors"')

async function fileAnswer(
  request: Request,
  view: RequestView,
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
  if (holdsOneOf(view, new Set([etag]))) {
    await response.body?.cancel()
    headers.delete('content-length')
    headers.delete('content-type')
    return new Response(null, { status: 304, headers })
  }
  return new Response(response.body, { status: 200, headers })
}

/** The handler, with public reads cached as described above. */
export function cachedReads(handler: FetchHandler, options: HttpCacheOptions): FetchHandler {
  const { payload, store } = options
  const canonicalOf = remembered(options.canonical ?? sortedParams)
  return async (request) => {
    const view = viewOf(request)
    const reader = readerOf(view, options, canonicalOf)
    if (!reader) {
      const response = await handler(request)
      // A write's transaction has ended by the time it answers: what was read meanwhile is stale.
      await settleWrites(payload)
      return response
    }
    const fileTag = options.fileTag ? await options.fileTag(reader.pathname) : null
    if (fileTag) return fileAnswer(request, view, reader, fileTag, handler, options)

    const kept = await keptAnswer(view, reader, options)
    if (kept) return asResponse(kept)
    const keep = (entry: CachedAnswer) => store?.set(reader.key, entry)
    // The mark before the read: a change after it makes the next look at the new answer a full one.
    const mark = changeMark(payload)

    // What the answer depends on besides Payload's reads, as it was before the read; and any change
    // at all, for an answer that reads nothing Payload sees (the API's description).
    const { [ANY_CHANGE]: anyChange, ...besides } = await generationsOf(payload, [...reader.dependsOn, ANY_CHANGE])
    const canonical =
      reader.canonical.href === view.url.href
        ? request
        : new Request(reader.canonical, { headers: request.headers, signal: request.signal })
    const { result: response, generations: read } = await recordReads(() => handler(canonical))
    if (response.status !== 200 || isPrivate(response) || response.headers.has('set-cookie') || !response.body)
      return response
    const body = new Uint8Array(await response.arrayBuffer())
    const headers: [string, string][] = []
    response.headers.forEach((value, name) => {
      if (!notKept.has(name) && !name.startsWith('access-control-')) headers.push([name, value])
    })
    if (hasGraphQLErrors(reader.pathname, body)) return new Response(body, { status: 200, headers })
    const generations = Object.keys(read).length > 0 ? { ...read, ...besides } : { ...besides, [ANY_CHANGE]: anyChange }
    const entry: CachedAnswer = {
      generations,
      status: 200,
      headers,
      body,
      etag: `"${hash(body).slice(0, 32)}"`,
      compressible: worthCompressing(response.headers.get('content-type'), body.byteLength),
      checkedAt: mark,
      encoded: {},
    }
    // Kept only if nothing it read changed while it was being read, and no write is unfinished: it
    // could hold what was there before.
    const unchanged = await stillKeepable(payload, generations)
    // The answer compresses the body for its reader into the entry before it is kept.
    const answered = await answer(view, entry, reader, options, 'MISS', () => undefined)
    if (unchanged) keep(entry)
    return asResponse(answered)
  }
}

/**
 * The kept answer to a read, if there is one and it is current, headers and all, as cachedReads
 * would send it; null for anything else (which then goes the whole way, through cachedReads). For
 * the server to send kept answers without making a Fetch `Request` and `Response` for each.
 */
export function cachedHits(options: HttpCacheOptions): (request: RequestView) => Promise<Answer | null> {
  const canonicalOf = remembered(options.canonical ?? sortedParams)
  return async (request) => {
    if (!options.store) return null
    const reader = readerOf(request, options, canonicalOf)
    if (!reader || (options.fileTag && (await options.fileTag(reader.pathname)) !== null)) return null
    return keptAnswer(request, reader, options)
  }
}
