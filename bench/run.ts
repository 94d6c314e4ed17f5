/**
 * `npm run bench`: measures the production server as the society's sites will use it.
 *  - cold start: from spawning `npm start`'s entry point to the first 200 on /api/news;
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

const spawnedAt = performance.now()
const server = await startProductionServer({ LOG_LEVEL: 'warn' })
let firstApiMs: number
for (;;) {
  const response = await fetch(`${server.url}/api/news?locale=ar`).catch(() => null)
  if (response?.status === 200) {
    firstApiMs = Math.round(performance.now() - spawnedAt)
    break
  }
  await new Promise((resolve) => setTimeout(resolve, 25))
}
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
  coldStartToFirstApi200Ms: firstApiMs,
  memory: { rssAfterStartMb: afterStart.rssMb, rssAfterRunMb: afterRun.rssMb, peakRssMb: afterRun.peakMb },
  scenarios: results,
}
console.log(`Cold start to first 200 on /api/news: ${firstApiMs} ms`)
console.log(`Memory: ${afterStart.rssMb} MB after start, ${afterRun.rssMb} MB after the run, peak ${afterRun.peakMb} MB`)
console.table(results)
const dir = path.join(projectRoot, 'bench', 'results')
fs.mkdirSync(dir, { recursive: true })
const file = path.join(dir, `${report.date.replace(/[:.]/g, '-')}.json`)
fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)
console.log(`Written to ${path.relative(process.cwd(), file)}`)
