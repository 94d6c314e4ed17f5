import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { BilateralRelation, News } from '../../src/payload-types'

import { paragraphsToRichText } from '../../src/lib/lexical'
import { markTranslationStatus } from '../../src/translation/backfill'
import { coverage, translationQueue } from '../../src/translation/queue'
import { initTestPayload, type TestContext } from '../helpers/payload'
import { RestClient } from '../helpers/rest'
import { createStaff, PASSWORD } from '../helpers/users'

/**
 * Translation status through the real REST and GraphQL handlers: editing the source outdates
 * exactly the translated fields it changed, translating a field clears only that field, shared
 * values mark nothing, and the queue, the grid and the API filter agree.
 */
let t: TestContext
const as = {} as Record<'author' | 'editor' | 'translator' | 'public', RestClient>
let translatorEmail: string

beforeAll(async () => {
  t = await initTestPayload('translation')
  await createStaff(t.payload, 'admin')
  for (const role of ['author', 'editor', 'translator', 'public'] as const) as[role] = new RestClient(t.config)
  await as.author.login(await createStaff(t.payload, 'author'), PASSWORD)
  await as.editor.login(await createStaff(t.payload, 'editor'), PASSWORD)
  translatorEmail = await createStaff(t.payload, 'translator', ['az'])
  await as.translator.login(translatorEmail, PASSWORD)
})

afterAll(async () => {
  await t.destroy()
})

type Stored = News & { translationMarks?: Record<string, Record<string, { before: string; after: string }>> }

const stored = async (id: number | string): Promise<Stored> =>
  (await t.payload.findByID({
    collection: 'news',
    id,
    draft: true,
    depth: 0,
    locale: 'ar',
    fallbackLocale: false,
  })) as Stored

const save = async (client: RestClient, id: number | string, locale: string, data: Record<string, unknown>) => {
  const response = await client.patch(`/news/${id}?locale=${locale}&draft=true`, data)
  expect(response.status).toBe(200)
}

describe('status of each language', () => {
  let id: number | string

  it('starts with the source and every other language missing', async () => {
    const response = await as.author.post('/news?locale=ar', {
      title: 'افتتاح دورة اللغة الأذربيجانية',
      excerpt: 'تبدأ الدورة الأسبوع المقبل.',
      body: paragraphsToRichText(['الفقرة الأولى.', 'الفقرة الثانية.'], 'ar'),
    })
    expect(response.status).toBe(201)
    id = ((await response.json()) as { doc: News }).doc.id
    const doc = await stored(id)
    expect(doc.translationStatus).toEqual({ ar: 'source', az: 'missing', en: 'missing' })
    expect(doc.translationMarks).toEqual({})
    // Lists show an untranslated entry by its source title.
    expect(
      (await t.payload.findByID({ collection: 'news', id, locale: 'az', draft: true, depth: 0 })).sourceTitle,
    ).toBe('افتتاح دورة اللغة الأذربيجانية')
  })

  it('is in progress while a translation lacks text the source has, and up to date when it has it all', async () => {
    await save(as.translator, id, 'az', { title: 'Azərbaycan dili kursunun açılışı' })
    expect((await stored(id)).translationStatus).toEqual({ ar: 'source', az: 'in_progress', en: 'missing' })
    await save(as.translator, id, 'az', {
      excerpt: 'Kurs gələn həftə başlayır.',
      body: paragraphsToRichText(['Birinci abzas.', 'İkinci abzas.'], 'az'),
    })
    expect((await stored(id)).translationStatus).toEqual({ ar: 'source', az: 'up_to_date', en: 'missing' })
  })

  it('marks only the changed field outdated, keeping the source text it was translated from', async () => {
    await save(as.author, id, 'ar', { title: 'افتتاح الدورة الثانية للغة الأذربيجانية' })
    let doc = await stored(id)
    expect(doc.translationStatus).toEqual({ ar: 'source', az: 'outdated', en: 'missing' })
    expect(Object.keys(doc.translationMarks?.az ?? {})).toEqual(['title'])
    // English has nothing translated, so nothing of it is outdated: it stays missing.
    expect(doc.translationMarks?.en).toBeUndefined()
    await save(as.author, id, 'ar', { title: 'افتتاح الدورة الثالثة للغة الأذربيجانية' })
    doc = await stored(id)
    expect(doc.translationMarks?.az?.title).toMatchObject({
      before: 'افتتاح دورة اللغة الأذربيجانية',
      after: 'افتتاح الدورة الثالثة للغة الأذربيجانية',
    })
  })

  it('finds outdated entries through the REST and GraphQL filters, and shows the status to the public', async () => {
    const rest = await as.author.get('/news?draft=true&depth=0&where[translationStatus.az][equals]=outdated')
    expect(((await rest.json()) as { docs: News[] }).docs.map((doc) => doc.id)).toEqual([id])
    const none = await as.author.get('/news?draft=true&depth=0&where[translationStatus.az][equals]=up_to_date')
    expect(((await none.json()) as { totalDocs: number }).totalDocs).toBe(0)
    const graphql = await as.author.query<{ News: { docs: { id: string; translationStatus: { az: string } }[] } }>(
      '{ News(draft: true, where: { translationStatus__az: { equals: outdated } }) { docs { id translationStatus { az } } } }',
    )
    expect(graphql.body.errors).toBeUndefined()
    expect(graphql.body.data?.News.docs.map((doc) => String(doc.id))).toEqual([String(id)])
    expect(graphql.body.data?.News.docs[0]?.translationStatus.az).toBe('outdated')
    // In the language being filtered on too, where Payload's own query check would refuse the group.
    const inAz = await as.author.get('/news?locale=az&draft=true&depth=0&where[translationStatus.az][equals]=outdated')
    expect(inAz.status).toBe(200)
    expect(((await inAz.json()) as { docs: News[] }).docs.map((doc) => doc.id)).toEqual([id])
    const stagesInAz = await as.author.get('/news?locale=az&draft=true&depth=0&where[workflow.az][equals]=draft')
    expect(((await stagesInAz.json()) as { totalDocs: number }).totalDocs).toBe(1)
    // Stages stay staff business: the public's filter on them is refused as before, and reveals nothing.
    expect((await as.public.get('/news?locale=az&depth=0&where[workflow.az][equals]=draft')).status).toBe(400)
    // As docs/sites.md shows a site hiding what is not translated.
    const either = await as.author.get('/news?draft=true&depth=0&where[translationStatus.az][in]=up_to_date,outdated')
    expect(((await either.json()) as { totalDocs: number }).totalDocs).toBe(1)
    const listed = await as.author.query<{ News: { totalDocs: number } }>(
      '{ News(draft: true, where: { translationStatus__az: { in: [up_to_date, source] } }) { totalDocs } }',
    )
    expect(listed.body.data?.News.totalDocs).toBe(0)
  })

  it('puts the entry in the translator’s queue and counts it in the grid', async () => {
    const translator = (await t.payload.find({ collection: 'users', where: { email: { equals: translatorEmail } } }))
      .docs[0]
    const queue = await translationQueue(t.payload, translator)
    expect(queue).toEqual([
      expect.objectContaining({
        collection: 'news',
        id,
        locale: 'az',
        status: 'outdated',
        title: 'Azərbaycan dili kursunun açılışı',
      }),
    ])
    const grid = await coverage(t.payload)
    expect(grid.news.az).toEqual({ source: 0, up_to_date: 0, in_progress: 0, outdated: 1, missing: 0 })
    expect(grid.news.en).toEqual({ source: 0, up_to_date: 0, in_progress: 0, outdated: 0, missing: 1 })
    expect(grid.activities.az).toEqual({ source: 0, up_to_date: 0, in_progress: 0, outdated: 0, missing: 0 })
    expect(grid.news.ar.source).toBe(1)
  })

  it('clears a field’s mark when its translation is saved, and only that field’s', async () => {
    await save(as.author, id, 'ar', {
      excerpt: 'تبدأ الدورة بعد أسبوعين.',
      body: paragraphsToRichText(['الفقرة الأولى المعدلة.'], 'ar'),
    })
    expect(Object.keys((await stored(id)).translationMarks?.az ?? {}).sort()).toEqual(['body', 'excerpt', 'title'])
    // The admin sends every field; only the ones whose text changed count as translated.
    const current = await t.payload.findByID({
      collection: 'news',
      id,
      locale: 'az',
      fallbackLocale: false,
      draft: true,
      depth: 0,
    })
    await save(as.translator, id, 'az', {
      title: 'Azərbaycan dili üzrə üçüncü kursun açılışı',
      excerpt: current.excerpt,
      body: current.body,
    })
    let doc = await stored(id)
    expect(Object.keys(doc.translationMarks?.az ?? {}).sort()).toEqual(['body', 'excerpt'])
    expect(doc.translationStatus?.az).toBe('outdated')
    await save(as.translator, id, 'az', {
      excerpt: 'Kurs iki həftədən sonra başlayır.',
      body: paragraphsToRichText(['Düzəldilmiş birinci abzas.'], 'az'),
    })
    doc = await stored(id)
    expect(doc.translationMarks?.az).toBeUndefined()
    expect(doc.translationStatus).toEqual({ ar: 'source', az: 'up_to_date', en: 'missing' })
    const translator = (await t.payload.find({ collection: 'users', where: { email: { equals: translatorEmail } } }))
      .docs[0]
    expect(await translationQueue(t.payload, translator)).toEqual([])
  })

  it('marks nothing when a value every language shares changes', async () => {
    const category = await t.payload.create({ collection: 'categories', data: { name: 'ثقافة' } })
    await save(as.author, id, 'ar', { categories: [category.id], publishedAt: '2026-11-30T10:00:00.000Z' })
    const doc = await stored(id)
    expect(doc.translationStatus?.az).toBe('up_to_date')
    expect(doc.translationMarks).toEqual({})
  })

  it('un-marks a field whose source text returns to what was translated', async () => {
    const before = (await stored(id)).title
    await save(as.author, id, 'ar', { title: 'عنوان مؤقت' })
    expect((await stored(id)).translationStatus?.az).toBe('outdated')
    await save(as.author, id, 'ar', { title: before })
    expect((await stored(id)).translationStatus?.az).toBe('up_to_date')
  })

  it('keeps the status on the entry itself, as the public reads it once published', async () => {
    await t.payload.update({ collection: 'news', id, locale: 'ar', data: { _status: 'published' } })
    const response = await as.public.get(`/news/${id}?locale=ar&depth=0`)
    const body = (await response.json()) as News & { translationMarks?: unknown }
    expect(body.translationStatus).toEqual({ ar: 'source', az: 'up_to_date', en: 'missing' })
    // What changed in the source, and the source's title (perhaps a draft's), are staff business.
    expect(body.translationMarks).toBeUndefined()
    expect(body.sourceTitle).toBeUndefined()
    // Authors do not edit published entries; editors do, as a new draft.
    await save(as.editor, id, 'ar', { title: 'عنوان جديد بعد النشر' })
    const main = (await t.payload.findByID({ collection: 'news', id, depth: 0, locale: 'ar' })) as News
    expect(main.translationStatus?.az).toBe('outdated')
  })

  it('follows the source language when an entry starts in Azerbaijani', async () => {
    const response = await as.author.post('/news?locale=az', { title: 'Bakıda mədəniyyət günləri', sourceLocale: 'az' })
    const created = ((await response.json()) as { doc: News }).doc
    expect((await stored(created.id)).translationStatus).toEqual({ ar: 'missing', az: 'source', en: 'missing' })
    await save(as.author, created.id, 'ar', { title: 'أيام الثقافة في باكو' })
    await save(as.author, created.id, 'az', { title: 'Bakıda Azərbaycan mədəniyyəti günləri' })
    const doc = await stored(created.id)
    expect(doc.translationStatus).toEqual({ ar: 'outdated', az: 'source', en: 'missing' })
    expect(doc.translationMarks?.ar?.title).toMatchObject({
      before: 'Bakıda mədəniyyət günləri',
      after: 'Bakıda Azərbaycan mədəniyyəti günləri',
    })
  })
})

describe('rows of shared lists', () => {
  it('marks the row whose text changed, and forgets a removed row', async () => {
    const relation = (await t.payload.create({
      collection: 'bilateral-relations',
      locale: 'ar',
      data: {
        title: 'زيارة رسمية',
        date: '1992-03-01T00:00:00.000Z',
        datePrecision: 'day',
        kind: 'state_visit',
        places: [
          { name: 'قصر الاتحادية', city: 'القاهرة', country: 'EG' },
          { name: 'قصر غلستان', city: 'باكو', country: 'AZ' },
        ],
      },
    })) as BilateralRelation
    const rows = relation.places ?? []
    await t.payload.update({
      collection: 'bilateral-relations',
      id: relation.id,
      locale: 'az',
      data: {
        title: 'Rəsmi səfər',
        places: rows.map((row, n) => ({
          ...row,
          name: ['İttihadiyyə sarayı', 'Gülüstan sarayı'][n],
          city: ['Qahirə', 'Bakı'][n],
        })),
      },
    })
    await t.payload.update({
      collection: 'bilateral-relations',
      id: relation.id,
      locale: 'ar',
      data: { places: rows.map((row, n) => ({ ...row, city: n === 1 ? 'مدينة باكو' : row.city })) },
    })
    const read = async () =>
      (await t.payload.findByID({
        collection: 'bilateral-relations',
        id: relation.id,
        draft: true,
        depth: 0,
      })) as BilateralRelation & {
        translationMarks?: Record<string, Record<string, unknown>>
      }
    expect(Object.keys((await read()).translationMarks?.az ?? {})).toEqual([`places.${rows[1]?.id}.city`])
    await t.payload.update({
      collection: 'bilateral-relations',
      id: relation.id,
      locale: 'ar',
      data: { places: rows.slice(0, 1) },
    })
    const after = await read()
    expect(after.translationMarks).toEqual({})
    expect(after.translationStatus?.az).toBe('up_to_date')
  })
})

describe('entries written before the workbench', () => {
  it('get each language’s status from their text, on the entry and its latest version, with nothing else changed', async () => {
    const doc = await t.payload.create({ collection: 'news', locale: 'ar', data: { title: 'خبر قديم', excerpt: 'نص' } })
    await t.payload.update({
      collection: 'news',
      id: doc.id,
      locale: 'en',
      data: { title: 'An old news item', excerpt: 'Text' },
    })
    await t.payload.update({
      collection: 'news',
      id: doc.id,
      locale: 'az',
      draft: true,
      data: { title: 'Köhnə xəbər' },
    })
    // The adapters write into what they are given, so each write gets its own object.
    const wiped = () => ({ ar: null, az: null, en: null })
    await t.payload.db.updateOne({ collection: 'news', id: doc.id, data: { translationStatus: wiped() } })
    const { docs } = await t.payload.db.findVersions({
      collection: 'news',
      locale: 'all',
      limit: 1,
      where: { and: [{ parent: { equals: doc.id } }, { latest: { equals: true } }] },
    })
    const latest = docs[0]
    if (!latest) throw new Error('no version')
    await t.payload.db.updateVersion({
      collection: 'news',
      id: latest.id,
      locale: 'all',
      versionData: { ...latest, version: { ...latest.version, translationStatus: wiped() } },
    })
    const draftBefore = await t.payload.findByID({
      collection: 'news',
      id: doc.id,
      draft: true,
      locale: 'all',
      depth: 0,
    })
    expect(draftBefore.translationStatus).toEqual(wiped())

    await markTranslationStatus(t.payload)

    const draft = await t.payload.findByID({ collection: 'news', id: doc.id, draft: true, locale: 'all', depth: 0 })
    expect(draft.translationStatus).toMatchObject({ ar: 'source', az: 'in_progress', en: 'up_to_date' })
    expect({ ...draft, translationStatus: null, updatedAt: null }).toEqual({
      ...draftBefore,
      translationStatus: null,
      updatedAt: null,
    })
    const main = await t.payload.findByID({ collection: 'news', id: doc.id, locale: 'all', depth: 0 })
    // The published entry has no Azerbaijani yet: that text is in the draft only.
    expect(main.translationStatus).toMatchObject({ ar: 'source', az: 'missing', en: 'up_to_date' })
  })
})

describe('a translator signing in', () => {
  it('opens the admin in the language they translate into', async () => {
    const translator = (await t.payload.find({ collection: 'users', where: { email: { equals: translatorEmail } } }))
      .docs[0]
    if (!translator) throw new Error('no translator')
    const preference = async () =>
      (
        await t.payload.find({
          collection: 'payload-preferences',
          where: { and: [{ key: { equals: 'locale' } }, { 'user.value': { equals: translator.id } }] },
        })
      ).docs[0]?.value
    await new RestClient(t.config).login(translatorEmail, PASSWORD)
    expect(await preference()).toBe('az')
    const pref = (
      await t.payload.find({ collection: 'payload-preferences', where: { 'user.value': { equals: translator.id } } })
    ).docs[0]
    if (pref) await t.payload.db.updateOne({ collection: 'payload-preferences', id: pref.id, data: { value: 'ar' } })
    await new RestClient(t.config).login(translatorEmail, PASSWORD)
    expect(await preference()).toBe('az')
  })
})
