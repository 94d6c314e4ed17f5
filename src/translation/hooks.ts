/**
 * On every save of an editorial entry, whatever API it comes through: which translated fields the
 * save makes outdated or brings up to date, and each language's status. Both are kept on the
 * entry's latest version and on the entry itself, so the queue, the lists and the public API
 * agree whether the save was a draft or a publish.
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, Field } from 'payload'

import { type LocaleCode, localeCodes, localeOf } from '../i18n'
import { sourceOf } from '../content'
import { storedDraft, storedEntry, writeEntry } from '../lib/stored'
import { TRANSITION } from '../workflow'
import { type Data, isData } from '../lib/data'
import { isMarks, type Marks, marksAfter, statusOf, textsOfLocale, textsOfView, type TranslationStatus } from './status'

export const STATUS = 'translationStatus'
export const MARKS = 'translationMarks'
export const SOURCE_TITLE = 'sourceTitle'

type Texts = Record<LocaleCode, Map<string, string>>

/** The lists a save carries, with the ids of the rows it keeps: rows it leaves out are gone. */
function keptRows(
  fields: Field[],
  data: Data,
  prefix = '',
  out = new Map<string, Set<string>>(),
): Map<string, Set<string>> {
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') keptRows(field.fields, data, prefix, out)
    if (!('name' in field) || !(field.name in data)) continue
    const value = data[field.name]
    if (field.type === 'group' && isData(value)) keptRows(field.fields, value, `${prefix}${field.name}.`, out)
    if (field.type === 'array' && Array.isArray(value)) {
      out.set(`${prefix}${field.name}.`, new Set(value.filter(isData).map((row) => String(row.id))))
    }
  }
  return out
}

const withoutRemovedRows = (texts: Map<string, string>, kept: Map<string, Set<string>>): Map<string, string> =>
  new Map(
    [...texts].filter(([path]) =>
      [...kept].every(([list, ids]) => !path.startsWith(list) || ids.has(path.slice(list.length).split('.')[0] ?? '')),
    ),
  )

/** Each language's status and the marks, from every language's text and the marks. */
export const statusesOf = (source: LocaleCode, texts: Texts, marks: Marks): Record<LocaleCode, TranslationStatus> =>
  Object.fromEntries(localeCodes.map((code) => [code, statusOf(code, source, texts, marks)])) as Record<
    LocaleCode,
    TranslationStatus
  >

export const textsOf = (fields: Field[], all: Data | null): Texts =>
  Object.fromEntries(
    localeCodes.map((code) => [code, all ? textsOfLocale(fields, all, code) : new Map<string, string>()]),
  ) as Texts

export const trackTranslation: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  // A transition moves text that was already saved, and keeps the status that came with it.
  if (req.context[TRANSITION]) return data
  const fields = collection.fields
  const locale = localeOf(req)
  const doc: Data = isData(originalDoc) ? originalDoc : {}
  const source = sourceOf('sourceLocale' in data ? data : doc)
  const stored = operation === 'update' ? await storedDraft(req, collection.slug, doc.id) : null
  const kept = keptRows(fields, data)
  const stale = textsOf(fields, stored)
  const before = Object.fromEntries(localeCodes.map((code) => [code, withoutRemovedRows(stale[code], kept)])) as Texts
  const saved = textsOfView(fields, data)
  const marks = marksAfter({
    locale,
    source,
    locales: localeCodes,
    before,
    saved,
    now: new Date().toISOString(),
    marks: stored && isMarks(stored[MARKS]) ? stored[MARKS] : {},
  })
  const after: Texts = { ...before, [locale]: new Map([...before[locale], ...saved]) }
  const title = after[source].get(collection.admin.useAsTitle ?? 'title')
  return { ...data, [STATUS]: statusesOf(source, after, marks), [MARKS]: marks, [SOURCE_TITLE]: title || null }
}

/**
 * A draft save writes only a version; the entry itself gets the new status too. The public reads
 * the status of a published entry: only a change to it is a change the public sees (an autosave
 * that keeps every language's status leaves the public's cached answers alone).
 */
export const mirrorTranslation: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (req.context[TRANSITION] || !isData(doc) || doc._status !== 'draft') return doc
  const reader = { payload: req.payload, req }
  const id = doc.id as number | string
  const entry = await storedEntry(reader, collection.slug, id)
  const seenByPublic =
    entry?._status === 'published' && JSON.stringify(statusOfStored(entry)) !== JSON.stringify(statusOfStored(doc))
  await writeEntry(
    reader,
    collection.slug,
    id,
    { [STATUS]: doc[STATUS], [MARKS]: doc[MARKS], [SOURCE_TITLE]: doc[SOURCE_TITLE] },
    { seenByPublic },
  )
  return doc
}

/** An entry's stored statuses, in the languages' order. */
const statusOfStored = (entry: Data): Record<string, unknown> => {
  const stored = isData(entry[STATUS]) ? entry[STATUS] : {}
  return Object.fromEntries(localeCodes.map((code) => [code, stored[code] ?? null]))
}
