/**
 * The rules of translation status, pure: which values of an entry are translated text, which of
 * them changed in a save, which translations a change in the source language makes outdated, and
 * what each language's status is. The hooks feed these from the stored entry and the save.
 */
import type { Field } from 'payload'

import type { LocaleCode } from '../i18n'
import { richTextToPlain, type RichText } from '../lib/lexical'
import { type Data, hasText, isData } from '../lib/data'
import { dataFields, holdsLocalized, isWritten } from '../lib/fieldWalk'

export const translationStatuses = ['source', 'missing', 'in_progress', 'up_to_date', 'outdated'] as const
export type TranslationStatus = (typeof translationStatuses)[number]

/** A field whose source text changed after its translation was written: the old and the new source text. */
export interface Mark {
  before: string
  after: string
  at: string
}
/** Per language, per field path (`title`, `places.<row id>.name`), the marks of outdated fields. */
export type Marks = Partial<Record<LocaleCode, Record<string, Mark>>>

/** A translated value as the text a translator compares and reads: rich text as its plain text. */
export function textOf(field: Field, value: unknown): string {
  if (value === null || value === undefined) return ''
  if (field.type === 'richText')
    return isData(value) && isData(value.root) ? richTextToPlain(value as unknown as RichText).trim() : ''
  if (typeof value === 'string') return value.trim()
  return JSON.stringify(value)
}

type Reader = (field: Field, value: unknown) => unknown

/**
 * Text a person translates: not the slug (made from the title), not the search-engine fields
 * (made from the title and excerpt, see src/seo), nor values the server computes or hides.
 */
const derived = new Set(['slug', 'meta'])
const isTranslatable = (field: Field): boolean =>
  !('name' in field && derived.has(field.name)) &&
  isWritten(field) &&
  !(field.admin && 'readOnly' in field.admin && field.admin.readOnly === true)

/**
 * Every localized value of an entry, by path. `read` takes a localized field and the value stored
 * under it (one language's value, or the `{ ar, az, en }` of a `locale: 'all'` read) and returns
 * what to keep. Rows of shared lists are keyed by their id, so a moved row keeps its marks.
 */
export function localizedValues(
  fields: Field[],
  data: Data,
  read: Reader,
  prefix = '',
): Map<string, { field: Field; value: unknown }> {
  const out = new Map<string, { field: Field; value: unknown }>()
  for (const field of dataFields(fields)) {
    if (!('name' in field) || !(field.name in data) || !isTranslatable(field)) continue
    const path = `${prefix}${field.name}`
    const value = data[field.name]
    if ('localized' in field && field.localized) {
      out.set(path, { field, value: read(field, value) })
      continue
    }
    if (!holdsLocalized(field) || !('fields' in field)) continue
    if (field.type === 'group') {
      for (const [key, entry] of localizedValues(field.fields, isData(value) ? value : {}, read, `${path}.`))
        out.set(key, entry)
    } else if (field.type === 'array' && Array.isArray(value)) {
      for (const row of value.filter(isData)) {
        if (row.id === undefined || row.id === null) continue
        for (const [key, entry] of localizedValues(field.fields, row, read, `${path}.${String(row.id)}.`))
          out.set(key, entry)
      }
    }
  }
  return out
}

/** One language's text of every localized value, from a read in that language. */
export const textsOfView = (fields: Field[], view: Data): Map<string, string> =>
  new Map([...localizedValues(fields, view, textOf)].map(([path, { value }]) => [path, String(value)]))

/** One language's text of every localized value, from a `locale: 'all'` read. */
export const textsOfLocale = (fields: Field[], all: Data, locale: LocaleCode): Map<string, string> =>
  new Map(
    [...localizedValues(fields, all, (field, value) => textOf(field, isData(value) ? value[locale] : undefined))].map(
      ([path, { value }]) => [path, String(value)],
    ),
  )

export interface Save {
  /** The language of the save and the entry's source language after it. */
  locale: LocaleCode
  source: LocaleCode
  locales: readonly LocaleCode[]
  /** Each language's text before the save. */
  before: Record<LocaleCode, Map<string, string>>
  /** The saved language's text as the save leaves it (only the paths the save carries). */
  saved: Map<string, string>
  marks: Marks
  now: string
}

/**
 * The marks after a save. Source text that changes marks that field outdated in every language
 * that has a translation of it (keeping the oldest source text it was translated from); a field
 * whose source text returns to that text is no longer outdated. Translated text that changes
 * clears its own mark. Marks of fields that no longer exist go.
 */
export function marksAfter(save: Save): Marks {
  const { locale, source, locales, before, saved, now } = save
  const next: Marks = {}
  for (const code of locales) next[code] = { ...(save.marks[code] ?? {}) }
  const sourceBefore = before[source]
  for (const [path, text] of saved) {
    const previous = before[locale].get(path) ?? ''
    if (text === previous) continue
    if (locale !== source) {
      delete next[locale]?.[path]
      continue
    }
    for (const code of locales) {
      if (code === source || !hasText(before[code].get(path))) continue
      const marks = next[code] ?? {}
      const from = marks[path]?.before ?? sourceBefore.get(path) ?? ''
      if (from === text) delete marks[path]
      else marks[path] = { before: from, after: text, at: now }
      next[code] = marks
    }
  }
  const known = new Set([...locales.flatMap((code) => [...before[code].keys()]), ...saved.keys()])
  for (const code of locales) {
    const marks = next[code] ?? {}
    for (const path of Object.keys(marks)) if (!known.has(path)) delete marks[path]
    if (Object.keys(marks).length === 0) delete next[code]
  }
  return next
}

/**
 * A language's status: the source is `source`; a language with no text is `missing`; one with a
 * field whose source changed since it was translated is `outdated`; one that has every text the
 * source has is `up_to_date`; anything between is `in_progress`.
 */
export function statusOf(
  code: LocaleCode,
  source: LocaleCode,
  texts: Record<LocaleCode, Map<string, string>>,
  marks: Marks,
): TranslationStatus {
  if (code === source) return 'source'
  const own = texts[code]
  if (![...own.values()].some(hasText)) return 'missing'
  if (Object.keys(marks[code] ?? {}).length > 0) return 'outdated'
  const complete = [...texts[source]].every(([path, text]) => !hasText(text) || hasText(own.get(path)))
  return complete ? 'up_to_date' : 'in_progress'
}

export const isMarks = (value: unknown): value is Marks => isData(value)
