'use client'
/**
 * A date in a list as the admin's language writes it (٣٠ نوفمبر ٢٠٢٦، ١٤:٠٠ in Arabic), in the
 * row's own time zone when the field has one. Payload's cell writes Latin digits in every language.
 */
import type { DateFieldClient, DefaultCellComponentProps } from 'payload'

import { useTranslation } from '@payloadcms/ui'
import React from 'react'

import { appearanceOf, formatAdminDate } from '../i18n/dates'

export const DateCell: React.FC<DefaultCellComponentProps<DateFieldClient>> = ({ cellData, field, rowData }) => {
  const { i18n } = useTranslation()
  // A column of a nested field is read through its accessor (`schedule.startsAt`).
  const path = 'accessor' in field && typeof field.accessor === 'string' ? field.accessor : field.name
  const timeZone: unknown = field.timezone ? rowData?.[`${path}_tz`] : undefined
  const text = formatAdminDate(cellData, i18n.language, {
    appearance: appearanceOf(field.admin?.date, 'dayAndTime'),
    timeZone,
  })
  return <span className="admin-date">{text}</span>
}
