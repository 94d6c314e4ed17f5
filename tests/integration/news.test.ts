import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { News } from '../../src/payload-types'

import { articleTitle } from '../../src/seed/article'
import { seed } from '../../src/seed'
import { initTestPayload, type TestContext } from '../helpers/payload'
import { createStaff, PASSWORD } from '../helpers/users'

let t: TestContext

beforeAll(async () => {
  t = await initTestPayload('news')
  await seed(t.payload)
})

afterAll(async () => {
  await t.destroy()
})

type List<T> = { docs: T[]; totalDocs: number }

describe('news over REST and GraphQL', () => {
  it('serves the seed article in Arabic, Azerbaijani and English', async () => {
    for (const locale of ['ar', 'az', 'en'] as const) {
      const response = await t.rest.get(`/news?locale=${locale}`)
      expect(response.status).toBe(200)
      const body = (await response.json()) as List<News>
      expect(body.docs.map((doc) => doc.title)).toContain(articleTitle[locale])
    }
  })

  it('answers the same through GraphQL', async () => {
    const { status, body } = await t.rest.query<{ News: { docs: { title: string; slug: string }[] } }>(
      '{ News(locale: az) { docs { title slug } } }',
    )
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    expect(body.data?.News.docs.map((d) => d.title)).toContain(articleTitle.az)
  })
})

describe('seed', () => {
  it('is idempotent: a second run changes nothing', async () => {
    const before = await t.payload.find({ collection: 'news', locale: 'all', draft: true, depth: 0, limit: 100 })
    const versions = await t.payload.countVersions({ collection: 'news' })
    const report = await seed(t.payload)
    expect(report.created).toEqual([])
    expect(report.existing.length).toBeGreaterThanOrEqual(20)
    expect(report.existing).toContain('globals/society')
    const after = await t.payload.find({ collection: 'news', locale: 'all', draft: true, depth: 0, limit: 100 })
    expect(after.docs).toEqual(before.docs)
    expect(await t.payload.countVersions({ collection: 'news' })).toEqual(versions)
  })

  it('publishes the article with a body in each language and its direction', async () => {
    const doc = (await t.payload.find({ collection: 'news', locale: 'all', depth: 0 })).docs[0] as unknown as {
      body: Record<string, { root: { direction: string; children: unknown[] } }>
      _status: string
      publishedAt: string
    }
    expect(doc._status).toBe('published')
    expect(doc.publishedAt).toBeTruthy()
    expect(doc.body.ar.root.direction).toBe('rtl')
    expect(doc.body.az.root.direction).toBe('ltr')
    for (const locale of ['ar', 'az', 'en']) expect(doc.body[locale].root.children).toHaveLength(10)
  })
})

describe('drafts stay private', () => {
  let draftId: number | string
  let publishedId: number | string

  beforeAll(async () => {
    const draft = await t.payload.create({
      collection: 'news',
      data: { title: 'مسودة سرية', _status: 'draft' },
      draft: true,
      overrideAccess: true,
    })
    draftId = draft.id
    const published = await t.payload.create({
      collection: 'news',
      data: { title: 'خبر منشور', _status: 'published' },
      overrideAccess: true,
    })
    publishedId = published.id
    // A later draft of a published item: the public must keep seeing the published text.
    await t.payload.update({
      collection: 'news',
      id: publishedId,
      data: { title: 'تعديل لم يُراجع بعد' },
      draft: true,
      overrideAccess: true,
    })
  })

  it('hides drafts from anonymous REST reads, even when they ask for drafts', async () => {
    t.rest.logout()
    for (const path of ['/news?locale=ar&limit=100', '/news?locale=ar&draft=true&limit=100'] as const) {
      const body = (await (await t.rest.get(path)).json()) as List<News>
      const titles = body.docs.map((d) => d.title)
      expect(titles).not.toContain('مسودة سرية')
      expect(titles).not.toContain('تعديل لم يُراجع بعد')
      expect(titles).toContain('خبر منشور')
    }
    const byId = await t.rest.get(`/news/${draftId}?draft=true`)
    expect(byId.status).toBe(404)
  })

  it('hides drafts from anonymous GraphQL reads', async () => {
    t.rest.logout()
    const { body } = await t.rest.query<{ News: { docs: { title: string }[] } }>(
      '{ News(draft: true, limit: 100) { docs { title } } }',
    )
    const titles = body.data?.News.docs.map((d) => d.title) ?? []
    expect(titles).not.toContain('مسودة سرية')
    expect(titles).not.toContain('تعديل لم يُراجع بعد')
    expect(titles).toContain('خبر منشور')
    const single = await t.rest.query<{ NewsItem: { title: string } | null }>(
      `{ NewsItem(id: ${JSON.stringify(draftId)}, draft: true) { title } }`,
    )
    expect(single.body.data?.NewsItem ?? null).toBeNull()
  })

  it('shows drafts to signed-in staff', async () => {
    const email = await createStaff(t.payload, 'editor')
    await t.rest.login(email, PASSWORD)
    const body = (await (await t.rest.get('/news?locale=ar&draft=true&limit=100')).json()) as List<News>
    expect(body.docs.map((d) => d.title)).toEqual(expect.arrayContaining(['مسودة سرية', 'تعديل لم يُراجع بعد']))
    t.rest.logout()
  })
})

describe('versions', () => {
  it('restores an older version as a new draft on top: the text it replaces stays in the history', async () => {
    const entry = await t.payload.create({
      collection: 'news',
      locale: 'ar',
      data: { title: 'النص الأول' },
      draft: true,
      overrideAccess: true,
    })
    await t.payload.update({
      collection: 'news',
      id: entry.id,
      locale: 'ar',
      data: { title: 'النص الثاني' },
      draft: true,
      overrideAccess: true,
    })
    const versions = async () =>
      (
        await t.payload.findVersions({
          collection: 'news',
          where: { parent: { equals: entry.id } },
          sort: 'createdAt',
          locale: 'ar',
          overrideAccess: true,
          limit: 100,
        })
      ).docs
    const [first] = await versions()
    expect(first.version.title).toBe('النص الأول')
    await t.rest.login(await createStaff(t.payload, 'editor'), PASSWORD)
    expect((await t.rest.post(`/news/versions/${first.id}?draft=true&locale=ar`, {})).status).toBe(200)
    t.rest.logout()
    const draft = await t.payload.findByID({
      collection: 'news',
      id: entry.id,
      locale: 'ar',
      draft: true,
      overrideAccess: true,
    })
    expect(draft.title).toBe('النص الأول')
    const history = await versions()
    expect(history.map((version) => version.version.title)).toContain('النص الثاني')
    expect(history.filter((version) => version.latest).map((version) => version.version.title)).toEqual(['النص الأول'])
  })
})
