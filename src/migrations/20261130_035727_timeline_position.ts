import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`bilateral_relations\` ADD \`position\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`_bilateral_relations_v\` ADD \`version_position\` numeric DEFAULT 0;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`bilateral_relations\` DROP COLUMN \`position\`;`)
  await db.run(sql`ALTER TABLE \`_bilateral_relations_v\` DROP COLUMN \`version_position\`;`)
}
