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

/** A moment with its time zone (stored beside it as `<name>_tz`, Africa/Cairo by default). */
export const zonedDateField = (name: string, label: Localized, options: { required?: boolean; after?: string } = {}): DateField => ({
  name,
  type: 'date',
  label,
  required: options.required,
  index: true,
  timezone: { defaultTimezone: DEFAULT_TIME_ZONE, supportedTimezones: supportedTimeZones },
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
