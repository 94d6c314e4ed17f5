'use client'
/** Copies the source text into the field being translated, as a starting point. */
import { Button, useField, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { translationWords, wordsIn } from './words'

export const CopySource: React.FC<{ path: string; value: unknown }> = ({ path, value }) => {
  const { setValue } = useField({ path })
  const { i18n } = useTranslation()
  const say = wordsIn(i18n.language)
  return (
    <Button buttonStyle="secondary" size="small" className="source-text__copy" onClick={() => setValue(value)}>
      {say(translationWords.copySource)}
    </Button>
  )
}
