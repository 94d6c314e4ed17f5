/**
 * Entries written before the workbench existed: each language's status is worked out from the
 * text it has (nothing is outdated yet, as nothing says when it was translated), on the entry and
 * on its latest version. Run once, as a migration.
 */
import type { Payload, PayloadRequest } from 'payload'

import { hasEntries } from '../lib/migrationGuard'

import { sourceOf } from '../workflow/hooks'
import { isData } from '../workflow/shape'
import { editorialCollections } from '../workflow/types'
import { SOURCE_TITLE, STATUS, statusesOf, textsOf } from './hooks'

export async function markTranslationStatus(payload: Payload, req?: Partial<PayloadRequest>): Promise<number> {
  if (!(await hasEntries(payload, editorialCollections, req))) return 0
  let marked = 0
  for (const collection of editorialCollections) {
    const fields = payload.collections[collection].config.fields
    const titleField = payload.collections[collection].config.admin.useAsTitle ?? 'title'
    const statusOfEntry = (doc: Record<string, unknown>) => {
      const texts = textsOf(fields, doc)
      return {
        [STATUS]: statusesOf(sourceOf(doc), texts, {}),
        [SOURCE_TITLE]: texts[sourceOf(doc)].get(titleField) || null,
      }
    }
    const { docs } = await payload.db.find<Record<string, unknown>>({
      collection,
      locale: 'all',
      pagination: false,
      req,
    })
    for (const doc of docs) {
      await payload.db.updateOne({
        collection,
        id: doc.id as number | string,
        req,
        returning: false,
        data: statusOfEntry(doc),
      })
      const { docs: versions } = await payload.db.findVersions({
        collection,
        locale: 'all',
        limit: 1,
        pagination: false,
        req,
        where: { and: [{ parent: { equals: doc.id } }, { latest: { equals: true } }] },
      })
      const latest = versions[0]
      if (!latest || !isData(latest.version)) continue
      const version = latest.version as Record<string, unknown>
      await payload.db.updateVersion({
        collection,
        id: latest.id,
        locale: 'all',
        req,
        versionData: { ...latest, version: { ...version, ...statusOfEntry(version) } } as typeof latest,
      })
      marked += 1
    }
  }
  return marked
}
