/**
 * `npm run bench [-- --scale 2000] [--runs 3] [--seconds 5] [--no-scales] [--no-write] [--abuse-only] [--editing-only]`
 * `npm run bench -- --peer strapi [--runs 3] [--seconds 5] [--no-write]`: the hub against Strapi 5 with the
 *   same 20 news (bench/peer/strapi.ts), in alternating rounds; writes its own section of docs/benchmarks.md.
 *
 * Measures the production server as the society's sites use it (not part of `npm test`):
 *  1. builds if needed;
 *  2. builds (once, kept in bench/data/) a data set of `--scale` news (2,000 by default) with
 *     activities, courses, relations entries, categories, authors and images in three languages
 *     (bench/dataset.ts), and the 100- and 10,000-news sets for the scale rows;
 *  3. starts the production server on SQLite (and on MongoDB when MONGODB_URL is set), once with
 *     the in-process response cache and once without it;
 *  4. drives each scenario with autocannon at 8 and 32 connections after a warm-up, the client in a
 *     process of its own (bench/load.mjs), `--runs` times in a row on the same server;
 *  5. prints one table of medians over the runs: req/s, p50, p95, p99, bytes per answer, database
 *     queries per request (from Server-Timing) and the ratios to two ceilings measured in the same
 *     run: the server's own `/healthz` (express with the server's middleware, a tiny answer), and
 *     #21's bare express (bench/bare.mjs: no middleware, a fixed JSON of about 99 KB); then start
 *     time, resident memory and the issues' targets;
 *  6. the compressed size of each answer (brotli and gzip, as a browser asks), and an editing
 *     session (#21): the cached reads under load while an editor's admin autosaves a news item the
 *     readers read every 2 s, with the share of answers served from the cache;
 *  7. the abuse scenario (#19): one client at 100 connections missing the cache for 20 s (a new
 *     filter every request) while another reads a cached list and /healthz is probed, against the
 *     same readings idle, with the event loop's delay (/readyz) and the flood's statuses, on the
 *     production defaults of the fair shares (src/fairness). `--abuse-only` runs just that.
 * The table, the machine and the date go to docs/benchmarks.md, the raw figures to bench/results/.
 */
import { fork, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { projectRoot } from '../src/paths'
import { ensureBuilt, memoryOf, numericOption } from './common'
import type { RichText } from '../src/lib/lexical'

import { localeCodes } from '../src/i18n'
import { richTextToPlain } from '../src/lib/lexical'
import { type PeerContent, setUpStrapi, startStrapi, type StrapiServer } from './peer/strapi'
import { type AdminClient, adminSave } from '../tests/helpers/adminRequests'
import { ADMIN, type ServerProcess, startProductionServer } from '../tests/helpers/serverProcess'

const args = process.argv.slice(2)
const option = (name: string, fallback: number): number => numericOption(args, name, fallback)
const SCALE = option('scale', 2000)
const RUNS = option('runs', 3)
const SECONDS = option('seconds', 5)
const WARMUP_SECONDS = 2
const CONNECTIONS = [8, 32]
const SCALES = args.includes('--no-scales') ? [] : [100, 2000, 10_000]
const dataDir = path.join(projectRoot, 'bench', 'data')
const secret = 'bench-secret-0123456789-0123456789-0123'
/** The most news the data set is written with through the Local API; larger sets copy them. */
const LOCAL_API_NEWS = 2000

// ── Build and data ────────────────────────────────────────────────────────────────────────────

/** The migrations a data set was made under: a set from older ones is made again. */
const schemaMark = (): string =>
  fs
    .readdirSync(path.join(projectRoot, 'src/migrations'))
    .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
    .sort()
    .at(-1) ?? ''

interface Database {
  kind: 'mongodb' | 'sqlite'
  /** The SQLite file the data set is kept in. */
  file: string
  /** The DATABASE_URI of a server reading this data set: a fresh copy of the SQLite file. */
  uri: () => string
}

function generate(target: string, news: number): void {
  console.log(
    `Generating the data set of ${news} news in ${target.startsWith('mongodb') ? 'MongoDB' : path.relative(projectRoot, target)} (once; kept for later runs)…`,
  )
  const result = spawnSync(
    process.execPath,
    ['--conditions=development', '--import', 'tsx/esm', 'bench/generate.ts', target, String(news)],
    {
      cwd: projectRoot,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production', PAYLOAD_SECRET: secret, LOG_LEVEL: 'warn' },
    },
  )
  if (result.status !== 0) throw new Error(`generating ${news} news failed`)
}

function sqliteDataset(news: number): Database {
  fs.mkdirSync(dataDir, { recursive: true })
  const file = path.join(dataDir, `news-${news}.db`)
  const mark = `${file}.schema`
  if (!fs.existsSync(file) || !fs.existsSync(mark) || fs.readFileSync(mark, 'utf8') !== schemaMark()) {
    fs.rmSync(file, { force: true })
    if (news > LOCAL_API_NEWS) {
      // Beyond what the Local API writes in reasonable time: the written set, its news copied (bench/grow.ts).
      fs.copyFileSync(sqliteDataset(LOCAL_API_NEWS).file, file)
      const grown = spawnSync(
        process.execPath,
        ['--conditions=development', '--import', 'tsx/esm', 'bench/grow.ts', file, String(news)],
        { cwd: projectRoot, stdio: 'inherit' },
      )
      if (grown.status !== 0) throw new Error(`growing to ${news} news failed`)
    } else {
      generate(file, news)
    }
    fs.writeFileSync(mark, schemaMark())
  }
  return {
    kind: 'sqlite',
    file,
    uri: () => {
      const copy = path.join(os.tmpdir(), `eafs-bench-${news}-${process.pid}-${Date.now()}.db`)
      fs.copyFileSync(file, copy)
      return `file:${copy}`
    },
  }
}

async function mongoDataset(url: string, news: number): Promise<Database> {
  const { MongoClient } = await import('mongodb')
  const target = new URL(url)
  target.pathname = `/eafs_bench_${news}`
  const client = new MongoClient(target.toString())
  const count = await client
    .db()
    .collection('news')
    .countDocuments()
    .catch(() => 0)
  const mark = await client
    .db()
    .collection('bench_schema')
    .findOne({})
    .catch(() => null)
  if (count < news || mark?.schema !== schemaMark()) {
    await client.db().dropDatabase()
    generate(target.toString(), news)
    await client.db().collection('bench_schema').insertOne({ schema: schemaMark() })
  }
  await client.close()
  return { kind: 'mongodb', file: '', uri: () => target.toString() }
}

// ── Measuring ─────────────────────────────────────────────────────────────────────────────────

interface Scenario {
  name: string
  path: string
  /** Paths asked in turn, one per request, instead of `path` (which is still the one probed). */
  paths?: string[]
  method?: 'GET' | 'POST'
  body?: string
  /** An answer other than 2xx that is the expected one (the routing-only 404). */
  notFound?: boolean
}

interface Load {
  requests: number
  timeouts: number
  statuses: Record<string, number>
  rps: number
  p50: null | number
  p95: null | number
  p99: null | number
  errors: number
  non2xx: number
  /** The values of the counted header (`count`), when one is. */
  counted?: Record<string, number>
}

function load(
  url: string,
  scenario: Scenario,
  connections: number,
  seconds: number,
  extra: { headers?: Record<string, string>; vary?: string; count?: string; paths?: string[] } = {},
): Promise<Load> {
  const options = {
    url: `${url}${scenario.path}`,
    connections,
    seconds,
    method: scenario.method ?? 'GET',
    headers: { ...(scenario.body ? { 'content-type': 'application/json' } : {}), ...extra.headers },
    body: scenario.body,
    vary: extra.vary,
    count: extra.count,
    paths: extra.paths,
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'bench/load.mjs')], {
      cwd: projectRoot,
      stdio: ['pipe', 'pipe', 'ignore'],
    })
    child.stdin.end(JSON.stringify(options))
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(output) as Load) : reject(new Error(`load exited with ${code}`)),
    )
  })
}

/** Bytes of one answer's body and the database queries it took (Server-Timing). */
async function probe(
  url: string,
  scenario: Scenario,
): Promise<{ bytes: number; queries: null | number; status: number }> {
  const response = await fetch(`${url}${scenario.path}`, {
    method: scenario.method ?? 'GET',
    headers: scenario.body ? { 'content-type': 'application/json' } : {},
    body: scenario.body,
  })
  const bytes = (await response.arrayBuffer()).byteLength
  const queries = /db;desc="(\d+) queries"/.exec(response.headers.get('server-timing') ?? '')?.[1]
  return { bytes, queries: queries === undefined ? null : Number(queries), status: response.status }
}

/** Bytes of one answer as they come over the wire, in `encoding` (Node's fetch would decode them). */
function wireBytes(url: string, scenario: Scenario, encoding: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}${scenario.path}`,
      {
        method: scenario.method ?? 'GET',
        headers: { 'accept-encoding': encoding, ...(scenario.body ? { 'content-type': 'application/json' } : {}) },
      },
      (response) => {
        let bytes = 0
        response.on('data', (chunk: Buffer) => (bytes += chunk.length))
        response.once('end', () => resolve(bytes))
        response.once('error', reject)
      },
    )
    request.once('error', reject)
    request.end(scenario.body)
  })
}

async function startTimed(env: Record<string, string>): Promise<{ server: ServerProcess; ms: number }> {
  const spawnedAt = performance.now()
  const server = await startProductionServer({
    LOG_LEVEL: 'warn',
    SEED_ON_START: 'false',
    SERVER_TIMING: 'true',
    PAYLOAD_SECRET: secret,
    ...env,
  })
  for (;;) {
    const response = await fetch(`${server.url}/api/news?locale=ar&limit=1`).catch(() => null)
    if (response?.status === 200) return { server, ms: Math.round(performance.now() - spawnedAt) }
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

interface Row {
  scenario: string
  database: string
  cache: 'on' | 'off'
  connections: number
  run: number
  rps: number
  p50: null | number
  p95: null | number
  p99: null | number
  bytes: number
  /** The same answer in brotli, as a browser asks for it. */
  brBytes: number
  queries: null | number
  expressRps: number
  /** #21's ceiling in the same run: a bare express app answering a fixed JSON of about 99 KB. */
  bareRps: number
  failures: number
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)]
}

async function scenariosFor(url: string): Promise<Scenario[]> {
  const pick = (await (
    await fetch(`${url}/api/news?locale=az&limit=1&page=50&depth=0&select[slug]=true&fallback-locale=none`)
  ).json()) as { docs: { slug: string }[] }
  const slug = pick.docs[0]?.slug ?? ''
  const query = `query List($locale: LocaleInputType) { News(locale: $locale, limit: 20, select: true) { docs { id title slug excerpt publishedAt body heroImage { url alt sizes { card { url width height } } } categories { name slug } authors { name slug } } } }`
  const variables = JSON.stringify({ locale: 'az' })
  return [
    { name: 'REST news list, limit=20, locale=az (fallback)', path: '/api/news?limit=20&locale=az' },
    {
      name: 'REST news list, limit=20, locale=az, pages 1 to 100 in turn',
      path: '/api/news?limit=20&locale=az&page=2',
      paths: Array.from({ length: 100 }, (_, i) => `/api/news?limit=20&locale=az&page=${i + 1}`),
    },
    {
      name: 'REST one news item by slug, locale=az',
      path: `/api/news?where[slug][equals]=${encodeURIComponent(slug)}&limit=1&locale=az`,
    },
    {
      name: 'GraphQL news list (POST)',
      path: '/api/graphql',
      method: 'POST',
      body: JSON.stringify({ query, variables: { locale: 'az' } }),
    },
    {
      name: 'GraphQL news list (GET)',
      path: `/api/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(variables)}`,
    },
    { name: 'Relations timeline, locale=ar', path: '/api/bilateral-relations/timeline?locale=ar' },
    { name: 'RSS feed, Arabic', path: '/feeds/news.ar.xml' },
    { name: 'Search, Arabic', path: `/api/search?q=${encodeURIComponent('الثقافة')}&locale=ar` },
    // Payload's routing alone (a 404, no database): what the way from express to Payload costs.
    { name: 'API routing only: /api/nonexistent (404)', path: '/api/nonexistent', notFound: true },
  ]
}

const express: Scenario = { name: 'express /healthz (the ceiling)', path: '/healthz' }

/** About 99 KB of the list's own JSON: its entries, repeated or cut to that size. */
function fixedDocument(list: { docs: unknown[] } & Record<string, unknown>): string {
  const target = 99 * 1024
  const docs: unknown[] = []
  for (let i = 0; list.docs.length > 0; i += 1) {
    const next = [...docs, list.docs[i % list.docs.length]]
    if (JSON.stringify({ ...list, docs: next }).length > target) break
    docs.push(next.at(-1))
  }
  return JSON.stringify({ ...list, docs })
}

interface Bare {
  url: string
  bytes: number
  stop: () => void
}

/** #21's ceiling (bench/bare.mjs), serving about 99 KB of the list at `listURL`. */
async function startBare(listURL: string): Promise<Bare> {
  const document = fixedDocument((await (await fetch(listURL)).json()) as { docs: unknown[] })
  const file = path.join(os.tmpdir(), `eafs-bench-bare-${process.pid}.json`)
  fs.writeFileSync(file, document)
  const child = fork(path.join(projectRoot, 'bench/bare.mjs'), [file], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  })
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { port: number }).port))
    child.once('exit', (code) => reject(new Error(`bench/bare.mjs exited with ${code}`)))
  })
  return {
    url: `http://127.0.0.1:${port}`,
    bytes: Buffer.byteLength(document),
    stop: () => {
      child.disconnect()
      fs.rmSync(file, { force: true })
    },
  }
}

const bareScenario: Scenario = { name: 'bare express, a fixed JSON of about 99 KB (#21’s ceiling)', path: '/' }

/** Both ceilings, measured now at `connections`. */
async function ceilings(serverURL: string, bare: Bare, connections: number): Promise<{ healthz: Load; bare: Load }> {
  await load(serverURL, express, connections, WARMUP_SECONDS)
  const healthz = await load(serverURL, express, connections, SECONDS)
  await load(bare.url, bareScenario, connections, WARMUP_SECONDS)
  return { healthz, bare: await load(bare.url, bareScenario, connections, SECONDS) }
}

async function measureServer(database: Database, cache: 'on' | 'off', memory: Record<string, number>): Promise<Row[]> {
  const { server, ms } = await startTimed({
    DATABASE_URI: database.uri(),
    RESPONSE_CACHE_ENTRIES: cache === 'on' ? '2000' : '0',
  })
  const pid = server.child.pid ?? 0
  memory[`${database.kind}, cache ${cache}: start to first 200 (ms)`] = ms
  memory[`${database.kind}, cache ${cache}: RSS at rest (MB)`] = memoryOf(pid)
  const rows: Row[] = []
  const bare = await startBare(`${server.url}/api/news?limit=20&locale=az`)
  try {
    const scenarios = await scenariosFor(server.url)
    for (let run = 1; run <= RUNS; run += 1) {
      // The resident memory is sampled all through the run: right after one, it is wherever the
      // garbage collector happened to leave it, ±100 MB under this load.
      let peak = 0
      const sampler = setInterval(() => (peak = Math.max(peak, memoryOf(pid))), 200)
      for (const connections of CONNECTIONS) {
        const { healthz: ceiling, bare: bareCeiling } = await ceilings(server.url, bare, connections)
        for (const [scenario, measured, url] of [
          [express, ceiling, server.url],
          [bareScenario, bareCeiling, bare.url],
        ] as const)
          rows.push({
            scenario: scenario.name,
            database: database.kind,
            cache,
            connections,
            run,
            ...measured,
            bytes: (await probe(url, scenario)).bytes,
            brBytes: await wireBytes(url, scenario, 'br'),
            queries: 0,
            expressRps: ceiling.rps,
            bareRps: bareCeiling.rps,
            failures: measured.errors + measured.non2xx,
          })
        for (const scenario of scenarios) {
          const paths = scenario.paths ? { paths: scenario.paths } : {}
          // Each page asked once before: its entries resolved (and, cache on, its answer kept).
          for (const each of scenario.paths ?? []) await (await fetch(`${server.url}${each}`)).arrayBuffer()
          await load(server.url, scenario, connections, WARMUP_SECONDS, paths)
          const measured = await load(server.url, scenario, connections, SECONDS, paths)
          const probed = await probe(server.url, scenario)
          const failures = measured.errors + (scenario.notFound ? 0 : measured.non2xx)
          rows.push({
            scenario: scenario.name,
            database: database.kind,
            cache,
            connections,
            run,
            ...measured,
            bytes: probed.bytes,
            brBytes: await wireBytes(server.url, scenario, 'gzip, deflate, br'),
            queries: probed.queries,
            expressRps: ceiling.rps,
            bareRps: bareCeiling.rps,
            failures,
          })
          console.log(
            `  ${database.kind} cache ${cache} run ${run} c${connections}: ${scenario.name}: ${measured.rps} req/s, p95 ${measured.p95} ms`,
          )
        }
      }
      clearInterval(sampler)
      memory[`${database.kind}, cache ${cache}: RSS after run ${run} (MB)`] = memoryOf(pid)
      memory[`${database.kind}, cache ${cache}: highest RSS during run ${run} (MB)`] = peak
    }
  } finally {
    bare.stop()
    await server.stop()
  }
  return rows
}

/** The same list at each scale, uncached, at 8 connections. */
async function measureScale(database: Database, news: number): Promise<Row[]> {
  const { server } = await startTimed({ DATABASE_URI: database.uri(), RESPONSE_CACHE_ENTRIES: '0' })
  const scenario: Scenario = {
    name: `REST news list at ${news.toLocaleString('en')} news (cache off)`,
    path: '/api/news?limit=20&locale=az',
  }
  const rows: Row[] = []
  const bare = await startBare(`${server.url}/api/news?limit=20&locale=az`)
  try {
    for (let run = 1; run <= RUNS; run += 1) {
      const { healthz: ceiling, bare: bareCeiling } = await ceilings(server.url, bare, 8)
      await load(server.url, scenario, 8, WARMUP_SECONDS)
      const measured = await load(server.url, scenario, 8, SECONDS)
      const probed = await probe(server.url, scenario)
      rows.push({
        scenario: scenario.name,
        database: database.kind,
        cache: 'off',
        connections: 8,
        run,
        ...measured,
        bytes: probed.bytes,
        brBytes: await wireBytes(server.url, scenario, 'gzip, deflate, br'),
        queries: probed.queries,
        expressRps: ceiling.rps,
        bareRps: bareCeiling.rps,
        failures: measured.errors + measured.non2xx,
      })
      console.log(`  ${database.kind} ${news} news run ${run}: ${measured.rps} req/s, p95 ${measured.p95} ms`)
    }
  } finally {
    bare.stop()
    await server.stop()
  }
  return rows
}

interface Editing {
  autosaves: number
  failedSaves: number
  pages: number
  rps: number
  p95: null | number
  hits: number
  answers: number
  hitRate: number
}

const AUTOSAVE_EVERY_MS = 2_000
const EDITING_SECONDS = 20
/** The newest news a site shows, each by slug in every language, and the list's first pages. */
const EDITING_NEWS = 100
const EDITING_LIST_PAGES = 10

/**
 * An editing session: an editor's admin autosaves the Azerbaijani text of the newest news item
 * (the first of the list) every 2 s, with the admin's own request (tests/fixtures/adminRequests.json),
 * while a site's traffic reads at 8 connections, with the cache on, one page after another: the
 * newest news each by slug in the three languages and the list's first pages in the three
 * languages (330 addresses, each read every second or so). Counted: the answers served from the
 * cache (`X-Cache: HIT`) among all. A cache cleared by every autosave misses each address once per
 * autosave.
 */
async function measureEditing(database: Database): Promise<Editing> {
  const { server } = await startTimed({ DATABASE_URI: database.uri(), RESPONSE_CACHE_ENTRIES: '2000' })
  try {
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    })
    const { token } = (await login.json()) as { token: string }
    const authorization = { Authorization: `JWT ${token}` }
    const client: AdminClient = {
      get: (apiPath) => fetch(`${server.url}/api${apiPath}`, { headers: authorization }),
      request: (method, apiPath, init) =>
        fetch(`${server.url}/api${apiPath}`, { method, body: init.body, headers: authorization }),
    }
    const newest = (await (
      await fetch(`${server.url}/api/news?limit=${EDITING_NEWS}&locale=ar&depth=0&select[slug]=true`)
    ).json()) as { docs: { id: number | string; slug: string }[] }
    const id = newest.docs[0]?.id
    if (id === undefined) throw new Error('the data set has no published news to edit')
    const locales = ['ar', 'az', 'en']
    const paths = locales.flatMap((locale) => [
      ...newest.docs.map(
        (doc) => `/api/news?where[slug][equals]=${encodeURIComponent(doc.slug)}&limit=1&locale=${locale}`,
      ),
      ...Array.from(
        { length: EDITING_LIST_PAGES },
        (_, page) => `/api/news?limit=20&page=${page + 1}&locale=${locale}`,
      ),
    ])
    // Warm: every address read once.
    await load(server.url, { name: 'warm-up', path: '/api/news' }, 8, WARMUP_SECONDS, { paths })

    let editing = true
    let autosaves = 0
    let failedSaves = 0
    const session = (async () => {
      while (editing) {
        const saved = await adminSave(client, 'news', id, 'az', { title: `Redaktə olunan xəbər ${autosaves + 1}` })
        if (saved.ok) autosaves += 1
        else failedSaves += 1
        await new Promise((resolve) => setTimeout(resolve, AUTOSAVE_EVERY_MS))
      }
    })()
    const reading = await load(server.url, { name: 'site traffic', path: '/api/news' }, 8, EDITING_SECONDS, {
      count: 'x-cache',
      paths,
    })
    editing = false
    await session
    const answers = Object.values(reading.counted ?? {}).reduce((sum, n) => sum + n, 0)
    const hits = reading.counted?.HIT ?? 0
    console.log(`  editing session: ${reading.rps} req/s, ${hits} of ${answers} from the cache, ${autosaves} autosaves`)
    return {
      autosaves,
      failedSaves,
      pages: paths.length,
      rps: reading.rps,
      p95: reading.p95,
      hits,
      answers,
      hitRate: answers ? hits / answers : 0,
    }
  } finally {
    await server.stop()
  }
}

function editingLines(editing: Editing): string[] {
  return [
    `An editor's admin autosaves one news item every ${AUTOSAVE_EVERY_MS / 1000} s (${editing.autosaves} autosaves, ${editing.failedSaves} failed) for ${EDITING_SECONDS} s, while a site's traffic reads ${editing.pages} addresses in turn (the ${EDITING_NEWS} newest news by slug and ${EDITING_LIST_PAGES} list pages, in three languages) at 8 connections, cache on: ${editing.rps} req/s, p95 ${editing.p95 ?? '–'} ms.`,
    '',
    `- Cache hit rate during the editing session at least 95%: ${(editing.hitRate * 100).toFixed(2)}% (${editing.hits} of ${editing.answers}): ${editing.hitRate >= 0.95 && editing.failedSaves === 0 ? '**met**' : '**not met**'}`,
  ]
}

/** The fair shares' production defaults (src/env.ts), not the test servers' wide ones. */
const FAIR_DEFAULTS = {
  FAIR_CLIENT_REQUESTS: '100',
  FAIR_CLIENT_WINDOW_SECONDS: '10',
  FAIR_CONCURRENT: '4',
  FAIR_QUEUE: '32',
  FAIR_QUEUE_WAIT_MS: '1000',
}
/** Fair shares out of the way: what the flood does without them. */
const FAIR_OFF = {
  FAIR_CLIENT_REQUESTS: '1000000',
  FAIR_CLIENT_WINDOW_SECONDS: '10',
  FAIR_CONCURRENT: '1000',
  FAIR_QUEUE: '10000',
  FAIR_QUEUE_WAIT_MS: '60000',
}
const FLOOD_SECONDS = 20

interface Abuse {
  idle: { healthz: Load; cached: Load }
  flood: { healthz: Load; cached: Load; flood: Load; loopP99: number; loopMax: number }
}

/**
 * One client floods the server with reads the cache cannot answer (100 connections, a filter not
 * asked before in every request) while a second client reads a cached list at 4 connections and a
 * probe asks /healthz; the same two readings idle first. The event loop's delay is sampled from
 * /readyz every half second during the flood.
 */
async function measureAbuse(database: Database, fair: Record<string, string>): Promise<Abuse> {
  const { server } = await startTimed({ DATABASE_URI: database.uri(), ...fair })
  try {
    const cached: Scenario = { name: 'cached list', path: '/api/news?limit=20&locale=az' }
    const healthz: Scenario = express
    const flood: Scenario = { name: 'flood', path: '/api/news?limit=20&locale=ar' }
    const reader = { headers: { 'x-forwarded-for': '192.0.2.10' } }
    await load(server.url, cached, 4, WARMUP_SECONDS, reader)
    const [idleHealthz, idleCached] = await Promise.all([
      load(server.url, healthz, 1, SECONDS),
      load(server.url, cached, 4, SECONDS, reader),
    ])
    let loopP99 = 0
    let loopMax = 0
    const sampler = setInterval(() => {
      void fetch(`${server.url}/readyz`)
        .then(async (response) => (await response.json()) as { eventLoopDelayMs?: { p99: number; max: number } })
        .then((ready) => {
          loopP99 = Math.max(loopP99, ready.eventLoopDelayMs?.p99 ?? 0)
          loopMax = Math.max(loopMax, ready.eventLoopDelayMs?.max ?? 0)
        })
        .catch(() => undefined)
    }, 500)
    const flooding = load(server.url, flood, 100, FLOOD_SECONDS, {
      headers: { 'x-forwarded-for': '192.0.2.66' },
      vary: 'where[title][not_equals]',
    })
    // The readings start once the flood is under way and end before it does.
    await new Promise((resolve) => setTimeout(resolve, 2_000))
    const [floodHealthz, floodCached] = await Promise.all([
      load(server.url, healthz, 1, FLOOD_SECONDS - 6),
      load(server.url, cached, 4, FLOOD_SECONDS - 6, reader),
    ])
    const floodLoad = await flooding
    clearInterval(sampler)
    return {
      idle: { healthz: idleHealthz, cached: idleCached },
      flood: { healthz: floodHealthz, cached: floodCached, flood: floodLoad, loopP99, loopMax },
    }
  } finally {
    await server.stop()
  }
}

function abuseLines(abuse: Abuse, without: Abuse): string[] {
  const { idle, flood } = abuse
  const row = (name: string, quiet: Load, busy: Load) =>
    `| ${name} | ${quiet.p50 ?? '–'} / ${quiet.p99 ?? '–'} | ${busy.p50 ?? '–'} / ${busy.p99 ?? '–'} | ${busy.timeouts} | ${JSON.stringify(busy.statuses)} |`
  const statuses = Object.entries(flood.flood.statuses)
    .map(([status, count]) => `${status}: ${count}`)
    .join(', ')
  const verdict = (met: boolean) => (met ? '**met**' : '**not met**')
  const timeouts = flood.healthz.timeouts + flood.cached.timeouts + flood.flood.timeouts
  return [
    `One client at 100 connections missing the cache for ${FLOOD_SECONDS} s; another reading a cached list at 4 connections; /healthz probed at 1. Fair shares at their defaults (${Object.entries(
      FAIR_DEFAULTS,
    )
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}).`,
    '',
    '| reading | idle p50 / p99 (ms) | during the flood p50 / p99 (ms) | time-outs | statuses |',
    '|---|---:|---:|---:|---|',
    row('/healthz', idle.healthz, flood.healthz),
    row("the other client's cached list", idle.cached, flood.cached),
    row('/healthz, without fair shares', without.idle.healthz, without.flood.healthz),
    row('the cached list, without fair shares', without.idle.cached, without.flood.cached),
    '',
    `- Without fair shares, the flood: ${without.flood.flood.requests} answers (${JSON.stringify(without.flood.flood.statuses)}), ${without.flood.flood.timeouts} time-outs; the event loop's delay p99 ${without.flood.loopP99} ms, max ${without.flood.loopMax} ms.`,
    `- The flood: ${flood.flood.requests} answers (${statuses}), ${flood.flood.timeouts} time-outs, p50 ${flood.flood.p50} ms, p99 ${flood.flood.p99} ms.`,
    `- The event loop's delay during the flood (/readyz, worst window): p99 ${flood.loopP99} ms, max ${flood.loopMax} ms.`,
    `- /healthz p99 at most 250 ms during the flood: ${flood.healthz.p99} ms: ${verdict((flood.healthz.p99 ?? Infinity) <= 250)}`,
    `- The other client's cached p99 at most 500 ms during the flood: ${flood.cached.p99} ms: ${verdict((flood.cached.p99 ?? Infinity) <= 500)}`,
    `- No time-outs for anyone: ${timeouts}: ${verdict(timeouts === 0)}`,
  ]
}

// ── Report ────────────────────────────────────────────────────────────────────────────────────

interface Summary {
  scenario: string
  database: string
  cache: string
  connections: number
  rps: number
  p50: number
  p95: number
  p99: number
  bytes: number
  brBytes: number
  queries: null | number
  /** Against the server's /healthz, and against #21's bare express. */
  ratio: number
  bareRatio: number
  failures: number
}

function summarize(rows: Row[]): Summary[] {
  const groups = new Map<string, Row[]>()
  for (const row of rows) {
    const key = [row.scenario, row.database, row.cache, row.connections].join('|')
    groups.set(key, [...(groups.get(key) ?? []), row])
  }
  return [...groups.values()].map((group) => ({
    scenario: group[0].scenario,
    database: group[0].database,
    cache: group[0].cache,
    connections: group[0].connections,
    rps: median(group.map((r) => r.rps)),
    p50: median(group.map((r) => r.p50 ?? 0)),
    p95: median(group.map((r) => r.p95 ?? 0)),
    p99: median(group.map((r) => r.p99 ?? 0)),
    bytes: median(group.map((r) => r.bytes)),
    brBytes: median(group.map((r) => r.brBytes)),
    queries: group[0].queries,
    // The ratio of each run to the ceiling measured in that run, then the median.
    ratio: median(group.map((r) => r.rps / r.expressRps)),
    bareRatio: median(group.map((r) => r.rps / r.bareRps)),
    failures: group.reduce((sum, r) => sum + r.failures, 0),
  }))
}

const formatBytes = (bytes: number) => (bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} B`)

function markdownTable(summaries: Summary[]): string {
  const lines = [
    '| scenario | db | cache | conns | req/s | p50 ms | p95 ms | p99 ms | bytes | brotli | queries/req | × /healthz | × bare express | failed |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ]
  for (const s of summaries) {
    lines.push(
      `| ${s.scenario} | ${s.database} | ${s.cache} | ${s.connections} | ${s.rps} | ${s.p50} | ${s.p95} | ${s.p99} | ${formatBytes(s.bytes)} | ${formatBytes(s.brBytes)} | ${s.queries ?? '–'} | ${(s.ratio * 100).toFixed(1)}% | ${(s.bareRatio * 100).toFixed(1)}% | ${s.failures} |`,
    )
  }
  return lines.join('\n')
}

/** News relate to six collections: media, categories, people, activities, courses, relations entries. */
const NEWS_RELATED_COLLECTIONS = 6

function targets(summaries: Summary[], memory: Record<string, number>, database: string): string[] {
  const find = (scenario: string, cache: string, connections = 8) =>
    summaries.find(
      (s) =>
        s.scenario.startsWith(scenario) &&
        s.cache === cache &&
        s.connections === connections &&
        s.database === database,
    )
  const list = find('REST news list, limit=20, locale=az (fallback)', 'off')
  const pages = find('REST news list, limit=20, locale=az, pages 1 to 100', 'off')
  const cachedList = find('REST news list, limit=20, locale=az (fallback)', 'on')
  const cachedSlug = find('REST one news item by slug', 'on')
  const graphql = find('GraphQL news list (POST)', 'off')
  const small = find('REST news list at 100 news', 'off')
  const large = find('REST news list at 10,000 news', 'off')
  const verdict = (met: boolean | undefined) => (met === undefined ? 'not measured' : met ? '**met**' : '**not met**')
  const pct = (value?: number) => (value === undefined ? '–' : `${(value * 100).toFixed(1)}%`)
  const highest = (cache: string, run: number) =>
    memory[`${database}, cache ${cache}: highest RSS during run ${run} (MB)`]
  const after = (cache: string, run: number) => memory[`${database}, cache ${cache}: RSS after run ${run} (MB)`]
  const afterAll = Math.max(after('on', RUNS) ?? Infinity, after('off', RUNS) ?? Infinity)
  // Growth: the highest of the last run against the highest of the first, under the same load (10% for noise).
  const grows = ['on', 'off'].some((cache) => (highest(cache, RUNS) ?? Infinity) > (highest(cache, 1) ?? 0) * 1.1)
  return [
    `- Compressed (brotli) list at most 20% of its raw bytes: ${list ? formatBytes(list.brBytes) : '–'} of ${list ? formatBytes(list.bytes) : '–'} (${list ? pct(list.brBytes / list.bytes) : '–'}): ${verdict(list && list.brBytes <= 0.2 * list.bytes)}`,
    `- Uncached list at least 10% of bare express (a fixed JSON of about 99 KB), p95 at most 60 ms at 8 connections (#21): ${pct(list?.bareRatio)} (${pct(list?.ratio)} of /healthz), pages 1 to 100 in turn ${pct(pages?.bareRatio)}, p95 ${list?.p95 ?? '–'} ms: ${verdict(list && list.bareRatio >= 0.1 && list.p95 <= 60)}`,
    `- Cached list and by-slug reads at least 50% of bare express: list ${pct(cachedList?.bareRatio)}, by slug ${pct(cachedSlug?.bareRatio)} (of /healthz: ${pct(cachedList?.ratio)}, ${pct(cachedSlug?.ratio)}): ${verdict(cachedList && cachedSlug && cachedList.bareRatio >= 0.5 && cachedSlug.bareRatio >= 0.5)}`,
    `- GraphQL list p50 at most 1.3× the REST list p50: ${graphql?.p50 ?? '–'} ms against ${list?.p50 ?? '–'} ms (${graphql && list ? (graphql.p50 / list.p50).toFixed(2) : '–'}×): ${verdict(graphql && list && graphql.p50 <= 1.3 * list.p50)}`,
    `- Queries per list request at most 2 + ${NEWS_RELATED_COLLECTIONS} related collections, whatever the page size: ${list?.queries ?? '–'} (the same at 100 and 10,000 news: ${small?.queries ?? '–'}, ${large?.queries ?? '–'}): ${verdict(list?.queries !== null && list !== undefined && (list.queries ?? Infinity) <= 2 + NEWS_RELATED_COLLECTIONS)}`,
    `- List p95 with 10,000 news at most 2× the p95 with 100 news: ${large?.p95 ?? '–'} ms against ${small?.p95 ?? '–'} ms: ${verdict(small && large && large.p95 <= 2 * small.p95)}`,
    `- Resident memory under 500 MB after the run, no growth over ${RUNS} runs: ${afterAll} MB at most after the last run; highest during the first and last run ${highest('on', 1)} and ${highest('on', RUNS)} MB (cache on), ${highest('off', 1)} and ${highest('off', RUNS)} MB (cache off): ${verdict(afterAll < 500 && !grows)}`,
  ]
}

// ── Against Strapi (--peer strapi) ────────────────────────────────────────────────────────────

const PEER_HEADING = '## Against Strapi 5 (#21)'
const PEER_NEWS = 20

interface PeerRow {
  name: string
  ours: Load[]
  theirs: Load[]
  express: Load[]
}

/** Our 20 news and their categories in the three languages, as our API serves them, for Strapi. */
async function peerContent(url: string): Promise<PeerContent> {
  const get = async <T>(apiPath: string): Promise<T> => (await (await fetch(`${url}${apiPath}`)).json()) as T
  type Doc = {
    id: number | string
    title?: string
    slug?: string
    excerpt?: string
    body?: RichText
    publishedAt?: string
    categories?: { slug?: string }[]
  }
  const byLocale = Object.fromEntries(
    await Promise.all(
      localeCodes.map(
        async (locale) =>
          [locale, (await get<{ docs: Doc[] }>(`/api/news?limit=${PEER_NEWS}&locale=${locale}&depth=1`)).docs] as const,
      ),
    ),
  )
  const categories = await Promise.all(
    localeCodes.map(
      async (locale) =>
        [
          locale,
          (await get<{ docs: { slug: string; name: string }[] }>(`/api/categories?limit=100&locale=${locale}`)).docs,
        ] as const,
    ),
  )
  const names = new Map<string, Record<string, string>>()
  for (const [locale, docs] of categories)
    for (const doc of docs) names.set(doc.slug, { ...names.get(doc.slug), [locale]: doc.name })
  return {
    categories: [...names].map(([slug, named]) => ({ slug, names: named })),
    news: (byLocale.ar ?? []).map((doc, index) => ({
      publishedDate: doc.publishedAt ?? new Date().toISOString(),
      categories: (doc.categories ?? []).flatMap((category) => (category.slug ? [category.slug] : [])),
      texts: Object.fromEntries(
        localeCodes.map((locale) => {
          const same = byLocale[locale]?.find((other) => other.id === doc.id) ?? byLocale[locale]?.[index] ?? doc
          return [
            locale,
            {
              title: same.title ?? '',
              slug: same.slug ?? '',
              excerpt: same.excerpt ?? '',
              body: richTextToPlain(same.body),
            },
          ]
        }),
      ),
    })),
  }
}

async function comparePeer(): Promise<string[]> {
  const dataset = sqliteDataset(PEER_NEWS)
  const { server } = await startTimed({ DATABASE_URI: dataset.uri(), RESPONSE_CACHE_ENTRIES: '0' })
  let strapi: StrapiServer | null = null
  try {
    const content = await peerContent(server.url)
    setUpStrapi()
    strapi = await startStrapi(content, 41_337)
    const slug = content.news[0]?.texts.az?.slug ?? ''
    const ourQuery = `query List($locale: LocaleInputType) { News(locale: $locale, limit: 20, select: true) { docs { id title slug excerpt publishedAt body categories { name slug } } } }`
    const theirQuery = `query List($locale: I18NLocaleCode) { news(locale: $locale, pagination: { pageSize: 20 }) { documentId title slug excerpt body publishedDate categories { name slug } } }`
    const pairs: [string, Scenario, Scenario][] = [
      [
        'news list, 20, az (Strapi: populate=*)',
        { name: 'ours', path: '/api/news?limit=20&locale=az' },
        { name: 'strapi', path: '/api/news?locale=az&pagination[pageSize]=20&populate=*' },
      ],
      [
        'news list, 20, az (Strapi: categories only)',
        { name: 'ours', path: '/api/news?limit=20&locale=az' },
        { name: 'strapi', path: '/api/news?locale=az&pagination[pageSize]=20&populate=categories' },
      ],
      [
        'one news item by slug, az (with categories)',
        { name: 'ours', path: `/api/news?where[slug][equals]=${encodeURIComponent(slug)}&limit=1&locale=az` },
        {
          name: 'strapi',
          path: `/api/news?filters[slug][$eq]=${encodeURIComponent(slug)}&locale=az&populate=categories`,
        },
      ],
      [
        'GraphQL news list (POST), az',
        {
          name: 'ours',
          path: '/api/graphql',
          method: 'POST',
          body: JSON.stringify({ query: ourQuery, variables: { locale: 'az' } }),
        },
        {
          name: 'strapi',
          path: '/graphql',
          method: 'POST',
          body: JSON.stringify({ query: theirQuery, variables: { locale: 'az' } }),
        },
      ],
    ]
    const rows: PeerRow[] = pairs.map(([name]) => ({ name, ours: [], theirs: [], express: [] }))
    // Alternating rounds: each pair, ours then Strapi's, with the ceiling measured in the same round.
    for (let run = 1; run <= RUNS; run += 1) {
      for (const [index, [name, ours, theirs]] of pairs.entries()) {
        const row = rows[index] as PeerRow
        await load(server.url, express, 8, WARMUP_SECONDS)
        row.express.push(await load(server.url, express, 8, SECONDS))
        await load(server.url, ours, 8, WARMUP_SECONDS)
        row.ours.push(await load(server.url, ours, 8, SECONDS))
        await load(strapi.url, theirs, 8, WARMUP_SECONDS)
        row.theirs.push(await load(strapi.url, theirs, 8, SECONDS))
        const last = (loads: Load[]) => loads.at(-1)?.rps
        console.log(`  peer run ${run}: ${name}: ours ${last(row.ours)} req/s, Strapi ${last(row.theirs)} req/s`)
      }
    }
    return peerLines(rows)
  } finally {
    await strapi?.stop()
    await server.stop()
  }
}

function peerLines(rows: PeerRow[]): string[] {
  const med = (loads: Load[], pick: (load: Load) => null | number) => median(loads.map((load) => pick(load) ?? 0))
  const ratio = (row: PeerRow) =>
    med(row.ours, (l) => l.rps) /
    Math.max(
      1,
      med(row.theirs, (l) => l.rps),
    )
  const failed = (loads: Load[]) => loads.reduce((sum, load) => sum + load.errors + load.non2xx, 0)
  const verdict = (met: boolean) => (met ? '**met**' : '**not met**')
  const find = (start: string) => rows.find((row) => row.name.startsWith(start))
  const withCategories = find('news list, 20, az (Strapi: categories')
  const bySlug = find('one news item')
  const graphql = find('GraphQL')
  return [
    `Measured ${new Date().toISOString()} (\`npm run bench -- --peer strapi\`): the hub (SQLite, response cache off) and Strapi ${'5.54.0'} (SQLite, better-sqlite3), each with the same ${PEER_NEWS} news and their categories in ar, az and en, public read; autocannon at 8 connections, ${RUNS} alternating rounds of ${SECONDS} s after a ${WARMUP_SECONDS} s warm-up; medians. Strapi has no language fallback: it was given the Azerbaijani texts the hub answers with its fallback.`,
    '',
    '| read | ours req/s | p50 / p95 ms | Strapi req/s | p50 / p95 ms | ours / Strapi | express req/s | failed |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (row) =>
        `| ${row.name} | ${med(row.ours, (l) => l.rps)} | ${med(row.ours, (l) => l.p50)} / ${med(row.ours, (l) => l.p95)} | ${med(row.theirs, (l) => l.rps)} | ${med(row.theirs, (l) => l.p50)} / ${med(row.theirs, (l) => l.p95)} | ${ratio(row).toFixed(2)}× | ${med(row.express, (l) => l.rps)} | ${failed(row.ours) + failed(row.theirs)} |`,
    ),
    '',
    `- Uncached list at least 2× Strapi's list with categories: ${withCategories ? ratio(withCategories).toFixed(2) : '–'}×: ${verdict(Boolean(withCategories && ratio(withCategories) >= 2))}`,
    `- Uncached by-slug at least 2× Strapi's: ${bySlug ? ratio(bySlug).toFixed(2) : '–'}×: ${verdict(Boolean(bySlug && ratio(bySlug) >= 2))}`,
    `- GraphQL list at least 2× Strapi's: ${graphql ? ratio(graphql).toFixed(2) : '–'}×: ${verdict(Boolean(graphql && ratio(graphql) >= 2))}`,
  ]
}

/** Writes `lines` as the section `heading` of docs/benchmarks.md, the rest of the file kept. */
function writeSection(heading: string, lines: string[]): void {
  const file = path.join(projectRoot, 'docs', 'benchmarks.md')
  const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n'
  const start = before.indexOf(heading)
  const next = start < 0 ? -1 : before.indexOf('\n## ', start + heading.length)
  const kept = start < 0 ? `${before.trimEnd()}\n\n` : before.slice(0, start)
  const after = next < 0 ? '' : before.slice(next + 1)
  fs.writeFileSync(file, `${kept}${heading}\n\n${lines.join('\n')}\n${after ? `\n${after}` : ''}`)
}

/** A section of docs/benchmarks.md as it is, to be kept when the rest is written again. */
function sectionOf(heading: string): string[] {
  const file = path.join(projectRoot, 'docs', 'benchmarks.md')
  if (!fs.existsSync(file)) return []
  const text = fs.readFileSync(file, 'utf8')
  const start = text.indexOf(heading)
  if (start < 0) return []
  const next = text.indexOf('\n## ', start + heading.length)
  return text
    .slice(start, next < 0 ? undefined : next)
    .trimEnd()
    .split('\n')
}

// ── Main ──────────────────────────────────────────────────────────────────────────────────────

ensureBuilt()
if (args.includes('--peer')) {
  const peer = args[args.indexOf('--peer') + 1]
  if (peer !== 'strapi') throw new Error(`--peer takes strapi (got ${peer ?? 'nothing'})`)
  const lines = await comparePeer()
  console.log(`\n${lines.join('\n')}`)
  if (!args.includes('--no-write')) {
    writeSection(PEER_HEADING, lines)
    console.log('Written to docs/benchmarks.md (the Strapi section)')
  }
  process.exit(0)
}
const databases: [string, (news: number) => Promise<Database>][] = [['sqlite', async (news) => sqliteDataset(news)]]
const mongoURL = process.env.MONGODB_URL
if (mongoURL) databases.push(['mongodb', (news) => mongoDataset(mongoURL, news)])

const rows: Row[] = []
const memory: Record<string, number> = {}
const abuseOnly = args.includes('--abuse-only')
const EDITING_HEADING = '## Editing session (#21)'
if (args.includes('--editing-only')) {
  const session = await measureEditing(sqliteDataset(SCALE))
  const lines = editingLines(session)
  console.log(`\n${lines.join('\n')}`)
  if (!args.includes('--no-write')) writeSection(EDITING_HEADING, ['On sqlite:', '', ...lines])
  process.exit(0)
}
let abuse: [Abuse, Abuse] | null = null
const editing: Record<string, Editing> = {}
for (const [, datasetOf] of databases) {
  const main = await datasetOf(SCALE)
  if (!abuseOnly) {
    console.log(`Measuring on ${main.kind} with ${SCALE} news, ${RUNS} runs of ${SECONDS} s per scenario…`)
    rows.push(...(await measureServer(main, 'off', memory)))
    rows.push(...(await measureServer(main, 'on', memory)))
    console.log(`Editing session on ${main.kind}…`)
    editing[main.kind] = await measureEditing(main)
    for (const news of SCALES) rows.push(...(await measureScale(await datasetOf(news), news)))
  }
  if (!abuse) {
    console.log(`Abuse scenario on ${main.kind}: a flood of ${FLOOD_SECONDS} s…`)
    abuse = [await measureAbuse(main, FAIR_DEFAULTS), await measureAbuse(main, FAIR_OFF)]
  }
}
const abuseReport = abuse ? abuseLines(...abuse) : []
console.log(`\n${abuseReport.join('\n')}`)
const ABUSE_HEADING = '## Abuse: one client flooding, another reading (#19)'
if (abuseOnly) {
  // Only the abuse section of docs/benchmarks.md is written again, with its own date.
  if (!args.includes('--no-write')) {
    writeSection(ABUSE_HEADING, [
      `Measured ${new Date().toISOString()} (\`npm run bench -- --abuse-only\`).`,
      '',
      ...abuseReport,
    ])
    console.log('Written to docs/benchmarks.md (the abuse section)')
  }
  process.exit(0)
}

const summaries = summarize(rows)
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`
const date = new Date().toISOString()
const table = markdownTable(summaries)
const memoryLines = Object.entries(memory).map(([name, value]) => `- ${name}: ${value}`)
const targetLines = databases.flatMap(([kind]) => [`On ${kind}:`, ...targets(summaries, memory, kind)])
const editingReport = Object.entries(editing).flatMap(([kind, session]) => [
  `On ${kind}:`,
  '',
  ...editingLines(session),
  '',
])
console.log(`\n${table}\n\n${memoryLines.join('\n')}\n\n${targetLines.join('\n')}\n\n${editingReport.join('\n')}`)

fs.mkdirSync(path.join(projectRoot, 'bench', 'results'), { recursive: true })
fs.writeFileSync(
  path.join(projectRoot, 'bench', 'results', `${date.replace(/[:.]/g, '-')}.json`),
  `${JSON.stringify({ date, machine, scale: SCALE, runs: RUNS, seconds: SECONDS, rows, summaries, memory, editing, abuse }, null, 2)}\n`,
)
if (!args.includes('--no-write')) {
  const peerSection = sectionOf(PEER_HEADING)
  const doc = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (bench/run.ts); do not edit by hand. How to read it: each row is the median',
    `of ${RUNS} runs of ${SECONDS} s after a ${WARMUP_SECONDS} s warm-up, autocannon in a process of its own on the loopback address.`,
    '"× /healthz" is the row\'s req/s against the server\'s own `/healthz` (express with the server\'s middleware, a tiny answer) measured in the same run; "× bare express" against #21\'s ceiling, a bare express app answering a fixed JSON of about 99 KB made of the list\'s entries (bench/bare.mjs), in the same run; "queries/req"',
    'comes from the server\'s `Server-Timing` (SERVER_TIMING=true); "brotli" is the answer\'s size on the wire when asked with `Accept-Encoding: gzip, deflate, br`. "cache off" is a server with RESPONSE_CACHE_ENTRIES=0',
    '(the answers still carry ETags; a list not seen before still takes the entries the read model resolved, src/cache/entries.ts); "cache on" is the default.',
    '',
    `- Date: ${date}`,
    `- Machine: ${machine}`,
    `- Data set: ${SCALE} news (bench/dataset.ts), plus 100 and 10,000 for the scale rows`,
    '',
    table,
    '',
    '## Start and memory',
    '',
    ...memoryLines,
    '',
    '## Targets (#10, #21)',
    '',
    ...targetLines,
    '',
    EDITING_HEADING,
    '',
    ...editingReport,
    ABUSE_HEADING,
    '',
    ...abuseReport,
    '',
    // The Strapi comparison is written by `--peer strapi` alone; kept as it was.
    ...(peerSection.length > 0 ? [...peerSection, ''] : []),
  ].join('\n')
  fs.writeFileSync(path.join(projectRoot, 'docs', 'benchmarks.md'), doc)
  console.log('Written to docs/benchmarks.md')
}
process.exit(0)
