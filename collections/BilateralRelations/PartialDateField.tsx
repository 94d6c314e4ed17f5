'use client'
/**
 * The date of a relations entry as its precision says: a month picker that shows "ديسمبر 1991"
 * for a month, the year alone for a year, a day picker for a day. Under it, the date as the
 * admin's language writes it (ar-EG, az-AZ, en), and in the Arabic admin the Hijri date beside it.
 */
import type { ConditionalDateProps, DateFieldClientComponent } from 'payload'

import { DateTimeField, useFormFields, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { formatAdminDate, precisionAppearance } from '../../src/i18n/dates'
import { isDatePrecision as isPrecision } from '../../src/lib/partialDate'

const displayFormat = { year: 'yyyy', month: 'MMMM yyyy', day: 'd MMMM yyyy' } as const

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
  const shown = { appearance: precisionAppearance[precision], timeZone: 'UTC' } as const
  const when = formatAdminDate(value, i18n.language, shown)
  return (
    <div className="partial-date">
      <DateTimeField {...props} field={field} key={precision} />
      {when ? (
        <p className="partial-date__shown" data-precision={precision}>
          <span>{when}</span>
          {i18n.language === 'ar' ? (
            <span className="partial-date__hijri">
              {' '}
              · {formatAdminDate(value, 'ar', { ...shown, calendar: 'hijri' })}
            </span>
          ) : null}
        </p>
      ) : null}
    </div>
  )
}
