/** The dashboard's queue of entries waiting for translation in the signed-in person's languages. */
import type { Payload } from 'payload'

import React from 'react'

import { hasRole } from '../../access'
import { translationQueue } from '../queue'
import { localeNames, translationStatusLabels, translationWords, wordsIn } from './words'

export async function TranslationQueue({
  payload,
  user,
  i18n,
}: {
  payload: Payload
  user?: unknown
  i18n: { language: string }
}) {
  // Translators work from the queue; the rest of the staff read the coverage grid.
  if (!hasRole(user, 'translator')) return null
  const say = wordsIn(i18n.language)
  const items = await translationQueue(payload, user)
  const admin = payload.config.routes.admin
  return (
    <section className="translation-queue">
      <h2>{say(translationWords.queue)}</h2>
      {items.length === 0 ? (
        <p>{say(translationWords.queueEmpty)}</p>
      ) : (
        <ol>
          {items.map((item) => (
            <li
              key={`${item.collection}:${String(item.id)}:${item.locale}`}
              data-status={item.status}
              data-locale={item.locale}
            >
              <a href={`${admin}/collections/${item.collection}/${String(item.id)}?locale=${item.locale}`}>
                <bdi lang={item.sourceLocale}>{item.title}</bdi>
              </a>{' '}
              · {say(localeNames[item.locale])} · {say(translationStatusLabels[item.status])}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
