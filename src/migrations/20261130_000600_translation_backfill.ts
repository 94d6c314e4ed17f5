import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { indexPublishedContent } from '../search/backfill'
import { markTranslationStatus } from '../translation/backfill'

/**
 * Written by hand (data, not schema): entries written before the workbench get each language's
 * status, and what is published goes into the search index.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  const marked = await markTranslationStatus(payload, req)
  const indexed = await indexPublishedContent(payload, req)
  payload.logger.info(`Translation: the status of ${marked} entries worked out from their text; ${indexed} entries indexed for search.`)
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // The columns and the index go with the schema migration before this one.
}
