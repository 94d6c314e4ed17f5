import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { repairCopiedSlugs } from '../fields/slugRepair'

/**
 * Written by hand (data, not schema): translations that kept their source's slug get the slug of
 * their own title, and slugs chosen by hand or already published are marked fixed.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  const repaired = await repairCopiedSlugs(payload, req)
  payload.logger.info(`Slugs: ${repaired} translations given the slug of their own title.`)
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // The column goes with the schema migration before this one; repaired slugs stay repaired.
}
