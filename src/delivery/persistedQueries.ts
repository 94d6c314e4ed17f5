/**
 * Automatic persisted queries (the protocol Apollo Client, urql and graphql-request speak): a
 * site sends only the SHA-256 of its query, `GET /api/graphql?extensions={"persistedQuery":
 * {"version":1,"sha256Hash":"…"}}&variables=…`, which keeps the address short enough for any CDN
 * to cache. The first time, the hub answers `PersistedQueryNotFound`; the site sends the query
 * with its hash once, and from then on the hash alone. Queries are kept in this process's memory,
 * bounded; an instance that does not know a hash asks for the query again.
 */
import crypto from 'node:crypto'
import { LRUCache } from 'lru-cache'

import type { FetchHandler } from './fetchRoute'

import { languageOfHeaders, pick } from '../i18n'
import { deliveryWords } from '../i18n/delivery'

const MAX_QUERIES = 2_000
/** A query longer than this is not kept (it still runs). */
const MAX_QUERY_BYTES = 32 * 1024

interface Persisted {
  sha256Hash: string
}

type Found = { error: keyof typeof deliveryWords } | { persisted: null | Persisted }

function persistedOf(extensions: unknown): Found {
  if (extensions === null || extensions === undefined) return { persisted: null }
  if (typeof extensions !== 'object' || !('persistedQuery' in extensions)) return { persisted: null }
  const persisted = extensions.persistedQuery
  if (typeof persisted !== 'object' || persisted === null || !('sha256Hash' in persisted))
    return { error: 'persistedQueryMalformed' }
  const { sha256Hash } = persisted
  if (typeof sha256Hash !== 'string' || !/^[0-9a-f]{64}$/i.test(sha256Hash)) return { error: 'persistedQueryMalformed' }
  return { persisted: { sha256Hash: sha256Hash.toLowerCase() } }
}

const parseJSON = (text: null | string): unknown => {
  if (text === null || text === '') return null
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

const refusal = (request: Request, words: keyof typeof deliveryWords): Response => {
  const language = languageOfHeaders({
    cookie: request.headers.get('cookie') ?? undefined,
    'accept-language': request.headers.get('accept-language') ?? undefined,
  })
  return Response.json({ errors: [{ message: pick(deliveryWords[words], language) }] }, { status: 400 })
}

const notFound = (): Response =>
  Response.json(
    { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] },
    { status: 200 },
  )

export function persistedQueries(handler: FetchHandler): FetchHandler {
  const known = new LRUCache<string, string>({ max: MAX_QUERIES })

  /** The query to run: the one sent (kept under its hash) or the one kept; or the answer to give instead. */
  const resolve = (request: Request, persisted: Persisted, sent: unknown): Response | string => {
    if (typeof sent === 'string' && sent !== '') {
      if (crypto.createHash('sha256').update(sent).digest('hex') !== persisted.sha256Hash)
        return refusal(request, 'persistedQueryMismatch')
      if (Buffer.byteLength(sent) <= MAX_QUERY_BYTES) known.set(persisted.sha256Hash, sent)
      return sent
    }
    return known.get(persisted.sha256Hash) ?? notFound()
  }

  return async (request) => {
    if (request.method === 'GET') {
      const url = new URL(request.url)
      const extensions = parseJSON(url.searchParams.get('extensions'))
      if (extensions === undefined) return refusal(request, 'persistedQueryMalformed')
      const found = persistedOf(extensions)
      if ('error' in found) return refusal(request, found.error)
      if (!found.persisted) return handler(request)
      const query = resolve(request, found.persisted, url.searchParams.get('query'))
      if (query instanceof Response) return query
      url.searchParams.set('query', query)
      return handler(new Request(url, { method: 'GET', headers: request.headers }))
    }
    if (request.method !== 'POST' || !(request.headers.get('content-type') ?? '').includes('application/json'))
      return handler(request)
    const text = await request.text()
    const rebuilt = (payload: string) =>
      new Request(request.url, { method: 'POST', headers: request.headers, body: payload })
    const body = parseJSON(text)
    if (typeof body !== 'object' || body === null || !('extensions' in body)) return handler(rebuilt(text))
    const found = persistedOf(body.extensions)
    if ('error' in found) return refusal(request, found.error)
    if (!found.persisted) return handler(rebuilt(text))
    const query = resolve(request, found.persisted, 'query' in body ? body.query : null)
    if (query instanceof Response) return query
    return handler(rebuilt(JSON.stringify({ ...body, query })))
  }
}
