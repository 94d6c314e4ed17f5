/**
 * Content published before the workflow existed: each language in which a published entry has
 * its title is marked published, so the public keeps reading it. Run once, as a migration.
 */
import type { Payload, PayloadRequest } from 'payload'

import { hasEntries } from '../lib/migrationGuard'

import { localeCodes } from '../i18n'
import { writeEntry } from '../lib/stored'
import { titleFieldOf } from '../content'
import { hasText, isData } from '../lib/data'
import { editorialSlugs } from './types'

export async function markPublishedContent(payload: Payload, req?: Partial<PayloadRequest>): Promise<number> {
  const editorialCollections = editorialSlugs(payload.config)
  if (!(await hasEntries(payload, editorialCollections, req))) return 0
  let marked = 0
  for (const collection of editorialCollections) {
    const titleField = titleFieldOf(payload.collections[collection].config)
    const { docs } = await payload.db.find<Record<string, unknown>>({
      collection,
      locale: 'all',
      pagination: false,
      req,
      where: { _status: { equals: 'published' } },
    })
    for (const doc of docs) {
      const stored = doc[titleField]
      const titles = isData(stored) ? stored : {}
      const live = localeCodes.filter((code) => hasText(titles[code]))
      await writeEntry({ payload, req }, collection, doc.id as number | string, {
        workflow: Object.fromEntries(localeCodes.map((code) => [code, live.includes(code) ? 'published' : 'draft'])),
        publishedIn: Object.fromEntries(localeCodes.map((code) => [code, live.includes(code)])),
      })
      marked += 1
    }
  }
  return marked
}
