/**
 * The public order of a collection (#21): which entries a public list shows, and its pagination,
 * without a query to the database. A site's common lists (a page of the newest news, an entry by
 * its slug) differ only in their page, their size and the slug they ask for; for each language,
 * fallback setting and sort, this keeps the ids of every entry the public may read in Payload's
 * own order (Payload's `find` with the public's access, `pagination: false`), and each entry's
 * slug as stored in that language, and answers those lists' first step (entries.ts) from them.
 * Kept while the collection's content generation is current (generation.ts), like everything the
 * cache keeps.
 *
 * It answers only what it can answer as Payload would: `limit`, `page` and one
 * `where[slug][equals]` (a slug is compared as stored, as the database does), a sort on one field
 * that is not unique (Payload sorts ties by `createdAt`, so the order is Payload's only when no two
 * entries were created in the same millisecond; it is not kept otherwise), a page within the
 * list. The pagination's fields come in the order and with the headers of Payload's own first
 * answer for the same language, fallback, sort and origin; an order is used only once Payload's
 * own answer to a list of it has been found the same (one that differs is dropped). Anything else
 * goes to Payload.
 */
import type { CollectionSlug, Payload } from 'payload'

import { LRUCache } from 'lru-cache'

import {
  changeMark,
  type Generations,
  generationOf,
  type Kept,
  keptCurrent,
  stillCurrent,
  stillKeepable,
} from './generation'
import { readAt, recordReads } from './reads'

type Id = number | string

/** A list's first step: its entries' ids (`docs: [{ id }]`) and its pagination, as Payload answers it. */
export type FirstStep = { docs: { id: Id }[] } & Record<string, unknown>

export interface PublicOrderOptions {
  payload: Payload
  /** A list's page size when none is asked for, and the largest it may ask for (src/limits). */
  defaultLimit: number
  maxLimit: number
  /** The largest page number a read may ask for. */
  maxPage: number
}

/** The order of a language, fallback and sort, kept while what it read is current (generation.ts). */
interface Order extends Kept {
  ids: Id[]
  /** The entries of each slug as stored in the list's language, in the order; none when the collection has no slug. */
  bySlug: Map<string, Id[]> | null
  /** Whether a list of Payload's own has been found the same as this order's (it is used only then). */
  verified: boolean
}

/** Pagination's fields as Payload wrote them for one language, fallback, sort and origin, and its headers. */
interface Template {
  fields: string[]
  headers: Headers
}

/** The parameters a list this answers may have, beside `where[slug][equals]`. */
const NAMES = /^(locale|fallback-locale|fallbackLocale|depth|select|populate|sort|limit|page|draft)(\[|$)/
const SLUG_FILTER = 'where[slug][equals]'
const WHOLE_NUMBER = /^[1-9][0-9]{0,8}$/
const SORT = /^-?[A-Za-z_][A-Za-z0-9_]*$/
/**
 * How many orders of one collection (languages, fallbacks, sorts) are made while its content stays
 * the same: someone asking for every one in turn causes that many reads of the whole collection at
 * most, not one per request. Lists of the others ask Payload which entries, as without the order.
 */
export const MAKINGS_PER_CONTENT = 24

/** A list request as this reads it: what its order is, and which part of it. */
interface Asked {
  key: string
  collection: string
  locale: string | undefined
  fallback: string | undefined
  sort: string | undefined
  limit: number
  page: number
  slug: string | undefined
}

export interface PublicOrder {
  /**
   * The first step of the public list `url` of `collection`: from the order when it can, from
   * `ask` (Payload's answer to the first step) otherwise; null when Payload did not answer it
   * with a 200 (the request then goes to Payload whole).
   */
  firstStep(
    request: Request,
    url: URL,
    collection: string,
    ask: () => Promise<Response>,
  ): Promise<{ page: FirstStep; headers: Headers } | null>
}

export function publicOrder(options: PublicOrderOptions): PublicOrder {
  const { payload } = options
  const localeCodes = new Set(payload.config.localization ? payload.config.localization.localeCodes : [])
  const orders = new LRUCache<string, Order>({ max: 128 })
  /** The order being made, and how many of each collection were made for its content as it is. */
  const making = new Map<string, Promise<void>>()
  const makings = new Map<string, { generation: string; count: number }>()
  /** Orders found to differ from Payload, or to hold ties, under the generations they were made at. */
  const refused = new LRUCache<string, Generations>({ max: 256 })
  const templates = new LRUCache<string, Template>({ max: 256 })

  /** What `url` asks, if this can answer it; null otherwise. */
  function read(url: URL, collection: string): Asked | null {
    const single: Record<string, string> = {}
    for (const [name, value] of url.searchParams) {
      if (name in single) return null
      if (name !== SLUG_FILTER && !NAMES.test(name)) return null
      single[name] = value
    }
    const { locale, sort, limit, page } = single
    const fallback = single['fallback-locale'] ?? single.fallbackLocale
    if ('fallback-locale' in single && 'fallbackLocale' in single) return null
    if (locale !== undefined && !localeCodes.has(locale)) return null
    if (fallback !== undefined && fallback !== 'none' && !localeCodes.has(fallback)) return null
    if (single.draft !== undefined && single.draft !== 'false') return null
    if (limit !== undefined && !WHOLE_NUMBER.test(limit)) return null
    if (page !== undefined && !WHOLE_NUMBER.test(page)) return null
    const size = limit === undefined ? options.defaultLimit : Number(limit)
    const number = page === undefined ? 1 : Number(page)
    if (size > options.maxLimit || number > options.maxPage) return null
    const slug = single[SLUG_FILTER]
    if (slug === '') return null
    if (sort !== undefined && !sortable(collection, sort)) return null
    const key = [collection, locale ?? '', fallback ?? '', sort ?? ''].join('\n')
    return { key, collection, locale, fallback, sort, limit: size, page: number, slug }
  }

  /** A sort on one field whose ties Payload orders by `createdAt` (a unique field is sorted alone on MongoDB). */
  function sortable(collection: string, sort: string): boolean {
    if (!SORT.test(sort)) return false
    const name = sort.replace(/^-/, '')
    if (name === 'id' || name === 'createdAt') return true
    const field = payload.collections[collection as CollectionSlug]?.config.flattenedFields.find((f) => f.name === name)
    return Boolean(
      field && !('unique' in field && field.unique) && field.type !== 'relationship' && field.type !== 'upload',
    )
  }

  /** The order of `asked`, if it is kept and current. */
  async function currentOrder(asked: Asked): Promise<Order | null> {
    const order = orders.get(asked.key)
    if (!order) return null
    const [current] = await keptCurrent(payload, [order])
    if (current) return order
    orders.delete(asked.key)
    return null
  }

  /** Makes the order of `asked`: Payload's public list of all its entries, and their stored slugs. */
  async function make(asked: Asked): Promise<void> {
    const collection = asked.collection as CollectionSlug
    const config = payload.collections[collection]?.config
    if (!config) return
    const mark = changeMark(payload)
    const { result, generations } = await recordReads(async () => {
      const { docs } = await payload.find({
        collection,
        locale: asked.locale as 'all' | undefined,
        fallbackLocale: asked.fallback as 'none' | undefined,
        sort: asked.sort,
        depth: 0,
        pagination: false,
        draft: false,
        overrideAccess: false,
        select: { createdAt: true },
      })
      const hasSlug = config.flattenedFields.some((field) => field.name === 'slug')
      const stored = hasSlug
        ? await payload.find({
            collection,
            locale: 'all',
            depth: 0,
            pagination: false,
            draft: false,
            overrideAccess: true,
            select: { slug: true },
            where: { id: { in: docs.map((doc) => doc.id) } },
          })
        : null
      return { docs, stored }
    })
    // Ties would be ordered by the database as it pleases, page by page.
    const created = new Set(result.docs.map((doc) => String((doc as { createdAt?: unknown }).createdAt)))
    if (created.size !== result.docs.length) {
      refused.set(asked.key, generations)
      return
    }
    let bySlug: Map<string, Id[]> | null = null
    if (result.stored) {
      const slugs = new Map<string, string>()
      const { localization } = payload.config
      const locale = asked.locale ?? (localization ? localization.defaultLocale : undefined)
      for (const doc of result.stored.docs) {
        const value = (doc as { slug?: unknown }).slug
        const slug =
          typeof value === 'object' && value !== null && locale ? (value as Record<string, unknown>)[locale] : value
        if (typeof slug === 'string') slugs.set(String(doc.id), slug)
      }
      bySlug = new Map()
      for (const { id } of result.docs) {
        const slug = slugs.get(String(id))
        if (slug !== undefined) bySlug.set(slug, [...(bySlug.get(slug) ?? []), id])
      }
    }
    if (!(await stillKeepable(payload, generations))) return
    orders.set(asked.key, {
      ids: result.docs.map((doc) => doc.id),
      bySlug,
      generations,
      checkedAt: mark,
      verified: false,
    })
  }

  /**
   * Starts making the order of `asked`, unless another order is being made (the making is work no
   * request waits for, out of the fair shares' reach: one at a time), it was refused under the
   * current generations, or its collection has had its orders made for its content as it is.
   */
  function startMaking(asked: Asked): void {
    if (making.size > 0) return
    const made = (async () => {
      const wasRefused = refused.get(asked.key)
      if (wasRefused && (await stillCurrent(payload, wasRefused))) return
      const generation = await generationOf(payload, asked.collection)
      const spent = makings.get(asked.collection)
      const count = spent?.generation === generation ? spent.count : 0
      if (count >= MAKINGS_PER_CONTENT) return
      makings.set(asked.collection, { generation, count: count + 1 })
      await make(asked)
    })()
      .catch((error: unknown) => payload.logger.warn({ err: error }, 'The public order of a list could not be made'))
      .finally(() => making.delete(asked.key))
    making.set(asked.key, made)
  }

  /** The first step of `asked` from `order`, in the fields' order of `template`; null when this cannot say it. */
  function stepOf(asked: Asked, order: Order, template: Template): FirstStep | null {
    let ids = order.ids
    if (asked.slug !== undefined) {
      if (!order.bySlug) return null
      ids = order.bySlug.get(asked.slug) ?? []
    }
    const { limit, page } = asked
    const totalDocs = ids.length
    const totalPages = Math.ceil(totalDocs / limit)
    if (totalDocs === 0 || page > totalPages) return null
    const values: Record<string, unknown> = {
      docs: ids.slice((page - 1) * limit, page * limit).map((id) => ({ id })),
      hasNextPage: totalPages > page,
      hasPrevPage: page > 1,
      limit,
      nextPage: totalPages > page ? page + 1 : null,
      page,
      pagingCounter: (page - 1) * limit + 1,
      prevPage: page > 1 ? page - 1 : null,
      totalDocs,
      totalPages,
    }
    if (template.fields.length !== Object.keys(values).length || template.fields.some((field) => !(field in values)))
      return null
    return Object.fromEntries(template.fields.map((field) => [field, values[field]])) as FirstStep
  }

  return {
    async firstStep(request, url, collection, ask) {
      const asked = read(url, collection)
      const templateKey = asked && `${asked.key}\n${request.headers.get('origin') ?? ''}`
      const template = templateKey ? templates.get(templateKey) : undefined
      const order = asked ? await currentOrder(asked) : null
      if (asked && order?.verified && template) {
        const page = stepOf(asked, order, template)
        if (page) {
          // The response cache around keeps the answer only while the collection is as it was.
          readAt(order.generations)
          return { page, headers: new Headers(template.headers) }
        }
      }

      const answer = await ask()
      if (answer.status !== 200) {
        await answer.body?.cancel()
        return null
      }
      const page = (await answer.json()) as FirstStep
      if (asked && templateKey) {
        const made: Template = { fields: Object.keys(page), headers: new Headers(answer.headers) }
        templates.set(templateKey, made)
        if (!order) startMaking(asked)
        else {
          // Payload's own answer checks the order before it is used; one that says otherwise is not used.
          const mine = stepOf(asked, order, made)
          if (mine && JSON.stringify(mine) === JSON.stringify(page)) order.verified = true
          else if (mine) {
            payload.logger.warn(
              { list: url.pathname + url.search },
              'The public order of a list differed from Payload’s',
            )
            orders.delete(asked.key)
            refused.set(asked.key, order.generations)
          }
        }
      }
      return { page, headers: answer.headers }
    },
  }
}
