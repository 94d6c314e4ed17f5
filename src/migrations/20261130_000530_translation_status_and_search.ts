import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`search_index\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`priority\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`search_index_updated_at_idx\` ON \`search_index\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`search_index_created_at_idx\` ON \`search_index\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`search_index_locales\` (
  	\`title\` text,
  	\`slug\` text,
  	\`live\` integer DEFAULT false,
  	\`content\` text,
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`search_index\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`search_index_live_idx\` ON \`search_index_locales\` (\`live\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`search_index_locales_locale_parent_id_unique\` ON \`search_index_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`search_index_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`news_id\` integer,
  	\`activities_id\` integer,
  	\`courses_id\` integer,
  	\`bilateral_relations_id\` integer,
  	\`people_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`search_index\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activities_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`courses_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bilateral_relations_id\`) REFERENCES \`bilateral_relations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`search_index_rels_order_idx\` ON \`search_index_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`search_index_rels_parent_idx\` ON \`search_index_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`search_index_rels_path_idx\` ON \`search_index_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`search_index_rels_news_id_idx\` ON \`search_index_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`search_index_rels_activities_id_idx\` ON \`search_index_rels\` (\`activities_id\`);`)
  await db.run(sql`CREATE INDEX \`search_index_rels_courses_id_idx\` ON \`search_index_rels\` (\`courses_id\`);`)
  await db.run(sql`CREATE INDEX \`search_index_rels_bilateral_relations_id_idx\` ON \`search_index_rels\` (\`bilateral_relations_id\`);`)
  await db.run(sql`CREATE INDEX \`search_index_rels_people_id_idx\` ON \`search_index_rels\` (\`people_id\`);`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`translation_status_ar\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`translation_status_az\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`translation_status_en\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`translation_marks\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`source_title\` text;`)
  await db.run(sql`CREATE INDEX \`news_translation_status_translation_status_ar_idx\` ON \`news\` (\`translation_status_ar\`);`)
  await db.run(sql`CREATE INDEX \`news_translation_status_translation_status_az_idx\` ON \`news\` (\`translation_status_az\`);`)
  await db.run(sql`CREATE INDEX \`news_translation_status_translation_status_en_idx\` ON \`news\` (\`translation_status_en\`);`)
  await db.run(sql`ALTER TABLE \`news_locales\` ADD \`slug_key\` text;`)
  await db.run(sql`ALTER TABLE \`news_locales\` ADD \`search_text\` text;`)
  await db.run(sql`CREATE INDEX \`news_slug_key_idx\` ON \`news_locales\` (\`slug_key\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_translation_status_ar\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_translation_status_az\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_translation_status_en\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_translation_marks\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_source_title\` text;`)
  await db.run(sql`CREATE INDEX \`_news_v_version_translation_status_version_translation_s_idx\` ON \`_news_v\` (\`version_translation_status_ar\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_translation_status_version_translation_1_idx\` ON \`_news_v\` (\`version_translation_status_az\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_translation_status_version_translation_2_idx\` ON \`_news_v\` (\`version_translation_status_en\`);`)
  await db.run(sql`ALTER TABLE \`_news_v_locales\` ADD \`version_slug_key\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v_locales\` ADD \`version_search_text\` text;`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_slug_key_idx\` ON \`_news_v_locales\` (\`version_slug_key\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`translation_status_ar\` text;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`translation_status_az\` text;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`translation_status_en\` text;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`translation_marks\` text;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`source_title\` text;`)
  await db.run(sql`CREATE INDEX \`activities_translation_status_translation_status_ar_idx\` ON \`activities\` (\`translation_status_ar\`);`)
  await db.run(sql`CREATE INDEX \`activities_translation_status_translation_status_az_idx\` ON \`activities\` (\`translation_status_az\`);`)
  await db.run(sql`CREATE INDEX \`activities_translation_status_translation_status_en_idx\` ON \`activities\` (\`translation_status_en\`);`)
  await db.run(sql`ALTER TABLE \`activities_locales\` ADD \`slug_key\` text;`)
  await db.run(sql`ALTER TABLE \`activities_locales\` ADD \`search_text\` text;`)
  await db.run(sql`CREATE INDEX \`activities_slug_key_idx\` ON \`activities_locales\` (\`slug_key\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_translation_status_ar\` text;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_translation_status_az\` text;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_translation_status_en\` text;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_translation_marks\` text;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_source_title\` text;`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_translation_status_version_transla_idx\` ON \`_activities_v\` (\`version_translation_status_ar\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_translation_status_version_trans_1_idx\` ON \`_activities_v\` (\`version_translation_status_az\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_translation_status_version_trans_2_idx\` ON \`_activities_v\` (\`version_translation_status_en\`);`)
  await db.run(sql`ALTER TABLE \`_activities_v_locales\` ADD \`version_slug_key\` text;`)
  await db.run(sql`ALTER TABLE \`_activities_v_locales\` ADD \`version_search_text\` text;`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_slug_key_idx\` ON \`_activities_v_locales\` (\`version_slug_key\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`courses\` ADD \`translation_status_ar\` text;`)
  await db.run(sql`ALTER TABLE \`courses\` ADD \`translation_status_az\` text;`)
  await db.run(sql`ALTER TABLE \`courses\` ADD \`translation_status_en\` text;`)
  await db.run(sql`ALTER TABLE \`courses\` ADD \`translation_marks\` text;`)
  await db.run(sql`ALTER TABLE \`courses\` ADD \`source_title\` text;`)
  await db.run(sql`CREATE INDEX \`courses_translation_status_translation_status_ar_idx\` ON \`courses\` (\`translation_status_ar\`);`)
  await db.run(sql`CREATE INDEX \`courses_translation_status_translation_status_az_idx\` ON \`courses\` (\`translation_status_az\`);`)
  await db.run(sql`CREATE INDEX \`courses_translation_status_translation_status_en_idx\` ON \`courses\` (\`translation_status_en\`);`)
  await db.run(sql`ALTER TABLE \`courses_locales\` ADD \`slug_key\` text;`)
  await db.run(sql`ALTER TABLE \`courses_locales\` ADD \`search_text\` text;`)
  await db.run(sql`CREATE INDEX \`courses_slug_key_idx\` ON \`courses_locales\` (\`slug_key\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_courses_v\` ADD \`version_translation_status_ar\` text;`)
  await db.run(sql`ALTER TABLE \`_courses_v\` ADD \`version_translation_status_az\` text;`)
  await db.run(sql`ALTER TABLE \`_courses_v\` ADD \`version_translation_status_en\` text;`)
  await db.run(sql`ALTER TABLE \`_courses_v\` ADD \`version_translation_marks\` text;`)
  await db.run(sql`ALTER TABLE \`_courses_v\` ADD \`version_source_title\` text;`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_translation_status_version_translatio_idx\` ON \`_courses_v\` (\`version_translation_status_ar\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_translation_status_version_translat_1_idx\` ON \`_courses_v\` (\`version_translation_status_az\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_translation_status_version_translat_2_idx\` ON \`_courses_v\` (\`version_translation_status_en\`);`)
  await db.run(sql`ALTER TABLE \`_courses_v_locales\` ADD \`version_slug_key\` text;`)
  await db.run(sql`ALTER TABLE \`_courses_v_locales\` ADD \`version_search_text\` text;`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_version_slug_key_idx\` ON \`_courses_v_locales\` (\`version_slug_key\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`categories_locales\` ADD \`slug_key\` text;`)
  await db.run(sql`ALTER TABLE \`categories_locales\` ADD \`search_text\` text;`)
  await db.run(sql`CREATE INDEX \`categories_slug_key_idx\` ON \`categories_locales\` (\`slug_key\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`bilateral_relations\` ADD \`translation_status_ar\` text;`)
  await db.run(sql`ALTER TABLE \`bilateral_relations\` ADD \`translation_status_az\` text;`)
  await db.run(sql`ALTER TABLE \`bilateral_relations\` ADD \`translation_status_en\` text;`)
  await db.run(sql`ALTER TABLE \`bilateral_relations\` ADD \`translation_marks\` text;`)
  await db.run(sql`ALTER TABLE \`bilateral_relations\` ADD \`source_title\` text;`)
  await db.run(sql`CREATE INDEX \`bilateral_relations_translation_status_translation_statu_idx\` ON \`bilateral_relations\` (\`translation_status_ar\`);`)
  await db.run(sql`CREATE INDEX \`bilateral_relations_translation_status_translation_sta_1_idx\` ON \`bilateral_relations\` (\`translation_status_az\`);`)
  await db.run(sql`CREATE INDEX \`bilateral_relations_translation_status_translation_sta_2_idx\` ON \`bilateral_relations\` (\`translation_status_en\`);`)
  await db.run(sql`ALTER TABLE \`bilateral_relations_locales\` ADD \`slug_key\` text;`)
  await db.run(sql`ALTER TABLE \`bilateral_relations_locales\` ADD \`search_text\` text;`)
  await db.run(sql`CREATE INDEX \`bilateral_relations_slug_key_idx\` ON \`bilateral_relations_locales\` (\`slug_key\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_bilateral_relations_v\` ADD \`version_translation_status_ar\` text;`)
  await db.run(sql`ALTER TABLE \`_bilateral_relations_v\` ADD \`version_translation_status_az\` text;`)
  await db.run(sql`ALTER TABLE \`_bilateral_relations_v\` ADD \`version_translation_status_en\` text;`)
  await db.run(sql`ALTER TABLE \`_bilateral_relations_v\` ADD \`version_translation_marks\` text;`)
  await db.run(sql`ALTER TABLE \`_bilateral_relations_v\` ADD \`version_source_title\` text;`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_version_translation_status_versio_idx\` ON \`_bilateral_relations_v\` (\`version_translation_status_ar\`);`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_version_translation_status_vers_1_idx\` ON \`_bilateral_relations_v\` (\`version_translation_status_az\`);`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_version_translation_status_vers_2_idx\` ON \`_bilateral_relations_v\` (\`version_translation_status_en\`);`)
  await db.run(sql`ALTER TABLE \`_bilateral_relations_v_locales\` ADD \`version_slug_key\` text;`)
  await db.run(sql`ALTER TABLE \`_bilateral_relations_v_locales\` ADD \`version_search_text\` text;`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_version_version_slug_key_idx\` ON \`_bilateral_relations_v_locales\` (\`version_slug_key\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`people_locales\` ADD \`slug_key\` text;`)
  await db.run(sql`ALTER TABLE \`people_locales\` ADD \`search_text\` text;`)
  await db.run(sql`CREATE INDEX \`people_slug_key_idx\` ON \`people_locales\` (\`slug_key\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`search_index_id\` integer REFERENCES search_index(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_index_id_idx\` ON \`payload_locked_documents_rels\` (\`search_index_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`search_index\`;`)
  await db.run(sql`DROP TABLE \`search_index_locales\`;`)
  await db.run(sql`DROP TABLE \`search_index_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`news_id\` integer,
  	\`activities_id\` integer,
  	\`courses_id\` integer,
  	\`categories_id\` integer,
  	\`bilateral_relations_id\` integer,
  	\`people_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`workflow_events_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activities_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`courses_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bilateral_relations_id\`) REFERENCES \`bilateral_relations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_events_id\`) REFERENCES \`workflow_events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "news_id", "activities_id", "courses_id", "categories_id", "bilateral_relations_id", "people_id", "media_id", "users_id", "workflow_events_id") SELECT "id", "order", "parent_id", "path", "news_id", "activities_id", "courses_id", "categories_id", "bilateral_relations_id", "people_id", "media_id", "users_id", "workflow_events_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_activities_id_idx\` ON \`payload_locked_documents_rels\` (\`activities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_courses_id_idx\` ON \`payload_locked_documents_rels\` (\`courses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bilateral_relations_id_idx\` ON \`payload_locked_documents_rels\` (\`bilateral_relations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_people_id_idx\` ON \`payload_locked_documents_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_events_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_events_id\`);`)
  await db.run(sql`DROP INDEX \`news_translation_status_translation_status_ar_idx\`;`)
  await db.run(sql`DROP INDEX \`news_translation_status_translation_status_az_idx\`;`)
  await db.run(sql`DROP INDEX \`news_translation_status_translation_status_en_idx\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`translation_status_ar\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`translation_status_az\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`translation_status_en\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`translation_marks\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`source_title\`;`)
  await db.run(sql`DROP INDEX \`news_slug_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`news_locales\` DROP COLUMN \`slug_key\`;`)
  await db.run(sql`ALTER TABLE \`news_locales\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`DROP INDEX \`_news_v_version_translation_status_version_translation_s_idx\`;`)
  await db.run(sql`DROP INDEX \`_news_v_version_translation_status_version_translation_1_idx\`;`)
  await db.run(sql`DROP INDEX \`_news_v_version_translation_status_version_translation_2_idx\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_translation_status_ar\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_translation_status_az\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_translation_status_en\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_translation_marks\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_source_title\`;`)
  await db.run(sql`DROP INDEX \`_news_v_version_version_slug_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`_news_v_locales\` DROP COLUMN \`version_slug_key\`;`)
  await db.run(sql`ALTER TABLE \`_news_v_locales\` DROP COLUMN \`version_search_text\`;`)
  await db.run(sql`DROP INDEX \`activities_translation_status_translation_status_ar_idx\`;`)
  await db.run(sql`DROP INDEX \`activities_translation_status_translation_status_az_idx\`;`)
  await db.run(sql`DROP INDEX \`activities_translation_status_translation_status_en_idx\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`translation_status_ar\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`translation_status_az\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`translation_status_en\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`translation_marks\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`source_title\`;`)
  await db.run(sql`DROP INDEX \`activities_slug_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`activities_locales\` DROP COLUMN \`slug_key\`;`)
  await db.run(sql`ALTER TABLE \`activities_locales\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`DROP INDEX \`_activities_v_version_translation_status_version_transla_idx\`;`)
  await db.run(sql`DROP INDEX \`_activities_v_version_translation_status_version_trans_1_idx\`;`)
  await db.run(sql`DROP INDEX \`_activities_v_version_translation_status_version_trans_2_idx\`;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` DROP COLUMN \`version_translation_status_ar\`;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` DROP COLUMN \`version_translation_status_az\`;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` DROP COLUMN \`version_translation_status_en\`;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` DROP COLUMN \`version_translation_marks\`;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` DROP COLUMN \`version_source_title\`;`)
  await db.run(sql`DROP INDEX \`_activities_v_version_version_slug_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`_activities_v_locales\` DROP COLUMN \`version_slug_key\`;`)
  await db.run(sql`ALTER TABLE \`_activities_v_locales\` DROP COLUMN \`version_search_text\`;`)
  await db.run(sql`DROP INDEX \`courses_translation_status_translation_status_ar_idx\`;`)
  await db.run(sql`DROP INDEX \`courses_translation_status_translation_status_az_idx\`;`)
  await db.run(sql`DROP INDEX \`courses_translation_status_translation_status_en_idx\`;`)
  await db.run(sql`ALTER TABLE \`courses\` DROP COLUMN \`translation_status_ar\`;`)
  await db.run(sql`ALTER TABLE \`courses\` DROP COLUMN \`translation_status_az\`;`)
  await db.run(sql`ALTER TABLE \`courses\` DROP COLUMN \`translation_status_en\`;`)
  await db.run(sql`ALTER TABLE \`courses\` DROP COLUMN \`translation_marks\`;`)
  await db.run(sql`ALTER TABLE \`courses\` DROP COLUMN \`source_title\`;`)
  await db.run(sql`DROP INDEX \`courses_slug_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`courses_locales\` DROP COLUMN \`slug_key\`;`)
  await db.run(sql`ALTER TABLE \`courses_locales\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`DROP INDEX \`_courses_v_version_translation_status_version_translatio_idx\`;`)
  await db.run(sql`DROP INDEX \`_courses_v_version_translation_status_version_translat_1_idx\`;`)
  await db.run(sql`DROP INDEX \`_courses_v_version_translation_status_version_translat_2_idx\`;`)
  await db.run(sql`ALTER TABLE \`_courses_v\` DROP COLUMN \`version_translation_status_ar\`;`)
  await db.run(sql`ALTER TABLE \`_courses_v\` DROP COLUMN \`version_translation_status_az\`;`)
  await db.run(sql`ALTER TABLE \`_courses_v\` DROP COLUMN \`version_translation_status_en\`;`)
  await db.run(sql`ALTER TABLE \`_courses_v\` DROP COLUMN \`version_translation_marks\`;`)
  await db.run(sql`ALTER TABLE \`_courses_v\` DROP COLUMN \`version_source_title\`;`)
  await db.run(sql`DROP INDEX \`_courses_v_version_version_slug_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`_courses_v_locales\` DROP COLUMN \`version_slug_key\`;`)
  await db.run(sql`ALTER TABLE \`_courses_v_locales\` DROP COLUMN \`version_search_text\`;`)
  await db.run(sql`DROP INDEX \`categories_slug_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`categories_locales\` DROP COLUMN \`slug_key\`;`)
  await db.run(sql`ALTER TABLE \`categories_locales\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`DROP INDEX \`bilateral_relations_translation_status_translation_statu_idx\`;`)
  await db.run(sql`DROP INDEX \`bilateral_relations_translation_status_translation_sta_1_idx\`;`)
  await db.run(sql`DROP INDEX \`bilateral_relations_translation_status_translation_sta_2_idx\`;`)
  await db.run(sql`ALTER TABLE \`bilateral_relations\` DROP COLUMN \`translation_status_ar\`;`)
  await db.run(sql`ALTER TABLE \`bilateral_relations\` DROP COLUMN \`translation_status_az\`;`)
  await db.run(sql`ALTER TABLE \`bilateral_relations\` DROP COLUMN \`translation_status_en\`;`)
  await db.run(sql`ALTER TABLE \`bilateral_relations\` DROP COLUMN \`translation_marks\`;`)
  await db.run(sql`ALTER TABLE \`bilateral_relations\` DROP COLUMN \`source_title\`;`)
  await db.run(sql`DROP INDEX \`bilateral_relations_slug_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`bilateral_relations_locales\` DROP COLUMN \`slug_key\`;`)
  await db.run(sql`ALTER TABLE \`bilateral_relations_locales\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`DROP INDEX \`_bilateral_relations_v_version_translation_status_versio_idx\`;`)
  await db.run(sql`DROP INDEX \`_bilateral_relations_v_version_translation_status_vers_1_idx\`;`)
  await db.run(sql`DROP INDEX \`_bilateral_relations_v_version_translation_status_vers_2_idx\`;`)
  await db.run(sql`ALTER TABLE \`_bilateral_relations_v\` DROP COLUMN \`version_translation_status_ar\`;`)
  await db.run(sql`ALTER TABLE \`_bilateral_relations_v\` DROP COLUMN \`version_translation_status_az\`;`)
  await db.run(sql`ALTER TABLE \`_bilateral_relations_v\` DROP COLUMN \`version_translation_status_en\`;`)
  await db.run(sql`ALTER TABLE \`_bilateral_relations_v\` DROP COLUMN \`version_translation_marks\`;`)
  await db.run(sql`ALTER TABLE \`_bilateral_relations_v\` DROP COLUMN \`version_source_title\`;`)
  await db.run(sql`DROP INDEX \`_bilateral_relations_v_version_version_slug_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`_bilateral_relations_v_locales\` DROP COLUMN \`version_slug_key\`;`)
  await db.run(sql`ALTER TABLE \`_bilateral_relations_v_locales\` DROP COLUMN \`version_search_text\`;`)
  await db.run(sql`DROP INDEX \`people_slug_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`people_locales\` DROP COLUMN \`slug_key\`;`)
  await db.run(sql`ALTER TABLE \`people_locales\` DROP COLUMN \`search_text\`;`)
}
