'use client'
/**
 * Above the first field of an entry: the language being edited, and the entry's source language
 * when it is another one, so nobody translates into the wrong language by mistake.
 */
import { useFormFields, useLocale, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { isLocaleCode, localeNames, translationWords, wordsIn } from './words'


export const ContentLanguage: React.FC = () => {
  const locale = useLocale()
  const { i18n } = useTranslation()
  const say = wordsIn(i18n.language)
  const source = useFormFields(([fields]) => fields.sourceLocale?.value)
  const code = isLocaleCode(locale.code) ? locale.code : 'ar'
  const sourceCode = isLocaleCode(source) ? source : 'ar'
  return (
    <div className="content-language" data-locale={code} role="status">
      <strong>{say(translationWords.editingIn, { locale: say(localeNames[code]) })}</strong>
      {sourceCode !== code ? <span> · {say(translationWords.sourceIs, { locale: say(localeNames[sourceCode]) })}</span> : null}
    </div>
  )
}
