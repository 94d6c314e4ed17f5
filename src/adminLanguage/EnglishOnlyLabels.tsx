'use client'
/**
 * Puts the admin's language into the few screen-reader labels that Payload and its rich-text
 * editor write in English only (the link editor's buttons, the block handles, a relation's
 * "Edit …"), as they appear, so a screen reader in the Arabic or Azerbaijani admin does not
 * switch to English mid-sentence. A checkbox's tooltip, which Payload fills with the field's
 * name in the code, gives way to the label beside it.
 */
import { useTranslation } from '@payloadcms/ui'
import React, { useEffect } from 'react'

import { englishOnlyLabels } from '../i18n/englishOnly'
import { fill } from '../i18n/labels'
import { isLocaleCode } from '../i18n/locales'

export const EnglishOnlyLabels: React.FC<{ children?: React.ReactNode }> = ({ children }) => {
  const { i18n } = useTranslation()
  const language = i18n.language
  useEffect(() => {
    if (!isLocaleCode(language) || language === 'en') return undefined
    const relabel = (element: Element) => {
      if (element instanceof HTMLInputElement && element.type === 'checkbox' && element.title && element.title === element.name) {
        element.removeAttribute('title')
      }
      const current = element.getAttribute('aria-label')
      if (!current) return
      for (const { english, prefix, words } of englishOnlyLabels) {
        if (prefix ? current.startsWith(english) : current === english) {
          element.setAttribute('aria-label', fill(words[language], { label: current.slice(english.length) }))
          return
        }
      }
    }
    const sweep = (root: ParentNode) => root.querySelectorAll('[aria-label], input[type="checkbox"][title]').forEach(relabel)
    sweep(document)
    const observer = new MutationObserver((changes) => {
      for (const change of changes) {
        if (change.type === 'attributes' && change.target instanceof Element) relabel(change.target)
        change.addedNodes.forEach((node) => {
          if (node instanceof Element) {
            relabel(node)
            sweep(node)
          }
        })
      }
    })
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label', 'title'] })
    return () => observer.disconnect()
  }, [language])
  return <>{children}</>
}
