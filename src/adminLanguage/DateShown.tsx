'use client'
/**
 * Under a date picker in the Arabic admin: the date in Arabic-Indic digits and, beside it, the
 * Hijri date. The picker's own text stays in the digits a keyboard types, so it can be edited.
 */
import type { DateFieldClient } from 'payload'

import { useFormFields, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { appearanceOf, formatAdminDate } from '../i18n/dates'

export const DateShown: React.FC<{ field?: DateFieldClient; path?: string }> = ({ field, path }) => {
  const { i18n } = useTranslation()
  const value = useFormFields(([fields]) => (path ? fields[path]?.value : undefined))
  const zone = useFormFields(([fields]) => (path && field?.timezone ? fields[`${path}_tz`]?.value : undefined))
  if (i18n.language !== 'ar') return null
  const appearance = appearanceOf(field?.admin?.date, 'default')
  const shown = formatAdminDate(value, i18n.language, { appearance, timeZone: zone })
  if (!shown) return null
  const hijri =
    appearance === 'timeOnly'
      ? null
      : formatAdminDate(value, i18n.language, { appearance, timeZone: zone, calendar: 'hijri' })
  return (
    <p className="date-shown">
      <span>{shown}</span>
      {hijri ? <span className="date-shown__hijri"> · {hijri}</span> : null}
    </p>
  )
}
