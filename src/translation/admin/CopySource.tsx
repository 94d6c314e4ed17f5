'use client'
/**
 * Copies the source text into the field being translated, as a starting point. Rich text is
 * copied as its structure, and the editor shows it at once (it redraws when its initial value
 * changes); the form counts the copy as an edit, to be saved like any other.
 */
import { Button, useForm, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { translationWords, wordsIn } from './words'

export const CopySource: React.FC<{ path: string; value: unknown }> = ({ path, value }) => {
  const { dispatchFields, setModified } = useForm()
  const { i18n } = useTranslation()
  const say = wordsIn(i18n.language)
  const copy = () => {
    // A copy of its own, so the editor never shares an object with the source shown beside it.
    const copied: unknown = value === undefined ? null : JSON.parse(JSON.stringify(value))
    dispatchFields({ type: 'UPDATE', path, value: copied, initialValue: copied })
    setModified(true)
  }
  return (
    <Button buttonStyle="secondary" size="small" className="source-text__copy" onClick={copy}>
      {say(translationWords.copySource)}
    </Button>
  )
}
