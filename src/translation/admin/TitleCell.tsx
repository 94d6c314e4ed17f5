'use client'
/**
 * The title column of a list: the title in the content language shown, or, where it has none yet,
 * the title in the entry's source language, marked as such, so an untranslated entry is never a
 * bare "‹no title›".
 */
import type { DefaultCellComponentProps } from 'payload'

import { DefaultCell, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { isLocaleCode, localeNames, translationWords, wordsIn } from './words'

export const TitleCell: React.FC<DefaultCellComponentProps> = (props) => {
  const { i18n } = useTranslation()
  const say = wordsIn(i18n.language)
  const { cellData, rowData } = props
  const source = rowData?.sourceLocale
  const sourceTitle = rowData?.sourceTitle
  if (
    (typeof cellData === 'string' && cellData.trim()) ||
    typeof sourceTitle !== 'string' ||
    !sourceTitle.trim() ||
    !isLocaleCode(source)
  ) {
    return <DefaultCell {...props} />
  }
  const shown = `${say(translationWords.untranslated, { locale: say(localeNames[source]) })} ${sourceTitle}`
  return <DefaultCell {...props} cellData={shown} />
}
