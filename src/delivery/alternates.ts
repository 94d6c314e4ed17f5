/**
 * `alternates` on every entry of an editorial collection (the content registry's, src/content): its slug and its path on
 * the society's site in each language it is published in, and the full URL where SITE_URL_<LANG>
 * is set, so that a page writes its `hreflang` links and its language switcher from one answer.
 * Worked out after a read with one query for the whole page of entries, never one per entry.
 */
import type { CollectionAfterOperationHook, Field, Payload } from 'payload'

import { isLocaleCode, type LocaleCode, localeCodes } from '../i18n'
import { contentTypeOf, type EditorialSlug, type isEditorialSlug } from '../content'

export interface Alternate {
  slug: string
  path: string
  url: null | string
}

export type Alternates = Partial<Record<LocaleCode, Alternate>>

export type SiteCollection = EditorialSlug

type WithCollections = Parameters<typeof isEditorialSlug>[0]

/** An entry's path on the society's site: `/{sitePath}/{slug}`, the content registry's `sitePath`. */
export const sitePathOf = (config: WithCollections, collection: SiteCollection, slug: string): string =>
  `/${contentTypeOf(config, collection)?.sitePath ?? collection}/${encodeURIComponent(slug)}`

export const alternatesField: Field = {
  name: 'alternates',
  type: 'json',
  virtual: true,
  admin: { hidden: true },
  typescriptSchema: [
    () => ({
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(
        localeCodes.map((code) => [
          code,
          {
            type: 'object',
            additionalProperties: false,
            required: ['slug', 'path', 'url'],
            properties: { slug: { type: 'string' }, path: { type: 'string' }, url: { type: ['string', 'null'] } },
          },
        ]),
      ),
    }),
  ],
}

type Doc = Record<string, unknown> & { id?: number | string }

const isDoc = (value: unknown): value is Doc => typeof value === 'object' && value !== null && 'id' in value

/** Whether the read asked for `alternates` (no `select`, or one that names it or leaves it out only by omission). */
function wantsAlternates(select: unknown): boolean {
  if (!select || typeof select !== 'object') return true
  const entries = Object.entries(select)
  const including = entries.some(([, value]) => value !== false)
  const named = (select as Record<string, unknown>).alternates
  return including ? Boolean(named) : named !== false
}

export const fillAlternates =
  (collection: SiteCollection, siteURLs: Partial<Record<LocaleCode, string>>): CollectionAfterOperationHook =>
  async ({ args, operation, req, result }) => {
    if (operation !== 'find' && operation !== 'findByID') return result
    if (!wantsAlternates('select' in args ? args.select : undefined)) return result
    const docs: Doc[] =
      operation === 'find' ? ((result as { docs?: unknown[] }).docs ?? []).filter(isDoc) : isDoc(result) ? [result] : []
    if (docs.length === 0) return result
    const published = await publishedSlugs(
      req.payload,
      collection,
      docs.map((doc) => doc.id as number | string),
    )
    for (const doc of docs) {
      const slugs = published.get(String(doc.id)) ?? {}
      const alternates: Alternates = {}
      for (const code of localeCodes) {
        const slug = slugs[code]
        if (!slug) continue
        const path = sitePathOf(req.payload.config, collection, slug)
        alternates[code] = { slug, path, url: siteURLs[code] ? `${siteURLs[code]}${path}` : null }
      }
      doc.alternates = alternates
    }
    return result
  }

/** Each entry's slug in every language it is published in, read in one query. */
async function publishedSlugs(
  payload: Payload,
  collection: SiteCollection,
  ids: (number | string)[],
): Promise<Map<string, Partial<Record<LocaleCode, string>>>> {
  const { docs } = await payload.find({
    collection,
    where: { id: { in: ids } },
    locale: 'all',
    select: { slug: true, publishedIn: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    draft: false,
    // Not the caller's request: a Local API read given it would switch it to `locale=all`.
  })
  const slugs = new Map<string, Partial<Record<LocaleCode, string>>>()
  for (const doc of docs as unknown as { id: number | string; slug?: unknown; publishedIn?: unknown }[]) {
    const bySlug = typeof doc.slug === 'object' && doc.slug !== null ? (doc.slug as Record<string, unknown>) : {}
    const live =
      typeof doc.publishedIn === 'object' && doc.publishedIn !== null
        ? (doc.publishedIn as Record<string, unknown>)
        : {}
    const entry: Partial<Record<LocaleCode, string>> = {}
    for (const [code, slug] of Object.entries(bySlug)) {
      if (isLocaleCode(code) && typeof slug === 'string' && slug && live[code] === true) entry[code] = slug
    }
    slugs.set(String(doc.id), entry)
  }
  return slugs
}
