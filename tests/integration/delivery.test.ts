import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

import { sql } from '@payloadcms/db-sqlite'
import { configToSchema } from '@payloadcms/graphql'
import { printSchema } from 'graphql'
import { createLocalReq, type Field } from 'payload'
import fs from 'node:fs'
import path from 'node:path'

import type { Activity, BilateralRelation, Category, News } from '../../src/payload-types'

import { kindRenameStatements, renameKindsInMongo } from '../../src/delivery/optionValues'
import { previewURL, readPreview, signPreview } from '../../src/delivery/preview'
import { projectRoot } from '../../src/paths'

import { initTestPayload, type TestContext } from '../helpers/payload'
import { RestClient } from '../helpers/rest'

/**
 * What a site gets from the real REST and GraphQL handlers when it asks wrongly or in another
 * language: 404 for ids that cannot exist, 400 naming the allowed languages, Content-Language on
 * every localized answer, and the same fallback chain in GraphQL as in REST.
 */
let t: TestContext
let site: RestClient
let news: News
let category: Category

/** An id as GraphQL writes it: Int on SQLite, String on MongoDB. */
const literal = (id: number | string) => (t.database === 'mongodb' ? JSON.stringify(String(id)) : String(id))

const body = async (response: Response) =>
  (await response.json()) as { errors?: { message: string }[]; title?: string; docs?: { title: string }[] }

beforeAll(async () => {
  t = await initTestPayload('delivery')
  site = new RestClient(t.config)
  // Written in Arabic and English; Azerbaijani reads English first, then Arabic.
  category = await t.payload.create({ collection: 'categories', locale: 'ar', data: { name: 'ثقافة' } })
  await t.payload.update({ collection: 'categories', id: category.id, locale: 'en', data: { name: 'Culture' } })
  news = await t.payload.create({
    collection: 'news',
    locale: 'ar',
    data: { title: 'أمسية ثقافية', categories: [category.id], _status: 'published' },
  })
  await t.payload.update({
    collection: 'news',
    id: news.id,
    locale: 'en',
    data: { title: 'A cultural evening', _status: 'published' },
  })
})

afterAll(async () => {
  await t.destroy()
})

describe('ids', () => {
  const missing = () => (t.database === 'mongodb' ? '0123456789abcdef01234567' : '987654')

  it.each([
    ['an Arabic slug', `/news/${encodeURIComponent('أمسية-ثقافية')}`],
    ['a word', '/news/abc'],
    ['a feed name', '/news/rss'],
    ['a person by a word', '/people/abc'],
    ['a fraction', '/news/1.5'],
  ])('answers 404 for %s, which cannot be an id', async (_, path) => {
    const response = await site.get(path as `/${string}`)
    expect(response.status).toBe(404)
    expect((await body(response)).errors?.[0]?.message).toBeTruthy()
  })

  it('answers 404 for a version id that cannot be one, and reads a real version as Payload does', async () => {
    const staff = new RestClient(t.config)
    const user = await t.payload.create({
      collection: 'users',
      data: {
        email: 'versions-editor@example.org',
        password: 'correct-horse-battery-staple',
        name: 'Editor',
        roles: ['editor'],
      },
    })
    await staff.login(user.email, 'correct-horse-battery-staple')
    expect((await staff.get('/news/versions/abc')).status).toBe(404)
    expect((await staff.get(`/news/versions/${missing()}`)).status).toBe(404)
    const { docs } = await t.payload.findVersions({
      collection: 'news',
      where: { parent: { equals: news.id } },
      limit: 1,
    })
    const version = await staff.get(`/news/versions/${docs[0].id}?locale=en&depth=0`)
    expect(version.status).toBe(200)
    expect(((await version.json()) as { parent: unknown }).parent).toEqual(news.id)
    // The public reads no versions at all.
    expect((await site.get(`/news/versions/${docs[0].id}`)).status).toBe(403)
  })

  it('answers 404, in the caller’s language, for an id of the right form that does not exist', async () => {
    const response = await site.get(`/news/${missing()}`, { 'Accept-Language': 'en' })
    expect(response.status).toBe(404)
    expect((await body(response)).errors?.[0]?.message).toBe('Not Found')
    expect((await site.get(`/news/${news.id}`)).status).toBe(200)
  })

  it('answers GraphQL with "not found" rather than an internal error', async () => {
    const id = t.database === 'mongodb' ? '"abc"' : '987654'
    const { body: answer } = await site.query(`{ NewsItem(id: ${id}) { title } }`, undefined, {
      'Accept-Language': 'en',
    })
    expect(answer.errors?.[0]?.message).toBe('Not Found')
  })
})

describe('languages', () => {
  it.each([
    ['locale=fr', 'fr'],
    ['locale=az-AZ', 'az-AZ'],
    ['locale=ar&fallback-locale=xx', 'xx'],
    ['fallbackLocale=de', 'de'],
  ])('refuses ?%s with a 400 that names the allowed values', async (query, value) => {
    const response = await site.get(`/news?${query}`, { 'Accept-Language': 'en' })
    expect(response.status).toBe(400)
    const message = (await body(response)).errors?.[0]?.message
    expect(message).toContain(`"${value}"`)
    expect(message).toMatch(/ar, az, en/)
  })

  it('refuses in the caller’s language, for globals and documents too', async () => {
    const response = await site.get('/globals/society?locale=fr', { 'Accept-Language': 'az' })
    expect(response.status).toBe(400)
    expect((await body(response)).errors?.[0]?.message).toBe(
      'locale parametrində "fr" dili tanınmır. İcazə verilən dəyərlər: ar, az, en, all.',
    )
    expect((await site.get(`/news/${news.id}?locale=tr`)).status).toBe(400)
  })

  it('says the language of every localized answer', async () => {
    expect((await site.get('/news?locale=az')).headers.get('Content-Language')).toBe('az')
    expect((await site.get(`/news/${news.id}?locale=en`)).headers.get('Content-Language')).toBe('en')
    expect((await site.get('/news')).headers.get('Content-Language')).toBe('ar')
    expect((await site.get('/news?locale=all')).headers.get('Content-Language')).toBe('ar, az, en')
    expect((await site.get('/globals/society?locale=az')).headers.get('Content-Language')).toBe('az')
    const graphql = await site.query(
      `{ a: NewsItem(id: ${literal(news.id)}, locale: az) { title } b: NewsItem(id: ${literal(news.id)}, locale: en) { title } }`,
    )
    expect(graphql.headers.get('Content-Language')).toBe('az, en')
  })

  it('reads Azerbaijani through English, then Arabic, in REST and GraphQL alike', async () => {
    const rest = await body(await site.get(`/news/${news.id}?locale=az&depth=1`))
    expect(rest.title).toBe('A cultural evening')
    const { body: answer } = await site.query<{
      NewsItem: { title: string; categories: { name: string }[] }
      News: { docs: { title: string }[] }
    }>(
      `{ NewsItem(id: ${literal(news.id)}, locale: az) { title categories { name } } News(locale: az) { docs { title } } }`,
    )
    expect(answer.errors).toBeUndefined()
    expect(answer.data?.NewsItem.title).toBe('A cultural evening')
    expect(answer.data?.NewsItem.categories[0]?.name).toBe('Culture')
    expect(answer.data?.News.docs.map((doc) => doc.title)).toEqual(['A cultural evening'])
  })

  it('keeps a fallback the caller names, in REST and GraphQL alike', async () => {
    expect((await body(await site.get(`/news/${news.id}?locale=az&fallback-locale=ar`))).title).toBe('أمسية ثقافية')
    const { body: answer } = await site.query<{ NewsItem: { title: string } }>(
      `{ NewsItem(id: ${literal(news.id)}, locale: az, fallbackLocale: ar) { title } }`,
    )
    expect(answer.data?.NewsItem.title).toBe('أمسية ثقافية')
    // Without a fallback, an entry not published in Azerbaijani is not on the Azerbaijani site.
    expect((await site.get(`/news/${news.id}?locale=az&fallback-locale=none`)).status).toBe(404)
    const { body: none } = await site.query(
      `{ NewsItem(id: ${literal(news.id)}, locale: az, fallbackLocale: none) { title } }`,
    )
    expect(none.errors?.[0]?.extensions?.statusCode).toBe(404)
  })
})

describe('values', () => {
  let activity: Activity

  beforeAll(async () => {
    activity = await t.payload.create({
      collection: 'activities',
      locale: 'ar',
      data: {
        title: 'أمسية موسيقى المقام',
        kind: 'cultural_evening',
        status: 'scheduled',
        startsAt: '2026-12-20T16:00:00.000Z',
        startsAt_tz: 'Asia/Baku',
        _status: 'published',
      },
    })
  })

  it('are the same in REST and GraphQL: kinds and IANA time zones', async () => {
    const rest = (await (await site.get(`/activities/${activity.id}?depth=0`)).json()) as Activity
    const { body: answer } = await site.query<{ Activity: { kind: string; startsAt_tz: string } }>(
      `{ Activity(id: ${literal(activity.id)}) { kind startsAt_tz } }`,
    )
    expect(answer.errors).toBeUndefined()
    expect(rest.kind).toBe('cultural_evening')
    expect(rest.startsAt_tz).toBe('Asia/Baku')
    expect(answer.data?.Activity).toEqual({ kind: rest.kind, startsAt_tz: rest.startsAt_tz })
    const { body: filtered } = await site.query<{ Activities: { docs: { id: string }[] } }>(
      '{ Activities(where: { startsAt_tz: { equals: "Asia/Baku" } }) { docs { id } } }',
    )
    expect(filtered.data?.Activities.docs.map((doc) => String(doc.id))).toEqual([String(activity.id)])
  })

  it('are all names GraphQL writes as they are: every option of every select and radio field', () => {
    const unsafe: string[] = []
    const walk = (fields: Field[], where: string) => {
      for (const field of fields) {
        if ((field.type === 'select' || field.type === 'radio') && field.options) {
          for (const option of field.options) {
            const value = typeof option === 'string' ? option : option.value
            if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(value)) unsafe.push(`${where}.${field.name}: ${value}`)
          }
        }
        if ('fields' in field && Array.isArray(field.fields)) walk(field.fields, where)
        if (field.type === 'tabs') for (const tab of field.tabs) walk(tab.fields, where)
        if (field.type === 'blocks') for (const block of field.blocks) walk(block.fields, where)
      }
    }
    for (const collection of t.config.collections) walk(collection.fields, collection.slug)
    for (const global of t.config.globals) walk(global.fields, global.slug)
    expect(unsafe).toEqual([])
  })

  it('refuses a time zone that is not offered, in the caller’s language', async () => {
    const staff = new RestClient(t.config)
    const admin = await t.payload.create({
      collection: 'users',
      data: {
        email: 'values-admin@example.org',
        password: 'correct-horse-battery-staple',
        name: 'Admin',
        roles: ['admin'],
      },
    })
    await staff.login(admin.email, 'correct-horse-battery-staple')
    const response = await staff.patch(`/activities/${activity.id}`, { startsAt_tz: 'Mars/Olympus' })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('Africa/Cairo, Asia/Baku')
    expect((await t.payload.findByID({ collection: 'activities', id: activity.id })).startsAt_tz).toBe('Asia/Baku')
  })

  it('stored before with hyphens are renamed by the migration, entries and versions alike', async () => {
    // Written as the old option value, straight into the database.
    if (t.database === 'mongodb') {
      const { collections, versions } = t.payload.db as unknown as MongooseAdapter
      await collections.activities.updateOne({ _id: activity.id }, { $set: { kind: 'cultural-evening' } })
      await versions.activities.updateMany({ parent: activity.id }, { $set: { 'version.kind': 'cultural-evening' } })
      expect(await renameKindsInMongo(t.payload)).toBeGreaterThanOrEqual(2)
    } else {
      const { drizzle } = t.payload.db as unknown as SQLiteAdapter
      await drizzle.run(sql.raw(`UPDATE activities SET kind = 'cultural-evening' WHERE id = ${Number(activity.id)}`))
      await drizzle.run(
        sql.raw(`UPDATE _activities_v SET version_kind = 'cultural-evening' WHERE parent_id = ${Number(activity.id)}`),
      )
      for (const statement of kindRenameStatements) await drizzle.run(sql.raw(statement))
    }
    expect((await t.payload.findByID({ collection: 'activities', id: activity.id })).kind).toBe('cultural_evening')
    const { docs } = await t.payload.findVersions({
      collection: 'activities',
      where: { parent: { equals: activity.id } },
    })
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.every((version) => version.version.kind === 'cultural_evening')).toBe(true)
  })
})

describe('the timeline', () => {
  const created: BilateralRelation[] = []
  const entry = (title: string, date: string, datePrecision: 'day' | 'month' | 'year', position: number) => ({
    title,
    date,
    datePrecision,
    position,
    kind: 'state_visit' as const,
    _status: 'published' as const,
    sources: [{ title: 'المصدر', url: 'https://example.org/source' }],
  })

  beforeAll(async () => {
    // Three entries of December 1991, the first written put last by its position; the year 1992,
    // written before January 1992, which starts the same day.
    for (const [title, date, precision, position] of [
      ['اعتراف', '1991-12-01', 'month', 2],
      ['مطلع 1992', '1992-01-01', 'month', 0],
      ['زيارة', '1992-03-01', 'year', 0],
      ['علاقات', '1991-12-01', 'month', 0],
      ['بيان', '1991-12-01', 'month', 0],
    ] as const) {
      created.push(
        await t.payload.create({
          collection: 'bilateral-relations',
          locale: 'ar',
          data: entry(title, date, precision, position),
        }),
      )
    }
  })

  const titles = async (query: string) =>
    ((await (await site.get(`/bilateral-relations?${query}`)).json()) as { docs: { title: string }[] }).docs.map(
      (doc) => doc.title,
    )

  const timeline = ['علاقات', 'بيان', 'اعتراف', 'زيارة', 'مطلع 1992']

  it('orders entries of the same date by period, then position, then id, every time and in both directions', async () => {
    expect(await titles('locale=ar')).toEqual(timeline)
    expect(await titles('locale=ar&sort=date')).toEqual(timeline)
    expect(await titles('locale=ar&sort=-date')).toEqual([...timeline].reverse())
    const { body: answer } = await site.query<{ BilateralRelations: { docs: { title: string }[] } }>(
      '{ BilateralRelations(locale: ar, sort: "date") { docs { title } } }',
    )
    expect(answer.data?.BilateralRelations.docs.map((doc) => doc.title)).toEqual(timeline)
  })

  it('gives dateLabel its precision under select, locale=all, populate and GraphQL', async () => {
    const [first] = created
    const read = async (query: string) =>
      (await (await site.get(`/bilateral-relations/${first.id}?${query}`)).json()) as Record<string, unknown>
    expect(await read('locale=en&select[title]=true&select[dateLabel]=true')).toMatchObject({
      title: 'اعتراف',
      dateLabel: 'December 1991',
    })
    // The date alone would read as 1 December: it comes with its precision.
    expect(await read('locale=en&select[date]=true')).toMatchObject({
      datePrecision: 'month',
      dateLabel: 'December 1991',
    })
    expect((await read('locale=all')).dateLabel).toEqual({ ar: 'ديسمبر 1991', az: 'dekabr 1991', en: 'December 1991' })
    const { body: answer } = await site.query<{ BilateralRelation: { dateLabel: string } }>(
      `{ BilateralRelation(id: ${literal(first.id)}, locale: az, select: true) { dateLabel } }`,
    )
    expect(answer.data?.BilateralRelation.dateLabel).toBe('dekabr 1991')
    const item = await t.payload.create({
      collection: 'news',
      locale: 'ar',
      data: { title: 'ذكرى', related: { relations: [first.id] }, _status: 'published' },
    })
    const populated = (await (
      await site.get(
        `/news/${item.id}?locale=en&depth=1&populate[bilateral-relations][title]=true&populate[bilateral-relations][dateLabel]=true`,
      )
    ).json()) as News
    expect(populated.related?.relations?.[0]).toMatchObject({ dateLabel: 'December 1991' })
  })
})

describe('API clients', () => {
  const keys = {
    published: 'published-key-0123456789abcdef',
    preview: 'preview-key-0123456789abcdef',
    revoked: 'revoked-key-0123456789abcdef',
  }
  const withKey = (key: string) => ({ Authorization: `api-clients API-Key ${key}` })
  let entry: News
  let admin: RestClient

  beforeAll(async () => {
    admin = new RestClient(t.config)
    const user = await t.payload.create({
      collection: 'users',
      data: {
        email: 'clients-admin@example.org',
        password: 'correct-horse-battery-staple',
        name: 'Admin',
        roles: ['admin'],
      },
    })
    await admin.login(user.email, 'correct-horse-battery-staple')
    // Made through the API as an administrator would, each with its key.
    for (const [name, scope, key] of [
      ['site', 'published', keys.published],
      ['preview', 'preview', keys.preview],
      ['old site', 'published', keys.revoked],
    ] as const) {
      const response = await admin.post('/api-clients', {
        name,
        scope,
        enableAPIKey: true,
        apiKey: key,
        origins: [{ origin: 'https://eafs.example' }],
      })
      expect(response.status).toBe(201)
      expect(JSON.stringify(await response.json())).not.toContain(key)
    }
    // Published, then edited: the draft has a new title that only staff and preview clients may see.
    entry = await t.payload.create({
      collection: 'news',
      locale: 'ar',
      data: { title: 'العنوان المنشور', _status: 'published' },
    })
    await t.payload.update({
      collection: 'news',
      id: entry.id,
      locale: 'ar',
      draft: true,
      data: { title: 'عنوان المسودة' },
    })
  })

  const titleFor = async (headers: HeadersInit | undefined) => {
    const response = await site.get(`/news/${entry.id}?draft=true`, headers)
    return { status: response.status, title: ((await response.json()) as { title?: string }).title }
  }

  it('reads published content with no key or a published key, and drafts with a preview key', async () => {
    expect(await titleFor(undefined)).toEqual({ status: 200, title: 'العنوان المنشور' })
    expect(await titleFor(withKey(keys.published))).toEqual({ status: 200, title: 'العنوان المنشور' })
    expect(await titleFor(withKey(keys.preview))).toEqual({ status: 200, title: 'عنوان المسودة' })
  })

  it('writes nothing with any key', async () => {
    const response = await site.request('PATCH', `/news/${entry.id}`, {
      body: JSON.stringify({ title: 'x' }),
      headers: withKey(keys.preview),
    })
    expect(response.status).toBe(403)
  })

  it('refuses a revoked key from the next request on, and an unknown key, with a 401', async () => {
    expect((await titleFor(withKey(keys.revoked))).status).toBe(200)
    const [revoked] = (await t.payload.find({ collection: 'api-clients', where: { name: { equals: 'old site' } } }))
      .docs
    expect((await admin.patch(`/api-clients/${revoked.id}`, { revoked: true })).status).toBe(200)
    const refused = await site.get('/news', { ...withKey(keys.revoked), 'Accept-Language': 'en' })
    expect(refused.status).toBe(401)
    expect(((await refused.json()) as { errors: { message: string }[] }).errors[0].message).toContain('revoked')
    expect((await site.get('/news', withKey('no-such-key'))).status).toBe(401)
  })

  it('never returns a key after it is made, and keeps clients to administrators', async () => {
    const listed = await admin.get('/api-clients?depth=0')
    expect(listed.status).toBe(200)
    const text = await listed.text()
    for (const key of Object.values(keys)) expect(text).not.toContain(key)
    expect(text).toContain('"hasAPIKey":true')
    expect((await site.get('/api-clients', withKey(keys.preview))).status).toBe(403)
    expect((await site.get('/api-clients')).status).toBe(403)
    const { body: answer } = await admin.query<{ ApiClients: { docs: Record<string, unknown>[] } }>(
      '{ ApiClients { docs { name apiKey } } }',
    )
    expect(JSON.stringify(answer)).not.toMatch(/published-key|preview-key/)
  })

  it('refuses an origin that is not one', async () => {
    const response = await admin.post('/api-clients', {
      name: 'bad',
      origins: [{ origin: 'https://eafs.example/path' }],
    })
    expect(response.status).toBe(400)
  })
})

describe('alternates', () => {
  it('give the slug and site path in each published language, in REST and GraphQL alike', async () => {
    const rest = (await (await site.get(`/news/${news.id}?locale=az`)).json()) as {
      alternates?: Record<string, { slug: string; path: string; url: string | null }>
    }
    const ar = await t.payload.findByID({ collection: 'news', id: news.id, locale: 'ar' })
    const en = await t.payload.findByID({ collection: 'news', id: news.id, locale: 'en' })
    expect(rest.alternates).toEqual({
      ar: { slug: ar.slug, path: `/news/${encodeURIComponent(ar.slug ?? '')}`, url: null },
      en: { slug: en.slug, path: `/news/${en.slug}`, url: null },
    })
    const { body: answer } = await site.query<{ NewsItem: { alternates: unknown } }>(
      `{ NewsItem(id: ${literal(news.id)}, locale: az) { alternates } }`,
    )
    expect(answer.data?.NewsItem.alternates).toEqual(rest.alternates)
    const list = (await (await site.get('/news?locale=en')).json()) as {
      docs: { id: number | string; alternates?: unknown }[]
    }
    expect(list.docs.find((doc) => String(doc.id) === String(news.id))?.alternates).toEqual(rest.alternates)
  })

  it('are left out when a select leaves them out', async () => {
    const trimmed = (await (await site.get(`/news/${news.id}?select[title]=true`)).json()) as Record<string, unknown>
    expect(trimmed.alternates).toBeUndefined()
    const named = (await (
      await site.get(`/news/${news.id}?select[title]=true&select[alternates]=true`)
    ).json()) as Record<string, unknown>
    expect(Object.keys(named.alternates as object)).toEqual(['ar', 'en'])
  })
})

describe('the timeline endpoint', () => {
  it('groups the published timeline by year, keeping each date’s precision and the stated order', async () => {
    const response = await site.get('/bilateral-relations/timeline?locale=en')
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Language')).toBe('en')
    const body = (await response.json()) as {
      totalDocs: number
      years: { year: number; entries: { title: string; datePrecision: string; dateLabel: string }[] }[]
    }
    expect(body.years.map((group) => group.year)).toEqual([1991, 1992])
    expect(body.years[0].entries.map((entry) => [entry.title, entry.datePrecision, entry.dateLabel])).toEqual([
      ['علاقات', 'month', 'December 1991'],
      ['بيان', 'month', 'December 1991'],
      ['اعتراف', 'month', 'December 1991'],
    ])
    expect(body.years[1].entries.map((entry) => [entry.title, entry.dateLabel])).toEqual([
      ['زيارة', '1992'],
      ['مطلع 1992', 'January 1992'],
    ])
    expect((await site.get('/bilateral-relations/timeline?locale=fr')).status).toBe(400)
  })
})

describe('the API described', () => {
  it('serves an OpenAPI 3.1 document that validates against the OpenAPI schema and covers every collection', async () => {
    const response = await site.get('/openapi.json')
    expect(response.status).toBe(200)
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> }
    const { Validator } = await import('@seriousme/openapi-schema-validator')
    const result = await new Validator().validate(document)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect(document.openapi).toMatch(/^3\.1\./)
    const paths = Object.keys(document.paths)
    for (const slug of ['news', 'activities', 'courses', 'bilateral-relations', 'people', 'categories', 'media']) {
      expect(paths).toContain(`/api/${slug}`)
      expect(paths).toContain(`/api/${slug}/{id}`)
    }
    expect(paths).toContain('/api/globals/society')
    expect(paths.some((path) => path.includes('openapi-auth'))).toBe(false)
  })

  it('serves the GraphQL schema as SDL, as the config builds it and as it is committed', async () => {
    const response = await site.get('/graphql.sdl')
    expect(response.status).toBe(200)
    const sdl = await response.text()
    expect(sdl).toBe(printSchema(configToSchema(t.config).schema))
    // The committed schema is generated on SQLite, whose ids are numbers.
    if (t.database === 'sqlite')
      expect(sdl.trim()).toBe(fs.readFileSync(path.join(projectRoot, 'src/schema.graphql'), 'utf8').trim())
    expect(sdl).toContain('type NewsItem {')
  })
})

describe('previews of drafts', () => {
  let entry: News
  let previewFor: (locale: 'ar' | 'az' | 'en') => Promise<string>

  beforeAll(async () => {
    entry = await t.payload.create({
      collection: 'news',
      locale: 'ar',
      data: { title: 'العنوان المنشور للمعاينة', _status: 'published' },
    })
    await t.payload.update({
      collection: 'news',
      id: entry.id,
      locale: 'ar',
      draft: true,
      data: { title: 'مسودة للمعاينة' },
    })
    const staff = await t.payload.create({
      collection: 'users',
      data: {
        email: 'preview-editor@example.org',
        password: 'correct-horse-battery-staple',
        name: 'Editor',
        roles: ['editor'],
      },
    })
    const req = await createLocalReq({ user: { ...staff, collection: 'users' } }, t.payload)
    const preview = t.payload.collections.news.config.admin.preview
    if (!preview) throw new Error('news has no preview')
    previewFor = async (locale) =>
      String(await preview(entry as unknown as Record<string, unknown>, { locale, req, token: null }))
  })

  const tokenOf = (url: string) => new URL(url).searchParams.get('token') ?? ''

  it('opens the draft the admin is editing, in its language, through a signed token', async () => {
    const url = await previewFor('ar')
    const response = await site.get(`/preview?token=${tokenOf(url)}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('Cache-Control')).toBe('private, no-store')
    const body = (await response.json()) as { locale: string; doc: Record<string, unknown> }
    expect(body.locale).toBe('ar')
    expect(body.doc.title).toBe('مسودة للمعاينة')
    // Read as a preview client reads: none of the staff's own fields.
    expect(body.doc.translationMarks).toBeUndefined()
    expect(body.doc.workflow).toBeUndefined()
    // The public still reads the published title.
    expect(((await (await site.get(`/news/${entry.id}?locale=ar`)).json()) as News).title).toBe(
      'العنوان المنشور للمعاينة',
    )
  })

  it('opens on the society’s site, at the entry’s path, when the site’s address is known; the live preview only then', async () => {
    const req = await createLocalReq({}, t.payload)
    const url = new URL(
      previewURL(req, { ar: 'https://site.example/ar' }, { collection: 'news', doc: { ...entry }, locale: 'ar' }) ?? '',
    )
    expect(`${url.origin}${url.pathname}`).toBe('https://site.example/ar/preview')
    expect(url.searchParams.get('path')).toBe(`/news/${encodeURIComponent(entry.slug ?? '')}`)
    expect(readPreview(t.payload.secret, url.searchParams.get('token') ?? '')).toMatchObject({
      collection: 'news',
      id: entry.id,
      locale: 'ar',
    })
    const live = t.config.admin.livePreview
    expect(live?.collections).toEqual(['news', 'activities', 'courses', 'bilateral-relations'])
    // The tests' server knows no site address: no live preview pane, rather than an empty one.
    const liveURL =
      typeof live?.url === 'function'
        ? await live.url({
            data: { ...entry },
            locale: { code: 'ar', label: 'ar' },
            req,
            payload: t.payload,
            collectionConfig: t.payload.collections.news.config,
          })
        : 'not a function'
    expect(liveURL).toBeNull()
  })

  it('refuses a token that was altered, has expired, or was never signed, with a 401 in the caller’s language', async () => {
    const token = tokenOf(await previewFor('az'))
    const [body, signature] = token.split('.')
    const altered = `${Buffer.from(JSON.stringify({ collection: 'news', id: entry.id, locale: 'en', exp: 4102444800 })).toString('base64url')}.${signature}`
    const expired = signPreview(t.payload.secret, { collection: 'news', id: entry.id, locale: 'az' }, -60)
    for (const bad of [altered, expired, `${body}.x`, 'nonsense', '']) {
      const response = await site.get(`/preview?token=${encodeURIComponent(bad)}`, { 'Accept-Language': 'en' })
      expect(response.status).toBe(401)
      expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toContain('preview link')
    }
    expect(readPreview(t.payload.secret, token)?.locale).toBe('az')
  })
})
