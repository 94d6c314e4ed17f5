import type { DateField, Field } from 'payload'

import { l, type Localized, say } from '../i18n'
import { endsAfter, messages, type Localizable } from './validators'

export const DEFAULT_TIME_ZONE = 'Africa/Cairo'

/**
 * Time zones offered in the admin; the society works from Cairo and with Baku. Named by their IANA
 * names, which read the same in every admin language (Payload takes one label per zone, not one per
 * language, and an English city name stood in the Arabic and Azerbaijani admin).
 */
export const supportedTimeZones = ['Africa/Cairo', 'Asia/Baku', 'UTC', 'Europe/Istanbul', 'Europe/London'].map(
  (value) => ({ value, label: value }),
)

const zoneNames: readonly string[] = supportedTimeZones.map(({ value }) => value)

/** One of the offered zones, by its IANA name. */
const validateTimeZone = (value: null | string | undefined, { req }: Localizable): string | true =>
  value === null || value === undefined || value === '' || zoneNames.includes(value)
    ? true
    : say(req, messages.timeZone, { zones: zoneNames.join(', ') })

/** "<date's label> — time zone" in each language. */
const timeZoneLabel = (label: Localized): Localized =>
  l(`${label.ar} — المنطقة الزمنية`, `${label.az} — saat qurşağı`, `${label.en} — time zone`)

/** A moment with its time zone (stored beside it as `<name>_tz`, Africa/Cairo by default). */
export const zonedDateField = (
  name: string,
  label: Localized,
  options: { required?: boolean; after?: string } = {},
): DateField => ({
  name,
  type: 'date',
  label,
  required: options.required,
  index: true,
  timezone: {
    defaultTimezone: DEFAULT_TIME_ZONE,
    supportedTimezones: supportedTimeZones,
    // Payload's zone field is a select, which GraphQL turns into an enum that says "Africa_Cairo";
    // as text checked against the same zones, REST and GraphQL both say "Africa/Cairo". It gets the
    // date's label in each language (Payload names it after the date's name, in English).
    override: ({ baseField }) => ({
      name: baseField.name,
      type: 'text',
      label: timeZoneLabel(label),
      defaultValue: baseField.defaultValue,
      required: baseField.required,
      admin: { hidden: true },
      validate: validateTimeZone,
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
