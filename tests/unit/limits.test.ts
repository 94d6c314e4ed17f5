import type { PayloadRequest } from 'payload'

import { describe, expect, it } from '@jest/globals'

import { boundsByActor, chargeDocument, jsonSize, meterOf } from '../../src/limits/bounds'

const request = (user: unknown, language = 'en', payloadAPI: PayloadRequest['payloadAPI'] = 'REST') =>
  ({ user, payloadAPI, context: {}, i18n: { language } }) as unknown as PayloadRequest

const options = { maxLimit: 100, defaultLimit: 10, timeoutMs: 60_000 }

describe('jsonSize', () => {
  it('is close to the length of the JSON written out', () => {
    const doc = { id: 1, title: 'جمعية الصداقة', tags: ['a', 'b'], nested: { ok: true, at: null }, when: new Date() }
    const written = Buffer.byteLength(JSON.stringify(doc))
    expect(jsonSize(doc)).toBeGreaterThanOrEqual(written * 0.8)
    expect(jsonSize(doc)).toBeLessThanOrEqual(written * 1.5)
  })

  it('counts a shared object at every place it appears, in one pass over memory', () => {
    const body = { text: 'x'.repeat(1000) }
    const relation = { id: 1, body }
    const news = Array.from({ length: 100 }, (_, id) => ({
      id,
      relations: Array.from({ length: 100 }, () => relation),
    }))
    // 10,000 appearances of a ~1 KB object: about 10 MB once written out, though one object in memory.
    expect(jsonSize(news)).toBeGreaterThan(10_000_000)
  })

  it('survives a cycle', () => {
    const a: Record<string, unknown> = { name: 'a' }
    a.self = a
    expect(jsonSize(a)).toBeGreaterThan(0)
  })
})

describe('the document budget', () => {
  it('refuses the public past its budget with a 400 in the caller’s language', () => {
    const req = request(null, 'az')
    const meter = meterOf(req, options)
    if (!meter) throw new Error('an external request has a meter')
    for (let i = 0; i < boundsByActor.public.maxDocuments; i += 1) chargeDocument(req, meter)
    expect(() => chargeDocument(req, meter)).toThrow(/Bu sorğu 2000 sənəddən çox/)
  })

  it('gives staff a larger budget, and leaves the server’s own calls unmetered', () => {
    const req = request({ id: 1, roles: ['editor'] })
    const meter = meterOf(req, options)
    if (!meter) throw new Error('an external request has a meter')
    for (let i = 0; i <= boundsByActor.public.maxDocuments; i += 1) chargeDocument(req, meter)
    expect(meter.documents).toBe(boundsByActor.public.maxDocuments + 1)
    expect(meterOf(request(null, 'en', 'local'), options)).toBeNull()
  })

  it('shares one meter between the nested reads of one request', () => {
    const req = request(null)
    expect(meterOf(req, options)).toBe(meterOf(req, options))
  })
})
