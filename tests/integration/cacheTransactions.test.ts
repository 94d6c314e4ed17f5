import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import os from 'node:os'
import path from 'node:path'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { cachedReads, ResponseStore } from '../../src/cache'
import { writesUnfinished } from '../../src/cache/generation'
import { payloadAPI } from '../../src/delivery/api'
import { initTestPayload, testDatabase, type TestContext } from '../helpers/payload'
import { RestClient } from '../helpers/rest'
import { createStaff, PASSWORD } from '../helpers/users'

/**
 * The response cache and transactions. A write in a transaction changes the content generation in
 * its hook, before the transaction commits; a read made in between still sees the old content, and
 * must not be kept under the new generation. The cache learns that a transaction ended from Payload
 * removing `req.transactionID` (its `commitTransaction(req)` and `killTransaction(req)`, payload
 * 3.90.1): if Payload stops doing so, no answer is ever kept again and the "HIT" below fails.
 *
 * Transactions need MongoDB on a replica set, which the in-process server is not; SQLite has
 * Payload's same transactions when asked (`transactionOptions`), so this file runs on the SQLite
 * leg, with them on.
 */
const onSqlite = testDatabase() === 'sqlite' ? describe : describe.skip

let t: TestContext
let handler: (request: Request) => Promise<Response>
let editor: RestClient
let id: number | string

onSqlite('the response cache around transactions', () => {
  beforeAll(async () => {
    t = await initTestPayload('cache-transactions', {
      configure: async () => {
        const { default: configPromise } = await import('../../payload.config')
        const config = await configPromise
        const file = path.join(os.tmpdir(), `eafs-cache-transactions-${process.pid}-${Date.now()}.db`)
        const db = sqliteAdapter({ client: { url: `file:${file}` }, transactionOptions: {} })
        return { ...config, db: { ...config.db, init: db.init } }
      },
    })
    handler = cachedReads(payloadAPI(t.config, '/api'), {
      payload: t.payload,
      store: new ResponseStore({ maxEntries: 100, maxBytes: 4 * 1024 * 1024 }),
      settings: { maxAgeSeconds: 0, sharedMaxAgeSeconds: 30, staleWhileRevalidateSeconds: 60 },
      cookieName: 'payload-token',
      neverCached: ['/api/users'],
    })
    editor = new RestClient(t.config)
    await editor.login(await createStaff(t.payload, 'editor'), PASSWORD)
    const category = await t.payload.create({ collection: 'categories', locale: 'en', data: { name: 'Before' } })
    id = category.id
  })

  afterAll(async () => {
    await t?.destroy()
  })

  async function read() {
    const response = await handler(new Request(`http://localhost:3000/api/categories/${id}?locale=en&depth=0`))
    const body = (await response.json()) as { name?: string }
    return { name: body.name, state: response.headers.get('x-cache') }
  }

  /** A write of the Local API inside a transaction the test holds open. */
  async function openWrite(name: string): Promise<PayloadRequest> {
    const req = await createLocalReq({}, t.payload)
    expect(await initTransaction(req)).toBe(true)
    await t.payload.update({ collection: 'categories', id, locale: 'en', data: { name }, req })
    return req
  }

  it('keeps nothing read while a write is uncommitted, and shows the write once it commits', async () => {
    expect((await read()).state).toBe('MISS')
    expect(await read()).toEqual({ name: 'Before', state: 'HIT' })

    const req = await openWrite('After')
    expect(writesUnfinished()).toBe(true)
    // Read from outside the transaction: the content as it was, not the entry kept before the write,
    // and not kept now.
    expect(await read()).toEqual({ name: 'Before', state: 'MISS' })
    expect(await read()).toEqual({ name: 'Before', state: 'MISS' })

    await commitTransaction(req)
    expect(await read()).toEqual({ name: 'After', state: 'MISS' })
    expect(writesUnfinished()).toBe(false)
    expect(await read()).toEqual({ name: 'After', state: 'HIT' })
  })

  it('a rolled back write ends too, and the content stays as it was', async () => {
    const req = await openWrite('Never')
    expect((await read()).state).toBe('MISS')
    await killTransaction(req)
    expect(await read()).toEqual({ name: 'After', state: 'MISS' })
    expect(await read()).toEqual({ name: 'After', state: 'HIT' })
  })

  it('a write of the Local API is watched until it ends, with no read to notice it', async () => {
    const req = await openWrite('Watched')
    await commitTransaction(req)
    for (let waited = 0; writesUnfinished() && waited < 2_000; waited += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(writesUnfinished()).toBe(false)
    expect(await read()).toEqual({ name: 'Watched', state: 'MISS' })
  })

  it('a write that others nest in its transaction (search, versions) ends with it', async () => {
    const req = await createLocalReq({}, t.payload)
    expect(await initTransaction(req)).toBe(true)
    await t.payload.create({ collection: 'news', locale: 'en', data: { title: 'Nested', _status: 'published' }, req })
    expect(writesUnfinished()).toBe(true)
    await commitTransaction(req)
    for (let waited = 0; writesUnfinished() && waited < 2_000; waited += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(writesUnfinished()).toBe(false)
  })

  it('a write over HTTP has ended, and counted, before it answers', async () => {
    await read()
    expect(await read()).toEqual({ name: 'Watched', state: 'HIT' })
    const response = await handler(
      new Request(`http://localhost:3000/api/categories/${id}?locale=en`, {
        method: 'PATCH',
        headers: { Authorization: `JWT ${editor.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'Over HTTP' }),
      }),
    )
    expect(response.status).toBe(200)
    expect(writesUnfinished()).toBe(false)
    expect(await read()).toEqual({ name: 'Over HTTP', state: 'MISS' })
    expect(await read()).toEqual({ name: 'Over HTTP', state: 'HIT' })
  })
})
