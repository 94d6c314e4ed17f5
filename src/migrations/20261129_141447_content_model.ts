import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`news_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`categories_id\` integer,
  	\`people_id\` integer,
  	\`activities_id\` integer,
  	\`courses_id\` integer,
  	\`bilateral_relations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activities_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`courses_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bilateral_relations_id\`) REFERENCES \`bilateral_relations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_rels_order_idx\` ON \`news_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_parent_idx\` ON \`news_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_path_idx\` ON \`news_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_categories_id_idx\` ON \`news_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_people_id_idx\` ON \`news_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_activities_id_idx\` ON \`news_rels\` (\`activities_id\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_courses_id_idx\` ON \`news_rels\` (\`courses_id\`);`)
  await db.run(sql`CREATE INDEX \`news_rels_bilateral_relations_id_idx\` ON \`news_rels\` (\`bilateral_relations_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`categories_id\` integer,
  	\`people_id\` integer,
  	\`activities_id\` integer,
  	\`courses_id\` integer,
  	\`bilateral_relations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activities_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`courses_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bilateral_relations_id\`) REFERENCES \`bilateral_relations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_rels_order_idx\` ON \`_news_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_parent_idx\` ON \`_news_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_path_idx\` ON \`_news_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_categories_id_idx\` ON \`_news_v_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_people_id_idx\` ON \`_news_v_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_activities_id_idx\` ON \`_news_v_rels\` (\`activities_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_courses_id_idx\` ON \`_news_v_rels\` (\`courses_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_rels_bilateral_relations_id_idx\` ON \`_news_v_rels\` (\`bilateral_relations_id\`);`)
  await db.run(sql`CREATE TABLE \`activities\` (
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
  await db.run(sql`CREATE INDEX \`activities_starts_at_idx\` ON \`activities\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`activities_ends_at_idx\` ON \`activities\` (\`ends_at\`);`)
  await db.run(sql`CREATE INDEX \`activities_updated_at_idx\` ON \`activities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`activities_created_at_idx\` ON \`activities\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`activities__status_idx\` ON \`activities\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`activities_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`venue_name\` text,
  	\`venue_address\` text,
  	\`venue_city\` text,
  	\`status_reason\` text,
  	\`slug\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_slug_idx\` ON \`activities_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`activities_meta_meta_image_idx\` ON \`activities_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`activities_locales_locale_parent_id_unique\` ON \`activities_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`activities_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`people_id\` integer,
  	\`news_id\` integer,
  	\`categories_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_rels_order_idx\` ON \`activities_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_parent_idx\` ON \`activities_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_path_idx\` ON \`activities_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_media_id_idx\` ON \`activities_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_people_id_idx\` ON \`activities_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_news_id_idx\` ON \`activities_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_categories_id_idx\` ON \`activities_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE TABLE \`_activities_v\` (
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
  await db.run(sql`CREATE TABLE \`_activities_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_venue_name\` text,
  	\`version_venue_address\` text,
  	\`version_venue_city\` text,
  	\`version_status_reason\` text,
  	\`version_slug\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_slug_idx\` ON \`_activities_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_meta_version_meta_image_idx\` ON \`_activities_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_activities_v_locales_locale_parent_id_unique\` ON \`_activities_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_activities_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`people_id\` integer,
  	\`news_id\` integer,
  	\`categories_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_order_idx\` ON \`_activities_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_parent_idx\` ON \`_activities_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_path_idx\` ON \`_activities_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_media_id_idx\` ON \`_activities_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_people_id_idx\` ON \`_activities_v_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_news_id_idx\` ON \`_activities_v_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_categories_id_idx\` ON \`_activities_v_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE TABLE \`courses_instruction_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`courses_instruction_languages_order_idx\` ON \`courses_instruction_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`courses_instruction_languages_parent_idx\` ON \`courses_instruction_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`courses_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`weekday\` text,
  	\`start_time\` text,
  	\`end_time\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`courses_sessions_order_idx\` ON \`courses_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`courses_sessions_parent_id_idx\` ON \`courses_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`courses\` (
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
  await db.run(sql`CREATE INDEX \`courses_term_term_start_date_idx\` ON \`courses\` (\`term_start_date\`);`)
  await db.run(sql`CREATE INDEX \`courses_updated_at_idx\` ON \`courses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`courses_created_at_idx\` ON \`courses\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`courses__status_idx\` ON \`courses\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`courses_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`level_description\` text,
  	\`audience\` text,
  	\`venue_name\` text,
  	\`venue_address\` text,
  	\`venue_city\` text,
  	\`syllabus\` text,
  	\`slug\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`courses_slug_idx\` ON \`courses_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`courses_meta_meta_image_idx\` ON \`courses_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`courses_locales_locale_parent_id_unique\` ON \`courses_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`courses_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`people_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`courses_rels_order_idx\` ON \`courses_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`courses_rels_parent_idx\` ON \`courses_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`courses_rels_path_idx\` ON \`courses_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`courses_rels_people_id_idx\` ON \`courses_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`courses_rels_media_id_idx\` ON \`courses_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_courses_v_version_instruction_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_courses_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_courses_v_version_instruction_languages_order_idx\` ON \`_courses_v_version_instruction_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_instruction_languages_parent_idx\` ON \`_courses_v_version_instruction_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_courses_v_version_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`weekday\` text,
  	\`start_time\` text,
  	\`end_time\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_courses_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_courses_v_version_sessions_order_idx\` ON \`_courses_v_version_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_sessions_parent_id_idx\` ON \`_courses_v_version_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_courses_v\` (
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
  await db.run(sql`CREATE TABLE \`_courses_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_level_description\` text,
  	\`version_audience\` text,
  	\`version_venue_name\` text,
  	\`version_venue_address\` text,
  	\`version_venue_city\` text,
  	\`version_syllabus\` text,
  	\`version_slug\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_courses_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_courses_v_version_version_slug_idx\` ON \`_courses_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_version_meta_version_meta_image_idx\` ON \`_courses_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_courses_v_locales_locale_parent_id_unique\` ON \`_courses_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_courses_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`people_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_courses_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_courses_v_rels_order_idx\` ON \`_courses_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_rels_parent_idx\` ON \`_courses_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_rels_path_idx\` ON \`_courses_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_rels_people_id_idx\` ON \`_courses_v_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`_courses_v_rels_media_id_idx\` ON \`_courses_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`categories\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`categories_updated_at_idx\` ON \`categories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`categories_created_at_idx\` ON \`categories\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`categories_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`slug\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`categories_slug_idx\` ON \`categories_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`categories_locales_locale_parent_id_unique\` ON \`categories_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`bilateral_relations_places\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`country\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`bilateral_relations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bilateral_relations_places_order_idx\` ON \`bilateral_relations_places\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`bilateral_relations_places_parent_id_idx\` ON \`bilateral_relations_places\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`bilateral_relations_places_locales\` (
  	\`name\` text,
  	\`city\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`bilateral_relations_places\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`bilateral_relations_places_locales_locale_parent_id_unique\` ON \`bilateral_relations_places_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`bilateral_relations_participants\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`person_id\` integer,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`bilateral_relations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bilateral_relations_participants_order_idx\` ON \`bilateral_relations_participants\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`bilateral_relations_participants_parent_id_idx\` ON \`bilateral_relations_participants\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`bilateral_relations_participants_person_idx\` ON \`bilateral_relations_participants\` (\`person_id\`);`)
  await db.run(sql`CREATE TABLE \`bilateral_relations_participants_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`bilateral_relations_participants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`bilateral_relations_participants_locales_locale_parent_id_un\` ON \`bilateral_relations_participants_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`bilateral_relations_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`date\` text,
  	\`news_id\` integer,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`bilateral_relations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bilateral_relations_sources_order_idx\` ON \`bilateral_relations_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`bilateral_relations_sources_parent_id_idx\` ON \`bilateral_relations_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`bilateral_relations_sources_news_idx\` ON \`bilateral_relations_sources\` (\`news_id\`);`)
  await db.run(sql`CREATE TABLE \`bilateral_relations_sources_locales\` (
  	\`title\` text,
  	\`publisher\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`bilateral_relations_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`bilateral_relations_sources_locales_locale_parent_id_unique\` ON \`bilateral_relations_sources_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`bilateral_relations\` (
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
  await db.run(sql`CREATE INDEX \`bilateral_relations_date_idx\` ON \`bilateral_relations\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`bilateral_relations_updated_at_idx\` ON \`bilateral_relations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`bilateral_relations_created_at_idx\` ON \`bilateral_relations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`bilateral_relations__status_idx\` ON \`bilateral_relations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`bilateral_relations_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`slug\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`bilateral_relations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bilateral_relations_slug_idx\` ON \`bilateral_relations_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`bilateral_relations_meta_meta_image_idx\` ON \`bilateral_relations_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`bilateral_relations_locales_locale_parent_id_unique\` ON \`bilateral_relations_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`bilateral_relations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`news_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`bilateral_relations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`bilateral_relations_rels_order_idx\` ON \`bilateral_relations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`bilateral_relations_rels_parent_idx\` ON \`bilateral_relations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`bilateral_relations_rels_path_idx\` ON \`bilateral_relations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`bilateral_relations_rels_news_id_idx\` ON \`bilateral_relations_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`bilateral_relations_rels_media_id_idx\` ON \`bilateral_relations_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_bilateral_relations_v_version_places\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`country\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_bilateral_relations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_version_places_order_idx\` ON \`_bilateral_relations_v_version_places\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_version_places_parent_id_idx\` ON \`_bilateral_relations_v_version_places\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_bilateral_relations_v_version_places_locales\` (
  	\`name\` text,
  	\`city\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_bilateral_relations_v_version_places\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_bilateral_relations_v_version_places_locales_locale_parent_\` ON \`_bilateral_relations_v_version_places_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_bilateral_relations_v_version_participants\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`person_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_bilateral_relations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_version_participants_order_idx\` ON \`_bilateral_relations_v_version_participants\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_version_participants_parent_id_idx\` ON \`_bilateral_relations_v_version_participants\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_version_participants_person_idx\` ON \`_bilateral_relations_v_version_participants\` (\`person_id\`);`)
  await db.run(sql`CREATE TABLE \`_bilateral_relations_v_version_participants_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_bilateral_relations_v_version_participants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_bilateral_relations_v_version_participants_locales_locale_p\` ON \`_bilateral_relations_v_version_participants_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_bilateral_relations_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`date\` text,
  	\`news_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_bilateral_relations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_version_sources_order_idx\` ON \`_bilateral_relations_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_version_sources_parent_id_idx\` ON \`_bilateral_relations_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_version_sources_news_idx\` ON \`_bilateral_relations_v_version_sources\` (\`news_id\`);`)
  await db.run(sql`CREATE TABLE \`_bilateral_relations_v_version_sources_locales\` (
  	\`title\` text,
  	\`publisher\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_bilateral_relations_v_version_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_bilateral_relations_v_version_sources_locales_locale_parent\` ON \`_bilateral_relations_v_version_sources_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_bilateral_relations_v\` (
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
  await db.run(sql`CREATE TABLE \`_bilateral_relations_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_slug\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_bilateral_relations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_version_version_slug_idx\` ON \`_bilateral_relations_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_version_meta_version_meta_image_idx\` ON \`_bilateral_relations_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_bilateral_relations_v_locales_locale_parent_id_unique\` ON \`_bilateral_relations_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_bilateral_relations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`news_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_bilateral_relations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_rels_order_idx\` ON \`_bilateral_relations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_rels_parent_idx\` ON \`_bilateral_relations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_rels_path_idx\` ON \`_bilateral_relations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_rels_news_id_idx\` ON \`_bilateral_relations_v_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`_bilateral_relations_v_rels_media_id_idx\` ON \`_bilateral_relations_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`people_positions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`current\` integer,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`people_positions_order_idx\` ON \`people_positions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`people_positions_parent_id_idx\` ON \`people_positions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`people_positions_locales\` (
  	\`title\` text NOT NULL,
  	\`organization\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`people_positions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`people_positions_locales_locale_parent_id_unique\` ON \`people_positions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`people\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`country\` text,
  	\`photo_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`people_photo_idx\` ON \`people\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`people_updated_at_idx\` ON \`people\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`people_created_at_idx\` ON \`people\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`people_locales\` (
  	\`name\` text NOT NULL,
  	\`honorific\` text,
  	\`bio\` text,
  	\`slug\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`people_slug_idx\` ON \`people_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`people_locales_locale_parent_id_unique\` ON \`people_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`society_social_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`platform\` text NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`society\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`society_social_links_order_idx\` ON \`society_social_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`society_social_links_parent_id_idx\` ON \`society_social_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`society\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`chair_id\` integer,
  	\`contacts_email\` text,
  	\`contacts_phone\` text,
  	\`contacts_website\` text,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`chair_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`society_chair_idx\` ON \`society\` (\`chair_id\`);`)
  await db.run(sql`CREATE TABLE \`society_locales\` (
  	\`name\` text NOT NULL,
  	\`about\` text,
  	\`free_services\` text,
  	\`address\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`society\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`society_locales_locale_parent_id_unique\` ON \`society_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_society_v_version_social_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`platform\` text NOT NULL,
  	\`url\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_society_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_society_v_version_social_links_order_idx\` ON \`_society_v_version_social_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_society_v_version_social_links_parent_id_idx\` ON \`_society_v_version_social_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_society_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_chair_id\` integer,
  	\`version_contacts_email\` text,
  	\`version_contacts_phone\` text,
  	\`version_contacts_website\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`version_chair_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_society_v_version_version_chair_idx\` ON \`_society_v\` (\`version_chair_id\`);`)
  await db.run(sql`CREATE INDEX \`_society_v_created_at_idx\` ON \`_society_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_society_v_updated_at_idx\` ON \`_society_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_society_v_locales\` (
  	\`version_name\` text NOT NULL,
  	\`version_about\` text,
  	\`version_free_services\` text,
  	\`version_address\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_society_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_society_v_locales_locale_parent_id_unique\` ON \`_society_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`news_locales\` ADD \`meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`news_locales\` ADD \`meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`news_locales\` ADD \`meta_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`news_meta_meta_image_idx\` ON \`news_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_news_v_locales\` ADD \`version_meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v_locales\` ADD \`version_meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v_locales\` ADD \`version_meta_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_meta_version_meta_image_idx\` ON \`_news_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`activities_id\` integer REFERENCES activities(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`courses_id\` integer REFERENCES courses(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`categories_id\` integer REFERENCES categories(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`bilateral_relations_id\` integer REFERENCES bilateral_relations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`people_id\` integer REFERENCES people(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_activities_id_idx\` ON \`payload_locked_documents_rels\` (\`activities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_courses_id_idx\` ON \`payload_locked_documents_rels\` (\`courses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bilateral_relations_id_idx\` ON \`payload_locked_documents_rels\` (\`bilateral_relations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_people_id_idx\` ON \`payload_locked_documents_rels\` (\`people_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`news_rels\`;`)
  await db.run(sql`DROP TABLE \`_news_v_rels\`;`)
  await db.run(sql`DROP TABLE \`activities\`;`)
  await db.run(sql`DROP TABLE \`activities_locales\`;`)
  await db.run(sql`DROP TABLE \`activities_rels\`;`)
  await db.run(sql`DROP TABLE \`_activities_v\`;`)
  await db.run(sql`DROP TABLE \`_activities_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_activities_v_rels\`;`)
  await db.run(sql`DROP TABLE \`courses_instruction_languages\`;`)
  await db.run(sql`DROP TABLE \`courses_sessions\`;`)
  await db.run(sql`DROP TABLE \`courses\`;`)
  await db.run(sql`DROP TABLE \`courses_locales\`;`)
  await db.run(sql`DROP TABLE \`courses_rels\`;`)
  await db.run(sql`DROP TABLE \`_courses_v_version_instruction_languages\`;`)
  await db.run(sql`DROP TABLE \`_courses_v_version_sessions\`;`)
  await db.run(sql`DROP TABLE \`_courses_v\`;`)
  await db.run(sql`DROP TABLE \`_courses_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_courses_v_rels\`;`)
  await db.run(sql`DROP TABLE \`categories\`;`)
  await db.run(sql`DROP TABLE \`categories_locales\`;`)
  await db.run(sql`DROP TABLE \`bilateral_relations_places\`;`)
  await db.run(sql`DROP TABLE \`bilateral_relations_places_locales\`;`)
  await db.run(sql`DROP TABLE \`bilateral_relations_participants\`;`)
  await db.run(sql`DROP TABLE \`bilateral_relations_participants_locales\`;`)
  await db.run(sql`DROP TABLE \`bilateral_relations_sources\`;`)
  await db.run(sql`DROP TABLE \`bilateral_relations_sources_locales\`;`)
  await db.run(sql`DROP TABLE \`bilateral_relations\`;`)
  await db.run(sql`DROP TABLE \`bilateral_relations_locales\`;`)
  await db.run(sql`DROP TABLE \`bilateral_relations_rels\`;`)
  await db.run(sql`DROP TABLE \`_bilateral_relations_v_version_places\`;`)
  await db.run(sql`DROP TABLE \`_bilateral_relations_v_version_places_locales\`;`)
  await db.run(sql`DROP TABLE \`_bilateral_relations_v_version_participants\`;`)
  await db.run(sql`DROP TABLE \`_bilateral_relations_v_version_participants_locales\`;`)
  await db.run(sql`DROP TABLE \`_bilateral_relations_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_bilateral_relations_v_version_sources_locales\`;`)
  await db.run(sql`DROP TABLE \`_bilateral_relations_v\`;`)
  await db.run(sql`DROP TABLE \`_bilateral_relations_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_bilateral_relations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`people_positions\`;`)
  await db.run(sql`DROP TABLE \`people_positions_locales\`;`)
  await db.run(sql`DROP TABLE \`people\`;`)
  await db.run(sql`DROP TABLE \`people_locales\`;`)
  await db.run(sql`DROP TABLE \`society_social_links\`;`)
  await db.run(sql`DROP TABLE \`society\`;`)
  await db.run(sql`DROP TABLE \`society_locales\`;`)
  await db.run(sql`DROP TABLE \`_society_v_version_social_links\`;`)
  await db.run(sql`DROP TABLE \`_society_v\`;`)
  await db.run(sql`DROP TABLE \`_society_v_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_news_locales\` (
  	\`title\` text,
  	\`excerpt\` text,
  	\`body\` text,
  	\`slug\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_news_locales\`("title", "excerpt", "body", "slug", "id", "_locale", "_parent_id") SELECT "title", "excerpt", "body", "slug", "id", "_locale", "_parent_id" FROM \`news_locales\`;`)
  await db.run(sql`DROP TABLE \`news_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_news_locales\` RENAME TO \`news_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`news_slug_idx\` ON \`news_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`news_locales_locale_parent_id_unique\` ON \`news_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__news_v_locales\` (
  	\`version_title\` text,
  	\`version_excerpt\` text,
  	\`version_body\` text,
  	\`version_slug\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__news_v_locales\`("version_title", "version_excerpt", "version_body", "version_slug", "id", "_locale", "_parent_id") SELECT "version_title", "version_excerpt", "version_body", "version_slug", "id", "_locale", "_parent_id" FROM \`_news_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_news_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__news_v_locales\` RENAME TO \`_news_v_locales\`;`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_slug_idx\` ON \`_news_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_news_v_locales_locale_parent_id_unique\` ON \`_news_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`news_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "news_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "news_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
