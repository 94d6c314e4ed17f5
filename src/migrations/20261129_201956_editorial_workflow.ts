import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`workflow_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`collection_slug\` text NOT NULL,
  	\`entry\` text NOT NULL,
  	\`entry_title\` text,
  	\`locale\` text NOT NULL,
  	\`from\` text,
  	\`to\` text NOT NULL,
  	\`comment\` text,
  	\`user_id\` integer,
  	\`scheduled_for\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`workflow_events_collection_slug_idx\` ON \`workflow_events\` (\`collection_slug\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_entry_idx\` ON \`workflow_events\` (\`entry\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_locale_idx\` ON \`workflow_events\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_to_idx\` ON \`workflow_events\` (\`to\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_user_idx\` ON \`workflow_events\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_updated_at_idx\` ON \`workflow_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_created_at_idx\` ON \`workflow_events\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`source_locale\` text DEFAULT 'ar';`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`workflow_ar\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`workflow_az\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`workflow_en\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`published_in_ar\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`published_in_az\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`published_in_en\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`news_source_locale_idx\` ON \`news\` (\`source_locale\`);`)
  await db.run(sql`CREATE INDEX \`news_workflow_workflow_ar_idx\` ON \`news\` (\`workflow_ar\`);`)
  await db.run(sql`CREATE INDEX \`news_workflow_workflow_az_idx\` ON \`news\` (\`workflow_az\`);`)
  await db.run(sql`CREATE INDEX \`news_workflow_workflow_en_idx\` ON \`news\` (\`workflow_en\`);`)
  await db.run(sql`CREATE INDEX \`news_published_in_published_in_ar_idx\` ON \`news\` (\`published_in_ar\`);`)
  await db.run(sql`CREATE INDEX \`news_published_in_published_in_az_idx\` ON \`news\` (\`published_in_az\`);`)
  await db.run(sql`CREATE INDEX \`news_published_in_published_in_en_idx\` ON \`news\` (\`published_in_en\`);`)
  await db.run(sql`CREATE INDEX \`news_created_by_idx\` ON \`news\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_by_idx\` ON \`news\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_source_locale\` text DEFAULT 'ar';`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_workflow_ar\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_workflow_az\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_workflow_en\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_published_in_ar\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_published_in_az\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_published_in_en\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_source_locale_idx\` ON \`_news_v\` (\`version_source_locale\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_workflow_version_workflow_ar_idx\` ON \`_news_v\` (\`version_workflow_ar\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_workflow_version_workflow_az_idx\` ON \`_news_v\` (\`version_workflow_az\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_workflow_version_workflow_en_idx\` ON \`_news_v\` (\`version_workflow_en\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_published_in_version_published_in_ar_idx\` ON \`_news_v\` (\`version_published_in_ar\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_published_in_version_published_in_az_idx\` ON \`_news_v\` (\`version_published_in_az\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_published_in_version_published_in_en_idx\` ON \`_news_v\` (\`version_published_in_en\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_by_idx\` ON \`_news_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_by_idx\` ON \`_news_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`source_locale\` text DEFAULT 'ar';`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`workflow_ar\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`workflow_az\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`workflow_en\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`published_in_ar\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`published_in_az\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`published_in_en\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`activities_source_locale_idx\` ON \`activities\` (\`source_locale\`);`)
  await db.run(sql`CREATE INDEX \`activities_workflow_workflow_ar_idx\` ON \`activities\` (\`workflow_ar\`);`)
  await db.run(sql`CREATE INDEX \`activities_workflow_workflow_az_idx\` ON \`activities\` (\`workflow_az\`);`)
  await db.run(sql`CREATE INDEX \`activities_workflow_workflow_en_idx\` ON \`activities\` (\`workflow_en\`);`)
  await db.run(sql`CREATE INDEX \`activities_published_in_published_in_ar_idx\` ON \`activities\` (\`published_in_ar\`);`)
  await db.run(sql`CREATE INDEX \`activities_published_in_published_in_az_idx\` ON \`activities\` (\`published_in_az\`);`)
  await db.run(sql`CREATE INDEX \`activities_published_in_published_in_en_idx\` ON \`activities\` (\`published_in_en\`);`)
  await db.run(sql`CREATE INDEX \`activities_created_by_idx\` ON \`activities\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_updated_by_idx\` ON \`activities\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_source_locale\` text DEFAULT 'ar';`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_workflow_ar\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_workflow_az\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_workflow_en\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_published_in_ar\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_published_in_az\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_published_in_en\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_source_locale_idx\` ON \`_activities_v\` (\`version_source_locale\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_workflow_version_workflow_ar_idx\` ON \`_activities_v\` (\`version_workflow_ar\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_workflow_version_workflow_az_idx\` ON \`_activities_v\` (\`version_workflow_az\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_workflow_version_workflow_en_idx\` ON \`_activities_v\` (\`version_workflow_en\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_published_in_version_published_in__idx\` ON \`_activities_v\` (\`version_published_in_ar\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_published_in_version_published_i_1_idx\` ON \`_activities_v\` (\`version_published_in_az\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_published_in_version_published_i_2_idx\` ON \`_activities_v\` (\`version_published_in_en\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_created_by_idx\` ON \`_activities_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_updated_by_idx\` ON \`_activities_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`courses\` ADD \`source_locale\` text DEFAULT 'ar';`)
  await db.run(sql`ALTER TABLE \`courses\` ADD \`workflow_ar\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`courses\` ADD \`workflow_az\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`courses\` ADD \`workflow_en\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`courses\` ADD \`published_in_ar\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`courses\` ADD \`published_in_az\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`courses\` ADD \`published_in_en\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`courses\` ADD \`created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`courses\` ADD \`updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`courses_source_locale_idx\` ON \`courses\` (\`source_locale\`);`)
  await db.run(sql`CREATE INDEX \`courses_workflow_workflow_ar_idx\` ON \`courses\` (\`workflow_ar\`);`)
  await db.run(sql`CREATE INDEX \`courses_workflow_workflow_az_idx\` ON \`courses\` (\`workflow_az\`);`)
  await db.run(sql`CREATE INDEX \`courses_workflow_workflow_en_idx\` ON \`courses\` (\`workflow_en\`);`)
  await db.run(sql`CREATE INDEX \`courses_published_in_published_in_ar_idx\` ON \`courses\` (\`published_in_ar\`);`)
  await db.run(sql`CREATE INDEX \`courses_published_in_published_in_az_idx\` ON \`courses\` (\`published_in_az\`);`)
  await db.run(sql`CREATE INDEX \`courses_published_in_published_in_en_idx\` ON \`courses\` (\`published_in_en\`);`)
  await db.run(sql`CREATE INDEX \`courses_created_by_idx\` ON \`courses\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`courses_updated_by_idx\` ON \`courses\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_courses_v\` ADD \`version_source_locale\` text DEFAULT 'ar';`)
  await db.run(sql`ALTER TABLE \`_courses_v\` ADD \`version_workflow_ar\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_courses_v\` ADD \`version_workflow_az\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_courses_v\` ADD \`version_workflow_en\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_courses_v\` ADD \`version_published_in_ar\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_courses_v\` ADD \`version_published_in_az\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_courses_v\` ADD \`version_published_in_en\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_courses_v\` ADD \`version_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_courses_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_version_source_locale_idx\` ON \`_courses_v\` (\`version_source_locale\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_workflow_version_workflow_ar_idx\` ON \`_courses_v\` (\`version_workflow_ar\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_workflow_version_workflow_az_idx\` ON \`_courses_v\` (\`version_workflow_az\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_workflow_version_workflow_en_idx\` ON \`_courses_v\` (\`version_workflow_en\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_published_in_version_published_in_ar_idx\` ON \`_courses_v\` (\`version_published_in_ar\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_published_in_version_published_in_az_idx\` ON \`_courses_v\` (\`version_published_in_az\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_published_in_version_published_in_en_idx\` ON \`_courses_v\` (\`version_published_in_en\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_version_created_by_idx\` ON \`_courses_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_version_updated_by_idx\` ON \`_courses_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`bilateral_relations\` ADD \`source_locale\` text DEFAULT 'ar';`)
  await db.run(sql`ALTER TABLE \`bilateral_relations\` ADD \`workflow_ar\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`bilateral_relations\` ADD \`workflow_az\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`bilateral_relations\` ADD \`workflow_en\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`bilateral_relations\` ADD \`published_in_ar\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`bilateral_relations\` ADD \`published_in_az\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`bilateral_relations\` ADD \`published_in_en\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`bilateral_relations\` ADD \`created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`bilateral_relations\` ADD \`updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`bilateral_relations_source_locale_idx\` ON \`bilateral_relations\` (\`source_locale\`);`)
  await db.run(sql`CREATE INDEX \`bilateral_relations_workflow_workflow_ar_idx\` ON \`bilateral_relations\` (\`workflow_ar\`);`)
  await db.run(sql`CREATE INDEX \`bilateral_relations_workflow_workflow_az_idx\` ON \`bilateral_relations\` (\`workflow_az\`);`)
  await db.run(sql`CREATE INDEX \`bilateral_relations_workflow_workflow_en_idx\` ON \`bilateral_relations\` (\`workflow_en\`);`)
  await db.run(sql`CREATE INDEX \`bilateral_relations_published_in_published_in_ar_idx\` ON \`bilateral_relations\` (\`published_in_ar\`);`)
  await db.run(sql`CREATE INDEX \`bilateral_relations_published_in_published_in_az_idx\` ON \`bilateral_relations\` (\`published_in_az\`);`)
  await db.run(sql`CREATE INDEX \`bilateral_relations_published_in_published_in_en_idx\` ON \`bilateral_relations\` (\`published_in_en\`);`)
  await db.run(sql`CREATE INDEX \`bilateral_relations_created_by_idx\` ON \`bilateral_relations\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`bilateral_relations_updated_by_idx\` ON \`bilateral_relations\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_bilateral_relations_v\` ADD \`version_source_locale\` text DEFAULT 'ar';`)
  await db.run(sql`ALTER TABLE \`_bilateral_relations_v\` ADD \`version_workflow_ar\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_bilateral_relations_v\` ADD \`version_workflow_az\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_bilateral_relations_v\` ADD \`version_workflow_en\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_bilateral_relations_v\` ADD \`version_published_in_ar\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_bilateral_relations_v\` ADD \`version_published_in_az\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_bilateral_relations_v\` ADD \`version_published_in_en\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_bilateral_relations_v\` ADD \`version_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_bilateral_relations_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_version_version_source_locale_idx\` ON \`_bilateral_relations_v\` (\`version_source_locale\`);`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_version_workflow_version_workflow_idx\` ON \`_bilateral_relations_v\` (\`version_workflow_ar\`);`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_version_workflow_version_workfl_1_idx\` ON \`_bilateral_relations_v\` (\`version_workflow_az\`);`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_version_workflow_version_workfl_2_idx\` ON \`_bilateral_relations_v\` (\`version_workflow_en\`);`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_version_published_in_version_publ_idx\` ON \`_bilateral_relations_v\` (\`version_published_in_ar\`);`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_version_published_in_version_pu_1_idx\` ON \`_bilateral_relations_v\` (\`version_published_in_az\`);`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_version_published_in_version_pu_2_idx\` ON \`_bilateral_relations_v\` (\`version_published_in_en\`);`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_version_version_created_by_idx\` ON \`_bilateral_relations_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_version_version_updated_by_idx\` ON \`_bilateral_relations_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`workflow_events_id\` integer REFERENCES workflow_events(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_events_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_events_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`workflow_events\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_news\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`hero_image_id\` integer,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_news\`("id", "hero_image_id", "published_at", "updated_at", "created_at", "_status") SELECT "id", "hero_image_id", "published_at", "updated_at", "created_at", "_status" FROM \`news\`;`)
  await db.run(sql`DROP TABLE \`news\`;`)
  await db.run(sql`ALTER TABLE \`__new_news\` RENAME TO \`news\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`news_hero_image_idx\` ON \`news\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`news_published_at_idx\` ON \`news\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__news_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_hero_image_id\` integer,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__news_v\`("id", "parent_id", "version_hero_image_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_hero_image_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_news_v\`;`)
  await db.run(sql`DROP TABLE \`_news_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__news_v\` RENAME TO \`_news_v\`;`)
  await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_hero_image_idx\` ON \`_news_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_published_at_idx\` ON \`_news_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_snapshot_idx\` ON \`_news_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_published_locale_idx\` ON \`_news_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_autosave_idx\` ON \`_news_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_activities\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'other',
  	\`starts_at\` text,
  	\`startsat_tz\` text DEFAULT 'Africa/Cairo',
  	\`ends_at\` text,
  	\`endsat_tz\` text DEFAULT 'Africa/Cairo',
  	\`all_day\` integer DEFAULT false,
  	\`venue_country\` text,
  	\`venue_location_latitude\` numeric,
  	\`venue_location_longitude\` numeric,
  	\`online_url\` text,
  	\`fee_amount\` numeric DEFAULT 0,
  	\`fee_currency\` text DEFAULT 'EGP',
  	\`registration_url\` text,
  	\`registration_capacity\` numeric,
  	\`registration_deadline\` text,
  	\`status\` text DEFAULT 'scheduled',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_activities\`("id", "kind", "starts_at", "startsat_tz", "ends_at", "endsat_tz", "all_day", "venue_country", "venue_location_latitude", "venue_location_longitude", "online_url", "fee_amount", "fee_currency", "registration_url", "registration_capacity", "registration_deadline", "status", "updated_at", "created_at", "_status") SELECT "id", "kind", "starts_at", "startsat_tz", "ends_at", "endsat_tz", "all_day", "venue_country", "venue_location_latitude", "venue_location_longitude", "online_url", "fee_amount", "fee_currency", "registration_url", "registration_capacity", "registration_deadline", "status", "updated_at", "created_at", "_status" FROM \`activities\`;`)
  await db.run(sql`DROP TABLE \`activities\`;`)
  await db.run(sql`ALTER TABLE \`__new_activities\` RENAME TO \`activities\`;`)
  await db.run(sql`CREATE INDEX \`activities_starts_at_idx\` ON \`activities\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`activities_ends_at_idx\` ON \`activities\` (\`ends_at\`);`)
  await db.run(sql`CREATE INDEX \`activities_updated_at_idx\` ON \`activities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`activities_created_at_idx\` ON \`activities\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`activities__status_idx\` ON \`activities\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__activities_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text DEFAULT 'other',
  	\`version_starts_at\` text,
  	\`version_startsat_tz\` text DEFAULT 'Africa/Cairo',
  	\`version_ends_at\` text,
  	\`version_endsat_tz\` text DEFAULT 'Africa/Cairo',
  	\`version_all_day\` integer DEFAULT false,
  	\`version_venue_country\` text,
  	\`version_venue_location_latitude\` numeric,
  	\`version_venue_location_longitude\` numeric,
  	\`version_online_url\` text,
  	\`version_fee_amount\` numeric DEFAULT 0,
  	\`version_fee_currency\` text DEFAULT 'EGP',
  	\`version_registration_url\` text,
  	\`version_registration_capacity\` numeric,
  	\`version_registration_deadline\` text,
  	\`version_status\` text DEFAULT 'scheduled',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__activities_v\`("id", "parent_id", "version_kind", "version_starts_at", "version_startsat_tz", "version_ends_at", "version_endsat_tz", "version_all_day", "version_venue_country", "version_venue_location_latitude", "version_venue_location_longitude", "version_online_url", "version_fee_amount", "version_fee_currency", "version_registration_url", "version_registration_capacity", "version_registration_deadline", "version_status", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_kind", "version_starts_at", "version_startsat_tz", "version_ends_at", "version_endsat_tz", "version_all_day", "version_venue_country", "version_venue_location_latitude", "version_venue_location_longitude", "version_online_url", "version_fee_amount", "version_fee_currency", "version_registration_url", "version_registration_capacity", "version_registration_deadline", "version_status", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_activities_v\`;`)
  await db.run(sql`DROP TABLE \`_activities_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__activities_v\` RENAME TO \`_activities_v\`;`)
  await db.run(sql`CREATE INDEX \`_activities_v_parent_idx\` ON \`_activities_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_starts_at_idx\` ON \`_activities_v\` (\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_ends_at_idx\` ON \`_activities_v\` (\`version_ends_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_updated_at_idx\` ON \`_activities_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_created_at_idx\` ON \`_activities_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version__status_idx\` ON \`_activities_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_created_at_idx\` ON \`_activities_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_updated_at_idx\` ON \`_activities_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_snapshot_idx\` ON \`_activities_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_published_locale_idx\` ON \`_activities_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_latest_idx\` ON \`_activities_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_autosave_idx\` ON \`_activities_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_courses\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`level\` text,
  	\`term_start_date\` text,
  	\`term_end_date\` text,
  	\`venue_country\` text,
  	\`venue_location_latitude\` numeric,
  	\`venue_location_longitude\` numeric,
  	\`online_url\` text,
  	\`capacity\` numeric,
  	\`enrollment_status\` text,
  	\`fee_amount\` numeric DEFAULT 0,
  	\`fee_currency\` text DEFAULT 'EGP',
  	\`registration_url\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_courses\`("id", "level", "term_start_date", "term_end_date", "venue_country", "venue_location_latitude", "venue_location_longitude", "online_url", "capacity", "enrollment_status", "fee_amount", "fee_currency", "registration_url", "updated_at", "created_at", "_status") SELECT "id", "level", "term_start_date", "term_end_date", "venue_country", "venue_location_latitude", "venue_location_longitude", "online_url", "capacity", "enrollment_status", "fee_amount", "fee_currency", "registration_url", "updated_at", "created_at", "_status" FROM \`courses\`;`)
  await db.run(sql`DROP TABLE \`courses\`;`)
  await db.run(sql`ALTER TABLE \`__new_courses\` RENAME TO \`courses\`;`)
  await db.run(sql`CREATE INDEX \`courses_term_term_start_date_idx\` ON \`courses\` (\`term_start_date\`);`)
  await db.run(sql`CREATE INDEX \`courses_updated_at_idx\` ON \`courses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`courses_created_at_idx\` ON \`courses\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`courses__status_idx\` ON \`courses\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__courses_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_level\` text,
  	\`version_term_start_date\` text,
  	\`version_term_end_date\` text,
  	\`version_venue_country\` text,
  	\`version_venue_location_latitude\` numeric,
  	\`version_venue_location_longitude\` numeric,
  	\`version_online_url\` text,
  	\`version_capacity\` numeric,
  	\`version_enrollment_status\` text,
  	\`version_fee_amount\` numeric DEFAULT 0,
  	\`version_fee_currency\` text DEFAULT 'EGP',
  	\`version_registration_url\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__courses_v\`("id", "parent_id", "version_level", "version_term_start_date", "version_term_end_date", "version_venue_country", "version_venue_location_latitude", "version_venue_location_longitude", "version_online_url", "version_capacity", "version_enrollment_status", "version_fee_amount", "version_fee_currency", "version_registration_url", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_level", "version_term_start_date", "version_term_end_date", "version_venue_country", "version_venue_location_latitude", "version_venue_location_longitude", "version_online_url", "version_capacity", "version_enrollment_status", "version_fee_amount", "version_fee_currency", "version_registration_url", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_courses_v\`;`)
  await db.run(sql`DROP TABLE \`_courses_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__courses_v\` RENAME TO \`_courses_v\`;`)
  await db.run(sql`CREATE INDEX \`_courses_v_parent_idx\` ON \`_courses_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_term_version_term_start_date_idx\` ON \`_courses_v\` (\`version_term_start_date\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_version_updated_at_idx\` ON \`_courses_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_version_created_at_idx\` ON \`_courses_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_version__status_idx\` ON \`_courses_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_created_at_idx\` ON \`_courses_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_updated_at_idx\` ON \`_courses_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_snapshot_idx\` ON \`_courses_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_published_locale_idx\` ON \`_courses_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_latest_idx\` ON \`_courses_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_autosave_idx\` ON \`_courses_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_bilateral_relations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`date_precision\` text DEFAULT 'day',
  	\`end_date\` text,
  	\`kind\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_bilateral_relations\`("id", "date", "date_precision", "end_date", "kind", "updated_at", "created_at", "_status") SELECT "id", "date", "date_precision", "end_date", "kind", "updated_at", "created_at", "_status" FROM \`bilateral_relations\`;`)
  await db.run(sql`DROP TABLE \`bilateral_relations\`;`)
  await db.run(sql`ALTER TABLE \`__new_bilateral_relations\` RENAME TO \`bilateral_relations\`;`)
  await db.run(sql`CREATE INDEX \`bilateral_relations_date_idx\` ON \`bilateral_relations\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`bilateral_relations_updated_at_idx\` ON \`bilateral_relations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`bilateral_relations_created_at_idx\` ON \`bilateral_relations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`bilateral_relations__status_idx\` ON \`bilateral_relations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__bilateral_relations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_date\` text,
  	\`version_date_precision\` text DEFAULT 'day',
  	\`version_end_date\` text,
  	\`version_kind\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`bilateral_relations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__bilateral_relations_v\`("id", "parent_id", "version_date", "version_date_precision", "version_end_date", "version_kind", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_date", "version_date_precision", "version_end_date", "version_kind", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_bilateral_relations_v\`;`)
  await db.run(sql`DROP TABLE \`_bilateral_relations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__bilateral_relations_v\` RENAME TO \`_bilateral_relations_v\`;`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_parent_idx\` ON \`_bilateral_relations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_version_version_date_idx\` ON \`_bilateral_relations_v\` (\`version_date\`);`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_version_version_updated_at_idx\` ON \`_bilateral_relations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_version_version_created_at_idx\` ON \`_bilateral_relations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_version_version__status_idx\` ON \`_bilateral_relations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_created_at_idx\` ON \`_bilateral_relations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_updated_at_idx\` ON \`_bilateral_relations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_snapshot_idx\` ON \`_bilateral_relations_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_published_locale_idx\` ON \`_bilateral_relations_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_latest_idx\` ON \`_bilateral_relations_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_autosave_idx\` ON \`_bilateral_relations_v\` (\`autosave\`);`)
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activities_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`courses_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bilateral_relations_id\`) REFERENCES \`bilateral_relations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "news_id", "activities_id", "courses_id", "categories_id", "bilateral_relations_id", "people_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "news_id", "activities_id", "courses_id", "categories_id", "bilateral_relations_id", "people_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
}
