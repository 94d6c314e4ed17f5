import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, FieldHook, PayloadRequest } from 'payload'

import { defaultLocale, isLocaleCode, l, localeCodes, say } from '../../src/i18n'
import { formatPartialDate, isDatePrecision as isPrecision, normalizePartialDate } from '../../src/lib/partialDate'

/** Stores `date` (and `endDate`) on the first day of their period, at noon UTC. */
export const normalizeDates: CollectionBeforeChangeHook = ({ data }) => {
  const precision = isPrecision(data.datePrecision) ? data.datePrecision : 'day'
  const next = { ...data }
  if (data.date) next.date = normalizePartialDate(data.date, precision)
  if (data.endDate) next.endDate = normalizePartialDate(data.endDate, precision)
  return next
}

/**
 * The date as readers see it, at its precision and in the request's language ("ديسمبر 1991"); with
 * `locale=all`, one label per language, as every localized field reads then.
 */
export const dateLabel: FieldHook = ({ req, siblingData }) => {
  const { date, datePrecision, endDate } = (siblingData ?? {}) as {
    date?: string
    datePrecision?: unknown
    endDate?: string
  }
  if (!date) return null
  const precision = isPrecision(datePrecision) ? datePrecision : 'day'
  const labelIn = (locale: (typeof localeCodes)[number]) => {
    const start = formatPartialDate(date, precision, locale)
    return endDate ? `${start} – ${formatPartialDate(endDate, precision, locale)}` : start
  }
  if (req.locale === 'all') return Object.fromEntries(localeCodes.map((locale) => [locale, labelIn(locale)]))
  return labelIn(isLocaleCode(req.locale) ? req.locale : defaultLocale)
}

/** What a relations date is made of: a date without its precision reads as a day it never was. */
const DATE_PARTS = ['date', 'endDate', 'datePrecision', 'dateLabel'] as const

/**
 * A `select` (or `populate`) that asks for the date or its label gets all of it: the label is
 * worked out from the date and its precision, and "1991-12-01" alone would be read as 1 December.
 */
export const selectWholeDates: CollectionBeforeOperationHook<'bilateral-relations'> = ({ args, operation }) => {
  if (operation !== 'read' || !('select' in args) || !args.select) return args
  const select: Record<string, unknown> = args.select
  const including = Object.values(select).some((value) => value !== false)
  if (including && DATE_PARTS.some((part) => select[part])) {
    return { ...args, select: { ...select, ...Object.fromEntries(DATE_PARTS.map((part) => [part, true])) } }
  }
  if (!including && select.dateLabel !== false && DATE_PARTS.some((part) => select[part] === false)) {
    // Leaving out the date but not its label: the label still needs the date to be read.
    return {
      ...args,
      select: Object.fromEntries(
        Object.entries(select).filter(([key]) => !(DATE_PARTS as readonly string[]).includes(key)),
      ),
    }
  }
  return args
}

/**
 * The timeline's stated order: by date; among entries of the same date, the wider period first
 * (the year "1992", then "January 1992", then "1 January 1992", which all start that day); then by
 * the `position` an editor gives; then by id. Entries of one month or year come back in that order
 * every time, on either database, and in reverse with `sort=-date`.
 */
const TIES = [
  ['datePrecision', 'desc'],
  ['position', 'asc'],
  ['id', 'asc'],
] as const

const orderOf = (descending: boolean): string[] => [
  descending ? '-date' : 'date',
  ...TIES.map(([key, direction]) => ((direction === 'desc') !== descending ? `-${key}` : key)),
]

export const TIMELINE_ORDER = orderOf(false)

export const stableTimelineOrder: CollectionBeforeOperationHook<'bilateral-relations'> = ({ args, operation }) => {
  if (operation !== 'read' || !('sort' in args) || !args.sort) return args
  const sort = (Array.isArray(args.sort) ? args.sort : String(args.sort).split(','))
    .map((key) => key.trim())
    .filter(Boolean)
  // Only a sort by date alone is made whole; a site that names its own ties keeps them.
  if (sort.length !== 1 || sort[0].replace(/^-/, '') !== 'date') return args
  return { ...args, sort: orderOf(sort[0].startsWith('-')) }
}

const sourceRequired = l(
  'أضف مصدرًا واحدًا على الأقل قبل النشر.',
  'Dərc etməzdən əvvəl ən azı bir mənbə əlavə edin.',
  'Add at least one source before publishing.',
)

export const sourcesBeforePublishing = (
  value: unknown,
  { data, req }: { data: { _status?: null | string }; req: PayloadRequest },
): string | true =>
  data?._status === 'published' && (!Array.isArray(value) || value.length === 0) ? say(req, sourceRequired) : true
