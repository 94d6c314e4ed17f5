import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { News } from '../../src/payload-types'

import { initTestPayload, type TestContext } from '../helpers/payload'
import { createStaff, PASSWORD } from '../helpers/users'

let t: TestContext

beforeAll(async () => {
  t = await initTestPayload('locales')
})

afterAll(async () => {
  await t.destroy()
})

const publish = async (
  titles: Partial<Record<'ar' | 'az' | 'en', string>>,
  slugs: Partial<Record<'ar' | 'az' | 'en', string>> = {},
) => {
  const locales = Object.keys(titles) as ('ar' | 'az' | 'en')[]
  const first = await t.payload.create({
    collection: 'news',
    locale: locales[0],
    data: { title: titles[locales[0]] ?? '', slug: slugs[locales[0]], _status: 'published' },
    overrideAccess: true,
  })
  for (const locale of locales.slice(1)) {
    await t.payload.update({
      collection: 'news',
      id: first.id,
      locale,
      data: { title: titles[locale], slug: slugs[locale], _status: 'published' },
      overrideAccess: true,
    })
  }
  return first.id
}

const getNews = async (id: number | string, query: string): Promise<News> => {
  const response = await t.rest.get(`/news/${id}?${query}`)
  expect(response.status).toBe(200)
  return (await response.json()) as News
}

describe('locale fallbacks', () => {
  it('falls back from English to Arabic, and not with fallback-locale=none', async () => {
    const id = await publish({ ar: 'خبر بالعربية فقط' })
    expect((await getNews(id, 'locale=en')).title).toBe('خبر بالعربية فقط')
    // Not published in English: without fallback, an English reader gets nothing.
    expect((await t.rest.get(`/news/${id}?locale=en&fallback-locale=none`)).status).toBe(404)
    expect((await getNews(id, 'locale=ar')).title).toBe('خبر بالعربية فقط')
  })

  it('falls back from Azerbaijani to English, then Arabic', async () => {
    const withEnglish = await publish({ ar: 'عنوان', en: 'English title' })
    expect((await getNews(withEnglish, 'locale=az')).title).toBe('English title')
    const arabicOnly = await publish({ ar: 'عنوان آخر' })
    expect((await getNews(arabicOnly, 'locale=az')).title).toBe('عنوان آخر')
    expect((await t.rest.get(`/news/${arabicOnly}?locale=az&fallback-locale=none`)).status).toBe(404)
  })

  it('returns every locale at once with locale=all', async () => {
    const id = await publish({ ar: 'ثلاث لغات', az: 'Üç dil', en: 'Three languages' })
    const doc = (await (await t.rest.get(`/news/${id}?locale=all`)).json()) as { title: Record<string, string> }
    expect(doc.title).toEqual({ ar: 'ثلاث لغات', az: 'Üç dil', en: 'Three languages' })
  })

  it('falls back through GraphQL too', async () => {
    const id = await publish({ ar: 'عبر GraphQL' })
    const { body } = await t.rest.query<{ NewsItem: { title: string | null } }>(
      `{ NewsItem(id: ${JSON.stringify(id)}, locale: en) { title } }`,
    )
    expect(body.data?.NewsItem.title).toBe('عبر GraphQL')
    const none = await t.rest.query<{ NewsItem: { title: string | null } }>(
      `{ NewsItem(id: ${JSON.stringify(id)}, locale: en, fallbackLocale: none) { title } }`,
    )
    expect(none.body.data?.NewsItem?.title ?? null).toBeNull()
  })
})

describe('slugs per locale', () => {
  it('generates slugs that keep Arabic and Azerbaijani letters', async () => {
    const id = await publish({ ar: 'دورة اللغة الأذربيجانية', az: 'Azərbaycan dili kursu', en: 'Azerbaijani course' })
    const all = (await (await t.rest.get(`/news/${id}?locale=all`)).json()) as { slug: Record<string, string> }
    expect(all.slug).toEqual({ ar: 'دورة-اللغة-الأذربيجانية', az: 'azərbaycan-dili-kursu', en: 'azerbaijani-course' })
  })

  it('finds a document by its slug in each locale', async () => {
    const slug = encodeURIComponent('azərbaycan-dili-kursu')
    const body = (await (await t.rest.get(`/news?where[slug][equals]=${slug}&locale=az`)).json()) as { docs: News[] }
    expect(body.docs.map((d) => d.title)).toEqual(['Azərbaycan dili kursu'])
    const arabic = encodeURIComponent('دورة-اللغة-الأذربيجانية')
    const ar = (await (await t.rest.get(`/news?where[slug][equals]=${arabic}&locale=ar`)).json()) as { docs: News[] }
    expect(ar.docs.map((d) => d.title)).toEqual(['دورة اللغة الأذربيجانية'])
  })

  it('makes a generated slug unique within the locale', async () => {
    const first = await publish({ ar: 'عنوان مكرر' })
    const second = await publish({ ar: 'عنوان مكرر' })
    expect((await getNews(first, 'locale=ar')).slug).toBe('عنوان-مكرر')
    expect((await getNews(second, 'locale=ar')).slug).toBe('عنوان-مكرر-2')
  })

  it('refuses a typed slug already used in the same locale, with a clear 400, and saves nothing', async () => {
    const email = await createStaff(t.payload, 'editor')
    await t.rest.login(email, PASSWORD)
    const before = await t.payload.count({ collection: 'news' })
    const response = await t.rest.post('/news?locale=ar', { title: 'آخر', slug: 'عنوان-مكرر', _status: 'published' })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }
    expect(body.errors[0].data?.errors?.[0]).toMatchObject({ path: 'slug' })
    expect(body.errors[0].data?.errors?.[0].message).toMatch(/slug/i)
    expect((await t.payload.count({ collection: 'news' })).totalDocs).toBe(before.totalDocs)
    t.rest.logout()
  })

  it('allows the same slug in two different locales', async () => {
    const a = await publish({ en: 'Shared', az: 'Ortaq' }, { en: 'shared-slug', az: 'ortaq' })
    const b = await publish({ az: 'Başqa', en: 'Other' }, { az: 'shared-slug', en: 'other' })
    expect((await getNews(a, 'locale=en')).slug).toBe('shared-slug')
    expect((await getNews(b, 'locale=az')).slug).toBe('shared-slug')
  })

  it('normalizes a typed slug instead of refusing it', async () => {
    const id = await publish({ en: 'Typed' }, { en: 'My Typed Slug' })
    expect((await getNews(id, 'locale=en')).slug).toBe('my-typed-slug')
  })
})
