import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { News, WebhookDelivery } from '../../src/payload-types'

import { WEBHOOK_ATTEMPTS, WEBHOOK_QUEUE } from '../../src/delivery/webhooks'
import { initTestPayload, type TestContext } from '../helpers/payload'
import { startReceiver } from '../helpers/receiver'
import { RestClient } from '../helpers/rest'
import { createStaff, PASSWORD } from '../helpers/users'

/**
 * Webhooks through the real REST handlers and Payload's jobs queue: a publish, an unpublish and a
 * delete reach a receiver on the loopback address with a signature it verifies; a failing receiver
 * is retried and every attempt is logged; a webhook hears only what it asked for.
 */
const SECRET = 'a-secret-the-site-and-the-cms-share'
let t: TestContext
let receiver: Awaited<ReturnType<typeof startReceiver>>
const as = {} as Record<'admin' | 'editor' | 'public', RestClient>

const deliveries = async () =>
  (await t.payload.find({ collection: 'webhook-deliveries', sort: 'createdAt', pagination: false, depth: 0 }))
    .docs as WebhookDelivery[]

/** Runs the webhook queue now, as the server's runner would; `later` first lets the backoff pass. */
const runQueue = async ({ later = false } = {}) => {
  if (later)
    await t.payload.update({
      collection: 'payload-jobs',
      where: { queue: { equals: WEBHOOK_QUEUE } },
      data: { waitUntil: new Date(0).toISOString() },
    })
  await t.payload.jobs.run({ queue: WEBHOOK_QUEUE })
}

const move = (id: number | string, to: string) =>
  as.editor.request('POST', `/news/${id}/workflow`, { body: JSON.stringify({ locale: 'ar', to }) })

beforeAll(async () => {
  t = await initTestPayload('webhooks')
  receiver = await startReceiver(SECRET)
  for (const role of ['admin', 'editor'] as const) {
    as[role] = new RestClient(t.config)
    await as[role].login(await createStaff(t.payload, role), PASSWORD)
  }
  as.public = new RestClient(t.config)
  const hook = await as.admin.post('/webhooks', {
    name: 'Society site',
    url: receiver.url,
    events: ['publish', 'unpublish', 'delete'],
    collections: ['news'],
    secret: SECRET,
  })
  expect(hook.status).toBe(201)
  // Another site that listens to courses only, and one switched off: neither hears of news.
  await as.admin.post('/webhooks', {
    name: 'Courses page',
    url: receiver.url,
    events: ['publish'],
    collections: ['courses'],
    secret: SECRET,
  })
  await as.admin.post('/webhooks', {
    name: 'Old site',
    url: receiver.url,
    events: ['publish'],
    secret: SECRET,
    active: false,
  })
})

afterAll(async () => {
  await receiver.close()
  await t.destroy()
})

describe('webhooks', () => {
  let news: News

  it('queue a signed delivery when a language is published, and send it from the queue, not from the save', async () => {
    const created = await as.editor.post('/news?locale=ar', { title: 'افتتاح المعرض' })
    news = ((await created.json()) as { doc: News }).doc
    for (const to of ['in_review', 'approved', 'published']) expect((await move(news.id, to)).status).toBe(200)
    // The save answered before anything was sent.
    expect(receiver.received).toHaveLength(0)
    expect((await deliveries()).map((d) => [d.event, d.status])).toEqual([['publish', 'pending']])
    await runQueue()
    expect(receiver.received).toHaveLength(1)
    const [request] = receiver.received
    expect(receiver.verified(request)).toBe(true)
    expect(request.headers['x-eafs-event']).toBe('publish')
    expect(JSON.parse(request.body)).toMatchObject({
      event: 'publish',
      collection: 'news',
      entry: String(news.id),
      locale: 'ar',
    })
    expect((await deliveries())[0]).toMatchObject({
      status: 'delivered',
      attempts: 1,
      lastStatusCode: 200,
      entryCollection: 'news',
    })
    // The log reads the same over GraphQL.
    const { body: answer } = await as.admin.query<{
      WebhookDeliveries: { docs: { entryCollection: string; status: string }[] }
    }>('{ WebhookDeliveries { docs { entryCollection status } } }')
    expect(answer.data?.WebhookDeliveries.docs).toEqual([{ entryCollection: 'news', status: 'delivered' }])
  })

  it('retry a failing receiver with backoff, logging each attempt, until it answers', async () => {
    receiver.answers('unpublish').push(500)
    expect((await move(news.id, 'unpublished')).status).toBe(200)
    await runQueue()
    const failed = (await deliveries()).find((d) => d.event === 'unpublish')
    expect(failed).toMatchObject({ status: 'retrying', attempts: 1, lastStatusCode: 500, lastError: 'HTTP 500' })
    // Not before its time: the backoff holds it back.
    await runQueue()
    expect((await deliveries()).find((d) => d.event === 'unpublish')?.attempts).toBe(1)
    await runQueue({ later: true })
    expect((await deliveries()).find((d) => d.event === 'unpublish')).toMatchObject({
      status: 'delivered',
      attempts: 2,
      lastError: null,
    })
    const sent = receiver.received.filter((r) => r.headers['x-eafs-event'] === 'unpublish')
    expect(sent).toHaveLength(2)
    expect(sent.every(receiver.verified)).toBe(true)
  })

  it(`give up after ${WEBHOOK_ATTEMPTS} attempts and say so, for a receiver that never answers well`, async () => {
    receiver.answers('delete').push(...Array<number>(WEBHOOK_ATTEMPTS).fill(503))
    expect((await as.admin.delete(`/news/${news.id}`)).status).toBe(200)
    for (let attempt = 0; attempt < WEBHOOK_ATTEMPTS + 1; attempt += 1) await runQueue({ later: attempt > 0 })
    expect((await deliveries()).find((d) => d.event === 'delete')).toMatchObject({
      status: 'failed',
      attempts: WEBHOOK_ATTEMPTS,
      lastStatusCode: 503,
      locale: null,
    })
    expect(receiver.received.filter((r) => r.headers['x-eafs-event'] === 'delete')).toHaveLength(WEBHOOK_ATTEMPTS)
  })

  it('are seen and managed by administrators only, and no one writes the log', async () => {
    expect((await as.editor.get('/webhooks')).status).toBe(403)
    expect((await as.public.get('/webhook-deliveries')).status).toBe(403)
    expect((await as.admin.get('/webhook-deliveries')).status).toBe(200)
    const [first] = await deliveries()
    expect((await as.admin.patch(`/webhook-deliveries/${first.id}`, { status: 'failed' })).status).toBe(403)
    expect(
      (await as.admin.post('/webhooks', { name: 'x', url: 'ftp://example.org', events: ['publish'], secret: SECRET }))
        .status,
    ).toBe(400)
  })
})
