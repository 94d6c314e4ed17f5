/**
 * The dashboard's panel of what waits for the signed-in member of staff: for editors, every
 * language in review; for authors, their entries sent back with changes requested; for
 * translators, their languages sent back. Each links to the entry in that language.
 */
import type { Payload, Where } from 'payload'

import React from 'react'

import { hasRole, isStaffUser } from '../../access'
import {
  defaultLocale,
  type LocaleCode,
  localeCodes,
  localeNames,
  stageLabels,
  workflowAdminWords as words,
} from '../../i18n'
import { editorialSlugs } from '../types'
import { wordsIn } from './words'

interface Item {
  href: string
  title: string
  collection: string
  locale: LocaleCode
  stage: keyof typeof stageLabels
}

const anyLocaleIn = (locales: readonly LocaleCode[], stage: string): Where => ({
  or: locales.map((code) => ({ [`workflow.${code}`]: { equals: stage } })),
})

export async function waitingFor(payload: Payload, user: unknown): Promise<Item[]> {
  if (!isStaffUser(user)) return []
  const editor = hasRole(user, 'admin', 'editor')
  const locales =
    editor || hasRole(user, 'author')
      ? localeCodes
      : localeCodes.filter((code) => (user.translatorLocales ?? []).includes(code))
  const stage = editor ? 'in_review' : 'changes_requested'
  const where: Where =
    editor || !hasRole(user, 'author')
      ? anyLocaleIn(locales, stage)
      : { and: [{ createdBy: { equals: user.id } }, anyLocaleIn(locales, stage)] }
  const items: Item[] = []
  for (const collection of editorialSlugs(payload.config)) {
    const { docs } = await payload.find({
      collection,
      where,
      sort: 'updatedAt',
      limit: 50,
      depth: 0,
      locale: 'all',
      overrideAccess: true,
    })
    for (const doc of docs) {
      const raw = doc as unknown as Record<string, unknown>
      const stages = (raw.workflow ?? {}) as Record<string, string>
      const titles = (raw.title ?? {}) as Record<string, string>
      for (const code of locales) {
        if (stages[code] !== stage) continue
        items.push({
          href: `${payload.config.routes.admin}/collections/${collection}/${String(raw.id)}?locale=${code}`,
          title: titles[code] || titles[defaultLocale] || String(raw.id),
          collection,
          locale: code,
          stage,
        })
      }
    }
  }
  return items
}

export async function WaitingForMe({
  payload,
  user,
  i18n,
}: {
  payload: Payload
  user?: unknown
  i18n: { language: string }
}) {
  const say = wordsIn(i18n.language)
  const items = await waitingFor(payload, user)
  return (
    <section className="workflow-waiting" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2>{say(words.waitingForMe)}</h2>
      {items.length === 0 ? (
        <p>{say(words.nothingWaiting)}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={`${item.href}`}>
              <a href={item.href}>{item.title}</a> · {say(localeNames[item.locale])} · {say(stageLabels[item.stage])}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
