/**
 * `npm run restore -- <archive.tar.gz>`: loads an archive written by `npm run backup` into the
 * empty database at DATABASE_URI (SQLite's schema comes from the migrations first), and its media
 * files into media/. Refuses a database that holds anything, and an archive of the other kind of
 * database. Stop the server first.
 */
import path from 'node:path'
import { getPayload } from 'payload'

import { restoreBackup } from '../backup'
import { mediaDir } from '../paths'
import { fail, prepareEnv } from './common'

// Production, as the server runs (SQLite migrated); NODE_ENV=development for a database `npm run dev` made.
prepareEnv(process.env.NODE_ENV === 'development' ? 'development' : 'production')
const given = process.argv.slice(2).find((arg) => !arg.startsWith('-'))
if (!given) fail(new Error('Name the archive to restore: npm run restore -- backups/eafs-….tar.gz'))
const archive = path.resolve(given)
const { default: config } = await import('../../payload.config')
const payload = await getPayload({ config }).catch(fail)
try {
  const manifest = await restoreBackup(payload, archive, mediaDir)
  const documents = Object.values(manifest.collections).reduce((sum, { documents }) => sum + documents, 0)
  console.log(
    `Restored ${archive} (written ${manifest.createdAt}): ${documents} documents, ${manifest.mediaFiles} media files.`,
  )
} catch (error) {
  await payload.destroy()
  fail(error)
}
await payload.destroy()
process.exit(0)
