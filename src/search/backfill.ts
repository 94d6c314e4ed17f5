/**
 * Fills the search index from what is published now, every searched collection and language:
 * what was published before the index existed. Run once, as a migration; the admin's
 * "reindex" button (the plugin's) does the same on demand.
 */
import type { Payload, PayloadRequest } from 'payload'

import { hasEntries } from '../lib/migrationGuard'

import { localeCodes } from '../i18n'
import { SEARCH_INDEX, searchedCollections } from './query'
import { indexedTextOf } from './text'

export async function indexPublishedContent(payload: Payload, req: Partial<PayloadRequest> = {}): Promise<number> {
  const collections = searchedCollections(payload.config)
  if (!(await hasEntries(payload, collections, req))) return 0
  const request = { ...req, payload, context: req.context ?? {} } as PayloadRequest
  let indexed = 0
  for (const collection of collections) {
    const config = payload.collections[collection].config
    // Every language of every entry in one read.
    const { docs } = await payload.db.find<Record<string, unknown>>({
      collection,
      locale: 'all',
      pagination: false,
      req: request,
    })
    for (const doc of docs) {
      const id = doc.id as number | string
      const texts = localeCodes.map((locale) => indexedTextOf(config, doc, locale))
      if (!texts.some((text) => text.live)) continue
      const { docs: existing } = await payload.find({
        collection: SEARCH_INDEX,
        where: { and: [{ 'doc.relationTo': { equals: collection } }, { 'doc.value': { equals: id } }] },
        limit: 1,
        depth: 0,
        req: request,
      })
      let entryId = existing[0]?.id
      for (const [n, locale] of localeCodes.entries()) {
        const text = texts[n]
        if (!text) continue
        // The index's relation names every searched collection (`SearchedSlug`); the generated type names today's.
        const data = { ...text, doc: { relationTo: collection as 'people', value: id as number } }
        if (entryId === undefined)
          entryId = (await payload.create({ collection: SEARCH_INDEX, locale, data, depth: 0, req: request })).id
        else await payload.update({ collection: SEARCH_INDEX, id: entryId, locale, data, depth: 0, req: request })
      }
      indexed += 1
    }
  }
  return indexed
}
