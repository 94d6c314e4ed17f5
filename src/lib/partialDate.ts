/**
 * Dates known only to the year or the month ("December 1991", "1992"). They are stored at noon
 * UTC on the first day of their period (noon keeps the calendar day in every time zone from
 * UTC−11 to UTC+11, and it is how Payload's day picker stores days), and shown at their precision,
 * never as a made-up day.
 */
import type { LocaleCode } from '../i18n'

export const datePrecisions = ['year', 'month', 'day'] as const
export type DatePrecision = (typeof datePrecisions)[number]

export const isDatePrecision = (value: unknown): value is DatePrecision =>
  typeof value === 'string' && (datePrecisions as readonly string[]).includes(value)

/** Latin digits in Arabic too, as the society's texts write years. */
const intlLocale: Record<LocaleCode, string> = { ar: 'ar-EG-u-nu-latn', az: 'az', en: 'en-GB' }

/** The calendar day (UTC) of a stored date: Payload keeps day-picker values at noon UTC. */
export const calendarDay = (value: Date | string): string => new Date(value).toISOString().slice(0, 10)

export function normalizePartialDate(value: Date | string, precision: DatePrecision): string {
  const [year, month, day] = calendarDay(value).split('-')
  const iso =
    precision === 'year' ? `${year}-01-01` : precision === 'month' ? `${year}-${month}-01` : `${year}-${month}-${day}`
  return `${iso}T12:00:00.000Z`
}

const formatters = new Map<string, Intl.DateTimeFormat>()

/** One formatter per language and precision, built once: afterRead runs on every document read. */
const formatterFor = (precision: DatePrecision, locale: LocaleCode): Intl.DateTimeFormat => {
  const key = `${locale}:${precision}`
  let formatter = formatters.get(key)
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions =
      precision === 'year'
        ? { year: 'numeric' }
        : precision === 'month'
          ? { year: 'numeric', month: 'long' }
          : { year: 'numeric', month: 'long', day: 'numeric' }
    formatter = new Intl.DateTimeFormat(intlLocale[locale], { ...options, timeZone: 'UTC' })
    formatters.set(key, formatter)
  }
  return formatter
}

export const formatPartialDate = (value: Date | string, precision: DatePrecision, locale: LocaleCode): string =>
  formatterFor(precision, locale).format(new Date(value))
