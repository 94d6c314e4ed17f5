import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`news_locales\` ADD \`slug_fixed\` integer;`)
  await db.run(sql`ALTER TABLE \`_news_v_locales\` ADD \`version_slug_fixed\` integer;`)
  await db.run(sql`ALTER TABLE \`activities_locales\` ADD \`slug_fixed\` integer;`)
  await db.run(sql`ALTER TABLE \`_activities_v_locales\` ADD \`version_slug_fixed\` integer;`)
  await db.run(sql`ALTER TABLE \`courses_locales\` ADD \`slug_fixed\` integer;`)
  await db.run(sql`ALTER TABLE \`_courses_v_locales\` ADD \`version_slug_fixed\` integer;`)
  await db.run(sql`ALTER TABLE \`categories_locales\` ADD \`slug_fixed\` integer;`)
  await db.run(sql`ALTER TABLE \`bilateral_relations_locales\` ADD \`slug_fixed\` integer;`)
  await db.run(sql`ALTER TABLE \`_bilateral_relations_v_locales\` ADD \`version_slug_fixed\` integer;`)
  await db.run(sql`ALTER TABLE \`people_locales\` ADD \`slug_fixed\` integer;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`news_locales\` DROP COLUMN \`slug_fixed\`;`)
  await db.run(sql`ALTER TABLE \`_news_v_locales\` DROP COLUMN \`version_slug_fixed\`;`)
  await db.run(sql`ALTER TABLE \`activities_locales\` DROP COLUMN \`slug_fixed\`;`)
  await db.run(sql`ALTER TABLE \`_activities_v_locales\` DROP COLUMN \`version_slug_fixed\`;`)
  await db.run(sql`ALTER TABLE \`courses_locales\` DROP COLUMN \`slug_fixed\`;`)
  await db.run(sql`ALTER TABLE \`_courses_v_locales\` DROP COLUMN \`version_slug_fixed\`;`)
  await db.run(sql`ALTER TABLE \`categories_locales\` DROP COLUMN \`slug_fixed\`;`)
  await db.run(sql`ALTER TABLE \`bilateral_relations_locales\` DROP COLUMN \`slug_fixed\`;`)
  await db.run(sql`ALTER TABLE \`_bilateral_relations_v_locales\` DROP COLUMN \`version_slug_fixed\`;`)
  await db.run(sql`ALTER TABLE \`people_locales\` DROP COLUMN \`slug_fixed\`;`)
}
