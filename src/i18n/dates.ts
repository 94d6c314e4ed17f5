/**
 * How the admin writes dates: day, month, year, as Arabic and Azerbaijani write them, a 24-hour
 * clock, and always the year; in the Arabic admin with Arabic-Indic digits (ar-EG). Payload's
 * defaults are English-ordered ("November 29, 2026"), leave the year out of a day picker
 * ("Dec 01") and write Latin digits in every language.
 */
import { isLocaleCode, type LocaleCode } from './locales'

/** date-fns patterns for Payload's pickers, whose typed text must stay in digits a keyboard writes. */
export const adminDateFormats = {
  dayAndTime: 'd MMMM yyyy, HH:mm',
  dayOnly: 'd MMMM yyyy',
  default: 'd MMMM yyyy',
  monthOnly: 'MMMM yyyy',
  timeOnly: 'HH:mm',
} as const
export const adminTimeFormat = 'HH:mm'

export type DateAppearance = keyof typeof adminDateFormats

/** The same five appearances for `Intl`, which writes each locale's own digits. */
const intlParts: Record<DateAppearance | 'yearOnly', Intl.DateTimeFormatOptions> = {
  dayAndTime: { day: 'numeric', month: 'long', year: 'numeric' },
  dayOnly: { day: 'numeric', month: 'long', year: 'numeric' },
  default: { day: 'numeric', month: 'long', year: 'numeric' },
  monthOnly: { month: 'long', year: 'numeric' },
  timeOnly: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  yearOnly: { year: 'numeric' },
}

/** How a date known to the year, the month or the day is written. */
export const precisionAppearance = { year: 'yearOnly', month: 'monthOnly', day: 'dayOnly' } as const

/** The Intl locale each admin language writes dates in. */
export const adminIntlLocales: Record<LocaleCode, string> = { ar: 'ar-EG', az: 'az-AZ', en: 'en-GB' }

const intlLocaleOf = (language: string): string => adminIntlLocales[isLocaleCode(language) ? language : 'en']

const commaIn = (language: string): string => (language === 'ar' ? '،' : ',')

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/**
 * A stored date as the admin's language writes it, in its own time zone when it has one (a
 * zoned field's `<name>_tz`), else the reader's; null for no date or one that does not parse.
 * The Arabic admin also gets the Hijri date when `hijri` is asked for.
 */
export function formatAdminDate(
  value: unknown,
  language: string,
  options: { appearance?: DateAppearance | 'yearOnly'; timeZone?: unknown; calendar?: 'hijri' } = {},
): null | string {
  if (typeof value !== 'string' && typeof value !== 'number' && !(value instanceof Date)) return null
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return null
  const zone = typeof options.timeZone === 'string' && isTimeZone(options.timeZone) ? { timeZone: options.timeZone } : {}
  const locale = options.calendar === 'hijri' ? `${intlLocaleOf('ar')}-u-ca-islamic` : intlLocaleOf(language)
  const asked = options.appearance ?? 'default'
  const appearance = options.calendar === 'hijri' && (asked === 'dayAndTime' || asked === 'timeOnly') ? 'dayOnly' : asked
  const day = new Intl.DateTimeFormat(locale, { ...intlParts[appearance], ...zone }).format(date)
  if (appearance !== 'dayAndTime') return day
  // ICU joins a date and a time with "في", "/" or "at" depending on the locale; a comma reads the same in all three.
  return `${day}${commaIn(language)} ${new Intl.DateTimeFormat(locale, { ...intlParts.timeOnly, ...zone }).format(date)}`
}

const appearances: readonly string[] = Object.keys(adminDateFormats)

/** The picker appearance a date field's `admin.date` asks for, `fallback` if it asks for none. */
export function appearanceOf(date: unknown, fallback: DateAppearance): DateAppearance {
  const asked = typeof date === 'object' && date !== null && 'pickerAppearance' in date ? date.pickerAppearance : undefined
  return typeof asked === 'string' && appearances.includes(asked) ? (asked as DateAppearance) : fallback
}

/** Digits and commas of text Payload formatted itself, in the admin language's own (١٢ ، for Arabic). */
export function inAdminDigits(text: string, language: string): string {
  const locale = intlLocaleOf(language)
  const digits = Array.from({ length: 10 }, (_, digit) => new Intl.NumberFormat(locale, { useGrouping: false }).format(digit))
  return text.replace(/[0-9]/g, (digit) => digits[Number(digit)]).replace(/,/g, commaIn(language))
}
