'use client'
/** A relations date in the list at its own precision ("ديسمبر ١٩٩١", never "١ ديسمبر ١٩٩١"). */
import type { DateFieldClient, DefaultCellComponentProps } from 'payload'

import { useTranslation } from '@payloadcms/ui'
import React from 'react'

import { formatAdminDate, precisionAppearance } from '../../src/i18n/dates'
import { isDatePrecision as isPrecision } from '../../src/lib/partialDate'

export const PartialDateCell: React.FC<DefaultCellComponentProps<DateFieldClient>> = ({ cellData, rowData }) => {
  const { i18n } = useTranslation()
  const precision = isPrecision(rowData?.datePrecision) ? rowData.datePrecision : 'day'
  return (
    <span className="admin-date">
      {formatAdminDate(cellData, i18n.language, { appearance: precisionAppearance[precision], timeZone: 'UTC' })}
    </span>
  )
}
