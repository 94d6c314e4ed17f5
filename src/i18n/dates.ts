/**
 * How the admin writes dates: day, month, year, as Arabic and Azerbaijani write them, a 24-hour
 * clock, and always the year; in the Arabic admin with Arabic-Indic digits (ar-EG). Payload's
 * defaults are English-ordered ("November 29, 2026"), leave the year out of a day picker
 * ("Dec 01") and write Latin digits in every language.
 */
import { type AdminLanguage, adminLanguageOf } from './locales'

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

/** How a date known to the year, the month or the day is written. */
export const precisionAppearance = { year: 'yearOnly', month: 'monthOnly', day: 'dayOnly' } as const

/**
 * Month names from the project's own tables, the same on the server and in every browser: a
 * browser whose date data lacks Azerbaijani wrote "2026 M12 6" where the server wrote "6 dekabr
 * 2026", and React refused to hydrate the page. Egyptian Arabic names the Gregorian months as in
 * Egypt (ar-EG); the Hijri months are the ones the Arabic admin shows under a date picker.
 */
export const monthNames: Record<AdminLanguage, readonly string[]> = {
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  az: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
}
const hijriMonthNames = [
  'محرم',
  'صفر',
  'ربيع الأول',
  'ربيع الآخر',
  'جمادى الأولى',
  'جمادى الآخرة',
  'رجب',
  'شعبان',
  'رمضان',
  'شوال',
  'ذو القعدة',
  'ذو الحجة',
] as const

/** Each admin language's digits: Arabic-Indic in the Arabic admin, as Egypt writes them. */
const digitsOf: Record<AdminLanguage, readonly string[]> = {
  ar: ['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'],
  az: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
  en: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
}

const languageOf = adminLanguageOf

const commaIn = (language: string): string => (language === 'ar' ? '،' : ',')

/** Digits (and commas) in the admin language's own: ١٢، for Arabic. */
const writeDigits = (text: string, language: string): string => {
  const digits = digitsOf[languageOf(language)]
  return text.replace(/[0-9]/g, (digit) => digits[Number(digit)]).replace(/,/g, commaIn(language))
}

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/**
 * The numbers of a date in a time zone and a calendar: only numbers are asked of Intl (with the
 * `en-US` data every engine has), never names.
 */
function partsOf(date: Date, timeZone: string | undefined, calendar: 'gregory' | 'islamic') {
  const format = new Intl.DateTimeFormat(`en-US-u-ca-${calendar}-nu-latn`, {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  })
  const parts = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]))
  const hour = Number(parts.hour) % 24
  return {
    year: Number.parseInt(parts.year, 10),
    month: Number(parts.month),
    day: Number(parts.day),
    hour,
    minute: Number(parts.minute),
  }
}

const twoDigits = (value: number): string => String(value).padStart(2, '0')

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
  const zone = typeof options.timeZone === 'string' && isTimeZone(options.timeZone) ? options.timeZone : undefined
  const asked = options.appearance ?? 'default'
  if (options.calendar === 'hijri') {
    const hijri = partsOf(date, zone, 'islamic')
    const text =
      asked === 'yearOnly'
        ? `${hijri.year} هـ`
        : asked === 'monthOnly'
          ? `${hijriMonthNames[hijri.month - 1]} ${hijri.year} هـ`
          : `${hijri.day} ${hijriMonthNames[hijri.month - 1]} ${hijri.year} هـ`
    return writeDigits(text, 'ar')
  }
  const { year, month, day, hour, minute } = partsOf(date, zone, 'gregory')
  const monthName = monthNames[languageOf(language)][month - 1]
  const time = `${twoDigits(hour)}:${twoDigits(minute)}`
  const texts: Record<DateAppearance | 'yearOnly', string> = {
    dayAndTime: `${day} ${monthName} ${year}, ${time}`,
    dayOnly: `${day} ${monthName} ${year}`,
    default: `${day} ${monthName} ${year}`,
    monthOnly: `${monthName} ${year}`,
    timeOnly: time,
    yearOnly: String(year),
  }
  return writeDigits(texts[asked], language)
}

const appearances: readonly string[] = Object.keys(adminDateFormats)

/** The picker appearance a date field's `admin.date` asks for, `fallback` if it asks for none. */
export function appearanceOf(date: unknown, fallback: DateAppearance): DateAppearance {
  const asked =
    typeof date === 'object' && date !== null && 'pickerAppearance' in date ? date.pickerAppearance : undefined
  return typeof asked === 'string' && appearances.includes(asked) ? (asked as DateAppearance) : fallback
}

/** Digits and commas of text Payload formatted itself, in the admin language's own (١٢ ، for Arabic). */
export function inAdminDigits(text: string, language: string): string {
  return writeDigits(text, language)
}
