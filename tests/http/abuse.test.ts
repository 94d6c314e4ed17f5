import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { SIGN_IN_LIMITS } from '../../src/signin'
import { ADMIN, type ServerProcess, startProductionServer } from '../helpers/serverProcess'

/**
 * Abuse against the built server, as an attacker sends it: guesses sent together, from one address
 * and from many (the server trusts the loopback proxy's X-Forwarded-For, as behind a reverse proxy).
 * Behaviour is asserted, never timings.
 */
let server: ServerProcess

beforeAll(async () => {
  server = await startProductionServer({ LOG_LEVEL: 'warn' })
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
  answers.reduce<Record<number, number>>((counts, answer) => ({ ...counts, [answer.status]: (counts[answer.status] ?? 0) + 1 }), {})

describe('sign-in limits under concurrency', () => {
  it(`checks 30 wrong passwords sent together from one address no more than ${SIGN_IN_LIMITS.pair.points} times`, async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, () => signIn('pair-target@eafs.test', 'wrong-password-here', '198.51.100.1')))
    expect(tally(answers)).toEqual({ 401: SIGN_IN_LIMITS.pair.points, 429: 30 - SIGN_IN_LIMITS.pair.points })
    for (const answer of answers.filter((a) => a.status === 429)) expect(Number(answer.headers.get('Retry-After'))).toBeGreaterThan(0)
  })

  it(`checks 70 guesses sent together from 70 addresses against one account no more than ${SIGN_IN_LIMITS.account.points} times, and its owner still signs in`, async () => {
    // The owner signs in from her usual address first: it is known to the account from then on.
    expect((await signIn(ADMIN.email, ADMIN.password, '203.0.113.7')).status).toBe(200)
    const answers = await Promise.all(Array.from({ length: 70 }, (_, i) => signIn(ADMIN.email, 'wrong-password-here', `198.51.${101 + Math.floor(i / 200)}.${(i % 200) + 1}`)))
    expect(tally(answers)).toEqual({ 401: SIGN_IN_LIMITS.account.points, 429: 70 - SIGN_IN_LIMITS.account.points })
    expect((await signIn(ADMIN.email, ADMIN.password, '198.51.120.1')).status).toBe(429)
    expect((await signIn(ADMIN.email, ADMIN.password, '203.0.113.7')).status).toBe(200)
  })

  it('answers a refused GraphQL sign-in with HTTP 429 and Retry-After, as REST does', async () => {
    const login = () =>
      fetch(`${server.url}/api/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.130.1', 'Accept-Language': 'en' },
        body: JSON.stringify({ query: 'mutation { loginUser(email: "graph-target@eafs.test", password: "wrong-password-here") { token } }' }),
      })
    const answers = await Promise.all(Array.from({ length: 10 }, login))
    const refused = answers.filter((answer) => answer.status === 429)
    expect(refused).toHaveLength(10 - SIGN_IN_LIMITS.pair.points)
    for (const answer of refused) {
      expect(Number(answer.headers.get('Retry-After'))).toBeGreaterThan(0)
      expect(((await answer.json()) as { errors: { extensions: { statusCode: number } }[] }).errors[0].extensions.statusCode).toBe(429)
    }
    // The wrong passwords that were checked stay ordinary GraphQL answers.
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(SIGN_IN_LIMITS.pair.points)
  })
})

describe('large valid content', () => {
  /** A body within the documented limits: 20,850 paragraphs of one text each (41,700 nodes). */
  const longBody = (words: string) => ({
    root: {
      type: 'root', version: 1, direction: 'rtl', format: '', indent: 0,
      children: Array.from({ length: 20_850 }, (_, i) => ({
        type: 'paragraph', version: 1, direction: 'rtl', format: '', indent: 0, textFormat: 0, textStyle: '',
        children: [{ type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text: `${words} ${i}` }],
      })),
    },
  })

  beforeAll(async () => {
    const login = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.7' }, body: JSON.stringify(ADMIN) })
    const { token } = (await login.json()) as { token: string }
    const as = (method: string, path: string, body: unknown) =>
      fetch(`${server.url}/api${path}`, { method, headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` }, body: JSON.stringify(body) })
    for (let n = 0; n < 3; n++) {
      const created = await as('POST', '/news?locale=ar', { title: `تقرير طويل ${n}`, excerpt: 'تقرير مفصّل عن أنشطة الجمعية.', body: longBody('نص طويل') })
      expect(created.status).toBe(201)
      const { doc } = (await created.json()) as { doc: { id: number } }
      for (const to of ['in_review', 'approved', 'published']) expect((await as('POST', `/news/${doc.id}/workflow`, { locale: 'ar', to })).status).toBe(200)
    }
  }, 300_000)

  it('leaves the public list answering, with the largest bodies left out and said so, and the pagination whole', async () => {
    const answer = await fetch(`${server.url}/api/news?locale=ar`)
    expect(answer.status).toBe(200)
    const page = (await answer.json()) as { docs: { title: string; body: unknown; omittedFields?: string[] }[]; totalDocs: number; limit: number }
    expect(page.docs.length).toBe(page.totalDocs)
    const left = page.docs.filter((doc) => doc.omittedFields)
    expect(left.length).toBeGreaterThan(0)
    for (const doc of left) expect(doc).toMatchObject({ body: null, omittedFields: ['body'] })
    // The entry itself still answers whole.
    const one = await fetch(`${server.url}/api/news?locale=ar&where[title][equals]=${encodeURIComponent('تقرير طويل 0')}&limit=1`)
    expect(((await one.json()) as { docs: { body: { root: { children: unknown[] } } }[] }).docs[0].body.root.children).toHaveLength(20_850)
  })

  it('leaves the GraphQL list of titles and the feed answering, the feed with bounded bodies', async () => {
    const titles = await fetch(`${server.url}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: '{ News(locale: ar) { docs { title } } }' }) })
    const body = (await titles.json()) as { data?: { News: { docs: { title: string }[] } }; errors?: unknown }
    expect(body.errors).toBeUndefined()
    expect(body.data?.News.docs.map((doc) => doc.title)).toEqual(expect.arrayContaining(['تقرير طويل 0', 'تقرير طويل 1', 'تقرير طويل 2']))
    const feed = await fetch(`${server.url}/feeds/news.ar.xml`)
    expect(feed.status).toBe(200)
    const xml = await feed.text()
    expect(xml).toContain('تتمة الخبر على موقع الجمعية')
    expect(Buffer.byteLength(xml)).toBeLessThan(20 * 20 * 1024)
  })
})
