import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { markPublishedContent } from '../workflow/backfill'

/** Written by hand (data, not schema): what was published before the workflow stays published. */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  const marked = await markPublishedContent(payload, req)
  payload.logger.info(`Workflow: ${marked} published entries marked published in their written languages.`)
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // The columns go with the schema migration before this one.
}
