/**
 * Entries written before the workbench existed: each language's status is worked out from the
 * text it has (nothing is outdated yet, as nothing says when it was translated), on the entry and
 * on its latest version. Run once, as a migration.
 */
import type { Payload, PayloadRequest } from 'payload'

import { hasEntries } from '../lib/migrationGuard'
import { latestVersion, rewriteVersion, writeEntry } from '../lib/stored'
import { sourceOf } from '../content'
import { editorialSlugs } from '../content'
import { SOURCE_TITLE, STATUS, statusesOf, textsOf } from './hooks'

export async function markTranslationStatus(payload: Payload, req?: Partial<PayloadRequest>): Promise<number> {
  const editorialCollections = editorialSlugs(payload.config)
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
      await writeEntry({ payload, req }, collection, doc.id as number | string, statusOfEntry(doc))
      const latest = await latestVersion({ payload, req }, collection, doc.id)
      if (!latest) continue
      await rewriteVersion(
        { payload, req },
        collection,
        latest,
        { ...latest.version, ...statusOfEntry(latest.version) },
        {
          latest: true,
          updatedAt: new Date(latest.updatedAt).toISOString(),
        },
      )
      marked += 1
    }
  }
  return marked
}
