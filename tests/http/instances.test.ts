import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'
import sharp from 'sharp'

import { runnerLease } from '../../src/cluster/runner'
import { freePort, type MongoForTests, startMongoForTests, withDatabaseName } from '../helpers/mongoServer'
import { startReceiver } from '../helpers/receiver'
import {
  redisServerInstalled,
  type RedisForTests,
  type ServerProcess,
  startRedis,
  startTwoInstances,
  type TwoInstances,
} from '../helpers/serverProcess'

/**
 * Two instances of the built server behind one address, as production runs them (#21): one
 * MongoDB, one Redis (Debian's redis-server; CI installs it), media on S3-compatible storage (s3rver,
 * from npm, in this process). An image uploaded through one is served by the other; a scheduled
 * publish and a webhook delivery run once although both instances run the job queues; a publish on
 * one reaches the answers the other keeps.
 */
const hasRedis = redisServerInstalled('instances')
const describeWithRedis = hasRedis ? describe : describe.skip

const BUCKET = 'eafs-media'
const SECRET = 'the-site-and-the-cms-share-this'

let mongo: MongoForTests
let redis: RedisForTests | null = null
let instances: TwoInstances | null = null
let s3: S3rver | null = null
let s3Folder = ''
let first: ServerProcess
let second: ServerProcess
let token = ''
let redisURL = ''

beforeAll(async () => {
  if (!hasRedis) return
  mongo = await startMongoForTests()
  redis = await startRedis()
  s3Folder = fs.mkdtempSync(path.join(os.tmpdir(), 'eafs-s3-'))
  s3 = new S3rver({
    address: '127.0.0.1',
    port: await freePort(),
    silent: true,
    directory: s3Folder,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  })
  const { port: s3Port } = await s3.run()
  const env: Record<string, string> = {
    DATABASE_URI: withDatabaseName(mongo.url, `eafs_http_instances_${Date.now()}`),
    REDIS_URL: (redisURL = `${redis.url}/1`),
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: 'true',
    WEBHOOK_RETRY_SECONDS: '1',
  }
  instances = await startTwoInstances(env)
  ;({ first, second, token } = instances)
})

afterAll(async () => {
  await instances?.stop()
  await s3?.close()
  if (s3Folder) fs.rmSync(s3Folder, { recursive: true, force: true })
  redis?.stop()
  await mongo?.stop()
})

const call = async (server: ServerProcess, method: string, apiPath: string, body?: unknown) => {
  const response = await fetch(`${server.url}${apiPath}`, {
    method,
    headers: { Authorization: `JWT ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = (await response.json()) as Record<string, unknown>
  if (!response.ok) throw new Error(`${method} ${apiPath}: ${response.status} ${JSON.stringify(json)}`)
  return json
}

const waitFor = async <T>(what: string, look: () => Promise<T | null>, ms = 40_000): Promise<T> => {
  for (const started = Date.now(); Date.now() - started < ms;) {
    const found = await look()
    if (found !== null) return found
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${what} did not happen within ${ms / 1000} s`)
}

/** An Arabic news item through review, approved, not yet published. */
async function approved(server: ServerProcess, title: string): Promise<string> {
  const { doc } = (await call(server, 'POST', '/api/news?locale=ar&draft=true', { title })) as { doc: { id: string } }
  for (const to of ['in_review', 'approved'])
    await call(server, 'POST', `/api/news/${doc.id}/workflow`, { locale: 'ar', to })
  return String(doc.id)
}

/** Both instances' job runners tick (every 5 and 10 s): long enough for a second run, were there one. */
const BOTH_TICK_MS = 12_000

describeWithRedis('two instances: one database, one Redis, media on S3', () => {
  it('serves through one instance an image uploaded through the other, every size of it', async () => {
    // A photo large enough for every size: 2,000 × 1,200, in the society's green.
    const image = await sharp({ create: { width: 2000, height: 1200, channels: 3, background: '#0b7a4b' } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(image)], { type: 'image/png' }), 'shared-image.png')
    form.append('_payload', JSON.stringify({ alt: 'صورة مشتركة' }))
    const created = await fetch(`${first.url}/api/media?locale=ar`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}` },
      body: form,
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as {
      doc: { id: string; url: string; sizes: Record<string, { url: null | string }> }
    }
    // Not in either instance's folder: in the bucket.
    expect(fs.existsSync(path.join(process.cwd(), 'media', 'shared-image.png'))).toBe(false)
    const served = await fetch(`${second.url}${new URL(doc.url, second.url).pathname}`)
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer()).equals(image)).toBe(true)
    for (const size of Object.values(doc.sizes)) {
      if (!size.url) continue
      const resized = await fetch(`${second.url}${new URL(size.url, second.url).pathname}`)
      expect(resized.status).toBe(200)
      expect(resized.headers.get('content-type')).toBe('image/webp')
    }
    // Deleted through the second, gone from the first.
    await call(second, 'DELETE', `/api/media/${doc.id}`)
    expect((await fetch(`${first.url}${new URL(doc.url, first.url).pathname}`)).status).toBe(404)
  })

  it('runs a scheduled publish once, although both instances run the queue', async () => {
    const id = await approved(first, 'خبر مجدول على نسختين')
    const at = new Date(Date.now() + 2_000).toISOString()
    await call(second, 'POST', `/api/news/${id}/workflow`, { locale: 'ar', to: 'published', at })
    await waitFor('the scheduled publish', async () =>
      (await fetch(`${second.url}/api/news/${id}?locale=ar&depth=0`)).status === 200 ? true : null,
    )
    await new Promise((resolve) => setTimeout(resolve, BOTH_TICK_MS))
    const events = (await call(
      first,
      'GET',
      `/api/workflow-events?where[entry][equals]=${id}&where[to][equals]=published&depth=0&limit=10`,
    )) as { docs: { scheduledFor?: null | string }[] }
    // The move as scheduled, and as made: made once.
    expect(events.docs.filter((event) => event.scheduledFor)).toHaveLength(1)
    expect(events.docs.filter((event) => !event.scheduledFor)).toHaveLength(1)
    // Each instance's log says which jobs it made: the move was made by one, once, and tried by no other.
    const logs = [first.output(), second.output()].join('\n')
    expect(logs.split(`Scheduled move made: news/${id} ar → published`)).toHaveLength(2)
    expect(logs).not.toMatch(/Error running job|"hasError":true|job.*failed/i)
  })

  it('delivers a webhook once, although both instances run the queue; the publish reaches both caches', async () => {
    const receiver = await startReceiver(SECRET)
    try {
      await call(first, 'POST', '/api/webhooks', {
        name: 'Site rebuild',
        url: receiver.url,
        events: ['publish'],
        secret: SECRET,
      })
      const id = await approved(first, 'خبر لخطاف على نسختين')
      // The second instance keeps the public list before the publish…
      const list = '/api/news?locale=ar&depth=0&limit=50'
      expect(await (await fetch(`${second.url}${list}`)).text()).not.toContain('خبر لخطاف على نسختين')
      expect((await fetch(`${second.url}${list}`)).headers.get('x-cache')).toBe('HIT')
      // …the publish goes through the first, and the second's next read has it.
      await call(first, 'POST', `/api/news/${id}/workflow`, { locale: 'ar', to: 'published' })
      const after = await fetch(`${second.url}${list}`)
      expect(after.headers.get('x-cache')).toBe('MISS')
      expect(await after.text()).toContain('خبر لخطاف على نسختين')

      const delivered = await waitFor('the webhook delivery', async () => {
        const listed = (await call(first, 'GET', '/api/webhook-deliveries?depth=0&sort=-createdAt&limit=1')) as {
          docs: { status: string; attempts: number }[]
        }
        return listed.docs[0]?.status === 'delivered' ? listed.docs[0] : null
      })
      await new Promise((resolve) => setTimeout(resolve, BOTH_TICK_MS))
      expect(delivered.attempts).toBe(1)
      const publishes = receiver.received.filter((request) => request.headers['x-eafs-event'] === 'publish')
      expect(publishes).toHaveLength(1)
      expect(JSON.parse(publishes[0]?.body ?? '{}')).toMatchObject({ entry: id, collection: 'news' })
    } finally {
      await receiver.close()
    }
  })
})

describeWithRedis('the job runner’s lease', () => {
  it('is held by one instance at a time, handed on when its holder stops, and taken over when it dies', async () => {
    // A Redis database of its own, so that the servers above keep theirs.
    const url = redisURL.replace(/\/1$/, '/2')
    const [a, b, c] = [runnerLease(url, 1_000), runnerLease(url, 1_000), runnerLease(url, 1_000)]
    try {
      expect(await a.holds()).toBe(true)
      expect(await b.holds()).toBe(false)
      // The holder renews it on every tick.
      await new Promise((resolve) => setTimeout(resolve, 600))
      expect(await a.holds()).toBe(true)
      await new Promise((resolve) => setTimeout(resolve, 600))
      expect(await b.holds()).toBe(false)
      // Stopped, it hands it on at once.
      await a.release()
      expect(await b.holds()).toBe(true)
      expect(await c.holds()).toBe(false)
      // Dead (no renewal, no release), its lease runs out and another takes it.
      await new Promise((resolve) => setTimeout(resolve, 1_200))
      expect(await c.holds()).toBe(true)
      expect(await b.holds()).toBe(false)
    } finally {
      await Promise.all([a.release(), b.release(), c.release()])
    }
  })
})
