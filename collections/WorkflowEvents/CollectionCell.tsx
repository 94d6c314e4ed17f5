'use client'
/** A collection's slug in the workflow log, shown as the collection's name in the admin's language. */
import type { DefaultCellComponentProps, TextFieldClient } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import { useConfig, useTranslation } from '@payloadcms/ui'
import React from 'react'

export const CollectionCell: React.FC<DefaultCellComponentProps<TextFieldClient>> = ({ cellData }) => {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const collection = config.collections.find((candidate) => candidate.slug === cellData)
  return <span>{collection ? getTranslation(collection.labels.plural, i18n) : cellData}</span>
}
