import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import * as tar from 'tar'

import { projectRoot } from '../../src/paths'
import { seed } from '../../src/seed'
import { withDatabaseName } from '../helpers/mongoServer'
import { initTestPayload, type TestContext } from '../helpers/payload'
import { createStaff } from '../helpers/users'

/**
 * The backup round trip, on this leg's database: the seeded content plus a draft over a published
 * entry, an entry in the trash, an account and an uploaded image are written by `npm run backup`,
 * loaded by `npm run restore` into an empty database, written again, and the two archives compared
 * field by field (every document in every language, every version, the global, the media files).
 */
let t: TestContext
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'eafs-backup-test-'))
const secret = crypto.randomBytes(32).toString('hex')
let mediaId: number | string | null = null

/** The test's own database was made the way `npm run dev` makes one (schema pushed, not migrated). */
// Run without blocking: on the MongoDB leg the database answering the child runs in this process.
const cli = (script: 'backup' | 'restore', databaseURI: string, archive: string, mode: 'development' | 'production') =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--conditions=development', '--import', 'tsx/esm', path.join(projectRoot, `src/cli/${script}.ts`), archive],
      {
        cwd: projectRoot,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          NODE_ENV: mode,
          DATABASE_URI: databaseURI,
          PAYLOAD_SECRET: secret,
          LOG_LEVEL: 'warn',
          SEED_ON_START: 'false',
        },
      },
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.once('error', reject)
    child.once('exit', (status) => resolve({ status, stdout, stderr }))
  })

const otherDatabase = (): string =>
  t.database === 'mongodb'
    ? withDatabaseName(String(process.env.TEST_MONGODB_URL), `eafs_restored_${crypto.randomBytes(4).toString('hex')}`)
    : `file:${path.join(work, 'restored.db')}`

/** Every data file of an archive, parsed; versions and globals without their own ids, which a restore may renumber (nothing refers to them). */
async function contentsOf(archive: string): Promise<Record<string, unknown>> {
  const folder = fs.mkdtempSync(path.join(work, 'x-'))
  await tar.extract({ file: archive, cwd: folder })
  const contents: Record<string, unknown> = {}
  for (const kind of ['collections', 'versions', 'globals', 'global-versions']) {
    for (const file of fs.readdirSync(path.join(folder, kind))) {
      const text = fs.readFileSync(path.join(folder, kind, file), 'utf8')
      const values = file.endsWith('.json')
        ? [JSON.parse(text)]
        : text
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line) as Record<string, unknown>)
      contents[`${kind}/${file}`] = kind === 'collections' ? values : values.map(({ id: _id, ...rest }) => rest)
    }
  }
  contents.media = fs.readdirSync(path.join(folder, 'media')).sort()
  return contents
}

beforeAll(async () => {
  t = await initTestPayload('backup')
  await seed(t.payload)
  await createStaff(t.payload, 'editor')
  const [news] = (await t.payload.find({ collection: 'news', limit: 1, depth: 0 })).docs
  await t.payload.update({
    collection: 'news',
    id: news.id,
    locale: 'az',
    draft: true,
    data: { title: 'Qaralama başlıq' },
  })
  const [category] = (await t.payload.find({ collection: 'categories', limit: 1, depth: 0 })).docs
  await t.payload.update({ collection: 'categories', id: category.id, data: { deletedAt: new Date().toISOString() } })
  const image = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 10, g: 120, b: 60 } } })
    .png()
    .toBuffer()
  const media = await t.payload.create({
    collection: 'media',
    locale: 'ar',
    data: { alt: 'نسخة احتياطية' },
    file: {
      data: image,
      mimetype: 'image/png',
      name: `backup-${crypto.randomBytes(3).toString('hex')}.png`,
      size: image.length,
    },
  })
  mediaId = media.id
})

afterAll(async () => {
  if (mediaId !== null) await t.payload.delete({ collection: 'media', id: mediaId, overrideAccess: true })
  await t.destroy()
  fs.rmSync(work, { recursive: true, force: true })
})

describe('npm run backup and npm run restore', () => {
  it('round-trips every document, language, version, global and media file into an empty database', async () => {
    const first = path.join(work, 'first.tar.gz')
    const backup = await cli('backup', String(process.env.DATABASE_URI), first, 'development')
    expect([backup.status, backup.stderr]).toEqual([0, ''])
    expect(backup.stdout).toMatch(/Backup written to .*first\.tar\.gz: \d+ documents, \d+ versions/)

    const target = otherDatabase()
    // Into a production database: SQLite's schema from the migrations, as on a new server.
    const restore = await cli('restore', target, first, 'production')
    expect([restore.status, restore.stderr]).toEqual([0, ''])

    const second = path.join(work, 'second.tar.gz')
    expect((await cli('backup', target, second, 'production')).status).toBe(0)
    const [before, after] = [await contentsOf(first), await contentsOf(second)]
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort())
    for (const key of Object.keys(before)) expect([key, after[key]]).toEqual([key, before[key]])

    // What was put in: all three languages, the Azerbaijani draft, the trashed category, the account's hash.
    const news = before['collections/news.jsonl'] as { title: Record<string, string> }[]
    expect(Object.keys(news[0].title).sort()).toEqual(['ar', 'az', 'en'])
    expect(JSON.stringify(before['versions/news.jsonl'])).toContain('Qaralama başlıq')
    expect(
      (before['collections/categories.jsonl'] as { deletedAt?: string | null }[]).some((c) => Boolean(c.deletedAt)),
    ).toBe(true)
    expect(
      (before['collections/users.jsonl'] as { hash?: string }[]).every(
        (u) => typeof u.hash === 'string' && u.hash.length > 20,
      ),
    ).toBe(true)
    expect((before.media as string[]).some((file) => file.startsWith('backup-'))).toBe(true)

    // A second restore into the now filled database is refused, and changes nothing.
    const again = await cli('restore', target, first, 'production')
    expect(again.status).toBe(1)
    expect(again.stderr).toMatch(/not empty/)
  })
})
