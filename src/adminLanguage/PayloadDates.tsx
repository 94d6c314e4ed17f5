'use client'
/**
 * The date pickers' month names in the admin's language from their first drawing: Payload tells
 * the picker its language in an effect that runs after the picker has drawn "30 November 2026"
 * in the Arabic admin, so it is told here, before the pickers draw.
 *
 * The dates and numbers Payload writes itself and offers no component for (a document's "Last
 * modified" and "Created", the versions list, counts, pages, ids) in the digits of the admin's
 * language, as they appear: ٣٠ نوفمبر ٢٠٢٦، ١٤:٠٠ and "٣ نسخ" in the Arabic admin. Payload formats them
 * with date-fns and plain numbers, in Latin digits in every language; the list cells and the line
 * under date pickers are our own (DateCell, DateShown).
 */
import { useTranslation } from '@payloadcms/ui'
import React, { useEffect } from 'react'
import { registerLocale, setDefaultLocale } from 'react-datepicker'

import { inAdminDigits } from '../i18n/dates'

/**
 * Where Payload writes dates and numbers of its own: a document's dates, the versions list, the
 * version count, pagination and page sizes, selection counts, ids, file sizes and dimensions; and
 * the counts of the coverage grid. One digit system per admin language: Arabic-Indic in the Arabic
 * admin (as Egypt writes them, and as our own dates are written), Latin in the others. Content
 * (titles, text a person wrote) keeps the digits it was written with.
 */
const CHROME_NUMBERS = [
  '.doc-controls__value-wrap',
  '.versions td.cell-updatedAt',
  '.doc-tab__count',
  '.page-controls',
  '.paginator',
  '.per-page',
  '.list-selection > span',
  '.cell-id',
  '.file-meta',
  '.file-details__size',
  '.translation-coverage td',
  '.pill__count',
].join(', ')

export const PayloadDates: React.FC<{ children?: React.ReactNode }> = ({ children }) => {
  const { i18n } = useTranslation()
  const language = i18n.language
  if (i18n.dateFNS) {
    // Idempotent, and the same registration Payload makes a moment later; done while rendering so
    // that the pickers below render with it. (The language arrives on the client only.)
    registerLocale(language, i18n.dateFNS)
    setDefaultLocale(language)
  }
  useEffect(() => {
    if (inAdminDigits('0,', language) === '0,') return undefined
    const rewrite = (element: Element) => {
      const title = element.getAttribute('title')
      if (title) {
        const written = inAdminDigits(title, language)
        if (written !== title) element.setAttribute('title', written)
      }
      const texts = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
      for (let node = texts.nextNode(); node; node = texts.nextNode()) {
        const text = node.nodeValue ?? ''
        const written = inAdminDigits(text, language)
        if (written !== text) node.nodeValue = written
      }
    }
    const sweep = () => document.querySelectorAll(CHROME_NUMBERS).forEach(rewrite)
    sweep()
    // Rewriting changes only text that had Latin digits, so the observer's own changes end the loop.
    const observer = new MutationObserver(sweep)
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['title'],
    })
    return () => observer.disconnect()
  }, [language])
  return <>{children}</>
}
