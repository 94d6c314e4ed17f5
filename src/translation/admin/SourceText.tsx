/**
 * Under a field being translated: the field's text in the entry's source language, read-only and
 * in that language's direction, with a button that copies it in; and when the source changed
 * after this field was translated, the old and the new source text side by side.
 */
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import React, { cache } from 'react'

import { isData } from '../../lib/data'
import { richTextToPlain, type RichText } from '../../lib/lexical'
import { CopySource } from './CopySource'
import type { LocaleCode } from '../../i18n/locales'
import { isLocaleCode, localeNames, rtlLocales, translationWords, wordsIn } from './words'

/** The entry in its source language, read once per request however many fields ask. */
const sourceEntry = cache(async (payload: Payload, collection: string, id: string, locale: LocaleCode) => {
  const doc: unknown = await payload.findByID({
    collection: collection as CollectionSlug,
    id,
    locale,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    overrideAccess: true,
  })
  return isData(doc) ? doc : null
})

/** The value at a form path (`places.0.name`) and its key among the marks (`places.<row id>.name`). */
function lookUp(doc: Record<string, unknown>, path: string): { value: unknown; key: string } {
  let current: unknown = doc
  const key: string[] = []
  for (const segment of path.split('.')) {
    if (Array.isArray(current)) {
      const row: unknown = current[Number(segment)]
      key.push(isData(row) ? String(row.id) : segment)
      current = row
    } else {
      key.push(segment)
      current = isData(current) ? current[segment] : undefined
    }
  }
  return { value: current, key: key.join('.') }
}

interface Props {
  path?: string
  collectionSlug?: string
  id?: number | string
  data?: Record<string, unknown>
  payload: Payload
  req?: PayloadRequest
  i18n: { language: string }
  field?: { type?: string }
}

export async function SourceText({ path, collectionSlug, id, data, payload, req, i18n, field }: Props) {
  const locale = req?.locale
  const source = data?.sourceLocale
  if (
    !path ||
    !collectionSlug ||
    id === undefined ||
    !isLocaleCode(locale) ||
    !isLocaleCode(source) ||
    locale === source
  )
    return null
  const doc = await sourceEntry(payload, collectionSlug, String(id), source)
  if (!doc) return null
  const say = wordsIn(i18n.language)
  const { value, key } = lookUp(doc, path)
  const rich = field?.type === 'richText'
  const text = rich
    ? isData(value) && isData(value.root)
      ? richTextToPlain(value as unknown as RichText)
      : ''
    : typeof value === 'string'
      ? value
      : ''
  const marks = isData(data?.translationMarks) ? data.translationMarks[locale] : undefined
  const mark = isData(marks) ? marks[key] : undefined
  const dir = rtlLocales.has(source) ? 'rtl' : 'ltr'
  return (
    // `lang` and `dir` on the source's own text only: the labels and the button are in the admin's language.
    <div className="source-text" data-source-for={path}>
      {isData(mark) ? (
        <div className="source-text__changed" role="note">
          <strong>{say(translationWords.changedSource)}</strong>
          <div className="source-text__compare">
            <div>
              <span className="source-text__label">{say(translationWords.before)}</span>
              <p dir={dir} lang={source} className="source-text__before">
                {String(mark.before ?? '')}
              </p>
            </div>
            <div>
              <span className="source-text__label">{say(translationWords.after)}</span>
              <p dir={dir} lang={source} className="source-text__after">
                {String(mark.after ?? '')}
              </p>
            </div>
          </div>
        </div>
      ) : null}
      <span className="source-text__label">
        {say(translationWords.sourceText, { locale: say(localeNames[source]) })}
      </span>
      {text.trim() ? (
        <>
          {/* A long source scrolls in its own box: focusable, so the keyboard scrolls it too. */}
          <div
            dir={dir}
            lang={source}
            className="source-text__value"
            tabIndex={0}
            role="region"
            aria-label={say(translationWords.sourceText, { locale: say(localeNames[source]) })}
          >
            {text.split(/\n{2,}/).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
          <CopySource path={path} value={value} />
        </>
      ) : (
        <p className="source-text__empty">{say(translationWords.sourceEmpty)}</p>
      )}
    </div>
  )
}
