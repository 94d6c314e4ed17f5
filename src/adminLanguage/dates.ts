/**
 * Every date field of the admin as src/i18n/dates.ts writes it: the pickers in day-month-year
 * order with a 24-hour clock, the line under them (Arabic digits and the Hijri date in the Arabic
 * admin), and the list cells, the timestamps' included.
 */
import type { CollectionConfig, DateField, Field } from 'payload'

import { adminDateFormats, adminTimeFormat } from '../i18n/dates'
import { mapFields } from '../lib/fieldWalk'

const DATE_CELL = '/src/adminLanguage/DateCell#DateCell'
const DATE_SHOWN = '/src/adminLanguage/DateShown#DateShown'

const withFormat = (field: DateField): DateField => {
  const date = field.admin?.date ?? {}
  const appearance = date.pickerAppearance ?? 'default'
  const components = field.admin?.components ?? {}
  const time = appearance === 'dayAndTime' || appearance === 'timeOnly' ? { timeFormat: adminTimeFormat } : {}
  return {
    ...field,
    admin: {
      ...field.admin,
      // A field that draws itself (the relations' partial date) writes its own line and cell.
      components: components.Field
        ? components
        : {
            ...components,
            Cell: components.Cell ?? DATE_CELL,
            afterInput: [...(components.afterInput ?? []), DATE_SHOWN],
          },
      date: date.displayFormat ? date : { ...time, ...date, displayFormat: adminDateFormats[appearance] },
    },
  } as DateField
}

export const withDateFormats = (fields: Field[]): Field[] =>
  mapFields(fields, (field) => (field.type === 'date' ? withFormat(field) : null))

/**
 * createdAt and updatedAt as Payload adds them (hidden in the form, indexed, labelled in every
 * language), written out here so that their list cells and filters are dates of the admin too.
 */
const timestamp = (name: 'createdAt' | 'updatedAt'): DateField => ({
  name,
  type: 'date',
  index: true,
  label: ({ t }) => t(name === 'createdAt' ? 'general:createdAt' : 'general:updatedAt'),
  admin: { disableBulkEdit: true, hidden: true, date: { pickerAppearance: 'dayAndTime' } },
})

export function withTimestamps(collection: CollectionConfig): CollectionConfig {
  if (collection.timestamps === false) return collection
  const named = new Set(collection.fields.map((field) => ('name' in field ? field.name : undefined)))
  const missing = (['updatedAt', 'createdAt'] as const).filter((name) => !named.has(name)).map(timestamp)
  return { ...collection, fields: [...collection.fields, ...missing] }
}
