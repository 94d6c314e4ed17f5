/**
 * `npm run backup [-- <archive.tar.gz>]`: writes every collection (all languages, every version,
 * the accounts), every global and the media files to one archive, by default
 * backups/eafs-<time>.tar.gz. Runs against DATABASE_URI like the server, and may run beside it.
 */
import path from 'node:path'
import { getPayload } from 'payload'

import { writeBackup } from '../backup'
import { mediaDir, projectRoot } from '../paths'
import { fail, prepareEnv } from './common'

// Production, as the server runs (SQLite migrated); NODE_ENV=development for a database `npm run dev` made.
prepareEnv(process.env.NODE_ENV === 'development' ? 'development' : 'production')
const archive = path.resolve(
  process.argv.slice(2).find((arg) => !arg.startsWith('-')) ??
    path.join(projectRoot, 'backups', `eafs-${new Date().toISOString().replace(/[:.]/g, '-')}.tar.gz`),
)
const { default: config } = await import('../../payload.config')
const payload = await getPayload({ config }).catch(fail)
try {
  const manifest = await writeBackup(payload, archive, mediaDir)
  const documents = Object.values(manifest.collections).reduce((sum, { documents }) => sum + documents, 0)
  const versions =
    Object.values(manifest.collections).reduce((sum, { versions }) => sum + versions, 0) +
    Object.values(manifest.globals).reduce((sum, { versions }) => sum + versions, 0)
  console.log(
    `Backup written to ${archive}: ${documents} documents, ${versions} versions, ${Object.keys(manifest.globals).length} globals, ${manifest.mediaFiles} media files.`,
  )
} catch (error) {
  fail(error)
} finally {
  await payload.destroy()
}
process.exit(0)
