/**
 * Which parts of an entry belong to one language and which are shared by all of them, read from
 * the collection's field config. The publishing of one language, the translators' limits and the
 * detection of edits all rest on this one walk.
 */
import type { Field, FieldAccess, TextareaField, TextField } from 'payload'

import { validations } from 'payload'
import { fieldAffectsData } from 'payload/shared'

import { type Data, idOf, isData } from '../lib/data'
import { childrenOf, dataFields, holdsLocalized, isWritten, mapFields } from '../lib/fieldWalk'

const nameOf = (field: Field): string => ('name' in field ? field.name : '')

/**
 * One language's view of an entry as the data of an update in that language: the localized text
 * from `texts`, everything shared from `shared`. Rows of shared lists keep `shared`'s order and
 * take their localized text from the row of `texts` with the same id. With `texts` null, every
 * localized value is null (the language is taken off).
 */
export function languageView(fields: Field[], shared: Data, texts: Data | null): Data {
  const out: Data = {}
  for (const field of dataFields(fields)) {
    const name = nameOf(field)
    if ('localized' in field && field.localized) {
      out[name] = texts ? (texts[name] ?? null) : null
      continue
    }
    const children = childrenOf(field)
    const value = shared[name]
    if (!children || !holdsLocalized(field)) {
      if (name in shared) out[name] = value
      continue
    }
    const textValue = texts?.[name]
    if (field.type === 'group') {
      out[name] = languageView(
        children,
        isData(value) ? value : {},
        texts ? (isData(textValue) ? textValue : {}) : null,
      )
    } else if (Array.isArray(value)) {
      const rowsWithText = Array.isArray(textValue) ? textValue.filter(isData) : []
      out[name] = value.filter(isData).map((row) => {
        const match = rowsWithText.find((candidate) => candidate.id === row.id)
        return { ...languageView(children, row, texts ? (match ?? row) : null), id: row.id }
      })
    }
  }
  return out
}

/**
 * One language's view of an entry stored with every language (`{ title: { ar, az, en } }`), as
 * `changesOf` compares it: localized values of `code`, shared values as they are, lists row by row.
 */
export function languageOf(fields: Field[], all: Data, code: string): Data {
  const out: Data = {}
  for (const field of dataFields(fields)) {
    const name = nameOf(field)
    if (!(name in all)) continue
    const value = all[name]
    if ('localized' in field && field.localized) {
      out[name] = isData(value) ? (value[code] ?? null) : null
      continue
    }
    const children = childrenOf(field)
    if (!children || !holdsLocalized(field)) out[name] = value
    else if (field.type === 'group') out[name] = languageOf(children, isData(value) ? value : {}, code)
    else
      out[name] = Array.isArray(value)
        ? value.filter(isData).map((row) => ({ ...languageOf(children, row, code), id: row.id }))
        : value
  }
  return out
}

/** A value as compared for change: relations by id, dates as instants, empty as null. */
function comparable(field: Field, value: unknown): unknown {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return null
  if (field.type === 'relationship' || field.type === 'upload')
    return Array.isArray(value) ? value.map(idOf) : idOf(value)
  if (field.type === 'date' && typeof value === 'string') return new Date(value).getTime()
  return value
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

export interface Changes {
  /** A localized value of the request's language changed. */
  localized: boolean
  /** A value shared by every language changed (rows of shared lists added, removed or moved included). */
  shared: boolean
  /** Shared lists whose rows were added, removed or moved. */
  reshapedLists: string[]
}

/** What `data` (an update in one language) changes in `doc` (the same language's current view). */
export function changesOf(fields: Field[], data: Data, doc: Data, path = ''): Changes {
  const changes: Changes = { localized: false, shared: false, reshapedLists: [] }
  for (const field of dataFields(fields)) {
    const name = nameOf(field)
    if (!(name in data) || name === '_status' || name === 'id' || !isWritten(field)) continue
    const children = childrenOf(field)
    if (!children || !holdsLocalized(field) || ('localized' in field && field.localized)) {
      if (!same(comparable(field, data[name]), comparable(field, doc[name]))) {
        if ('localized' in field && field.localized) changes.localized = true
        else changes.shared = true
      }
      continue
    }
    const merge = (inner: Changes) => {
      changes.localized ||= inner.localized
      changes.shared ||= inner.shared
      changes.reshapedLists.push(...inner.reshapedLists)
    }
    if (field.type === 'group') {
      merge(
        changesOf(
          children,
          isData(data[name]) ? data[name] : {},
          isData(doc[name]) ? doc[name] : {},
          `${path}${name}.`,
        ),
      )
      continue
    }
    const rows = Array.isArray(data[name]) ? data[name].filter(isData) : []
    const before = Array.isArray(doc[name]) ? doc[name].filter(isData) : []
    if (
      !same(
        rows.map((row) => row.id ?? null),
        before.map((row) => row.id),
      )
    ) {
      changes.shared = true
      changes.reshapedLists.push(`${path}${name}`)
    }
    for (const row of rows) {
      merge(changesOf(children, row, before.find((candidate) => candidate.id === row.id) ?? {}, `${path}${name}.`))
    }
  }
  return changes
}

/** A stored value as compared: relations by id, dates as instants, empty as null, object keys in order. */
function normalized(value: unknown): unknown {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return null
  if (Array.isArray(value)) return value.map(normalized)
  if (value instanceof Date) return value.getTime()
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value))
    return new Date(value).getTime()
  if (!isData(value)) return value
  if ('relationTo' in value && 'value' in value) return { relationTo: value.relationTo, value: idOf(value.value) }
  const entries = Object.keys(value)
    .filter((key) => key !== '_id')
    .sort()
    .map((key) => [key, normalized(value[key])])
    .filter(([, inner]) => inner !== null)
  return entries.length === 0 ? null : Object.fromEntries(entries)
}

/**
 * Whether two stored states of an entry (every language, as the database holds them) have the same
 * written content: the fields people write, whatever the server's own fields and timestamps say.
 */
export function sameContent(fields: Field[], a: Data, b: Data): boolean {
  return dataFields(fields).every((field) => {
    if (!('name' in field) || !isWritten(field) || field.name === '_status' || field.name === 'id') return true
    // Read from the database adapter, relations are ids (or `{ relationTo, value }`) already.
    return same(normalized(a[field.name]), normalized(b[field.name]))
  })
}

/**
 * A pending draft with the values a publish filled in itself (a news item's `publishedAt`, set when
 * it first goes out): empty in the draft and in the public entry before, set in it after.
 */
export function withValuesFilledByPublish(fields: Field[], draft: Data, before: Data, after: Data): Data {
  const out: Data = { ...draft }
  for (const field of dataFields(fields)) {
    if (!('name' in field) || !isWritten(field)) continue
    const { name } = field
    if (normalized(draft[name]) === null && normalized(before[name]) === null && normalized(after[name]) !== null)
      out[name] = after[name]
  }
  return out
}

/**
 * The same fields with `access.update` set to `rule` on every value shared by all languages.
 * Lists that hold localized text stay open (their text is translated), their shared values do not.
 */
export const guardShared = (fields: Field[], rule: FieldAccess): Field[] =>
  mapFields(fields, (field) => {
    // Layout (tabs, rows, collapsibles, unnamed groups) and lists holding localized text are walked into.
    if (field.type === 'tabs' || !fieldAffectsData(field)) return null
    if ('localized' in field && field.localized) return field
    if ((field.type === 'group' || field.type === 'array') && holdsLocalized(field)) return null
    const existing = 'access' in field ? field.access : undefined
    const previous = existing?.update
    const update: FieldAccess = previous ? async (args) => (await rule(args)) && (await previous(args)) : rule
    return { ...field, access: { ...existing, update } } as Field
  })

/**
 * The same fields where a required localized text may be emptied while `mayEmpty(req)` holds: taking
 * one language off the site writes its text as empty, and the other languages stay as they are.
 */
export const emptiableWhen = (fields: Field[], mayEmpty: (context: Record<string, unknown>) => boolean): Field[] =>
  mapFields(fields, (field) => {
    if (field.type === 'text' && field.hasMany !== true && field.localized && field.required)
      return wrapText(field, mayEmpty)
    if (field.type === 'textarea' && field.localized && field.required) return wrapTextarea(field, mayEmpty)
    return null
  })

type SingleText = Exclude<TextField, { hasMany: true }>

const wrapText = (field: SingleText, mayEmpty: (context: Record<string, unknown>) => boolean): SingleText => {
  const validate = field.validate ?? validations.text
  return {
    ...field,
    validate: (value, options) => (value == null && mayEmpty(options.req.context) ? true : validate(value, options)),
  }
}

const wrapTextarea = (field: TextareaField, mayEmpty: (context: Record<string, unknown>) => boolean): TextareaField => {
  const validate = field.validate ?? validations.textarea
  return {
    ...field,
    validate: (value, options) => (value == null && mayEmpty(options.req.context) ? true : validate(value, options)),
  }
}
