/**
 * Validation shared by the collections. Each rule answers in the language of the person saving
 * (the admin UI language, or Accept-Language over the API, Arabic by default), and a failed rule is
 * a 400 that saves nothing.
 */
import type { PayloadRequest } from 'payload'

import { l, say } from '../i18n'

export type Localizable = { req: PayloadRequest }

export const messages = {
  url: l(
    'أدخل رابطًا كاملًا يبدأ بـ https:// أو http://.',
    'https:// və ya http:// ilə başlayan tam keçid daxil edin.',
    'Enter a full link starting with https:// or http://.',
  ),
  nonNegative: l('لا يمكن أن تكون القيمة سالبة.', 'Dəyər mənfi ola bilməz.', 'The value cannot be negative.'),
  wholeNumber: l('أدخل عددًا صحيحًا.', 'Tam ədəd daxil edin.', 'Enter a whole number.'),
  endAfterStart: l(
    'يجب أن تكون النهاية بعد البداية.',
    'Son tarix başlanğıcdan sonra olmalıdır.',
    'The end must be after the start.',
  ),
  countryCode: l(
    'رمز البلد حرفان لاتينيان كبيران (EG، AZ).',
    'Ölkə kodu iki böyük latın hərfidir (EG, AZ).',
    'A country code is two capital Latin letters (EG, AZ).',
  ),
  timeZone: l('اختر منطقة زمنية من: {zones}.', 'Saat qurşağını seçin: {zones}.', 'Choose a time zone from: {zones}.'),
  time: l(
    'أدخل الوقت بصيغة HH:MM (مثل 18:30).',
    'Vaxtı HH:MM formatında daxil edin (məs. 18:30).',
    'Enter the time as HH:MM (e.g. 18:30).',
  ),
  latitude: l('خط العرض بين ‎-90 و90.', 'En dairəsi -90 ilə 90 arasındadır.', 'Latitude is between -90 and 90.'),
  longitude: l(
    'خط الطول بين ‎-180 و180.',
    'Uzunluq dairəsi -180 ilə 180 arasındadır.',
    'Longitude is between -180 and 180.',
  ),
}

export const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value)
    return (
      (url.protocol === 'https:' || url.protocol === 'http:') &&
      Boolean(url.hostname.includes('.') || url.hostname === 'localhost')
    )
  } catch {
    return false
  }
}

export const validateUrl = (value: null | string | undefined, { req }: Localizable): string | true =>
  !value || isHttpUrl(value) ? true : say(req, messages.url)

export const validateNonNegativeInteger = (value: null | number | undefined, { req }: Localizable): string | true => {
  if (value === null || value === undefined) return true
  if (!Number.isInteger(value)) return say(req, messages.wholeNumber)
  return value < 0 ? say(req, messages.nonNegative) : true
}

export const validateNonNegative = (value: null | number | undefined, { req }: Localizable): string | true =>
  value !== null && value !== undefined && value < 0 ? say(req, messages.nonNegative) : true

export const validateCountryCode = (value: null | string | undefined, { req }: Localizable): string | true =>
  !value || /^[A-Z]{2}$/.test(value) ? true : say(req, messages.countryCode)

export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/

export const validateTime = (value: null | string | undefined, { req }: Localizable): string | true =>
  !value || TIME_PATTERN.test(value) ? true : say(req, messages.time)

/** The time of a date-like field value, or null when the field is empty or not a date. */
export const timeOf = (value: unknown): number | null =>
  value && (typeof value === 'string' || value instanceof Date) ? new Date(value).getTime() : null

/** For an end field: fails when the sibling start field is later than (or equal to) this value. */
export const endsAfter =
  (startField: string, { allowEqual = false }: { allowEqual?: boolean } = {}) =>
  (
    value: Date | null | string | undefined,
    { req, siblingData }: Localizable & { siblingData: Record<string, unknown> },
  ): string | true => {
    const [start, end] = [timeOf(siblingData?.[startField]), timeOf(value)]
    if (start === null || end === null) return true
    return end > start || (allowEqual && end === start) ? true : say(req, messages.endAfterStart)
  }

export const validateLatitude = (value: null | number | undefined, { req }: Localizable): string | true =>
  value === null || value === undefined || (value >= -90 && value <= 90) ? true : say(req, messages.latitude)

export const validateLongitude = (value: null | number | undefined, { req }: Localizable): string | true =>
  value === null || value === undefined || (value >= -180 && value <= 180) ? true : say(req, messages.longitude)
