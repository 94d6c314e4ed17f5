'use client'
/**
 * The date of a relations entry as its precision says: a month picker that shows "ديسمبر 1991"
 * for a month, the year alone for a year, a day picker for a day. Under it, the date as the
 * admin's language writes it (ar-EG, az-AZ, en), and in the Arabic admin the Hijri date beside it.
 */
import type { ConditionalDateProps, DateFieldClientComponent } from 'payload'

import { DateTimeField, useFormFields, useTranslation } from '@payloadcms/ui'
import React from 'react'

const displayFormat = { year: 'yyyy', month: 'MMMM yyyy', day: 'd MMMM yyyy' } as const
const parts: Record<keyof typeof displayFormat, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
}
const intlLocales: Record<string, string> = { ar: 'ar-EG', az: 'az-AZ', en: 'en-GB' }

const isPrecision = (value: unknown): value is keyof typeof displayFormat => value === 'year' || value === 'month' || value === 'day'

export const PartialDateField: DateFieldClientComponent = (props) => {
  const { i18n } = useTranslation()
  const precisionValue = useFormFields(([fields]) => fields.datePrecision?.value)
  const value = useFormFields(([fields]) => fields[props.path]?.value)
  const precision = isPrecision(precisionValue) ? precisionValue : 'day'
  const picker: ConditionalDateProps =
    precision === 'day'
      ? { pickerAppearance: 'dayOnly', displayFormat: displayFormat.day }
      : { pickerAppearance: 'monthOnly', displayFormat: displayFormat[precision] }
  const field = { ...props.field, admin: { ...props.field.admin, date: picker } } as typeof props.field
  const when = typeof value === 'string' && value ? new Date(value) : null
  const language = intlLocales[i18n.language] ?? 'en-GB'
  const format = (locale: string) => new Intl.DateTimeFormat(locale, { ...parts[precision], timeZone: 'UTC' }).format(when ?? 0)
  return (
    <div className="partial-date">
      <DateTimeField {...props} field={field} key={precision} />
      {when ? (
        <p className="partial-date__shown" data-precision={precision}>
          <span>{format(language)}</span>
          {i18n.language === 'ar' ? <span className="partial-date__hijri"> · {format('ar-EG-u-ca-islamic')}</span> : null}
        </p>
      ) : null}
    </div>
  )
}
