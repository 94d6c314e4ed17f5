/**
 * The read model (#21): public lists answered from entries already resolved. A site's list
 * (`/api/news?where[slug][equals]=…&locale=az`, a page of a category, the newest ten) costs Payload
 * a read of every language of every field of every entry, the population of its relations and the
 * field hooks; the same entries come back in list after list. So a public list is answered in two
 * steps, both by Payload's own REST handler:
 *  1. which entries, and the pagination: the same request asking for ids only (`select[id]=true`,
 *     `depth=0`), Payload's filters, sort, access and paging unchanged; or, for a site's common
 *     lists (a page, an entry by slug), the collection's public order kept from Payload (order.ts);
 *  2. each entry as that list shows it (language, fallback, depth, `select`, `populate`): kept from
 *     an earlier list, or resolved now, those missing together, by the same request narrowed to
 *     their ids (`where[id][in]=…`).
 * The answer is step 1's, its ids replaced by the entries: byte for byte what Payload answers for
 * the request (tests/integration/resolvedLists.test.ts). A kept entry remembers the content
 * generations of what it read (reads.ts) and is used only while they are current; a list made of
 * kept entries tells the response cache around it (http.ts) what its entries read.
 * Anything else goes to Payload as it came: a request with credentials, a draft, a parameter this
 * does not know, a first step that is not a 200, an answer over the public bounds (src/limits: its
 * size, or the documents it would load) or with bodies left out to fit them.
 */
import type { Payload } from 'payload'

import { LRUCache } from 'lru-cache'

import { changeMark, type Kept, keptCurrent, stillKeepable } from './generation'
import { signedOutGet, viewOf } from './http'
import { publicOrder } from './order'
import { readAt, recordReads } from './reads'

type FetchHandler = (request: Request) => Promise<Response>

export interface ResolvedListsOptions {
  payload: Payload
  /** The API's route (`/api`). */
  apiRoute: string
  /** The collections whose public lists are answered so. */
  collections: readonly string[]
  /** Payload's sign-in cookie (`payload-token`). */
  cookieName: string
  /** Bytes the kept entries may take in all (more than 0: without them, the two steps are only a cost). */
  maxBytes: number
  /** The public bounds of one answer (src/limits): its bytes of JSON, and the documents it loads. */
  maxResponseBytes: number
  maxDocuments: number
  /** A list's page size when none is asked for, the largest, and the largest page number (src/limits). */
  defaultLimit: number
  maxLimit: number
  maxPage: number
}

/** An entry as a list shows it: its JSON (UTF-8), the documents it holds, and what it read (generation.ts). */
interface Resolved extends Kept {
  json: Buffer
  documents: number
}

/** The parameters that say how each entry is shown; `where`, `sort`, `limit` and `page` say which. */
const SHAPE = /^(locale|fallback-locale|fallbackLocale|depth|select|populate)(\[|$)/
const WHICH = /^(where|sort|limit|page)(\[|$)/
const COMMA = Buffer.from(',')
/** The shape parameters that name no language: the first step asks for ids at depth 0 instead. */
const SHOWN = /^(depth|select|populate)(\[|$)/

/**
 * Objects with an id in an entry: the entry, its related documents, and its array rows and blocks.
 * At least the documents Payload loads to show it (the limits count those), never fewer.
 */
const documentsIn = (value: unknown): number => {
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + documentsIn(item), 0)
  if (typeof value !== 'object' || value === null) return 0
  return Object.values(value).reduce<number>((sum, item) => sum + documentsIn(item), 'id' in value ? 1 : 0)
}

/** The collection of a public list request this answers, or null. */
function listOf(request: Request, url: URL, options: ResolvedListsOptions): null | string {
  if (!signedOutGet(viewOf(request, url), options.cookieName) || request.headers.has('authorization')) return null
  const slug = url.pathname.slice(options.apiRoute.length + 1)
  if (url.pathname !== `${options.apiRoute}/${slug}` || !options.collections.includes(slug)) return null
  for (const [name, value] of url.searchParams) {
    if (name === 'draft' && value === 'false') continue
    if (!SHAPE.test(name) && !WHICH.test(name)) return null
  }
  return slug
}

/** A request to the API like `request`, at `url`. */
const like = (request: Request, url: URL): Request => new Request(url, { headers: request.headers })

/** The handler, with public lists answered from resolved entries as described above. */
export function resolvedLists(handler: FetchHandler, options: ResolvedListsOptions): FetchHandler {
  const { payload } = options
  const order = publicOrder(options)
  const kept = new LRUCache<string, Resolved>({
    maxSize: Math.max(1, options.maxBytes),
    sizeCalculation: (entry, key) => entry.json.byteLength + key.length + 256,
  })

  /** The kept entries of `keys` that are still current. */
  async function currentOf(keys: string[]): Promise<Map<string, Resolved>> {
    const found = keys.flatMap((key) => {
      const entry = kept.get(key)
      return entry ? [[key, entry] as const] : []
    })
    const current = await keptCurrent(
      payload,
      found.map(([, entry]) => entry),
    )
    found.forEach(([key], i) => current[i] || kept.delete(key))
    return new Map(found.filter((_, i) => current[i]))
  }

  /** Resolves the entries of `ids` as the list shows them; null if Payload did not answer them all plainly. */
  async function resolve(
    request: Request,
    url: URL,
    ids: (number | string)[],
    keyOf: (id: number | string) => string,
  ): Promise<Map<string, Resolved> | null> {
    const narrowed = new URL(url.pathname, url)
    for (const [name, value] of url.searchParams) if (SHAPE.test(name)) narrowed.searchParams.append(name, value)
    narrowed.searchParams.set('where[id][in]', ids.join(','))
    narrowed.searchParams.set('limit', String(ids.length))
    const mark = changeMark(payload)
    const { result: response, generations } = await recordReads(() => handler(like(request, narrowed)))
    if (response.status !== 200) {
      await response.body?.cancel()
      return null
    }
    const { docs } = (await response.json()) as { docs: Record<string, unknown>[] }
    if (docs.length !== ids.length || docs.some((doc) => 'omittedFields' in doc)) return null
    const resolved = new Map<string, Resolved>()
    for (const doc of docs)
      resolved.set(String(doc.id), {
        json: Buffer.from(JSON.stringify(doc)),
        generations,
        documents: documentsIn(doc),
        checkedAt: mark,
      })
    // Kept only if nothing they read changed while they were resolved, and no write is unfinished:
    // they could hold what was there before.
    if (await stillKeepable(payload, generations)) for (const [id, entry] of resolved) kept.set(keyOf(id), entry)
    return resolved
  }

  return async (request) => {
    const url = new URL(request.url)
    const slug = listOf(request, url, options)
    if (!slug) return handler(request)

    // 1. Which entries, and the pagination: from the collection's public order (order.ts), or
    //    Payload's answer for their ids alone.
    const idsURL = new URL(url)
    for (const name of [...idsURL.searchParams.keys()]) if (SHOWN.test(name)) idsURL.searchParams.delete(name)
    idsURL.searchParams.set('depth', '0')
    idsURL.searchParams.set('select[id]', 'true')
    const first = await order.firstStep(request, url, slug, () => handler(like(request, idsURL)))
    if (!first) return handler(request)
    const { page } = first
    const ids = page.docs.map((doc) => doc.id)

    // 2. Each entry as the list shows it: kept, or resolved now.
    const shape = [...url.searchParams]
      .filter(([name]) => SHAPE.test(name))
      .map(([name, value]) => `${name}=${value}`)
      .sort()
      .join('&')
    const keyOf = (id: number | string) => `${slug} ${String(id)} ${shape}`
    const entries = await currentOf(ids.map(keyOf))
    const missing = ids.filter((id) => !entries.has(keyOf(id)))
    if (missing.length > 0) {
      const resolved = await resolve(request, url, missing, keyOf)
      if (!resolved) return handler(request)
      for (const [id, entry] of resolved) entries.set(keyOf(id), entry)
    }
    const shown = ids.flatMap((id) => entries.get(keyOf(id)) ?? [])
    if (shown.length !== ids.length) return handler(request)
    // The response cache around keeps the answer only while what its entries read is current.
    for (const entry of shown) readAt(entry.generations)
    if (shown.reduce((sum, entry) => sum + entry.documents, 0) > options.maxDocuments) return handler(request)

    // The answer: the first step's, with the entries for its ids (their bytes, as kept).
    const [before, after] = JSON.stringify({ ...page, docs: [] }).split('"docs":[]')
    const body = Buffer.concat([
      Buffer.from(`${before}"docs":[`),
      ...shown.flatMap((entry, i) => (i > 0 ? [COMMA, entry.json] : [entry.json])),
      Buffer.from(`]${after}`),
    ])
    if (body.byteLength > options.maxResponseBytes) return handler(request)
    return new Response(body, { status: 200, headers: first.headers })
  }
}
