import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { SIGN_IN_LIMITS } from '../../src/signin'
import { type Flood, startFlood } from '../helpers/flood'
import { ADMIN, type ServerProcess, startProductionServer } from '../helpers/serverProcess'

/**
 * Abuse against the built server, as an attacker sends it: guesses sent together, from one address
 * and from many (the server trusts the loopback proxy's X-Forwarded-For, as behind a reverse proxy);
 * a client flooding the server with work the cache cannot answer; content as large as the limits
 * allow. Behaviour is asserted, never timings.
 */
let server: ServerProcess
/** Small shares, so that a test can pass them: 40 uncached requests per 10 s per client, one at a time, none waiting. */
const FAIR = {
  FAIR_CLIENT_REQUESTS: '40',
  FAIR_CLIENT_WINDOW_SECONDS: '10',
  FAIR_CONCURRENT: '1',
  FAIR_QUEUE: '0',
  FAIR_QUEUE_WAIT_MS: '500',
}

beforeAll(async () => {
  server = await startProductionServer({ LOG_LEVEL: 'warn', ...FAIR })
}, 180_000)

afterAll(async () => {
  await server?.stop()
})

const signIn = (email: string, password: string, address: string) =>
  fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address, 'Accept-Language': 'az' },
    body: JSON.stringify({ email, password }),
  })

/** How many of `answers` had each status. */
const tally = (answers: Response[]): Record<number, number> =>
  answers.reduce<Record<number, number>>(
    (counts, answer) => ({ ...counts, [answer.status]: (counts[answer.status] ?? 0) + 1 }),
    {},
  )

describe('sign-in limits under concurrency', () => {
  it(`checks 30 wrong passwords sent together from one address no more than ${SIGN_IN_LIMITS.pair.points} times`, async () => {
    const answers = await Promise.all(
      Array.from({ length: 30 }, () => signIn('pair-target@eafs.test', 'wrong-password-here', '198.51.100.1')),
    )
    expect(tally(answers)).toEqual({ 401: SIGN_IN_LIMITS.pair.points, 429: 30 - SIGN_IN_LIMITS.pair.points })
    for (const answer of answers.filter((a) => a.status === 429))
      expect(Number(answer.headers.get('Retry-After'))).toBeGreaterThan(0)
  })

  it(`checks 70 guesses sent together from 70 addresses against one account no more than ${SIGN_IN_LIMITS.account.points} times, and its owner still signs in`, async () => {
    // The owner signs in from her usual address first: it is known to the account from then on.
    expect((await signIn(ADMIN.email, ADMIN.password, '203.0.113.7')).status).toBe(200)
    const answers = await Promise.all(
      Array.from({ length: 70 }, (_, i) =>
        signIn(ADMIN.email, 'wrong-password-here', `198.51.${101 + Math.floor(i / 200)}.${(i % 200) + 1}`),
      ),
    )
    expect(tally(answers)).toEqual({ 401: SIGN_IN_LIMITS.account.points, 429: 70 - SIGN_IN_LIMITS.account.points })
    expect((await signIn(ADMIN.email, ADMIN.password, '198.51.120.1')).status).toBe(429)
    expect((await signIn(ADMIN.email, ADMIN.password, '203.0.113.7')).status).toBe(200)
  })

  it('answers a refused GraphQL sign-in with HTTP 429 and Retry-After, as REST does', async () => {
    const login = () =>
      fetch(`${server.url}/api/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.130.1', 'Accept-Language': 'en' },
        body: JSON.stringify({
          query: 'mutation { loginUser(email: "graph-target@eafs.test", password: "wrong-password-here") { token } }',
        }),
      })
    // One after another: how many guesses sent together are checked is the REST tests' matter.
    const answers: Response[] = []
    for (let i = 0; i < SIGN_IN_LIMITS.pair.points + 2; i++) answers.push(await login())
    const refused = answers.slice(SIGN_IN_LIMITS.pair.points)
    for (const answer of refused) {
      expect(answer.status).toBe(429)
      expect(Number(answer.headers.get('Retry-After'))).toBeGreaterThan(0)
      expect(
        ((await answer.json()) as { errors: { extensions: { statusCode: number } }[] }).errors[0].extensions.statusCode,
      ).toBe(429)
    }
    // The wrong passwords that were checked stay ordinary GraphQL answers.
    expect(answers.slice(0, SIGN_IN_LIMITS.pair.points).map((answer) => answer.status)).toEqual(
      Array<number>(SIGN_IN_LIMITS.pair.points).fill(200),
    )
  })
})

describe('large valid content', () => {
  /** A body within the documented limits: 20,850 paragraphs of one text each (41,700 nodes). */
  const longBody = (words: string) => ({
    root: {
      type: 'root',
      version: 1,
      direction: 'rtl',
      format: '',
      indent: 0,
      children: Array.from({ length: 20_850 }, (_, i) => ({
        type: 'paragraph',
        version: 1,
        direction: 'rtl',
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children: [
          { type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text: `${words} ${i}` },
        ],
      })),
    },
  })

  beforeAll(async () => {
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.7' },
      body: JSON.stringify(ADMIN),
    })
    const { token } = (await login.json()) as { token: string }
    const as = (method: string, path: string, body: unknown) =>
      fetch(`${server.url}/api${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify(body),
      })
    for (let n = 0; n < 3; n++) {
      const created = await as('POST', '/news?locale=ar', {
        title: `تقرير طويل ${n}`,
        excerpt: 'تقرير مفصّل عن أنشطة الجمعية.',
        body: longBody('نص طويل'),
      })
      expect(created.status).toBe(201)
      const { doc } = (await created.json()) as { doc: { id: number } }
      for (const to of ['in_review', 'approved', 'published'])
        expect((await as('POST', `/news/${doc.id}/workflow`, { locale: 'ar', to })).status).toBe(200)
    }
  }, 300_000)

  it('leaves the public list answering, with the largest bodies left out and said so, and the pagination whole', async () => {
    const answer = await fetch(`${server.url}/api/news?locale=ar`)
    expect(answer.status).toBe(200)
    const page = (await answer.json()) as {
      docs: { title: string; body: unknown; omittedFields?: string[] }[]
      totalDocs: number
      limit: number
    }
    expect(page.docs.length).toBe(page.totalDocs)
    const left = page.docs.filter((doc) => doc.omittedFields)
    expect(left.length).toBeGreaterThan(0)
    for (const doc of left) expect(doc).toMatchObject({ body: null, omittedFields: ['body'] })
    // The entry itself still answers whole.
    const one = await fetch(
      `${server.url}/api/news?locale=ar&where[title][equals]=${encodeURIComponent('تقرير طويل 0')}&limit=1`,
    )
    expect(
      ((await one.json()) as { docs: { body: { root: { children: unknown[] } } }[] }).docs[0].body.root.children,
    ).toHaveLength(20_850)
  })

  it('leaves the GraphQL list of titles and the feed answering, the feed with bounded bodies', async () => {
    const titles = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ News(locale: ar) { docs { title } } }' }),
    })
    const body = (await titles.json()) as { data?: { News: { docs: { title: string }[] } }; errors?: unknown }
    expect(body.errors).toBeUndefined()
    expect(body.data?.News.docs.map((doc) => doc.title)).toEqual(
      expect.arrayContaining(['تقرير طويل 0', 'تقرير طويل 1', 'تقرير طويل 2']),
    )
    const feed = await fetch(`${server.url}/feeds/news.ar.xml`)
    expect(feed.status).toBe(200)
    const xml = await feed.text()
    expect(xml).toContain('تتمة الخبر على موقع الجمعية')
    expect(Buffer.byteLength(xml)).toBeLessThan(20 * 20 * 1024)
  })
})

describe('fair shares', () => {
  let flood: Flood | undefined
  afterAll(() => flood?.kill())

  const get = (path: string, address: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, {
      headers: { 'X-Forwarded-For': address, 'Accept-Language': 'ar', ...headers },
      signal: AbortSignal.timeout(15_000),
    })

  it('turns a flooding client away with 429s while another client’s cached reads, staff and /healthz are answered', async () => {
    const cached = '/api/news?locale=az&limit=5&depth=0'
    expect((await get(cached, '192.0.2.50')).status).toBe(200)
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.7' },
      body: JSON.stringify(ADMIN),
    })
    const { token } = (await login.json()) as { token: string }
    const others: number[] = []
    // 100 connections from another process, each asking for a list filtered as never before (every request a miss).
    flood = startFlood({
      url: `${server.url}/api/news?locale=ar&where[title][like]=flood-`,
      address: '192.0.2.66',
      connections: 100,
    })
    await flood.started
    for (let i = 0; i < 20; i++) {
      for (const answer of [
        await get(cached, '192.0.2.50'),
        await get('/healthz', '192.0.2.50'),
        await get(`/api/news?locale=en&where[title][like]=staff-${i}`, '203.0.113.7', {
          Authorization: `JWT ${token}`,
        }),
      ]) {
        others.push(answer.status)
        await answer.arrayBuffer()
      }
    }
    const { statuses, missingRetryAfter } = await flood.stop()
    expect(others).toEqual(Array<number>(60).fill(200))
    const answered = Object.values(statuses).reduce((sum, count) => sum + count, 0)
    expect(statuses[429]).toBeGreaterThan(answered / 2)
    expect(Object.keys(statuses).filter((status) => !['200', '429', '503'].includes(status))).toEqual([])
    expect(missingRetryAfter).toBe(0)
  }, 120_000)

  it('answers many clients at once past the server’s bound with a fast 503 and Retry-After, never a long wait', async () => {
    // The crowd comes on open connections, as from a proxy that keeps them: opening 60 at once
    // would spread its requests over the server's busy turns, and no turn would see them together.
    await Promise.all(Array.from({ length: 60 }, async () => (await fetch(`${server.url}/healthz`)).arrayBuffer()))
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        get(`/api/news?locale=en&depth=1&where[title][not_equals]=crowd-${i}`, `192.0.3.${i + 1}`),
      ),
    )
    const statuses = answers.map((answer) => answer.status)
    expect(statuses.filter((status) => status === 503).length).toBeGreaterThan(0)
    for (const answer of answers.filter((a) => a.status === 503)) {
      expect(answer.headers.get('Retry-After')).toBe('1')
      expect(((await answer.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/[\u0600-\u06FF]/)
    }
    expect(statuses.every((status) => status === 200 || status === 503)).toBe(true)
  })

  it('reports the event loop’s delay in /readyz, and is ready again once the crowd has gone', async () => {
    type Readiness = { status: string; eventLoopDelayMs: { p50: number; p99: number; max: number } }
    const readiness = async () => (await (await fetch(`${server.url}/readyz`)).json()) as Readiness
    // The delay is the last two seconds' (src/fairness): a crowd just answered may still be in it.
    let ready = await readiness()
    for (let look = 0; look < 20 && ready.status !== 'ready'; look += 1) {
      expect(ready.status).toBe('saturated')
      await new Promise((resolve) => setTimeout(resolve, 500))
      ready = await readiness()
    }
    expect(ready.status).toBe('ready')
    expect(Object.keys(ready.eventLoopDelayMs).sort()).toEqual(['max', 'p50', 'p99'])
    expect(Object.keys((await (await fetch(`${server.url}/healthz`)).json()) as object).sort()).toEqual([
      'status',
      'uptime',
    ])
  })
})
