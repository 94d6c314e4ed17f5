'use client'
/**
 * Puts the admin's language into the few screen-reader labels that Payload and its rich-text
 * editor write in English only (the link editor's buttons, the block handles, a relation's
 * "Edit …", the date picker's announcements, a drawer named by its internal slug), as they appear,
 * so a screen reader in the Arabic or Azerbaijani admin does not switch to English mid-sentence. A checkbox's tooltip, which Payload fills with the field's
 * name in the code, gives way to the label beside it.
 */
import { useTranslation } from '@payloadcms/ui'
import React, { useEffect } from 'react'

import { englishOnlyAnnouncements, englishOnlyLabels, unnamedButtons } from '../i18n/englishOnly'
import { fill } from '../i18n/labels'
import { isAdminLanguage } from '../i18n/locales'

export const EnglishOnlyLabels: React.FC<{ children?: React.ReactNode }> = ({ children }) => {
  const { i18n } = useTranslation()
  const language = i18n.language
  useEffect(() => {
    if (!isAdminLanguage(language)) return undefined
    const relabel = (element: Element) => {
      if (
        element instanceof HTMLInputElement &&
        element.type === 'checkbox' &&
        element.title &&
        element.title === element.name
      ) {
        element.removeAttribute('title')
      }
      const current = element.getAttribute('aria-label')
      if (!current) return
      // A drawer is named by its internal slug ("drawer_1_lexical-rich-text-link-…", "list-drawer_1_…"): name it by its title.
      if (/^([a-z]+-)?drawer_\d+_/.test(current)) {
        const title = element.querySelector('.drawer__header__title, .list-header__title')?.textContent?.trim()
        if (title) element.setAttribute('aria-label', title)
        else element.removeAttribute('aria-label')
        return
      }
      for (const { english, prefix, words } of englishOnlyLabels) {
        if (prefix ? current.startsWith(english) : current === english) {
          // Set only when it changes: setting an attribute is itself a change the observer sees.
          const label = fill(words[language], { label: current.slice(english.length) })
          if (label !== current) element.setAttribute('aria-label', label)
          return
        }
      }
    }
    // The date picker's announcements, written as text: their English prefix in the admin's language.
    const reword = (element: Element) => {
      const text = element.textContent ?? ''
      for (const { english, words } of englishOnlyAnnouncements) {
        if (text.startsWith(english)) {
          // Written only when it changes: writing text is itself a change the observer sees.
          const reworded = `${words[language]}${text.slice(english.length)}`
          if (reworded !== text) element.textContent = reworded
          return
        }
      }
    }
    const ANNOUNCEMENTS = '.react-datepicker__aria-live'
    // Controls Payload draws without a name: the rich-text toolbar's icon buttons, the document's
    // "more" button, and inputs whose label points at their wrapper (relationship pickers, date
    // pickers, the rich-text editor) take the name a person sees beside them.
    const UNNAMED =
      'button[data-button-key]:not([aria-label]), .popup-button:not([aria-label]), .field-type input:not([aria-label]):not([type="hidden"]), .field-type [contenteditable="true"]:not([aria-label])'
    const name = (element: Element) => {
      if (element.matches('button[data-button-key]')) {
        const words = unnamedButtons[element.getAttribute('data-button-key') ?? '']
        if (words) element.setAttribute('aria-label', words[language])
        return
      }
      if (element.matches('.popup-button')) {
        if (!element.textContent?.trim()) element.setAttribute('aria-label', unnamedButtons.more[language])
        return
      }
      if (element.id && document.querySelector(`label[for="${CSS.escape(element.id)}"]`)) return
      const label = element.closest('.field-type')?.querySelector('.field-label')
      const text = label
        ? [...label.childNodes]
            .filter((node) => node.nodeType === Node.TEXT_NODE)
            .map((node) => node.textContent)
            .join('')
            .trim()
        : ''
      if (text) element.setAttribute('aria-label', text)
    }
    const sweep = (root: ParentNode) => {
      root.querySelectorAll('[aria-label], input[type="checkbox"][title]').forEach(relabel)
      root.querySelectorAll(ANNOUNCEMENTS).forEach(reword)
      root.querySelectorAll(UNNAMED).forEach(name)
    }
    sweep(document)
    const observer = new MutationObserver((changes) => {
      for (const change of changes) {
        if (change.type === 'attributes' && change.target instanceof Element) relabel(change.target)
        const announcement = (change.target instanceof Element ? change.target : change.target.parentElement)?.closest(
          ANNOUNCEMENTS,
        )
        if (announcement) reword(announcement)
        change.addedNodes.forEach((node) => {
          if (node instanceof Element) {
            relabel(node)
            sweep(node)
          }
        })
      }
    })
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['aria-label', 'title'],
    })
    return () => observer.disconnect()
  }, [language])
  return <>{children}</>
}
