import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { ADMIN, type ServerProcess, startProductionServer } from '../helpers/serverProcess'

/**
 * Bounded work per request, against the built server: the heaviest anonymous requests the
 * limits allow run on a data set where every news item and every timeline entry point at each
 * other, and cheap requests made meanwhile are answered while the heavy ones are still running.
 * The related entries are asked for whole (`populate[…][slugKey]=false` leaves out one field, so
 * every other comes), the heaviest a reader can ask for. The in-process response cache is off
 * here: a heavy request answered from memory after its first time would measure nothing.
 */
const WHOLE = '&populate[news][slugKey]=false&populate[bilateral-relations][slugKey]=false'
const NEWS = 60
let server: ServerProcess
let token = ''

const api = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as { doc: { id: number } }
}

const inBatches = async <T>(items: T[], size: number, work: (item: T) => Promise<unknown>) => {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work))
}

beforeAll(async () => {
  server = await startProductionServer({ LOG_LEVEL: 'warn', RESPONSE_CACHE_ENTRIES: '0' })
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  token = ((await login.json()) as { token: string }).token
  const relations = (await (await fetch(`${server.url}/api/bilateral-relations?limit=100&depth=0`)).json()) as {
    docs: { id: number }[]
  }
  const relationIds = relations.docs.map((d) => d.id)
  const newsIds: number[] = []
  await inBatches([...Array(NEWS).keys()], 6, async (i) => {
    const paragraph = 'تواصل الجمعية تقديم خدماتها بالمجان لطلاب العلم ورواد الجمعية. '.repeat(20)
    const created = await api('POST', '/api/news?locale=ar&depth=0', {
      title: `خبر رقم ${i}`,
      excerpt: paragraph.slice(0, 500),
      related: { relations: relationIds },
      _status: 'published',
    })
    newsIds.push(created.doc.id)
  })
  await inBatches(relationIds, 3, (id) =>
    api('PATCH', `/api/bilateral-relations/${id}?locale=ar&depth=0`, { relatedNews: newsIds }),
  )
})

afterAll(async () => {
  await server?.stop()
})

const timed = async (path: string, init?: RequestInit) => {
  const started = performance.now()
  const response = await fetch(`${server.url}${path}`, init)
  const body = await response.text()
  return { status: response.status, ms: performance.now() - started, bytes: body.length, body }
}

const graphql = (query: string): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ query }),
})

describe('bounded work per request over HTTP', () => {
  it('answers the heaviest anonymous requests with a bounded answer, never a 5xx', async () => {
    const heavy = await Promise.all([
      timed(`/api/news?depth=100&limit=1000000${WHOLE}`),
      timed(`/api/news?depth=2&limit=100${WHOLE}`),
      timed(`/api/bilateral-relations?depth=100&limit=1e9${WHOLE}`),
      timed(`/api/news/${1}?depth=100${WHOLE}`),
      timed(
        '/api/graphql',
        graphql(
          '{ News(limit: 45) { docs { title excerpt related { relations { title summary relatedNews { title excerpt } } } } } }',
        ),
      ),
      timed(
        '/api/graphql',
        graphql(
          '{ News(limit: 100) { docs { related { relations { relatedNews { related { relations { title } } } } } } } }',
        ),
      ),
    ])
    console.log(
      `[limits] heaviest anonymous requests, run together: ${heavy.map((r) => `${r.status} ${r.ms.toFixed(0)} ms ${(r.bytes / 1024).toFixed(0)} KB`).join('; ')}`,
    )
    for (const path of [
      `/api/news?depth=2&limit=100${WHOLE}`,
      `/api/bilateral-relations?depth=2&limit=100${WHOLE}`,
      '/api/news?depth=2&limit=100',
      '/api/news?depth=1&limit=100',
      '/api/news?depth=0&limit=100',
    ]) {
      const alone = await timed(path)
      console.log(
        `[limits] alone: ${path} → ${alone.status} in ${alone.ms.toFixed(0)} ms, ${(alone.bytes / 1024).toFixed(0)} KB`,
      )
    }
    for (const result of heavy) {
      expect(result.status).toBeLessThan(500)
      // Bounded in size: the answer is at most the public budget of 8 MB.
      expect(result.bytes).toBeLessThanOrEqual(8 * 1024 * 1024)
    }
    // Fanning news → timeline → news out at depth 2 would be ~60 × 9 × 60 documents: refused, clearly.
    expect(heavy[0].status).toBe(400)
    expect(heavy[0].body).toContain('سيكون الرد أكبر من 8 ميغابايت')
    expect(JSON.parse(heavy[5].body).errors[0].message).toMatch(/GraphQL/)
    // GraphQL repeats each related entry wherever it is selected: an answer larger than the budget is refused once built.
    expect(JSON.parse(heavy[4].body)).toMatchObject({
      data: null,
      errors: [{ message: expect.stringContaining('سيكون الرد أكبر من 8 ميغابايت') }],
    })
    // The same read with related entries slim (each collection's defaultPopulate) is well within bounds.
    const slim = await timed('/api/news?depth=2&limit=100')
    expect(slim.status).toBe(200)
  })

  /**
   * Cheap requests, one every 50 ms, while `heavyPaths` run back to back, each in its own loop.
   * What is checked is order, not speed (speed is `npm run bench`'s): how many cheap requests were
   * both sent and answered while one heavy request was still in flight. A server that stalls on
   * the heavy request answers none of them before it; an unbounded one never finishes it.
   */
  const cheapWhile = async (heavyPaths: string[]) => {
    type Span = { from: number; to: number }
    const span = async (path: string) => {
      const from = performance.now()
      const result = await timed(path)
      return { ...result, from, to: performance.now() }
    }
    let running = true
    const heavy: (Span & { status: number })[] = []
    const load = Promise.all(
      heavyPaths.map(async (path) => {
        while (running) heavy.push(await span(path))
      }),
    )
    // Let the heavy loops start before the first cheap request.
    while (heavy.length === 0) await new Promise((resolve) => setTimeout(resolve, 20))
    const cheap: Span[] = []
    for (let i = 0; i < 20; i += 1) {
      const result = await span('/api/categories?limit=1&depth=0')
      expect(result.status).toBe(200)
      cheap.push(result)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    running = false
    await load
    const inside = cheap.filter((c) => heavy.some((h) => h.from < c.from && c.to < h.to))
    const within = inside.length
    const slowest = Math.max(...cheap.map((c) => c.to - c.from))
    const times = inside.map((c) => c.to - c.from).sort((a, b) => a - b)
    const median = times[Math.floor(times.length / 2)] ?? Infinity
    console.log(
      `[limits] cheap requests while ${heavyPaths.join(' + ')} ran: ${within} of ${cheap.length} answered inside a heavy one, ` +
        `median ${median.toFixed(0)} ms, slowest ${slowest.toFixed(0)} ms; heavy answers: ${heavy.length} (${[...new Set(heavy.map((h) => h.status))].join(', ')})`,
    )
    expect(heavy.every((h) => h.status < 500)).toBe(true)
    return { within, median }
  }

  it('keeps answering cheap requests while the heaviest anonymous request runs', async () => {
    // The heaviest anonymous read the limits let run to its end (9 entries × 60 news × 9 entries, all
    // loaded, then refused only once its answer is measured at over 8 MB): a cheap request made while
    // it runs is answered within 200 ms (the hardening issue's bound; the median of those answered
    // inside a heavy one, so that one unlucky garbage collection does not decide).
    const allowed = await cheapWhile([`/api/bilateral-relations?depth=2&limit=100${WHOLE}`])
    expect(allowed.within).toBeGreaterThanOrEqual(3)
    expect(allowed.median).toBeLessThan(200)
    // And one the limits refuse only after loading it (too large once written out).
    expect((await cheapWhile([`/api/news?depth=2&limit=100${WHOLE}`])).within).toBeGreaterThanOrEqual(3)
    // And depth=100, which on an unbounded server never finishes.
    expect((await cheapWhile([`/api/news?depth=100&limit=100${WHOLE}`])).within).toBeGreaterThanOrEqual(3)
  })

  it('refuses an API body over the limit before reading it, and one that does not state its length', async () => {
    const big = JSON.stringify({ email: 'x@eafs.test', password: 'a'.repeat(6 * 1024 * 1024) })
    const tooLarge = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': 'az' },
      body: big,
    })
    expect(tooLarge.status).toBe(413)
    expect(await tooLarge.json()).toEqual({ errors: [{ message: 'Sorğunun həcmi icazə veriləndən böyükdür (5 MB).' }] })

    const upload = new FormData()
    upload.append('file', new Blob([new Uint8Array(22 * 1024 * 1024)], { type: 'image/png' }), 'huge.png')
    const tooLargeUpload = await fetch(`${server.url}/api/media`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}` },
      body: upload,
    })
    expect(tooLargeUpload.status).toBe(413)
    expect(JSON.stringify(await tooLargeUpload.json())).toContain('21 ميغابايت')

    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(JSON.stringify({ email: 'x@eafs.test', password: 'nope' })))
        controller.close()
      },
    })
    const unstated = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': 'en' },
      body: chunks,
      duplex: 'half',
    } as RequestInit)
    expect(unstated.status).toBe(411)
    expect(await unstated.json()).toEqual({
      errors: [{ message: 'The request must state its length (Content-Length).' }],
    })

    // A body within the limit is read as always.
    const ordinary = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'x@eafs.test', password: 'wrong-password' }),
    })
    expect(ordinary.status).toBe(401)
  })

  it('stays responsive, if slower, under three heavy readers at once', async () => {
    // Three heavy readers share two cores with this test: answered, not stalled.
    expect(
      (
        await cheapWhile([
          '/api/news?depth=2&limit=100',
          '/api/bilateral-relations?depth=2&limit=100',
          '/api/news?depth=1&limit=100',
        ])
      ).within,
    ).toBeGreaterThanOrEqual(3)
  })
})
