/**
 * What the dashboard counts and lists: per collection and language, how many entries are in each
 * translation status, and a translator's queue of what is missing or outdated in their languages.
 */
import type { Payload, Where } from 'payload'

import { hasRole, isStaffUser } from '../access'
import { defaultLocale, isLocaleCode, type LocaleCode, localeCodes } from '../i18n'
import { hasText, isData } from '../lib/data'
import { type EditorialSlug, editorialSlugs, titleFieldOf } from '../content'
import { STATUS } from './hooks'
import type { TranslationStatus } from './status'

export const gridStatuses = [
  'source',
  'up_to_date',
  'in_progress',
  'outdated',
  'missing',
] as const satisfies readonly TranslationStatus[]
export const queueStatuses = ['missing', 'outdated'] as const satisfies readonly TranslationStatus[]

const isGridStatus = (value: unknown): value is (typeof gridStatuses)[number] =>
  (gridStatuses as readonly unknown[]).includes(value)

/** One collection's row of the grid: per language, how many entries are in each status. */
type CoverageRow = Record<LocaleCode, Record<(typeof gridStatuses)[number], number>>

export type Coverage = Record<EditorialSlug, CoverageRow>

/** The filter of a collection's entries whose `locale` is in `status`. */
export const statusIs = (locale: LocaleCode, status: TranslationStatus): Where => ({
  [`${STATUS}.${locale}`]: { equals: status },
})

export async function coverage(payload: Payload): Promise<Coverage> {
  const grid = {} as Coverage
  for (const collection of editorialSlugs(payload.config)) {
    // Each entry's latest version, as the lists show them; only the statuses are read.
    const { docs } = await payload.find({
      collection,
      draft: true,
      pagination: false,
      depth: 0,
      select: { [STATUS]: true },
      overrideAccess: true,
    })
    const row = Object.fromEntries(
      localeCodes.map((code) => [code, Object.fromEntries(gridStatuses.map((status) => [status, 0]))]),
    ) as CoverageRow
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      const statuses = isData(doc[STATUS]) ? doc[STATUS] : {}
      for (const code of localeCodes) {
        const status = statuses[code]
        if (isGridStatus(status)) row[code][status] += 1
      }
    }
    grid[collection] = row
  }
  return grid
}

export interface QueueItem {
  collection: EditorialSlug
  id: number | string
  locale: LocaleCode
  status: (typeof queueStatuses)[number]
  /** The title in the language to translate into, else in the source language. */
  title: string
  sourceLocale: LocaleCode
  updatedAt: string
}

/** The languages a member of staff translates into: a translator's own, everybody else's all. */
export const localesOf = (user: unknown): LocaleCode[] =>
  isStaffUser(user) && hasRole(user, 'translator') && !hasRole(user, 'admin', 'editor', 'author')
    ? (user.translatorLocales ?? []).filter(isLocaleCode)
    : [...localeCodes]

/** The entries missing or outdated in the user's languages, the longest waiting first. */
export async function translationQueue(payload: Payload, user: unknown, limit = 50): Promise<QueueItem[]> {
  const locales = localesOf(user)
  if (locales.length === 0) return []
  const where: Where = { or: locales.flatMap((locale) => queueStatuses.map((status) => statusIs(locale, status))) }
  const items: QueueItem[] = []
  for (const collection of editorialSlugs(payload.config)) {
    const titleField = titleFieldOf(payload.collections[collection].config)
    const { docs } = await payload.find({
      collection,
      where,
      sort: 'updatedAt',
      limit,
      depth: 0,
      locale: 'all',
      draft: true,
      overrideAccess: true,
    })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      const statuses = isData(doc[STATUS]) ? doc[STATUS] : {}
      const titles = isData(doc[titleField]) ? doc[titleField] : {}
      const source = isLocaleCode(doc.sourceLocale) ? doc.sourceLocale : defaultLocale
      for (const locale of locales) {
        const status = statuses[locale]
        if (status !== 'missing' && status !== 'outdated') continue
        const own = titles[locale]
        const title = hasText(own) ? own : titles[source]
        items.push({
          collection,
          id: doc.id as number | string,
          locale,
          status,
          sourceLocale: source,
          title: hasText(title) ? title : String(doc.id),
          updatedAt: String(doc.updatedAt ?? ''),
        })
      }
    }
  }
  return items.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)).slice(0, limit)
}
