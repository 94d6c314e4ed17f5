'use client'
/** The list view's column of each language's translation status. */
import { useTranslation } from '@payloadcms/ui'
import React from 'react'

import { localeCodes, localeNames, translationStatusLabels, wordsIn } from './words'

type Status = keyof typeof translationStatusLabels
const isStatus = (value: unknown): value is Status => typeof value === 'string' && value in translationStatusLabels

export const StatusCell: React.FC<{ rowData?: Record<string, unknown> }> = ({ rowData }) => {
  const { i18n } = useTranslation()
  const say = wordsIn(i18n.language)
  const statuses = (rowData?.translationStatus ?? {}) as Record<string, unknown>
  return (
    <span className="translation-statuses">
      {localeCodes.map((code) => {
        const status = statuses[code]
        return (
          <span
            key={code}
            data-locale={code}
            data-status={isStatus(status) ? status : ''}
            className="translation-status"
          >
            <bdi>{say(localeNames[code])}</bdi>: {isStatus(status) ? say(translationStatusLabels[status]) : '—'}
          </span>
        )
      })}
    </span>
  )
}
