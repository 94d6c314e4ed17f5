import type { CollectionBeforeOperationHook, CollectionSlug, Field, PayloadRequest } from 'payload'

import { isLocaleCode } from '../i18n'
import { idsMatching, isWhere, replaceConditions } from '../lib/where'

/** At most this many entries match one such condition; a filter that matches more should be narrower. */
const MATCHES = 10_000

/** Groups shared by every language whose fields are named after the languages (`translationStatus.az`). */
const groupsByLanguage = (fields: Field[]): Field[] =>
  fields.filter(
    (field) =>
      field.type === 'group' &&
      'name' in field &&
      !field.localized &&
      field.fields.some((inner) => 'name' in inner && isLocaleCode(inner.name)),
  )

async function mayRead(field: Field, req: PayloadRequest): Promise<boolean> {
  const read = 'access' in field ? field.access?.read : undefined
  return read ? Boolean(await read({ req })) : true
}

/**
 * `?locale=az&where[translationStatus.az][equals]=outdated`: Payload's query check takes a path
 * ending in the request's own language for a localized path, strips it, and refuses the group
 * (a 400), though the same filter works in any other language. Such a condition becomes the ids
 * it matches, found by the server, for whoever may read the group; anyone else meets the refusal
 * as before. Everything else of the query, access rules included, applies unchanged.
 */
export const localeNamedFields =
  <S extends CollectionSlug>(): CollectionBeforeOperationHook<S> =>
  async ({ args, collection, operation, overrideAccess, req }) => {
    // The server's own queries (this hook's included) are not checked, so they need no help.
    if ((operation !== 'read' && operation !== 'count') || overrideAccess === true) return args
    const where: unknown = 'where' in args ? args.where : undefined
    const locale = req.locale
    if (!isWhere(where) || !isLocaleCode(locale)) return args
    const readable = new Set<string>()
    for (const group of groupsByLanguage(collection.fields)) {
      if ('name' in group && (await mayRead(group, req))) readable.add(`${group.name}.${locale}`)
    }
    if (readable.size === 0) return args
    const draft = 'draft' in args && args.draft === true
    const slug = collection.slug as CollectionSlug
    const rewritten = await replaceConditions(where, async (path, condition) =>
      readable.has(path)
        ? idsMatching(req.payload, { collection: slug, where: { [path]: condition }, draft, locale, limit: MATCHES })
        : null,
    )
    return { ...args, where: rewritten }
  }
