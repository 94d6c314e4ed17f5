import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

import { kindRenameStatements } from '../delivery/optionValues'

/**
 * Written by hand (data, not schema): the activity and relations kinds that had hyphens
 * ("state-visit") are stored with underscores ("state_visit"), the values REST and GraphQL now share.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const statement of kindRenameStatements) await db.run(sql.raw(statement))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const statement of kindRenameStatements) await db.run(sql.raw(statement.replace(`'-', '_'`, `'_', '-'`).replace(`LIKE '%-%'`, `LIKE '%\\_%' ESCAPE '\\'`)))
}
