import type { DateField, Field } from 'payload'

import { l, type Localized } from '../i18n'
import { endsAfter } from './validators'

export const DEFAULT_TIME_ZONE = 'Africa/Cairo'

/** Time zones offered in the admin; the society works from Cairo and with Baku. */
export const supportedTimeZones = [
  { value: 'Africa/Cairo', label: 'Cairo (Africa/Cairo)' },
  { value: 'Asia/Baku', label: 'Baku (Asia/Baku)' },
  { value: 'UTC', label: 'UTC' },
  { value: 'Europe/Istanbul', label: 'Istanbul (Europe/Istanbul)' },
  { value: 'Europe/London', label: 'London (Europe/London)' },
]

/** The same zones named in the admin's three languages. */
const timeZoneNames: Record<string, Localized> = {
  'Africa/Cairo': l('القاهرة (Africa/Cairo)', 'Qahirə (Africa/Cairo)', 'Cairo (Africa/Cairo)'),
  'Asia/Baku': l('باكو (Asia/Baku)', 'Bakı (Asia/Baku)', 'Baku (Asia/Baku)'),
  UTC: l('التوقيت العالمي (UTC)', 'Ümumdünya vaxtı (UTC)', 'UTC'),
  'Europe/Istanbul': l('إسطنبول (Europe/Istanbul)', 'İstanbul (Europe/Istanbul)', 'Istanbul (Europe/Istanbul)'),
  'Europe/London': l('لندن (Europe/London)', 'London (Europe/London)', 'London (Europe/London)'),
}

/** "<date's label> — time zone" in each language. */
const timeZoneLabel = (label: Localized): Localized =>
  l(`${label.ar} — المنطقة الزمنية`, `${label.az} — saat qurşağı`, `${label.en} — time zone`)

/** A moment with its time zone (stored beside it as `<name>_tz`, Africa/Cairo by default). */
export const zonedDateField = (name: string, label: Localized, options: { required?: boolean; after?: string } = {}): DateField => ({
  name,
  type: 'date',
  label,
  required: options.required,
  index: true,
  timezone: {
    defaultTimezone: DEFAULT_TIME_ZONE,
    supportedTimezones: supportedTimeZones,
    // Payload names the zone field after the date's name, in English; it gets the date's label in each language.
    override: ({ baseField }) => ({
      ...baseField,
      label: timeZoneLabel(label),
      options: supportedTimeZones.map(({ value }) => ({ value, label: timeZoneNames[value] ?? l(value, value, value) })),
    }),
  },
  admin: { date: { pickerAppearance: 'dayAndTime' } },
  ...(options.after ? { validate: endsAfter(options.after) } : {}),
})

/** startsAt/endsAt with time zones and an all-day switch. */
export const eventTimeFields = (): Field[] => [
  {
    type: 'row',
    fields: [
      zonedDateField('startsAt', l('يبدأ في', 'Başlayır', 'Starts at'), { required: true }),
      zonedDateField('endsAt', l('ينتهي في', 'Bitir', 'Ends at'), { after: 'startsAt' }),
    ],
  },
  {
    name: 'allDay',
    type: 'checkbox',
    label: l('طوال اليوم', 'Bütün gün', 'All day'),
    defaultValue: false,
  },
]
