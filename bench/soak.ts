/**
 * `npm run soak [-- --minutes 10] [--readers 8] [--editors 3]`
 *
 * The soak test of the hardening issue (not part of `npm test`): the production server on the
 * loopback address, on a fresh SQLite database with the seeded content, for `--minutes`, with
 *  - readers: the public reads the society's sites make (lists, an entry by slug, GraphQL over GET,
 *    the feed, search, the timeline), back to back;
 *  - editors: members of staff saving drafts (create, then two changes) and an administrator
 *    publishing each one;
 * then checks that every write the server acknowledged is there, with its last text, and that the
 * database is consistent. It prints, and writes to bench/results/soak-<time>.json: requests and
 * answers by status (no 5xx allowed), writes acknowledged and lost (none allowed), and the server's
 * resident memory sampled every 5 seconds (flat: the last third's median within 15% of the first's).
 */
import { createClient } from '@libsql/client'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../src/paths'
import { ADMIN, startProductionServer } from '../tests/helpers/serverProcess'
import { ensureBuilt, memoryOf, numericOption } from './common'

const args = process.argv.slice(2)
const option = (name: string, fallback: number): number => numericOption(args, name, fallback)
const MINUTES = option('minutes', 10)
const READERS = option('readers', 8)
const EDITORS = option('editors', 3)
const PASSWORD = 'a-long-soak-password-for-editors'

ensureBuilt()
const server = await startProductionServer({ LOG_LEVEL: 'warn' })
const pid = server.child.pid ?? 0
const json = { 'Content-Type': 'application/json' }
const login = async (email: string, password: string) =>
  (
    (await (
      await fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ email, password }),
      })
    ).json()) as { token: string }
  ).token
const adminToken = await login(ADMIN.email, ADMIN.password)
const auth = (token: string) => ({ ...json, Authorization: `JWT ${token}` })
const editorTokens: string[] = []
for (let i = 0; i < EDITORS; i++) {
  const email = `soak-editor-${i}@eafs.test`
  await fetch(`${server.url}/api/users`, {
    method: 'POST',
    headers: auth(adminToken),
    body: JSON.stringify({ email, password: PASSWORD, roles: ['editor'] }),
  })
  editorTokens.push(await login(email, PASSWORD))
}

const statuses = new Map<number, number>()
const serverErrors: string[] = []
const refusals = new Map<string, number>()
let requests = 0
const record = (what: string, status: number) => {
  requests += 1
  statuses.set(status, (statuses.get(status) ?? 0) + 1)
  if (status >= 500) serverErrors.push(`${status} ${what}`)
  else if (status >= 400) refusals.set(`${status} ${what}`, (refusals.get(`${status} ${what}`) ?? 0) + 1)
}
const call = async (what: string, url: string, init?: RequestInit): Promise<Response | null> => {
  try {
    const response = await fetch(url, init)
    record(what, response.status)
    return response
  } catch (error) {
    record(`${what} (${(error as Error).message})`, 599)
    return null
  }
}

const deadline = Date.now() + MINUTES * 60_000
const readPaths = [
  '/api/news?locale=ar&limit=20',
  '/api/news?locale=az&limit=20&page=2',
  '/api/activities?locale=en&limit=10',
  '/api/bilateral-relations?locale=ar&limit=50&depth=1',
  '/api/courses?locale=az',
  '/api/globals/society?locale=ar',
  `/api/graphql?query=${encodeURIComponent('{ News(limit: 10, locale: ar) { docs { id title slug publishedAt } } }')}`,
  '/feeds/news.ar.xml',
  `/api/search?locale=ar&q=${encodeURIComponent('الجمعية')}`,
  '/sitemap.xml',
]

async function reader(index: number): Promise<void> {
  let turn = index
  while (Date.now() < deadline) {
    const path = readPaths[turn++ % readPaths.length]
    const response = await call(`GET ${path}`, `${server.url}${path}`)
    await response?.arrayBuffer()
  }
}

interface Written {
  id: number
  title: string
  published: boolean
}
const written: Written[] = []

async function editor(index: number): Promise<void> {
  const token = editorTokens[index]
  let round = 0
  while (Date.now() < deadline) {
    round += 1
    const title = `خبر الاختبار ${index}-${round}`
    const created = await call('POST /api/news', `${server.url}/api/news?locale=ar&depth=0`, {
      method: 'POST',
      headers: auth(token),
      body: JSON.stringify({ title, excerpt: 'مسودة أولى' }),
    })
    if (created?.status !== 201) {
      await created?.arrayBuffer()
      continue
    }
    const { doc } = (await created.json()) as { doc: { id: number } }
    const entry: Written = { id: doc.id, title, published: false }
    written.push(entry)
    for (const step of [1, 2]) {
      const changed = `${title} (تعديل ${step})`
      const update = await call('PATCH /api/news/:id', `${server.url}/api/news/${doc.id}?locale=ar&depth=0`, {
        method: 'PATCH',
        headers: auth(token),
        body: JSON.stringify({ title: changed, excerpt: `تعديل ${step}` }),
      })
      if (update?.status === 200) entry.title = changed
      await update?.arrayBuffer()
    }
    const publish = await call('PATCH /api/news/:id publish', `${server.url}/api/news/${doc.id}?locale=ar&depth=0`, {
      method: 'PATCH',
      headers: auth(adminToken),
      body: JSON.stringify({ _status: 'published' }),
    })
    if (publish?.status === 200) entry.published = true
    await publish?.arrayBuffer()
  }
}

const memory: { minute: number; mb: number }[] = []
const started = Date.now()
const sampler = setInterval(
  () => memory.push({ minute: Math.round((Date.now() - started) / 600) / 100, mb: memoryOf(pid) }),
  5_000,
)
console.log(`Soak: ${MINUTES} min, ${READERS} readers, ${EDITORS} editors, on ${server.url} (server pid ${pid})…`)
await Promise.all([
  ...Array.from({ length: READERS }, (_, i) => reader(i)),
  ...Array.from({ length: EDITORS }, (_, i) => editor(i)),
])
clearInterval(sampler)

// Every acknowledged write is there, with its last text; published ones are public.
const lost: string[] = []
for (const entry of written) {
  const staffRead = await fetch(`${server.url}/api/news/${entry.id}?locale=ar&depth=0&draft=true`, {
    headers: auth(adminToken),
  })
  const doc = staffRead.status === 200 ? ((await staffRead.json()) as { title?: string }) : null
  if (doc?.title !== entry.title)
    lost.push(`news ${entry.id}: expected "${entry.title}", found ${JSON.stringify(doc?.title ?? null)}`)
  if (entry.published && (await fetch(`${server.url}/api/news/${entry.id}?locale=ar&depth=0`)).status !== 200)
    lost.push(`news ${entry.id}: published, not public`)
}
const file = server.databaseFile
await server.stop({ keepDatabase: true })
const database = createClient({ url: `file:${file}` })
const integrity = String((await database.execute('PRAGMA integrity_check')).rows[0]?.integrity_check)
database.close()
fs.rmSync(file, { force: true })

const third = Math.max(1, Math.floor(memory.length / 3))
const medianOf = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
const firstThird = medianOf(memory.slice(0, third).map((sample) => sample.mb))
const lastThird = medianOf(memory.slice(-third).map((sample) => sample.mb))
const growth = firstThird > 0 ? (lastThird - firstThird) / firstThird : 0
const result = {
  minutes: MINUTES,
  readers: READERS,
  editors: EDITORS,
  requests,
  requestsPerSecond: Math.round(requests / ((Date.now() - started) / 1000)),
  statuses: Object.fromEntries([...statuses].sort(([a], [b]) => a - b)),
  serverErrors: serverErrors.slice(0, 20),
  refusals: Object.fromEntries(refusals),
  writes: { entries: written.length, published: written.filter((entry) => entry.published).length, lost },
  integrity,
  memoryMB: {
    first: memory[0]?.mb,
    firstThirdMedian: firstThird,
    lastThirdMedian: lastThird,
    max: Math.max(...memory.map((sample) => sample.mb)),
    last: memory.at(-1)?.mb,
    growth: Math.round(growth * 1000) / 10,
  },
  memorySamples: memory,
}
const passed = serverErrors.length === 0 && lost.length === 0 && integrity === 'ok' && growth <= 0.15
const results = path.join(projectRoot, 'bench', 'results')
fs.mkdirSync(results, { recursive: true })
const out = path.join(results, `soak-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
fs.writeFileSync(out, JSON.stringify(result, null, 2))
console.log(JSON.stringify({ ...result, memorySamples: undefined }, null, 2))
console.log(
  `${passed ? 'PASSED' : 'FAILED'}: ${serverErrors.length} server errors, ${lost.length} lost writes, integrity ${integrity}, memory ${firstThird} → ${lastThird} MB (${result.memoryMB.growth}%). Written to ${path.relative(projectRoot, out)}.`,
)
process.exit(passed ? 0 : 1)
