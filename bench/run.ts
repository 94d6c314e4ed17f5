/**
 * `npm run bench`: measures the production server as the society's sites will use it.
 *  - start: from spawning what `npm start` runs to the first 200 on /api/news, on an empty
 *    database (migrations and seed) and again on the same database (a restart);
 *  - REST and GraphQL latency and throughput on the seeded content (bounded request counts,
 *    loopback only);
 *  - the server's resident memory after start and its peak during the run.
 * Results are printed and written to bench/results/<timestamp>.json. Nothing is asserted.
 */
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../src/paths'
import { startProductionServer } from '../tests/helpers/serverProcess'

interface Scenario {
  name: string
  requests: number
  concurrency: number
  send: (url: string) => Promise<Response>
}

const scenarios: Scenario[] = [
  {
    name: 'REST GET /api/news?locale=ar',
    requests: 1000,
    concurrency: 10,
    send: (url) => fetch(`${url}/api/news?locale=ar`),
  },
  {
    name: 'REST GET /api/news?locale=az (fallback chain az→en→ar)',
    requests: 1000,
    concurrency: 10,
    send: (url) => fetch(`${url}/api/news?locale=az`),
  },
  {
    name: 'GraphQL News(locale: en) { title slug }',
    requests: 500,
    concurrency: 10,
    send: (url) =>
      fetch(`${url}/api/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: '{ News(locale: en) { docs { title slug } } }' }),
      }),
  },
  { name: 'GET /healthz (express only)', requests: 2000, concurrency: 10, send: (url) => fetch(`${url}/healthz`) },
]

const memoryOf = (pid: number): { rssMb: number; peakMb: number } => {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (key: string) => Number(status.match(new RegExp(`${key}:\\s+(\\d+)`))?.[1] ?? 0)
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

async function runScenario(url: string, scenario: Scenario) {
  for (let i = 0; i < 50; i += 1) await (await scenario.send(url)).arrayBuffer() // warm-up
  const latencies: number[] = []
  let next = 0
  let failures = 0
  const started = performance.now()
  const worker = async () => {
    while (next < scenario.requests) {
      next += 1
      const t0 = performance.now()
      const response = await scenario.send(url)
      await response.arrayBuffer()
      if (!response.ok) failures += 1
      latencies.push(performance.now() - t0)
    }
  }
  await Promise.all(Array.from({ length: scenario.concurrency }, worker))
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  return {
    scenario: scenario.name,
    requests: latencies.length,
    failures,
    concurrency: scenario.concurrency,
    requestsPerSecond: Math.round(latencies.length / seconds),
    p50ms: Number(percentile(latencies, 50).toFixed(1)),
    p95ms: Number(percentile(latencies, 95).toFixed(1)),
    p99ms: Number(percentile(latencies, 99).toFixed(1)),
  }
}

/** Spawns the production server and measures the time to its first 200 on /api/news. */
async function startTimed(extraEnv: Record<string, string>) {
  const spawnedAt = performance.now()
  const server = await startProductionServer({ LOG_LEVEL: 'warn', ...extraEnv })
  for (;;) {
    const response = await fetch(`${server.url}/api/news?locale=ar`).catch(() => null)
    if (response?.status === 200) return { server, ms: Math.round(performance.now() - spawnedAt) }
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

// First start on an empty database (migrations and seed included), then a restart on it.
const first = await startTimed({})
const firstApiMs = first.ms
const databaseFile = first.server.databaseFile
await first.server.stop({ keepDatabase: true })
const { server, ms: restartApiMs } = await startTimed({ DATABASE_URI: `file:${databaseFile}` })
const pid = server.child.pid ?? 0
const afterStart = memoryOf(pid)

const results = []
for (const scenario of scenarios) results.push(await runScenario(server.url, scenario))
const afterRun = memoryOf(pid)
await server.stop()

const report = {
  date: new Date().toISOString(),
  node: process.version,
  database: 'sqlite (fresh file, seeded)',
  firstStartToFirstApi200Ms: firstApiMs,
  restartToFirstApi200Ms: restartApiMs,
  memory: { rssAfterStartMb: afterStart.rssMb, rssAfterRunMb: afterRun.rssMb, peakRssMb: afterRun.peakMb },
  scenarios: results,
}
console.log(`First start (empty database: migrations and seed) to first 200 on /api/news: ${firstApiMs} ms`)
console.log(`Restart (existing database) to first 200 on /api/news: ${restartApiMs} ms`)
console.log(`Memory: ${afterStart.rssMb} MB after start, ${afterRun.rssMb} MB after the run, peak ${afterRun.peakMb} MB`)
console.table(results)
const dir = path.join(projectRoot, 'bench', 'results')
fs.mkdirSync(dir, { recursive: true })
const file = path.join(dir, `${report.date.replace(/[:.]/g, '-')}.json`)
fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)
console.log(`Written to ${path.relative(process.cwd(), file)}`)
