/**
 * The URL a public read is answered and kept under: for Payload's own reads (a list, an entry by
 * id, a global) only the parameters Payload reads, without those that say what it would do anyway
 * (`page=1`, `draft=false`, the default depth, limit and language), in one order. A cache-buster
 * (`?_=1712…`), a tracking parameter or another order makes no new entry. Other routes (GraphQL, the
 * feeds, the custom endpoints) keep every parameter, in one order.
 * The handler is given this URL too, so a kept answer is always the answer to its own key.
 */
import type { SanitizedConfig } from 'payload'

/** What Payload's REST reads take (payload 3.90.1: parseParams, and the request's locales). */
const LOCALE_PARAMS = ['locale', 'fallback-locale', 'fallbackLocale']
const ENTRY_PARAMS = [...LOCALE_PARAMS, 'depth', 'draft', 'trash', 'flattenLocales']
const LIST_PARAMS = [...ENTRY_PARAMS, 'limit', 'page', 'pagination', 'sort']
/** Parameters written as objects (`where[slug][equals]=…`), or as JSON (`where={…}`). */
const ENTRY_OBJECTS = ['select', 'populate', 'joins']
const LIST_OBJECTS = [...ENTRY_OBJECTS, 'where']

interface Route {
  names: readonly string[]
  objects: readonly string[]
}

const routes = {
  list: { names: LIST_PARAMS, objects: LIST_OBJECTS },
  entry: { names: ENTRY_PARAMS, objects: ENTRY_OBJECTS },
  global: { names: [...LOCALE_PARAMS, 'depth', 'draft'], objects: ['select', 'populate'] },
} satisfies Record<string, Route>

const reads = (route: Route, name: string): boolean =>
  route.names.includes(name) || route.objects.some((object) => name === object || name.startsWith(`${object}[`))

/** The paths of Payload's own reads among a collection's endpoints. */
const PAYLOAD_READS = new Set(['/', '/:id'])

/** An endpoint's path (`/:id/workflow`) against a path's segments. */
const pathMatches = (pattern: string, segments: string[]): boolean => {
  const parts = pattern.split('/').filter(Boolean)
  return parts.length === segments.length && parts.every((part, i) => part.startsWith(':') || part === segments[i])
}

export type Canonical = (url: URL) => URL

/** The canonical form of a read's URL, for this configuration and the lists' default page size. */
export function canonicalReads(config: SanitizedConfig, defaultLimit: number): Canonical {
  const apiRoute = config.routes.api
  const collections = new Map<string, SanitizedConfig['collections'][number]>(
    config.collections.map((collection) => [collection.slug, collection]),
  )
  const globals = new Set<string>(config.globals.map((global) => global.slug))
  const defaults: Record<string, string> = {
    depth: String(config.defaultDepth),
    draft: 'false',
    trash: 'false',
    pagination: 'true',
    page: '1',
    limit: String(defaultLimit),
    ...(config.localization ? { locale: config.localization.defaultLocale } : {}),
  }

  /** Which of Payload's reads the path is, or null for any other route. */
  const routeOf = (pathname: string): null | Route => {
    if (!pathname.startsWith(`${apiRoute}/`)) return null
    const segments = pathname.slice(apiRoute.length + 1).split('/')
    if (segments.length === 2 && segments[0] === 'globals' && globals.has(segments[1] ?? '')) return routes.global
    const collection = collections.get(segments[0] ?? '')
    if (!collection) return null
    const rest = segments.slice(1)
    // Any GET endpoint but Payload's find (`/`) and findByID (`/:id`): `/count`, `/versions`, the timeline…
    const custom = (collection.endpoints || []).some(
      (endpoint) => endpoint.method === 'get' && !PAYLOAD_READS.has(endpoint.path) && pathMatches(endpoint.path, rest),
    )
    if (custom) return null
    if (rest.length === 0) return routes.list
    if (rest.length === 1 && rest[0] !== '') return routes.entry
    return null
  }

  return (url) => {
    const route = routeOf(url.pathname)
    const params = [...url.searchParams]
    const counts = new Map<string, number>()
    for (const [name] of params) counts.set(name, (counts.get(name) ?? 0) + 1)
    const kept = params.filter(([name, value]) => {
      if (!route) return true
      if (!reads(route, name)) return false
      // A value given once that says what Payload does anyway.
      return !(counts.get(name) === 1 && defaults[name] === value)
    })
    // One order: by name, a repeated name keeping its values' order.
    kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    const canonical = new URL(url.pathname, url)
    for (const [name, value] of kept) canonical.searchParams.append(name, value)
    return canonical
  }
}
