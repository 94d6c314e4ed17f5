/**
 * What the search index keeps of an entry in one language: its title, the rest of its text in
 * reading order, and both folded for matching. Read from the stored entry without fallback, so
 * a language's index holds only that language's own text.
 */
import type { CollectionSlug, Field, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { fold } from '../lib/fold'
import type { LocaleCode } from '../i18n'
import { textsOfLocale } from '../translation/status'
import { hasText, isData } from '../lib/data'

export interface IndexedText {
  title: string
  content: string
  slug: string | null
  text: string
  live: boolean
}

/** The title and the other texts of an entry in one language, from an every-language read. */
export function textOf(
  fields: Field[],
  titleField: string,
  all: Record<string, unknown>,
  locale: LocaleCode,
): { title: string; content: string } {
  const texts = textsOfLocale(fields, all, locale)
  const title = texts.get(titleField) ?? ''
  const content = [...texts].filter(([path, text]) => path !== titleField && hasText(text)).map(([, text]) => text)
  return { title, content: content.join('\n\n') }
}

/** What the index keeps of `doc` (every language, as stored) in one language. */
export function indexedTextOf(
  config: SanitizedCollectionConfig,
  doc: Record<string, unknown>,
  locale: LocaleCode,
): IndexedText {
  const titleField = config.admin.useAsTitle ?? 'title'
  const { title, content } = textOf(config.fields, titleField, doc, locale)
  const drafts = Boolean(config.versions && typeof config.versions === 'object' && config.versions.drafts)
  const publishedIn = isData(doc.publishedIn) ? doc.publishedIn : {}
  const live = hasText(title) && (!drafts || (doc._status === 'published' && publishedIn[locale] === true))
  return {
    title,
    content,
    live,
    slug: isData(doc.slug) && hasText(doc.slug[locale]) ? doc.slug[locale] : null,
    text: fold(`${title}\n${content}`, locale),
  }
}

/** What the index keeps of the stored entry in one language, or null when there is no such entry. */
export async function indexedText(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
  locale: LocaleCode,
): Promise<IndexedText | null> {
  const doc: unknown = await req.payload.db.findOne({ collection, locale: 'all', req, where: { id: { equals: id } } })
  return isData(doc) ? indexedTextOf(req.payload.collections[collection].config, doc, locale) : null
}
