/**
 * Content published before the workflow existed: each language in which a published entry has
 * its title is marked published, so the public keeps reading it. Run once, as a migration.
 */
import type { Payload, PayloadRequest } from 'payload'

import { localeCodes } from '../i18n'
import { editorialCollections } from './types'

export async function markPublishedContent(payload: Payload, req?: Partial<PayloadRequest>): Promise<number> {
  let marked = 0
  for (const collection of editorialCollections) {
    const titleField = payload.collections[collection].config.admin.useAsTitle ?? 'title'
    const { docs } = await payload.db.find<Record<string, unknown>>({
      collection, locale: 'all', pagination: false, req, where: { _status: { equals: 'published' } },
    })
    for (const doc of docs) {
      const titles = (typeof doc[titleField] === 'object' && doc[titleField] !== null ? doc[titleField] : {}) as Record<string, unknown>
      const live = localeCodes.filter((code) => typeof titles[code] === 'string' && titles[code] !== '')
      await payload.db.updateOne({
        collection,
        id: doc.id as number | string,
        req,
        data: {
          workflow: Object.fromEntries(localeCodes.map((code) => [code, live.includes(code) ? 'published' : 'draft'])),
          publishedIn: Object.fromEntries(localeCodes.map((code) => [code, live.includes(code)])),
        },
      })
      marked += 1
    }
  }
  return marked
}
