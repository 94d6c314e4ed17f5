/** Every date field of the admin in the day-month-year order and 24-hour clock of src/i18n. */
import type { DateField, Field } from 'payload'

import { adminDateFormats, adminTimeFormat } from '../i18n/admin'

const withFormat = (field: DateField): DateField => {
  const date = field.admin?.date ?? {}
  const appearance = date.pickerAppearance ?? 'default'
  if (date.displayFormat) return field
  const time = appearance === 'dayAndTime' || appearance === 'timeOnly' ? { timeFormat: adminTimeFormat } : {}
  return { ...field, admin: { ...field.admin, date: { ...time, ...date, displayFormat: adminDateFormats[appearance] } } } as DateField
}

export function withDateFormats(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'date') return withFormat(field)
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withDateFormats(tab.fields) })) }
    if (field.type === 'blocks') return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: withDateFormats(block.fields) })) }
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: withDateFormats(field.fields) } as Field
    return field
  })
}
