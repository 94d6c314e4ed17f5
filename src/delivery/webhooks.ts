/**
 * Webhooks: when a language of an entry is published or taken off (a workflow event) or an entry
 * is deleted, every active webhook that asks for it gets a delivery. The delivery is written in the
 * same transaction as the change and sent by Payload's jobs queue, so an editor's save never waits
 * for a receiver, and a restart loses none. Each POST carries the event as JSON, signed:
 *   X-EAFS-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the webhook's secret>
 * A failed delivery (no answer within 10 s, or not a 2xx) is retried with exponential backoff;
 * each attempt is logged in `webhook-deliveries` (status, attempts, last code and error).
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  JobsConfig,
  PayloadRequest,
  TaskConfig,
  Where,
} from 'payload'

import crypto from 'node:crypto'

import { isLocaleCode, type LocaleCode, type webhookEventLabels } from '../i18n'
import type { WebhookDelivery } from '../payload-types'
import { idFor } from '../lib/ids'
import { isEditorialSlug, optionOfSlug, slugOfOption } from '../content'
import type { SiteCollection } from './alternates'

export type WebhookEvent = keyof typeof webhookEventLabels

export const WEBHOOK_TASK = 'webhookDelivery'
export const WEBHOOK_QUEUE = 'webhooks'
/** The first try and five retries. */
export const WEBHOOK_ATTEMPTS = 6
const TIMEOUT_MS = 10_000

/** What a receiver gets (a type, not an interface, so that it is JSON to Payload). */
export type WebhookBody = {
  id: string
  event: WebhookEvent
  collection: SiteCollection
  entry: string
  locale: LocaleCode | null
  occurredAt: string
}

/** The signature header of a body sent at `timestamp` (seconds). */
export const signWebhook = (secret: string, timestamp: number, body: string): string =>
  `t=${timestamp},v1=${crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`

/** Queues a delivery of `event` to every active webhook that asks for it; returns how many. */
export async function queueWebhooks(
  req: PayloadRequest,
  event: WebhookEvent,
  collection: SiteCollection,
  entry: string,
  locale: LocaleCode | null,
): Promise<number> {
  const and: Where[] = [{ active: { equals: true } }, { events: { contains: event } }]
  const { docs: hooks } = await req.payload.find({
    collection: 'webhooks',
    where: { and },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  let queued = 0
  for (const hook of hooks) {
    const collections = (hook.collections ?? []).map(slugOfOption)
    const locales = hook.languages ?? []
    if (collections.length > 0 && !collections.includes(collection)) continue
    if (locale && locales.length > 0 && !locales.includes(locale)) continue
    const delivery = await req.payload.create({
      collection: 'webhook-deliveries',
      data: {
        webhook: hook.id,
        event,
        entryCollection: optionOfSlug(collection) as WebhookDelivery['entryCollection'],
        entry,
        locale,
        status: 'pending',
        attempts: 0,
      },
      overrideAccess: true,
      req,
    })
    const body: WebhookBody = {
      id: String(delivery.id),
      event,
      collection,
      entry,
      locale,
      occurredAt: new Date().toISOString(),
    }
    await req.payload.update({
      collection: 'webhook-deliveries',
      id: delivery.id,
      data: { body },
      overrideAccess: true,
      req,
    })
    await req.payload.jobs.queue({
      task: WEBHOOK_TASK,
      queue: WEBHOOK_QUEUE,
      input: { delivery: String(delivery.id) },
      req,
    })
    queued += 1
  }
  return queued
}

/** One attempt: POSTs the body, and logs how it went. Throws on failure so that the queue retries. */
const webhookTask = (retrySeconds: number): TaskConfig<'webhookDelivery'> => ({
  slug: WEBHOOK_TASK,
  inputSchema: [{ name: 'delivery', type: 'text', required: true }],
  retries: { attempts: WEBHOOK_ATTEMPTS - 1, backoff: { type: 'exponential', delay: retrySeconds * 1000 } },
  handler: async ({ input, req }) => {
    const id = idFor(req, input.delivery)
    const delivery = await req.payload.findByID({
      collection: 'webhook-deliveries',
      id,
      depth: 1,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    const hook = delivery && typeof delivery.webhook === 'object' ? delivery.webhook : null
    if (!delivery || !hook || delivery.status === 'delivered') return { output: {} }
    const body = JSON.stringify(delivery.body)
    const timestamp = Math.floor(Date.now() / 1000)
    const attempts = (delivery.attempts ?? 0) + 1
    let problem: null | string = null
    let statusCode: null | number = null
    try {
      const response = await fetch(hook.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'EAFS-Webhooks/1',
          'X-EAFS-Event': delivery.event,
          'X-EAFS-Delivery': String(delivery.id),
          'X-EAFS-Signature': signWebhook(hook.secret, timestamp, body),
        },
        body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
        redirect: 'manual',
      })
      statusCode = response.status
      await response.body?.cancel()
      if (!response.ok) problem = `HTTP ${response.status}`
    } catch (error) {
      problem =
        error instanceof Error
          ? error.name === 'TimeoutError'
            ? `no answer within ${TIMEOUT_MS / 1000} s`
            : error.message
          : String(error)
    }
    await req.payload.update({
      collection: 'webhook-deliveries',
      id,
      data: problem
        ? {
            attempts,
            lastStatusCode: statusCode,
            lastError: problem,
            status: attempts >= WEBHOOK_ATTEMPTS ? 'failed' : 'retrying',
          }
        : {
            attempts,
            lastStatusCode: statusCode,
            lastError: null,
            status: 'delivered',
            deliveredAt: new Date().toISOString(),
          },
      overrideAccess: true,
      req,
    })
    if (problem)
      throw new Error(
        `Webhook delivery ${String(delivery.id)} to ${hook.url} failed (attempt ${attempts} of ${WEBHOOK_ATTEMPTS}): ${problem}`,
      )
    return { output: {} }
  },
})

/** A workflow event that puts a language on the site or takes it off tells the webhooks. */
export const webhooksOnWorkflowEvent: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const event: null | WebhookEvent = doc.to === 'published' ? 'publish' : doc.to === 'unpublished' ? 'unpublish' : null
  if (
    operation !== 'create' ||
    !event ||
    typeof doc.collectionSlug !== 'string' ||
    !isEditorialSlug(req.payload.config, doc.collectionSlug)
  )
    return doc
  await queueWebhooks(req, event, doc.collectionSlug, String(doc.entry), isLocaleCode(doc.locale) ? doc.locale : null)
  return doc
}

export const webhooksOnDelete =
  (collection: SiteCollection): CollectionAfterDeleteHook =>
  async ({ id, req }) => {
    await queueWebhooks(req, 'delete', collection, String(id), null)
  }

/** The jobs configuration the webhooks need: their task and a runner every few seconds. */
export const webhookJobs = (existing: JobsConfig | undefined, retrySeconds: number): JobsConfig => {
  const autoRun = Array.isArray(existing?.autoRun) ? existing.autoRun : []
  return {
    ...existing,
    tasks: [...(existing?.tasks ?? []), webhookTask(retrySeconds)],
    autoRun: [...autoRun, { cron: '*/5 * * * * *', queue: WEBHOOK_QUEUE, limit: 20 }],
  }
}
