import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { type MongoForTests, startMongoForTests, withDatabaseName } from '../helpers/mongoServer'
import {
  redisServerInstalled,
  type RedisForTests,
  type ServerProcess,
  startRedis,
  startTwoInstances,
  type TwoInstances,
} from '../helpers/serverProcess'

/**
 * HTTP caching on the built server, and two instances of it sharing one database and one Redis
 * server (REDIS_URL): a change written through one instance clears the answers the other keeps,
 * before the write has answered. Redis is Debian's redis-server (CI installs it; `.ci/run`).
 */
const hasRedis = redisServerInstalled('cache')
const describeWithRedis = hasRedis ? describe : describe.skip

let mongo: MongoForTests
let redis: RedisForTests | null = null
let instances: TwoInstances | null = null
let first: ServerProcess
let second: ServerProcess
let token = ''

beforeAll(async () => {
  mongo = await startMongoForTests()
  const database = withDatabaseName(mongo.url, `eafs_http_cache_${Date.now()}`)
  const env: Record<string, string> = { DATABASE_URI: database }
  if (hasRedis) {
    redis = await startRedis()
    env.REDIS_URL = redis.url
  }
  instances = await startTwoInstances(env)
  ;({ first, second, token } = instances)
})

afterAll(async () => {
  await instances?.stop()
  redis?.stop()
  await mongo?.stop()
})

const read = async (server: ServerProcess, path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${server.url}${path}`, { headers })
  return { status: response.status, headers: response.headers, text: await response.text() }
}

describe('HTTP caching on the built server', () => {
  it('tags public reads, answers 304, and names only what changes the answer', async () => {
    const path = '/api/news?locale=ar&depth=0'
    const fresh = await read(first, path)
    expect(fresh.status).toBe(200)
    const etag = fresh.headers.get('etag') ?? ''
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(fresh.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=30, stale-while-revalidate=60')
    // Only the origin (its CORS grant) and the encoding change the answer; never Next.js's rsc or router headers.
    expect(fresh.headers.get('vary')).toBe('Origin, Accept-Encoding')
    const notModified = await read(first, path, { 'If-None-Match': etag })
    expect(notModified.status).toBe(304)
    expect(notModified.text).toBe('')
    // HEAD answers as GET does, without the body.
    const head = await fetch(`${first.url}${path}`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('etag')).toBe(etag)
    // GraphQL over GET, a global, the feed and a media file are tagged too.
    for (const other of [
      '/api/graphql?query=%7B%20News(locale%3A%20ar)%20%7B%20docs%20%7B%20title%20%7D%20%7D%20%7D',
      '/api/globals/society?locale=ar',
      '/feeds/news.ar.xml',
      '/sitemap.xml',
    ]) {
      const answer = await read(first, other)
      expect(answer.status).toBe(200)
      const tag = answer.headers.get('etag') ?? ''
      expect(tag).not.toBe('')
      expect((await read(first, other, { 'If-None-Match': tag })).status).toBe(304)
    }
    // Staff reads are private and never tagged for a shared cache.
    const staff = await read(first, path, { Authorization: `JWT ${token}` })
    expect(staff.headers.get('cache-control')).toBe('private, no-store')
    expect(staff.headers.get('x-cache')).toBeNull()
  })

  it('compresses: kept answers from the cache, staff reads and the admin’s pages and assets on the way out', async () => {
    const path = '/api/news?locale=ar&depth=1&limit=50'
    for (const encoding of ['br', 'gzip']) {
      const kept = await fetch(`${first.url}${path}`, { headers: { 'Accept-Encoding': encoding } })
      expect(kept.headers.get('content-encoding')).toBe(encoding)
      expect(kept.headers.get('etag')).toMatch(encoding === 'br' ? /-br"$/ : /-gz"$/)
      expect(((await kept.json()) as { docs: unknown[] }).docs.length).toBeGreaterThan(0)
      const staff = await fetch(`${first.url}${path}`, {
        headers: { 'Accept-Encoding': encoding, Authorization: `JWT ${token}` },
      })
      expect(staff.headers.get('cache-control')).toBe('private, no-store')
      expect(staff.headers.get('content-encoding')).toBe(encoding)
      expect(((await staff.json()) as { docs: unknown[] }).docs.length).toBeGreaterThan(0)
    }
    // Without Accept-Encoding: as it is.
    const raw = await fetch(`${first.url}${path}`, { headers: { 'Accept-Encoding': 'identity' } })
    expect(raw.headers.get('content-encoding')).toBeNull()
    // The admin's page, and the scripts it loads, in brotli.
    const page = await fetch(`${first.url}/admin/login`, { headers: { 'Accept-Encoding': 'br' } })
    expect(page.status).toBe(200)
    expect(page.headers.get('content-encoding')).toBe('br')
    const script = /\/_next\/static\/[^"']+\.js/.exec(await page.text())?.[0]
    expect(script).toBeDefined()
    const asset = await fetch(`${first.url}${script}`, { headers: { 'Accept-Encoding': 'br' } })
    expect(asset.status).toBe(200)
    expect(asset.headers.get('content-encoding')).toBe('br')
  })

  it('tags a media file by its size and time, and answers 304 for it', async () => {
    const form = new FormData()
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
      'base64',
    )
    form.append('file', new Blob([png], { type: 'image/png' }), 'pixel.png')
    form.append('_payload', JSON.stringify({ alt: 'نقطة' }))
    const created = await fetch(`${first.url}/api/media?locale=ar`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}` },
      body: form,
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { url: string } }
    const file = await fetch(`${first.url}${new URL(doc.url, first.url).pathname}`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('image/png')
    const tag = file.headers.get('etag') ?? ''
    expect(tag).toMatch(/^"[0-9a-z]+-[0-9a-z]+"$/)
    expect(Buffer.from(await file.arrayBuffer()).equals(png)).toBe(true)
    expect(
      (await fetch(`${first.url}${new URL(doc.url, first.url).pathname}`, { headers: { 'If-None-Match': tag } }))
        .status,
    ).toBe(304)
  })
})

describeWithRedis('two instances sharing Redis', () => {
  it('a change through one instance reaches the answers the other keeps, before the write answers', async () => {
    const path = '/api/globals/society?locale=ar&depth=0'
    const before = await read(second, path)
    expect(before.status).toBe(200)
    expect((await read(second, path)).headers.get('x-cache')).toBe('HIT')
    const changed = await fetch(`${first.url}/api/globals/society?locale=ar`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'جمعية الصداقة المصرية الأذربيجانية (اسم محدّث)' }),
    })
    expect(changed.status).toBe(200)
    // No waiting: the other instance's next read already has it.
    const after = await read(second, path, { 'If-None-Match': before.headers.get('etag') ?? '' })
    expect(after.status).toBe(200)
    expect(after.text).toContain('اسم محدّث')
    expect(after.headers.get('x-cache')).toBe('MISS')

    // A news item taken off the site through the first is gone from the second's list at once.
    const list = await read(second, '/api/news?locale=ar&depth=0')
    const [news] = (JSON.parse(list.text) as { docs: { id: string; title: string }[] }).docs
    expect((await read(second, '/api/news?locale=ar&depth=0')).headers.get('x-cache')).toBe('HIT')
    const off = await fetch(`${first.url}/api/news/${news.id}/workflow`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ locale: 'ar', to: 'unpublished' }),
    })
    expect(off.status).toBe(200)
    const gone = await read(second, '/api/news?locale=ar&depth=0')
    expect(gone.text).not.toContain(news.title)
  })

  it('counts sign-in attempts sent to both instances together against one limit', async () => {
    const guess = (server: ServerProcess) =>
      fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.200' },
        body: JSON.stringify({ email: 'shared-target@eafs.test', password: 'wrong-password-here' }),
      })
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => guess(i % 2 ? first : second)))
    expect(answers.filter((answer) => answer.status === 401)).toHaveLength(5)
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(25)
  })
})
