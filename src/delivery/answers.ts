/**
 * Correct answers to what sites ask: an id that cannot exist is a 404 (not an SQL error), an
 * unknown `locale` or `fallback-locale` is a 400 naming the allowed values (not a silent answer in
 * Arabic), every localized answer says its language in `Content-Language`, and GraphQL reads a
 * language through the same fallback chain as REST.
 */
import type { ExecutionArgs } from 'graphql'
import type { CollectionSlug, Endpoint, Field, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { findVersionByIDOperation, headersWithCors, NotFound, parseParams, sanitizeFallbackLocale } from 'payload'

import { isApiClient } from '../access'
import { deliveryWords, localeCodes } from '../i18n'
import { NUMERIC_ID } from '../lib/ids'
import { someField } from '../lib/fieldWalk'
import { refuse } from '../lib/refuse'

/** `locale=` takes a language, `all` or `*`; `fallback-locale=` a language or none. */
const LOCALE_VALUES = [...localeCodes, 'all', '*']
const FALLBACK_VALUES = [...localeCodes, 'none', 'false', 'null']

/** Whether any field, however nested, is localized: only such answers have a language. */
export const hasLocalizedFields = (fields: Field[]): boolean =>
  someField(fields, (field) => 'localized' in field && field.localized === true)

/** The fallback languages the request's URL names, each one as given. */
const fallbacksAsked = (req: PayloadRequest): string[] => {
  const fromQuery: unknown = req.query?.fallbackLocale
  const listed = Array.isArray(fromQuery) ? fromQuery : typeof fromQuery === 'string' ? [fromQuery] : []
  const named = [req.searchParams?.get('fallback-locale'), req.searchParams?.get('fallbackLocale')]
  return [...listed, ...named].filter((value): value is string => typeof value === 'string')
}

/** Refuses a `locale` or `fallback-locale` the API does not have; Payload would answer in Arabic. */
export function checkLocales(req: PayloadRequest): void {
  const locale = req.searchParams?.get('locale')
  if (locale && !LOCALE_VALUES.includes(locale)) {
    throw refuse(req, 400, deliveryWords.unknownLocale, {
      value: locale,
      parameter: 'locale',
      allowed: LOCALE_VALUES.slice(0, -1).join(', '),
    })
  }
  for (const fallback of fallbacksAsked(req)) {
    if (fallback && !FALLBACK_VALUES.includes(fallback)) {
      throw refuse(req, 400, deliveryWords.unknownLocale, {
        value: fallback,
        parameter: 'fallback-locale',
        allowed: FALLBACK_VALUES.join(', '),
      })
    }
  }
}

/**
 * Whether `id` has the form of this collection's ids: whole numbers on SQLite, ObjectIds on
 * MongoDB. Anything else cannot be an entry, so it is a 404 before the database is asked.
 */
export function isIdShaped(id: unknown, collection: SanitizedCollectionConfig, req: PayloadRequest): boolean {
  const customType = req.payload.collections[collection.slug]?.customIDType
  const type = customType ?? req.payload.db.defaultIDType
  const text = typeof id === 'number' ? String(id) : id
  if (typeof text !== 'string' || text === '') return false
  if (type === 'number') return NUMERIC_ID.test(text)
  if (!customType && req.payload.db.name === 'mongoose') return /^[0-9a-f]{24}$/i.test(text)
  return true
}

export function checkId(id: unknown, collection: SanitizedCollectionConfig, req: PayloadRequest): void {
  if (id !== undefined && id !== null && !isIdShaped(id, collection, req)) throw new NotFound(req.t)
}

const API_KEY_PREFIX = 'api-clients API-Key '

/**
 * A key that matches no client is a 401 rather than an anonymous read, so that a site with a
 * mistyped key finds out; a revoked client is refused from its next request on.
 */
export function checkApiKey(req: PayloadRequest): void {
  const sentKey = req.headers?.get('Authorization')?.startsWith(API_KEY_PREFIX) ?? false
  if (isApiClient(req.user) && req.user.revoked) throw refuse(req, 401, deliveryWords.revokedKey)
  if (sentKey && !isApiClient(req.user)) throw refuse(req, 401, deliveryWords.unknownKey)
}

/**
 * `GET /api/<collection>/versions/:id`, as Payload answers it, except that an id that cannot be a
 * version's is a 404 like any other: Payload's own route turns it into "Missing ID of version."
 * (400) on SQLite before any hook can see it.
 */
export const versionByID = (slug: CollectionSlug): Endpoint => ({
  path: '/versions/:id',
  method: 'get',
  handler: async (req) => {
    const collection = req.payload.collections[slug]
    const raw = req.routeParams?.id
    if (!collection || !isIdShaped(raw, collection.config, req)) throw new NotFound(req.t)
    const id = (collection.customIDType ?? req.payload.db.defaultIDType) === 'number' ? Number(raw) : String(raw)
    const { depth, populate, select, trash } = parseParams(req.query)
    const result = await findVersionByIDOperation({ id, collection, depth, populate, req, select, trash })
    return Response.json(result, { headers: headersWithCors({ headers: new Headers(), req }) })
  },
})

/** `Content-Language` of the answer: the language read, every language for `locale=all`. */
export function markLanguage(req: PayloadRequest): void {
  if (!req.locale) return
  const languages = req.locale === 'all' ? [...localeCodes] : [req.locale]
  const headers = req.responseHeaders ?? new Headers()
  // A GraphQL request may read several languages; the header names each once.
  const already = (headers.get('Content-Language') ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean)
  headers.set('Content-Language', [...new Set([...already, ...languages])].join(', '))
  req.responseHeaders = headers
}

/** Whether the request's URL chose a fallback itself (`fallback-locale=`). */
const urlChoseFallback = (req: PayloadRequest): boolean => fallbacksAsked(req).length > 0

/**
 * GraphQL's resolvers keep the fallback Payload derived from the URL (the default language's),
 * whatever `locale:` a query names, so `News(locale: az)` fell back to Arabic where REST falls back
 * to English. Before a GraphQL request runs, that derived fallback is forgotten (null); each
 * operation then takes the chain of the language it reads, unless the query or the URL named one.
 */
export function forgetDerivedFallback(args: ExecutionArgs): void {
  const req = (args.contextValue as { req?: PayloadRequest } | undefined)?.req
  if (req && !urlChoseFallback(req)) req.fallbackLocale = null
}

export function chainFallback(req: PayloadRequest): void {
  const { localization } = req.payload.config
  if (req.payloadAPI !== 'GraphQL' || req.fallbackLocale !== null || !req.locale || !localization) return
  req.fallbackLocale = sanitizeFallbackLocale({ fallbackLocale: null, locale: req.locale, localization })
}
