/**
 * Dates known only to the year or the month ("December 1991", "1992"). They are stored at noon
 * UTC on the first day of their period (noon keeps the calendar day in every time zone from
 * UTC−11 to UTC+11, and it is how Payload's day picker stores days), and shown at their precision,
 * never as a made-up day.
 */
import type { LocaleCode } from '../i18n'
import { monthNames } from '../i18n/dates'
import { adminLanguageOf } from '../i18n/locales'

export const datePrecisions = ['year', 'month', 'day'] as const
export type DatePrecision = (typeof datePrecisions)[number]

export const isDatePrecision = (value: unknown): value is DatePrecision =>
  typeof value === 'string' && (datePrecisions as readonly string[]).includes(value)

/** The calendar day (UTC) of a stored date: Payload keeps day-picker values at noon UTC. */
export const calendarDay = (value: Date | string): string => new Date(value).toISOString().slice(0, 10)

export function normalizePartialDate(value: Date | string, precision: DatePrecision): string {
  const [year, month, day] = calendarDay(value).split('-')
  const iso =
    precision === 'year' ? `${year}-01-01` : precision === 'month' ? `${year}-${month}-01` : `${year}-${month}-${day}`
  return `${iso}T12:00:00.000Z`
}

/**
 * "December 1991", "ديسمبر 1991", "dekabr 1991": month names from the project's own tables (the
 * same as the admin's), with Latin digits in Arabic too, as the society's texts write years.
 */
export function formatPartialDate(value: Date | string, precision: DatePrecision, locale: LocaleCode): string {
  const [year, month, day] = calendarDay(value).split('-').map(Number)
  // Month names in the entry's language where the project has them, else in English.
  const name = monthNames[adminLanguageOf(locale)][month - 1]
  return precision === 'year' ? String(year) : precision === 'month' ? `${name} ${year}` : `${day} ${name} ${year}`
}
