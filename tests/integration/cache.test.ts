import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import crypto from 'node:crypto'
import zlib from 'node:zlib'

import type { News } from '../../src/payload-types'

import { cachedReads, canonicalReads, ResponseStore } from '../../src/cache'
import { payloadAPI } from '../../src/delivery/api'
import { DEFAULT_PAGE_SIZE } from '../../src/limits'
import { adminSave } from '../helpers/adminRequests'
import { initTestPayload, type TestContext } from '../helpers/payload'
import { RestClient } from '../helpers/rest'
import { createStaff, PASSWORD } from '../helpers/users'

/**
 * The response cache over Payload's real REST and GraphQL handlers, as the server mounts it: every
 * change an editor makes (publish, unpublish, delete, restore, one language's publish, a global, a
 * scheduled publish) changes what the next anonymous read returns, over REST and GraphQL; a 304
 * never hides a change; drafts are never kept for the public; one language's or one API client's
 * answer is never served to another. Staff write through Payload's handlers directly: the cache
 * learns of changes from the hooks, whichever way a change comes.
 */
let t: TestContext
let editor: RestClient
let admin: RestClient
let store: ResponseStore
let handler: (request: Request) => Promise<Response>
const keys = { published: 'cache-test-published-key-0123456789', preview: 'cache-test-preview-key-0123456789ab' }

beforeAll(async () => {
  t = await initTestPayload('cache')
  admin = new RestClient(t.config)
  await admin.login(await createStaff(t.payload, 'admin'), PASSWORD)
  editor = new RestClient(t.config)
  await editor.login(await createStaff(t.payload, 'editor'), PASSWORD)
  store = new ResponseStore({ maxEntries: 500, maxBytes: 16 * 1024 * 1024 })
  handler = cachedReads(payloadAPI(t.config, '/api'), {
    payload: t.payload,
    store,
    settings: { maxAgeSeconds: 0, sharedMaxAgeSeconds: 30, staleWhileRevalidateSeconds: 60 },
    cookieName: 'payload-token',
    neverCached: ['/api/preview', '/api/users', '/api/graphql-playground'],
    canonical: canonicalReads(t.payload.config, DEFAULT_PAGE_SIZE),
  })
  for (const [scope, key] of Object.entries(keys)) {
    expect(
      (await admin.post('/api-clients', { name: `cache ${scope}`, scope, enableAPIKey: true, apiKey: key })).status,
    ).toBe(201)
  }
})

afterAll(async () => {
  await t.destroy()
})

/** A read through the cached handler, as a site (or anyone) sends it. */
async function read(path: string, headers: Record<string, string> = {}) {
  const response = await handler(
    new Request(`${t.config.serverURL || 'http://localhost:3000'}/api${path}`, { headers }),
  )
  const text = await response.text()
  return {
    status: response.status,
    headers: response.headers,
    text,
    state: response.headers.get('x-cache'),
    etag: response.headers.get('etag'),
  }
}

/** A read's bytes as they came, compressed or not. */
async function readBytes(path: string, headers: Record<string, string> = {}) {
  const response = await handler(new Request(`http://localhost:3000/api${path}`, { headers }))
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) }
}

/** Payload's own answer, without the cache. */
const payloadsAnswer = async (path: string): Promise<string> =>
  (await payloadAPI(t.config, '/api')(new Request(`http://localhost:3000/api${path}`))).text()

const graphqlGet = (query: string) => read(`/graphql?query=${encodeURIComponent(query)}`)

const move = async (id: number | string, locale: string, to: string) => {
  const response = await editor.request('POST', `/news/${id}/workflow`, { body: JSON.stringify({ locale, to }) })
  if (response.status !== 200) throw new Error(`${to}: ${response.status} ${await response.text()}`)
}

/** Through review and out, as the workflow has it. */
const publish = async (id: number | string, locale: string) => {
  for (const to of ['in_review', 'approved', 'published']) await move(id, locale, to)
}

/** A new text for a published entry: saved as a draft, then reviewed and published again. */
const republish = async (id: number | string, locale: string, data: Record<string, unknown>) => {
  expect((await editor.patch(`/news/${id}?locale=${locale}`, data)).status).toBe(200)
  await publish(id, locale)
}

async function createPublished(title: string): Promise<News> {
  const created = await editor.post('/news?locale=ar', { title })
  expect(created.status).toBe(201)
  const { doc } = (await created.json()) as { doc: News }
  await publish(doc.id, 'ar')
  return doc
}

describe('what the next anonymous read returns', () => {
  it('a publish, an edit and an unpublish each show at once, over REST and GraphQL, and a 304 never hides one', async () => {
    const listPath = '/news?locale=ar&depth=0&limit=50'
    const gql = '{ News(locale: ar, limit: 50) { docs { id title } } }'
    const first = await read(listPath)
    expect(first).toMatchObject({ status: 200, state: 'MISS' })
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=30, stale-while-revalidate=60')
    expect(await read(listPath)).toMatchObject({ state: 'HIT', etag: first.etag })
    expect((await graphqlGet(gql)).state).toBe('MISS')
    expect((await graphqlGet(gql)).state).toBe('HIT')

    // A draft is not there, and saving it does not change what the public reads.
    const created = await editor.post('/news?locale=ar', { title: 'خبر للتخزين المؤقت' })
    const { doc } = (await created.json()) as { doc: News }
    const afterDraft = await read(listPath)
    expect(afterDraft.text).not.toContain('خبر للتخزين المؤقت')

    // Publish.
    await publish(doc.id, 'ar')
    const published = await read(listPath, { 'If-None-Match': first.etag ?? '' })
    expect(published).toMatchObject({ status: 200, state: 'MISS' })
    expect(published.text).toContain('خبر للتخزين المؤقت')
    expect(published.etag).not.toBe(first.etag)
    expect((await graphqlGet(gql)).text).toContain('خبر للتخزين المؤقت')
    // The reader who has this answer gets a 304, without the body.
    const unchanged = await read(listPath, { 'If-None-Match': published.etag ?? '' })
    expect(unchanged).toMatchObject({ status: 304, state: 'HIT', text: '' })

    // An edit of the published text (a new version, published).
    await republish(doc.id, 'ar', { title: 'خبر معدّل' })
    const edited = await read(listPath, { 'If-None-Match': published.etag ?? '' })
    expect(edited.status).toBe(200)
    expect(edited.text).toContain('خبر معدّل')
    expect((await read(`/news/${doc.id}?locale=ar&depth=0`)).text).toContain('خبر معدّل')
    expect((await graphqlGet(gql)).text).toContain('خبر معدّل')

    // Unpublish.
    await move(doc.id, 'ar', 'unpublished')
    const unpublished = await read(listPath, { 'If-None-Match': edited.etag ?? '' })
    expect(unpublished.status).toBe(200)
    expect(unpublished.text).not.toContain('خبر معدّل')
    expect((await read(`/news/${doc.id}?locale=ar&depth=0`)).status).toBe(404)
    expect((await graphqlGet(gql)).text).not.toContain('خبر معدّل')
  })

  it('a move to the trash shows at once', async () => {
    const doc = await createPublished('خبر سيحذف')
    const path = `/news/${doc.id}?locale=ar&depth=0`
    expect((await read(path)).status).toBe(200)
    expect((await read(path)).state).toBe('HIT')
    const gql = `{ NewsItem(id: ${JSON.stringify(doc.id)}, locale: ar) { title } }`
    expect((await graphqlGet(gql)).text).toContain('خبر سيحذف')
    expect((await editor.patch(`/news/${doc.id}`, { deletedAt: new Date().toISOString() })).status).toBe(200)
    expect((await read(path)).status).toBe(404)
    expect((await read('/news?locale=ar&depth=0&limit=50')).text).not.toContain('خبر سيحذف')
    expect((await graphqlGet(gql)).text).not.toContain('خبر سيحذف')
  })

  it('restoring an earlier version shows at once', async () => {
    const doc = await createPublished('النص الأول')
    await republish(doc.id, 'ar', { title: 'النص الثاني' })
    const path = `/news/${doc.id}?locale=ar&depth=0`
    expect((await read(path)).text).toContain('النص الثاني')
    expect((await read(path)).state).toBe('HIT')
    const versions = await t.payload.findVersions({
      collection: 'news',
      where: { parent: { equals: doc.id }, 'version._status': { equals: 'published' } },
      sort: 'createdAt',
      locale: 'ar',
      depth: 0,
    })
    const firstPublished = versions.docs.find((version) => version.version.title === 'النص الأول')
    expect(firstPublished).toBeDefined()
    // The workflow restores into a draft, which the public does not see until it is published again.
    const restored = await editor.request('POST', `/news/versions/${firstPublished?.id}?locale=ar&draft=true`)
    expect(restored.status).toBe(200)
    expect((await read(path)).text).toContain('النص الثاني')
    await publish(doc.id, 'ar')
    expect((await read(path)).text).toContain('النص الأول')
  })

  it('publishing one language changes that language’s answer, and only the languages that read it', async () => {
    const doc = await createPublished('خبر بثلاث لغات')
    expect((await editor.patch(`/news/${doc.id}?locale=az`, { title: 'Üç dildə xəbər' })).status).toBe(200)
    const az = `/news/${doc.id}?locale=az&depth=0&fallback-locale=none`
    const ar = `/news/${doc.id}?locale=ar&depth=0`
    expect((await read(az)).status).toBe(404)
    const arBefore = await read(ar)
    expect(arBefore.text).toContain('خبر بثلاث لغات')
    expect((await read(ar)).state).toBe('HIT')
    await publish(doc.id, 'az')
    const azAfter = await read(az)
    expect(azAfter.status).toBe(200)
    expect(azAfter.text).toContain('Üç dildə xəbər')
    expect(azAfter.headers.get('content-language')).toBe('az')
    // Each language is its own answer: the Arabic one is never served for Azerbaijani.
    const arAfter = await read(ar)
    expect(arAfter.text).toContain('خبر بثلاث لغات')
    expect(arAfter.etag).not.toBe(azAfter.etag)
    expect(
      (await graphqlGet(`{ NewsItem(id: ${JSON.stringify(doc.id)}, locale: az, fallbackLocale: none) { title } }`))
        .text,
    ).toContain('Üç dildə xəbər')
  })

  it('a change to a global shows at once', async () => {
    const path = '/globals/society?locale=ar&depth=0'
    const before = await read(path)
    expect(before.status).toBe(200)
    expect((await read(path)).state).toBe('HIT')
    expect(
      (
        await admin.request('POST', '/globals/society?locale=ar', {
          body: JSON.stringify({ name: 'جمعية الصداقة — اسم جديد' }),
        })
      ).status,
    ).toBe(200)
    const after = await read(path)
    expect(after.text).toContain('اسم جديد')
    expect(after.etag).not.toBe(before.etag)
  })

  it('a scheduled publish shows when the queue runs it', async () => {
    const created = await editor.post('/news?locale=ar', { title: 'خبر مجدول للتخزين' })
    const { doc } = (await created.json()) as { doc: News }
    await move(doc.id, 'ar', 'in_review')
    await move(doc.id, 'ar', 'approved')
    const at = new Date(Date.now() + 3000)
    const scheduled = await editor.request('POST', `/news/${doc.id}/workflow`, {
      body: JSON.stringify({ locale: 'ar', to: 'published', at: at.toISOString() }),
    })
    expect(scheduled.status).toBe(200)
    const path = `/news/${doc.id}?locale=ar&depth=0`
    expect((await read(path)).status).toBe(404)
    await new Promise((resolve) => setTimeout(resolve, at.getTime() - Date.now() + 100))
    await t.payload.jobs.run({ queue: 'workflow' })
    const after = await read(path)
    expect(after.status).toBe(200)
    expect(after.text).toContain('خبر مجدول للتخزين')
  })
})

describe('persisted GraphQL queries', () => {
  it('answers a query known by its hash over GET, caches it, and shows a change at once', async () => {
    const query = '{ Categories(locale: ar, limit: 50) { docs { name } } }'
    const sha256Hash = crypto.createHash('sha256').update(query).digest('hex')
    const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }))
    // Unknown yet: the site is asked for the query.
    const unknown = await read(`/graphql?extensions=${extensions}`)
    expect(unknown.status).toBe(200)
    expect(JSON.parse(unknown.text)).toEqual({
      errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }],
    })
    expect(unknown.state).toBeNull()
    // Sent once with its hash…
    expect((await read(`/graphql?extensions=${extensions}&query=${encodeURIComponent(query)}`)).status).toBe(200)
    // …then the hash alone runs it, and the answer is kept.
    const byHash = await read(`/graphql?extensions=${extensions}`)
    expect(JSON.parse(byHash.text)).toHaveProperty('data.Categories.docs')
    expect((await read(`/graphql?extensions=${extensions}`)).state).toBe('HIT')
    expect((await admin.post('/categories?locale=ar', { name: 'تصنيف جديد للتخزين' })).status).toBe(201)
    const after = await read(`/graphql?extensions=${extensions}`)
    expect(after.state).toBe('MISS')
    expect(after.text).toContain('تصنيف جديد للتخزين')
    // The same over POST.
    const posted = await handler(
      new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash } } }),
      }),
    )
    expect(await posted.text()).toContain('تصنيف جديد للتخزين')
    // A hash that is not the query's, or a malformed one, is a 400 in the caller's language.
    const wrong = await read(
      `/graphql?extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } }))}&query=${encodeURIComponent(query)}`,
      { 'Accept-Language': 'az' },
    )
    expect(wrong.status).toBe(400)
    expect(JSON.parse(wrong.text).errors[0].message).toBe(
      'extensions.persistedQuery.sha256Hash sorğunun SHA-256 izi ilə üst-üstə düşmür.',
    )
    expect((await read('/graphql?extensions=%7Bnot-json')).status).toBe(400)
  })
})

describe('what is never kept or never shared', () => {
  it('keeps no draft: staff reads, draft reads and preview clients are private and never cached', async () => {
    const created = await editor.post('/news?locale=ar', { title: 'مسودة سرية' })
    const { doc } = (await created.json()) as { doc: News }
    const path = `/news/${doc.id}?locale=ar&depth=0&draft=true`
    // Anonymous with draft=true: nothing, and nothing kept.
    const anonymous = await read(path)
    expect(anonymous.status).toBe(404)
    expect(anonymous.state).toBeNull()
    // Staff read drafts, never from or into the cache.
    const staff = await read(path, { Authorization: `JWT ${editor.token}` })
    expect(staff.text).toContain('مسودة سرية')
    expect(staff.state).toBeNull()
    expect(
      (await read(`/news/${doc.id}?locale=ar&depth=0`, { Authorization: `JWT ${editor.token}` })).headers.get(
        'cache-control',
      ),
    ).toBe('private, no-store')
    // A preview client reads the draft; its answer is private and not kept.
    const preview = await read(path, { Authorization: `api-clients API-Key ${keys.preview}` })
    expect(preview.text).toContain('مسودة سرية')
    expect(preview.headers.get('cache-control')).toBe('private, no-store')
    const again = await read(path, { Authorization: `api-clients API-Key ${keys.preview}` })
    expect(again.state).toBeNull()
    // Even without draft=true a preview client reads as staff do: private.
    const previewList = await read('/news?locale=ar&depth=0&limit=50', {
      Authorization: `api-clients API-Key ${keys.preview}`,
    })
    expect(previewList.headers.get('cache-control')).toBe('private, no-store')
    // And the public's list still has no draft in it.
    expect((await read('/news?locale=ar&depth=0&limit=50')).text).not.toContain('مسودة سرية')
    expect((await graphqlGet('{ News(locale: ar, draft: true, limit: 50) { docs { title } } }')).text).not.toContain(
      'مسودة سرية',
    )
  })

  it('never serves one API client’s answer to another, nor to the public', async () => {
    const path = '/categories?locale=ar&depth=0'
    const client = await read(path, { Authorization: `api-clients API-Key ${keys.published}` })
    expect(client).toMatchObject({ status: 200, state: 'MISS' })
    expect(client.headers.get('cache-control')).toBe('private, no-cache')
    expect(client.headers.get('vary')).toBe('Authorization')
    expect((await read(path, { Authorization: `api-clients API-Key ${keys.published}` })).state).toBe('HIT')
    // The public's read of the same address is its own.
    expect((await read(path)).state).toBe('MISS')
    // A key that is not one gets a 401, never the client's kept answer.
    const wrong = await read(path, { Authorization: 'api-clients API-Key not-a-key-0123456789-0123456789' })
    expect(wrong.status).toBe(401)
    expect(wrong.state).toBeNull()
  })

  it('keeps answers for each language and fallback apart', async () => {
    const doc = await createPublished('خبر بالعربية فقط')
    expect((await read(`/news/${doc.id}?locale=ar&depth=0`)).state).toBe('MISS')
    // English with Arabic as its fallback is an answer of its own, kept apart from the Arabic one…
    const withFallback = await read(`/news/${doc.id}?locale=en&depth=0`)
    expect(withFallback).toMatchObject({ status: 200, state: 'MISS' })
    expect(withFallback.text).toContain('خبر بالعربية فقط')
    expect((await read(`/news/${doc.id}?locale=en&depth=0`)).state).toBe('HIT')
    // …and English without a fallback has nothing to show.
    const without = await read(`/news/${doc.id}?locale=en&depth=0&fallback-locale=none`)
    expect(without.status).toBe(404)
    expect(without.state).toBeNull()
  })

  it('bounds what it keeps, in entries and in bytes', async () => {
    const small = new ResponseStore({ maxEntries: 3, maxBytes: 64 * 1024 })
    const body = new Uint8Array(1024)
    const entry = (bytes: Uint8Array, etag: string) => ({
      generations: { news: 'g' },
      status: 200,
      headers: [],
      body: bytes,
      etag,
      compressible: true,
      checkedAt: null,
      encoded: {},
    })
    for (let i = 0; i < 10; i += 1) small.set(`k${i}`, entry(body, `"${i}"`))
    expect(small.size).toBe(3)
    expect(small.get('k9')).toBeDefined()
    expect(small.get('k0')).toBeUndefined()
    // One answer larger than an eighth of the room is not kept at all…
    small.set('big', entry(new Uint8Array(9 * 1024), '"big"'))
    expect(small.get('big')).toBeUndefined()
    // …counting its compressed copies.
    small.set('both', { ...entry(new Uint8Array(5 * 1024), '"both"'), encoded: { br: new Uint8Array(4 * 1024) } })
    expect(small.get('both')).toBeUndefined()
    expect(store.bytes).toBeLessThanOrEqual(16 * 1024 * 1024)
  })
})

describe('while staff edit: a change clears only what it changes', () => {
  const statusOf = (text: string): unknown => (JSON.parse(text) as { translationStatus?: unknown }).translationStatus

  it('autosaves and new drafts keep every public answer; a publish clears its own collection’s answers only', async () => {
    const doc = await createPublished('خبر يحرر الآن')
    const paths = {
      list: '/news?locale=ar&depth=0&limit=50',
      item: `/news/${doc.id}?locale=ar&depth=0`,
      courses: '/courses?locale=ar&depth=0',
      gql: `/graphql?query=${encodeURIComponent('{ News(locale: ar, limit: 50) { docs { title } } }')}`,
    }
    for (const path of Object.values(paths)) await read(path)
    const kept = Object.fromEntries(
      await Promise.all(Object.entries(paths).map(async ([name, path]) => [name, await read(path)] as const)),
    )
    for (const answer of Object.values(kept)) expect(answer.state).toBe('HIT')

    // The admin's own autosaves of the Arabic text, three in a row, and a new draft beside them.
    for (const title of ['مسودة أولى', 'مسودة ثانية', 'مسودة ثالثة']) {
      expect((await adminSave(editor, 'news', doc.id, 'ar', { title })).status).toBe(200)
    }
    expect((await editor.post('/news?locale=ar', { title: 'خبر جديد لم ينشر' })).status).toBe(201)
    for (const [name, path] of Object.entries(paths)) {
      const after = await read(path)
      expect({ name, state: after.state, etag: after.etag }).toEqual({ name, state: 'HIT', etag: kept[name]?.etag })
    }
    expect((await read(paths.item)).text).toContain('خبر يحرر الآن')

    // The publish: the news answers show it at once; the courses' answer was not touched.
    await publish(doc.id, 'ar')
    const list = await read(paths.list)
    expect(list).toMatchObject({ state: 'MISS' })
    expect(list.text).toContain('مسودة ثالثة')
    expect((await read(paths.item)).text).toContain('مسودة ثالثة')
    expect((await read(paths.gql)).text).toContain('مسودة ثالثة')
    expect(await read(paths.courses)).toMatchObject({ state: 'HIT', etag: kept.courses?.etag })
  })

  it('a translation begun in the admin changes the public status once; the autosaves after it change nothing', async () => {
    const doc = await createPublished('خبر سيترجم')
    const item = `/news/${doc.id}?locale=ar&depth=0`
    const before = await read(item)
    expect((await read(item)).state).toBe('HIT')
    expect((await adminSave(editor, 'news', doc.id, 'az', { title: 'Tərcümə olunacaq xəbər' })).status).toBe(200)
    // The public reads each language's status: a new one is a public change.
    const begun = await read(item)
    expect(begun.state).toBe('MISS')
    expect(statusOf(begun.text)).not.toEqual(statusOf(before.text))
    expect(statusOf(begun.text)).toEqual(statusOf(await payloadsAnswer(item)))
    // Typing on keeps the status: the answer stays kept.
    expect((await adminSave(editor, 'news', doc.id, 'az', { title: 'Tərcümə olunacaq xəbər, davamı' })).status).toBe(
      200,
    )
    expect(await read(item)).toMatchObject({ state: 'HIT', etag: begun.etag })
  })

  it('a change to a related entry shows in the answers that show it, and leaves the others', async () => {
    const category = await t.payload.create({ collection: 'categories', locale: 'ar', data: { name: 'تصنيف مرتبط' } })
    const created = await editor.post('/news?locale=ar', { title: 'خبر له تصنيف', categories: [category.id] })
    const { doc } = (await created.json()) as { doc: News }
    await publish(doc.id, 'ar')
    const withCategories = `/news/${doc.id}?locale=ar&depth=1`
    const people = '/people?locale=ar&depth=0'
    expect((await read(withCategories)).text).toContain('تصنيف مرتبط')
    const peopleBefore = await read(people)
    expect((await read(withCategories)).state).toBe('HIT')
    expect((await admin.patch(`/categories/${category.id}?locale=ar`, { name: 'تصنيف مرتبط باسم جديد' })).status).toBe(
      200,
    )
    const after = await read(withCategories)
    expect(after.state).toBe('MISS')
    expect(after.text).toContain('تصنيف مرتبط باسم جديد')
    expect(await read(people)).toMatchObject({ state: 'HIT', etag: peopleBefore.etag })
  })

  it('keeps an answer that reads no content (the GraphQL schema) until any change at all', async () => {
    const sdl = await read('/graphql.sdl')
    expect(sdl.status).toBe(200)
    expect((await read('/graphql.sdl')).state).toBe('HIT')
    expect((await admin.post('/categories?locale=ar', { name: 'تصنيف يغير كل شيء' })).status).toBe(201)
    expect((await read('/graphql.sdl')).state).toBe('MISS')
  })

  it('a key taken from an API client makes its kept answers stale', async () => {
    const key = 'cache-test-revoked-key-0123456789abcd'
    const created = await admin.post('/api-clients', {
      name: 'cache revoked',
      scope: 'published',
      enableAPIKey: true,
      apiKey: key,
    })
    const { doc } = (await created.json()) as { doc: { id: number | string } }
    const path = '/categories?locale=ar&depth=0&limit=3'
    const headers = { Authorization: `api-clients API-Key ${key}` }
    expect((await read(path, headers)).status).toBe(200)
    expect((await read(path, headers)).state).toBe('HIT')
    expect((await admin.patch(`/api-clients/${doc.id}`, { enableAPIKey: false })).status).toBe(200)
    expect((await read(path, headers)).status).toBe(401)
  })
})

describe('cache keys that noise cannot bust', () => {
  it('parameters Payload does not read, their order and default values make no new entry', async () => {
    const clean = '/news?locale=az&sort=-publishedAt&depth=0'
    const first = await read(clean)
    expect(first.state).toBe('MISS')
    for (const noisy of [
      '/news?depth=0&sort=-publishedAt&locale=az',
      '/news?locale=az&sort=-publishedAt&depth=0&_=1712345678901&utm_source=newsletter',
      '/news?locale=az&sort=-publishedAt&depth=0&page=1&draft=false&limit=10&pagination=true&trash=false',
      '/news?locale=az&sort=-publishedAt&depth=0&fbclid=abc',
    ]) {
      const answer = await read(noisy)
      expect({ noisy, state: answer.state, etag: answer.etag }).toEqual({ noisy, state: 'HIT', etag: first.etag })
      // What is served is Payload's own answer to the noisy request.
      expect(answer.text).toBe(await payloadsAnswer(noisy))
    }
    // The default language and depth are the same answer as none.
    const arabic = await read('/news?sort=-publishedAt')
    expect(await read('/news?sort=-publishedAt&locale=ar&depth=1')).toMatchObject({
      state: 'HIT',
      etag: arabic.etag,
    })
    expect(arabic.text).toBe(await payloadsAnswer('/news?sort=-publishedAt&locale=ar&depth=1'))
    // A parameter that changes the answer makes its own.
    for (const other of [
      '/news?locale=az&sort=-publishedAt&depth=0&limit=2',
      '/news?locale=az&sort=publishedAt&depth=0',
    ])
      expect((await read(other)).state).toBe('MISS')
  })

  it('an entry by id and a global drop what they do not read; other routes keep every parameter', async () => {
    const doc = await createPublished('خبر بمفاتيح')
    const entry = await read(`/news/${doc.id}?locale=ar&depth=0`)
    expect(await read(`/news/${doc.id}?depth=0&limit=5&sort=title&x=1`)).toMatchObject({
      state: 'HIT',
      etag: entry.etag,
    })
    const society = await read('/globals/society?locale=az')
    expect(await read('/globals/society?page=3&locale=az&ref=home')).toMatchObject({ state: 'HIT', etag: society.etag })
    // The timeline is an endpoint of its own: its parameters are its business, only their order is one.
    const timeline = await read('/bilateral-relations/timeline?locale=ar&x=1')
    expect(timeline.status).toBe(200)
    expect((await read('/bilateral-relations/timeline?x=1&locale=ar')).state).toBe('HIT')
    expect((await read('/bilateral-relations/timeline?locale=ar&x=2')).state).toBe('MISS')
  })
})

describe('compression', () => {
  it('brotli or gzip as the reader asks, made once, with an ETag per encoding and Vary', async () => {
    for (let i = 0; i < 12; i += 1) await createPublished(`خبر طويل للضغط رقم ${i}`)
    const path = '/news?locale=ar&depth=1&limit=50'
    const plain = await readBytes(path)
    expect(plain.status).toBe(200)
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(plain.headers.get('vary')).toBe('Accept-Encoding')
    const etag = plain.headers.get('etag') ?? ''

    const br = await readBytes(path, { 'Accept-Encoding': 'gzip, deflate, br, zstd' })
    expect(br.headers.get('content-encoding')).toBe('br')
    expect(br.headers.get('etag')).toBe(`${etag.slice(0, -1)}-br"`)
    expect(br.headers.get('x-cache')).toBe('HIT')
    expect(zlib.brotliDecompressSync(br.body).equals(plain.body)).toBe(true)
    expect(Number(br.headers.get('content-length'))).toBe(br.body.byteLength)
    expect(br.body.byteLength).toBeLessThanOrEqual(plain.body.byteLength * 0.2)

    const gzip = await readBytes(path, { 'Accept-Encoding': 'br;q=0, gzip' })
    expect(gzip.headers.get('content-encoding')).toBe('gzip')
    expect(gzip.headers.get('etag')).toBe(`${etag.slice(0, -1)}-gz"`)
    expect(zlib.gunzipSync(gzip.body).equals(plain.body)).toBe(true)
    // Made once: the next reader gets the same bytes from the cache.
    expect((await readBytes(path, { 'Accept-Encoding': 'gzip' })).body.equals(gzip.body)).toBe(true)

    // A reader holding the answer in any encoding gets a 304, tagged for the encoding it asks for now.
    const notModified = await readBytes(path, { 'Accept-Encoding': 'br', 'If-None-Match': `${etag.slice(0, -1)}-gz"` })
    expect(notModified.status).toBe(304)
    expect(notModified.headers.get('etag')).toBe(br.headers.get('etag'))
    expect(notModified.body.byteLength).toBe(0)

    // A miss is compressed too, and a change makes new bytes.
    await createPublished('خبر بعد الضغط')
    const changed = await readBytes(path, { 'Accept-Encoding': 'br' })
    expect(changed.headers.get('x-cache')).toBe('MISS')
    expect(zlib.brotliDecompressSync(changed.body).toString()).toContain('خبر بعد الضغط')
  })

  it('leaves tiny answers as they are', async () => {
    const tiny = await readBytes('/categories?locale=ar&depth=0&limit=1&select[slug]=true', {
      'Accept-Encoding': 'br, gzip',
    })
    expect(tiny.status).toBe(200)
    expect(tiny.body.byteLength).toBeLessThan(1024)
    expect(tiny.headers.get('content-encoding')).toBeNull()
    expect(tiny.headers.get('vary')).toBeNull()
  })
})
