/** Where the feeds point: the society's site when its URL is known, else the entry in the API. */
import type { Payload } from 'payload'

import type { LocaleCode } from '../i18n'

import type { Alternates, SiteCollection } from './alternates'

export interface FeedOptions {
  serverURL: string
  siteURLs: Partial<Record<LocaleCode, string>>
}

/** An entry's address: on the society's site when its URL is known, else the entry in the API. */
export const entryLink = (
  options: FeedOptions,
  collection: SiteCollection,
  doc: { id: number | string; alternates?: unknown },
  locale: LocaleCode,
): string => {
  const alternate = (doc.alternates as Alternates | undefined)?.[locale]
  if (alternate?.url) return alternate.url
  return `${options.serverURL}/api/${collection}/${doc.id}?locale=${locale}`
}

/** The society's name in a language, from the `society` global. */
export async function societyName(payload: Payload, locale: LocaleCode): Promise<string> {
  const society = await payload.findGlobal({ slug: 'society', locale, depth: 0, overrideAccess: false })
  return society.name
}
