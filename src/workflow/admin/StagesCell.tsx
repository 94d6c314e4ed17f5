'use client'
/** The list view's column of each language's stage, with a dot for what is on the site. */
import { useTranslation } from '@payloadcms/ui'
import React from 'react'

import { localeCodes, localeNames, stageLabels, wordsIn } from './words'

type Stage = keyof typeof stageLabels
const isStage = (value: unknown): value is Stage => typeof value === 'string' && value in stageLabels

export const StagesCell: React.FC<{ rowData?: Record<string, unknown> }> = ({ rowData }) => {
  const { i18n } = useTranslation()
  const say = wordsIn(i18n.language)
  const stages = (rowData?.workflow ?? {}) as Record<string, unknown>
  const live = (rowData?.publishedIn ?? {}) as Record<string, unknown>
  return (
    <span className="workflow-stages">
      {localeCodes.map((code) => {
        const stage = stages[code]
        return (
          <span key={code} data-locale={code} style={{ marginInlineEnd: '0.75em', whiteSpace: 'nowrap' }}>
            <bdi>{say(localeNames[code])}</bdi>: {isStage(stage) ? say(stageLabels[stage]) : '—'}
            {live[code] === true ? ' ●' : ''}
          </span>
        )
      })}
    </span>
  )
}
