/**
 * `node --conditions=development --import tsx/esm bench/grow.ts <file.db> <news>`: grows a SQLite
 * data set made by generate.ts to `<news>` news by copying its news rows (the entries, their
 * three languages and their relations), each copy a later batch in time with its own slugs.
 * Writing 10,000 news through the Local API takes the better part of an hour here; the scale rows
 * only need the rows to be there, as the Local API wrote them.
 */
import { createClient } from '@libsql/client'

const [file, newsText] = process.argv.slice(2)
const target = Number(newsText)
if (!file || !Number.isInteger(target)) {
  console.error('usage: grow.ts <file.db> <news>')
  process.exit(2)
}
const db = createClient({ url: `file:${file}` })
const scalar = async (query: string): Promise<number> => Number((await db.execute(query)).rows[0]?.[0] ?? 0)
const columnsOf = async (table: string): Promise<string[]> =>
  (await db.execute(`PRAGMA table_info(${table})`)).rows.map((row) => String(row.name))

const base = await scalar('SELECT count(*) FROM news')
if (base === 0 || target <= base) {
  console.log(`Nothing to grow: ${base} news, ${target} wanted.`)
  process.exit(0)
}
const span = (await db.execute('SELECT min(published_at), max(published_at) FROM news')).rows[0]
const hours = Math.ceil((Date.parse(String(span?.[1])) - Date.parse(String(span?.[0]))) / 3_600_000) + 36
const originalMax = await scalar('SELECT max(id) FROM news')
const tables = {
  news: await columnsOf('news'),
  news_locales: await columnsOf('news_locales'),
  news_rels: await columnsOf('news_rels'),
}
const quoted = (column: string) => `"${column}"`
/** A copy is written later in time, as the Local API would have: no two news share a creation time. */
const TIMES = new Set(['published_at', 'created_at', 'updated_at'])

let round = 1
while ((await scalar('SELECT count(*) FROM news')) < target) {
  const wanted = target - (await scalar('SELECT count(*) FROM news'))
  const offset = (await scalar('SELECT max(id) FROM news')) + 1
  const localesOffset = (await scalar('SELECT max(id) FROM news_locales')) + 1
  const relsOffset = (await scalar('SELECT max(id) FROM news_rels')) + 1
  const shift = `'+${hours * round} hours'`
  const originals = `(SELECT id FROM news WHERE id <= ${originalMax} ORDER BY id LIMIT ${Math.min(wanted, base)})`
  const pick = (table: keyof typeof tables, value: (column: string) => string) =>
    tables[table].map((column) => value(column)).join(', ')
  await db.batch(
    [
      `INSERT INTO news (${pick('news', quoted)}) SELECT ${pick('news', (c) => (c === 'id' ? `id + ${offset}` : TIMES.has(c) ? `strftime('%Y-%m-%dT%H:%M:%fZ', ${c}, ${shift})` : quoted(c)))} FROM news WHERE id IN ${originals}`,
      `INSERT INTO news_locales (${pick('news_locales', quoted)}) SELECT ${pick('news_locales', (c) => (c === 'id' ? `id + ${localesOffset}` : c === '_parent_id' ? `_parent_id + ${offset}` : c === 'slug' || c === 'slug_key' ? `${quoted(c)} || '-${round}'` : quoted(c)))} FROM news_locales WHERE _parent_id IN ${originals}`,
      `INSERT INTO news_rels (${pick('news_rels', quoted)}) SELECT ${pick('news_rels', (c) => (c === 'id' ? `id + ${relsOffset}` : c === 'parent_id' ? `parent_id + ${offset}` : quoted(c)))} FROM news_rels WHERE parent_id IN ${originals}`,
    ],
    'write',
  )
  round += 1
}
console.log(`Grew ${file} from ${base} to ${await scalar('SELECT count(*) FROM news')} news.`)
db.close()
