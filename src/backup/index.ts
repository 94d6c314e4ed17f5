/**
 * Backup and restore: one archive (`.tar.gz`) holds every collection's documents in every
 * language, every version of every entry and global, the accounts (with their password hashes),
 * the jobs queue, and the media files. It is read and written through the database adapter, below
 * Payload's hooks and access rules, so what comes back is exactly what was stored, on SQLite or
 * MongoDB. A restore goes into an empty database of the same kind (ids are kept as they are);
 * the SQLite schema comes from the migrations, as at any start. Used by `npm run backup` and
 * `npm run restore` (src/cli).
 *
 * Archive layout: `manifest.json`, `collections/<slug>.jsonl`, `versions/<slug>.jsonl`,
 * `globals/<slug>.json`, `global-versions/<slug>.jsonl` (one document per line), `media/…`.
 */
import type { CollectionSlug, GlobalSlug, JsonObject, Payload, TypeWithID } from 'payload'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as tar from 'tar'

export const BACKUP_FORMAT = 'eafs-backup'
export const BACKUP_VERSION = 1

/** Kept out of a backup: the target's own migration log, and edit locks that die with a session. */
const LEFT_OUT = new Set(['payload-migrations', 'payload-locked-documents'])

export interface BackupManifest {
  format: typeof BACKUP_FORMAT
  version: typeof BACKUP_VERSION
  createdAt: string
  database: 'mongodb' | 'sqlite'
  collections: Record<string, { documents: number; versions: number }>
  globals: Record<string, { versions: number }>
  mediaFiles: number
}

type Doc = Record<string, unknown>
type VersionDoc = Doc & {
  parent?: number | string
  version?: JsonObject
  createdAt?: string
  updatedAt?: string
  autosave?: boolean
  publishedLocale?: string
  snapshot?: boolean
}

const databaseOf = (payload: Payload): BackupManifest['database'] =>
  payload.db.name === 'sqlite' ? 'sqlite' : 'mongodb'

const writeLines = (file: string, docs: unknown[]) =>
  fs.writeFileSync(file, docs.map((doc) => JSON.stringify(doc)).join('\n') + (docs.length > 0 ? '\n' : ''))
const readLines = <T>(file: string): T[] =>
  fs.existsSync(file)
    ? fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as T)
    : []

const copyFolder = (from: string, to: string): number => {
  if (!fs.existsSync(from)) return 0
  let count = 0
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (entry.isDirectory()) {
      fs.mkdirSync(target, { recursive: true })
      count += copyFolder(source, target)
    } else if (entry.isFile()) {
      fs.mkdirSync(to, { recursive: true })
      fs.copyFileSync(source, target)
      count += 1
    }
  }
  return count
}

const collectionsOf = (payload: Payload) =>
  payload.config.collections.filter((collection) => !LEFT_OUT.has(collection.slug))

/** Writes the archive and returns what it holds. */
export async function writeBackup(payload: Payload, archive: string, mediaFolder: string): Promise<BackupManifest> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'eafs-backup-'))
  try {
    for (const folder of ['collections', 'versions', 'globals', 'global-versions', 'media'])
      fs.mkdirSync(path.join(work, folder))
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      database: databaseOf(payload),
      collections: {},
      globals: {},
      mediaFiles: 0,
    }
    for (const collection of collectionsOf(payload)) {
      const slug = collection.slug as CollectionSlug
      const { docs } = await payload.db.find<Doc & TypeWithID>({
        collection: slug,
        locale: 'all',
        pagination: false,
        limit: 0,
        sort: 'id',
      })
      writeLines(path.join(work, 'collections', `${slug}.jsonl`), docs)
      let versions: unknown[] = []
      if (collection.versions) {
        versions = (
          await payload.db.findVersions({
            collection: slug,
            locale: 'all',
            pagination: false,
            limit: 0,
            sort: 'createdAt',
          })
        ).docs
        writeLines(path.join(work, 'versions', `${slug}.jsonl`), versions)
      }
      manifest.collections[slug] = { documents: docs.length, versions: versions.length }
    }
    for (const global of payload.config.globals) {
      const slug = global.slug as GlobalSlug
      const doc = await payload.db.findGlobal({ slug, locale: 'all' })
      fs.writeFileSync(path.join(work, 'globals', `${slug}.json`), JSON.stringify(doc ?? null))
      let versions: unknown[] = []
      if (global.versions) {
        versions = (
          await payload.db.findGlobalVersions({
            global: slug,
            locale: 'all',
            pagination: false,
            limit: 0,
            sort: 'createdAt',
          })
        ).docs
        writeLines(path.join(work, 'global-versions', `${slug}.jsonl`), versions)
      }
      manifest.globals[slug] = { versions: versions.length }
    }
    manifest.mediaFiles = copyFolder(mediaFolder, path.join(work, 'media'))
    fs.writeFileSync(path.join(work, 'manifest.json'), JSON.stringify(manifest, null, 2))
    fs.mkdirSync(path.dirname(path.resolve(archive)), { recursive: true })
    await tar.create({ gzip: true, file: archive, cwd: work, portable: true }, [
      'manifest.json',
      'collections',
      'versions',
      'globals',
      'global-versions',
      'media',
    ])
    return manifest
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}

export class RestoreError extends Error {}

/** What the target database already holds, by collection; a restore needs it empty. */
async function storedCounts(payload: Payload): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const collection of collectionsOf(payload)) {
    const { totalDocs } = await payload.db.count({ collection: collection.slug as CollectionSlug, where: {} })
    if (totalDocs > 0) counts[collection.slug] = totalDocs
  }
  return counts
}

/** SQLite checks every relation's target on insert; the archive is loaded whole, then checked once. */
async function withoutForeignKeys(payload: Payload, work: () => Promise<void>): Promise<void> {
  if (payload.db.name !== 'sqlite') return work()
  const { sql } = await import('@payloadcms/db-sqlite')
  await payload.db.drizzle.run(sql`PRAGMA foreign_keys = OFF`)
  try {
    await work()
  } finally {
    await payload.db.drizzle.run(sql`PRAGMA foreign_keys = ON`)
  }
  const broken = await payload.db.drizzle.all(sql`PRAGMA foreign_key_check`)
  if (broken.length > 0) throw new RestoreError(`The restored data has ${broken.length} relations to missing entries.`)
}

/** What a stored version brings back, for an entry's or a global's. */
const versionFields = (version: VersionDoc) => ({
  versionData: version.version as JsonObject,
  autosave: version.autosave === true,
  createdAt: String(version.createdAt),
  updatedAt: String(version.updatedAt),
  publishedLocale: version.publishedLocale ?? undefined,
  snapshot: version.snapshot === true ? (true as const) : undefined,
  returning: false,
})

/** Loads an archive into an empty database of the same kind, and its media files into `mediaFolder`. */
export async function restoreBackup(payload: Payload, archive: string, mediaFolder: string): Promise<BackupManifest> {
  if (!fs.existsSync(archive)) throw new RestoreError(`No archive at ${archive}.`)
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'eafs-restore-'))
  try {
    await tar.extract({ file: archive, cwd: work })
    const manifestFile = path.join(work, 'manifest.json')
    if (!fs.existsSync(manifestFile))
      throw new RestoreError(`${archive} is not a backup of this CMS (no manifest.json).`)
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as BackupManifest
    if (manifest.format !== BACKUP_FORMAT || manifest.version !== BACKUP_VERSION)
      throw new RestoreError(`${archive} is not a backup of this CMS, or of another format version.`)
    if (manifest.database !== databaseOf(payload)) {
      throw new RestoreError(
        `The archive comes from ${manifest.database}; restore it into ${manifest.database} (entry ids are kept as they are, and differ between the two).`,
      )
    }
    const stored = await storedCounts(payload)
    if (Object.keys(stored).length > 0) {
      throw new RestoreError(
        `The database is not empty (${Object.entries(stored)
          .map(([slug, count]) => `${slug}: ${count}`)
          .join(', ')}); restore into an empty one.`,
      )
    }
    await withoutForeignKeys(payload, async () => {
      for (const collection of collectionsOf(payload)) {
        const slug = collection.slug as CollectionSlug
        for (const doc of readLines<Doc & { id: number | string }>(path.join(work, 'collections', `${slug}.jsonl`))) {
          await payload.db.create({ collection: slug, data: doc, customID: doc.id, returning: false })
        }
        for (const version of readLines<VersionDoc>(path.join(work, 'versions', `${slug}.jsonl`))) {
          if (version.parent === undefined || !version.version) continue
          await payload.db.createVersion({ collectionSlug: slug, parent: version.parent, ...versionFields(version) })
        }
      }
      for (const global of payload.config.globals) {
        const slug = global.slug as GlobalSlug
        const file = path.join(work, 'globals', `${slug}.json`)
        const doc = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as JsonObject | null) : null
        if (doc) {
          await payload.db.createGlobal({ slug, data: { ...doc }, returning: false })
          // The SQLite adapter stamps a new global with the time of the restore; its own time goes back.
          await payload.db.updateGlobal({
            slug,
            data: { createdAt: doc.createdAt, updatedAt: doc.updatedAt },
            returning: false,
          })
        }
        for (const version of readLines<VersionDoc>(path.join(work, 'global-versions', `${slug}.jsonl`))) {
          if (!version.version) continue
          await payload.db.createGlobalVersion({ globalSlug: slug, ...versionFields(version) })
        }
      }
    })
    copyFolder(path.join(work, 'media'), mediaFolder)
    return manifest
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}
