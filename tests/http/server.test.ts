import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'

import { articleTitle } from '../../src/seed/article'
import { freePort } from '../helpers/mongoServer'
import { ADMIN, runStart, type ServerProcess, startProductionServer } from '../helpers/serverProcess'

type NewsList = { docs: { id: number; title: string }[] }

describe('the production server through express', () => {
  let server: ServerProcess

  beforeAll(async () => {
    server = await startProductionServer()
  })

  afterAll(async () => {
    if (server.child.exitCode === null) await server.stop()
  })

  it('answers the health and readiness probes', async () => {
    const health = await fetch(`${server.url}/healthz`)
    expect(health.status).toBe(200)
    expect(await health.json()).toMatchObject({ status: 'ok' })
    const ready = await fetch(`${server.url}/readyz`)
    expect(ready.status).toBe(200)
    // The event loop's delay comes with it (src/fairness).
    expect(await ready.json()).toMatchObject({
      status: 'ready',
      database: 'sqlite',
      eventLoopDelayMs: { p50: expect.any(Number), p99: expect.any(Number) },
    })
  })

  it('serves the seeded article over REST in Arabic and Azerbaijani', async () => {
    for (const locale of ['ar', 'az'] as const) {
      const response = await fetch(`${server.url}/api/news?locale=${locale}`)
      expect(response.status).toBe(200)
      const body = (await response.json()) as NewsList
      expect(body.docs.map((d) => d.title)).toEqual([articleTitle[locale]])
    }
  })

  it('serves the seeded timeline, course, people and society', async () => {
    const get = async <T>(path: string): Promise<T> => {
      const response = await fetch(`${server.url}${path}`)
      expect(response.status).toBe(200)
      return (await response.json()) as T
    }
    const timeline = await get<{ docs: { dateLabel: string; datePrecision: string }[] }>(
      '/api/bilateral-relations?sort=date&locale=en&limit=100',
    )
    expect(timeline.docs.length).toBeGreaterThanOrEqual(7)
    expect(timeline.docs[0]).toMatchObject({ dateLabel: 'December 1991', datePrecision: 'month' })
    const courses = await get<{ docs: { title: string }[] }>('/api/courses?locale=az')
    expect(courses.docs.map((d) => d.title)).toEqual(['Pulsuz Azərbaycan dili kursu'])
    const people = await get<{ docs: { name: string }[] }>('/api/people?locale=ar&limit=100')
    expect(people.docs.map((d) => d.name)).toContain('سيمور نصيروف')
    const society = await get<{ name: string }>('/api/globals/society?locale=az')
    expect(society.name).toBe('Misir-Azərbaycan Dostluq Cəmiyyəti')
    const graphql = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        query:
          '{ BilateralRelations(sort: "date", limit: 1, locale: ar) { docs { dateLabel } } Society(locale: en) { name } }',
      }),
    })
    expect(await graphql.json()).toEqual({
      data: {
        BilateralRelations: { docs: [{ dateLabel: 'ديسمبر 1991' }] },
        Society: { name: 'Egyptian-Azerbaijani Friendship Society' },
      },
    })
  })

  it('serves the seeded SEO fields per locale', async () => {
    for (const locale of ['ar', 'az', 'en'] as const) {
      const body = (await (await fetch(`${server.url}/api/news?locale=${locale}&depth=0`)).json()) as {
        docs: { meta: { title: string; description: string } }[]
      }
      expect(body.docs[0].meta.title).toBe(
        articleTitle[locale].length > 70 ? `${articleTitle[locale].slice(0, 69).trimEnd()}…` : articleTitle[locale],
      )
      expect(body.docs[0].meta.description.length).toBeGreaterThan(20)
    }
  })

  it('says at start that no mail server is set, and writes a password-reset mail to the log', async () => {
    const startLine = server
      .output()
      .split('\n')
      .filter((line) => line.includes('E-mail: no SMTP_HOST set'))
    expect(startLine).toHaveLength(1)
    const response = await fetch(`${server.url}/api/users/forgot-password`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: ADMIN.email }),
    })
    expect(response.status).toBe(200)
    const deadline = Date.now() + 10_000
    while (!server.output().includes(`E-mail not sent (no SMTP_HOST) to ${ADMIN.email}`) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(server.output()).toContain(`E-mail not sent (no SMTP_HOST) to ${ADMIN.email}`)
    expect(server.output()).toMatch(new RegExp(`${server.url}/admin/reset/[0-9a-f]{40}`))
  })

  it('serves GraphQL', async () => {
    const response = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ News(locale: en) { docs { title } } }' }),
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ data: { News: { docs: [{ title: articleTitle.en }] } } })
  })

  it('serves an empty sitemap when the site’s address is not configured', async () => {
    const response = await fetch(`${server.url}/sitemap.xml`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>')
  })

  it('serves the admin login page', async () => {
    const response = await fetch(`${server.url}/admin/login`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<html')
  })

  it('never shows a draft to anonymous readers over HTTP', async () => {
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(ADMIN),
    })
    expect(login.status).toBe(200)
    const { token } = (await login.json()) as { token: string }
    const created = await fetch(`${server.url}/api/news?locale=ar&draft=true`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ title: 'مسودة عبر HTTP', _status: 'draft' }),
    })
    expect(created.status).toBe(201)
    for (const path of ['/api/news?locale=ar', '/api/news?locale=ar&draft=true']) {
      const body = (await (await fetch(`${server.url}${path}`)).json()) as NewsList
      expect(body.docs.map((d) => d.title)).not.toContain('مسودة عبر HTTP')
    }
    const graphql = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ News(draft: true) { docs { title } } }' }),
    })
    expect(JSON.stringify(await graphql.json())).not.toContain('مسودة عبر HTTP')
  })

  it('finishes an in-flight request on SIGTERM, then closes the database and exits 0', async () => {
    const { port } = new URL(server.url)
    const query = JSON.stringify({ query: '{ News(locale: ar) { docs { title } } }' })
    const half = Math.floor(query.length / 2)
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request(
        {
          host: 'localhost',
          port,
          path: '/api/graphql',
          method: 'POST',
          // A stated length (the server refuses bodies without one); the body still comes in two halves.
          headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(query) },
        },
        (res) => {
          let body = ''
          res.on('data', (chunk: Buffer) => (body += chunk.toString()))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
        },
      )
      request.on('error', reject)
      // The request is under way (headers and half its body sent) when the signal arrives.
      request.write(query.slice(0, half))
      setTimeout(() => {
        server.terminate()
        setTimeout(() => request.end(query.slice(half)), 500)
      }, 500)
    })
    const { status, body } = await response
    expect(status).toBe(200)
    expect(body).toContain(articleTitle.ar)
    const code = await server.stop()
    expect(code).toBe(0)
    expect(server.output()).toContain('Shut down: server closed, database closed.')
  })
})

describe('refusing to start', () => {
  it('refuses a production start with a too-short PAYLOAD_SECRET, with a clear message', async () => {
    const { exited, output } = runStart({ PORT: String(await freePort()), PAYLOAD_SECRET: 'too-short' })
    expect(await exited).toBe(1)
    expect(output()).toContain('Cannot start: Invalid environment:')
    expect(output()).toContain('PAYLOAD_SECRET is 9 characters long; production needs at least 32')
    expect(output()).not.toMatch(/^\s+at /m)
  })

  it('fails fast on an unreachable database with one line naming the URI, password masked', async () => {
    const closedPort = await freePort()
    const { exited, output } = runStart({
      PORT: String(await freePort()),
      PAYLOAD_SECRET: 'x'.repeat(40),
      DATABASE_URI: `mongodb://eafs:hunter2@127.0.0.1:${closedPort}/eafs`,
      DB_CONNECT_TIMEOUT_MS: '3000',
    })
    expect(await exited).toBe(1)
    const lines = output()
      .split('\n')
      .filter((line) => line.includes('Cannot start'))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain(`mongodb://eafs:****@127.0.0.1:${closedPort}/eafs`)
    expect(output()).not.toContain('hunter2')
    expect(output()).not.toMatch(/^\s+at /m)
  })
})
