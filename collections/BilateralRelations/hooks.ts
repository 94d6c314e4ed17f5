import type { CollectionBeforeChangeHook, FieldHook, PayloadRequest } from 'payload'

import { defaultLocale, isLocaleCode, l, say } from '../../src/i18n'
import { formatPartialDate, isDatePrecision as isPrecision, normalizePartialDate } from '../../src/lib/partialDate'

/** Stores `date` (and `endDate`) on the first day of their period, at noon UTC. */
export const normalizeDates: CollectionBeforeChangeHook = ({ data }) => {
  const precision = isPrecision(data.datePrecision) ? data.datePrecision : 'day'
  const next = { ...data }
  if (data.date) next.date = normalizePartialDate(data.date, precision)
  if (data.endDate) next.endDate = normalizePartialDate(data.endDate, precision)
  return next
}

/** The date as readers see it, at its precision and in the request's language ("ديسمبر 1991"). */
export const dateLabel: FieldHook = ({ req, siblingData }) => {
  const { date, datePrecision, endDate } = (siblingData ?? {}) as { date?: string; datePrecision?: unknown; endDate?: string }
  if (!date) return null
  const locale = isLocaleCode(req.locale) ? req.locale : defaultLocale
  const precision = isPrecision(datePrecision) ? datePrecision : 'day'
  const start = formatPartialDate(date, precision, locale)
  return endDate ? `${start} – ${formatPartialDate(endDate, precision, locale)}` : start
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
