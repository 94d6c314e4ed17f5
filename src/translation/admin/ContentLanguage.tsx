'use client'
/**
 * Above the first field of an entry: the language being edited, and the entry's source language
 * when it is another one, so nobody translates into the wrong language by mistake. An entry with no
 * title in this language yet is headed by its source title, marked as such (as in the lists), not
 * by its bare id.
 */
import { useDocumentInfo, useDocumentTitle, useFormFields, useLocale, useTranslation } from '@payloadcms/ui'
import React, { useEffect } from 'react'

import { isLocaleCode, localeNames, translationWords, wordsIn } from './words'

export const ContentLanguage: React.FC = () => {
  const locale = useLocale()
  const { i18n } = useTranslation()
  const say = wordsIn(i18n.language)
  const source = useFormFields(([fields]) => fields.sourceLocale?.value)
  const code = isLocaleCode(locale.code) ? locale.code : 'ar'
  const sourceCode = isLocaleCode(source) ? source : 'ar'
  const { docConfig } = useDocumentInfo()
  const titleField = docConfig?.admin && 'useAsTitle' in docConfig.admin ? docConfig.admin.useAsTitle : undefined
  const ownTitle = useFormFields(([fields]) => (titleField ? fields[titleField]?.value : undefined))
  const sourceTitle = useFormFields(([fields]) => fields.sourceTitle?.value)
  const { setDocumentTitle, title } = useDocumentTitle()
  const untranslated =
    sourceCode !== code &&
    !(typeof ownTitle === 'string' && ownTitle.trim()) &&
    typeof sourceTitle === 'string' &&
    sourceTitle.trim()
      ? `${say(translationWords.untranslated, { locale: say(localeNames[sourceCode]) })} ${sourceTitle}`
      : null
  // Payload heads the entry with its id when this language's title is empty, from an effect of its
  // own that may run after this one in the same render: set ours after it. Once a title is typed,
  // Payload's own title takes over again.
  useEffect(() => {
    if (!untranslated || title === untranslated) return undefined
    const timer = setTimeout(() => setDocumentTitle(untranslated), 0)
    return () => clearTimeout(timer)
  }, [setDocumentTitle, title, untranslated])
  return (
    <div className="content-language" data-locale={code} role="status">
      <strong>{say(translationWords.editingIn, { locale: say(localeNames[code]) })}</strong>
      {sourceCode !== code ? (
        <span> · {say(translationWords.sourceIs, { locale: say(localeNames[sourceCode]) })}</span>
      ) : null}
    </div>
  )
}
