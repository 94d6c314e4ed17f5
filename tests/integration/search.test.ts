import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { News, Person } from '../../src/payload-types'

import { indexPublishedContent } from '../../src/search/backfill'
import { initTestPayload, type TestContext } from '../helpers/payload'
import { RestClient } from '../helpers/rest'
import { searchPairs } from '../helpers/searchPairs'
import { createStaff, PASSWORD } from '../helpers/users'

/**
 * Search through the real REST and GraphQL handlers: spelling variants match in all three
 * languages (the shared table of pairs), only published text is found, results are ranked and
 * highlighted, the admin's list search matches the same way, and slugs are unique under it.
 */
let t: TestContext
const as = {} as Record<'editor' | 'public', RestClient>

interface Found {
  docs: {
    collection: string
    id: number | string
    title: string
    titleHighlighted: string
    excerpt: string
    score: number
  }[]
  totalDocs: number
  errors?: { message: string }[]
}

const search = async (query: string, headers?: HeadersInit) => {
  const response = await as.public.get(`/search?${query}`, headers)
  return { status: response.status, body: (await response.json()) as Found }
}

beforeAll(async () => {
  t = await initTestPayload('search')
  await createStaff(t.payload, 'admin')
  as.public = new RestClient(t.config)
  as.editor = new RestClient(t.config)
  await as.editor.login(await createStaff(t.payload, 'editor'), PASSWORD)
})

afterAll(async () => {
  await t.destroy()
})

describe('the table of query and text pairs', () => {
  const people = new Map<number, Person>()

  beforeAll(async () => {
    for (const [n, pair] of searchPairs.entries()) {
      people.set(n, await t.payload.create({ collection: 'people', locale: pair.locale, data: { name: pair.text } }))
    }
  })

  it.each(searchPairs.map((pair, n) => ({ ...pair, n })))(
    '$locale “$q” in “$text”: $why',
    async ({ q, locale, match, n }) => {
      const { status, body } = await search(`q=${encodeURIComponent(q)}&locale=${locale}&collections=people&limit=50`)
      expect(status).toBe(200)
      const ids = body.docs.map((doc) => String(doc.id))
      expect(ids.includes(String(people.get(n)?.id))).toBe(match)
    },
  )
})

describe('site search', () => {
  let news: News

  beforeAll(async () => {
    news = await t.payload.create({
      collection: 'news',
      locale: 'ar',
      data: {
        title: 'افتتاح دورة اللغة الأذربيجانية',
        excerpt: 'تبدأ الدورة المجانية في مقر الجمعية بالقاهرة.',
        _status: 'published',
      },
    })
    await t.payload.create({ collection: 'news', locale: 'ar', data: { title: 'مسودة عن الأذربيجانية لم تُنشر' } })
    await t.payload.create({
      collection: 'news',
      locale: 'ar',
      data: { title: 'أمسية شعرية', excerpt: 'قصائد مترجمة عن الأذربيجانية وعن العربية.', _status: 'published' },
    })
  })

  it('finds published text only, title hits first, with the original spelling marked', async () => {
    const { status, body } = await search(`q=${encodeURIComponent('الاذربيجانيه')}&locale=ar&collections=news`)
    expect(status).toBe(200)
    expect(body.docs.map((doc) => doc.title)).toEqual(['افتتاح دورة اللغة الأذربيجانية', 'أمسية شعرية'])
    expect(body.docs[0]?.titleHighlighted).toBe('افتتاح دورة اللغة <mark>الأذربيجانية</mark>')
    expect(body.docs[1]?.excerpt).toContain('عن <mark>الأذربيجانية</mark> وعن')
    expect(body.docs[0]?.score).toBeGreaterThan(body.docs[1]?.score ?? Infinity)
  })

  it('searches one language at a time: Arabic text is not found in Azerbaijani', async () => {
    const { body } = await search(`q=${encodeURIComponent('الأذربيجانية')}&locale=az`)
    expect(body.totalDocs).toBe(0)
  })

  it('answers the same through GraphQL', async () => {
    const { body } = await as.public.query<{
      searchContent: { totalDocs: number; docs: { id: string; titleHighlighted: string }[] }
    }>(
      'query ($q: String!) { searchContent(q: $q, locale: "ar", collections: ["news"]) { totalDocs docs { id titleHighlighted } } }',
      { q: 'الاذربيجانية' },
    )
    expect(body.errors).toBeUndefined()
    expect(body.data?.searchContent.totalDocs).toBe(2)
    expect(body.data?.searchContent.docs[0]?.id).toBe(String(news.id))
  })

  it('drops an entry taken off the site', async () => {
    await t.payload.update({ collection: 'news', id: news.id, locale: 'ar', data: { _status: 'draft' } })
    const { body } = await search(`q=${encodeURIComponent('دورة')}&locale=ar&collections=news`)
    expect(body.docs.map((doc) => String(doc.id))).not.toContain(String(news.id))
    await t.payload.update({ collection: 'news', id: news.id, locale: 'ar', data: { _status: 'published' } })
    expect((await search(`q=${encodeURIComponent('دورة')}&locale=ar&collections=news`)).body.totalDocs).toBe(1)
  })

  it('refuses bad input with a 400 in the caller’s language, and keeps the index to staff', async () => {
    expect((await search('q=', { 'Accept-Language': 'az' })).body.errors?.[0]?.message).toBe(
      'Axtardığınızı q parametrində yazın.',
    )
    expect((await search('q=x&locale=fr')).status).toBe(400)
    expect((await search(`q=${'x'.repeat(201)}`)).status).toBe(400)
    expect((await search('q=x&limit=500')).status).toBe(400)
    expect((await search('q=x&collections=users')).status).toBe(400)
    expect((await as.public.get('/search-index')).status).toBe(403)
    expect((await as.editor.get('/search-index')).status).toBe(200)
  })

  it('indexes what was published before the index existed', async () => {
    await t.payload.delete({ collection: 'search-index', where: { id: { exists: true } } })
    expect((await search(`q=${encodeURIComponent('دورة')}&locale=ar&collections=news`)).body.totalDocs).toBe(0)
    await indexPublishedContent(t.payload)
    expect((await search(`q=${encodeURIComponent('دورة')}&locale=ar&collections=news`)).body.totalDocs).toBe(1)
  })
})

describe('the admin’s list search', () => {
  it('matches spelling variants through the list’s own `like` filter', async () => {
    const query = (text: string, locale = 'ar') =>
      as.editor.get(
        `/news?draft=true&depth=0&locale=${locale}&where[or][0][title][like]=${encodeURIComponent(text)}&where[or][1][excerpt][like]=${encodeURIComponent(text)}`,
      )
    const found = (await (await query('الاذربيجانيه')).json()) as { docs: News[] }
    expect(found.docs.map((doc) => doc.title).sort()).toEqual(
      ['أمسية شعرية', 'افتتاح دورة اللغة الأذربيجانية', 'مسودة عن الأذربيجانية لم تُنشر'].sort(),
    )
    const people = (await (
      await as.editor.get(`/people?locale=az&where[name][like]=${encodeURIComponent('ƏLİYEV')}`)
    ).json()) as { docs: Person[] }
    expect(people.docs.map((doc) => doc.name).sort()).toEqual(
      ['Heydər Əliyev Fondu', 'Heydər Əliyev Fondu', 'ilham Əliyevin səfəri', 'Əliyev'].sort(),
    )
  })
})

describe('slugs', () => {
  it('count spelling variants as the same slug, in both a typed and a generated slug', async () => {
    const first = await as.editor.post('/news?locale=ar', { title: 'اللغة الأذربيجانية', slug: 'اللغة-الأذربيجانية' })
    expect(first.status).toBe(201)
    const typed = await as.editor.post('/news?locale=ar', { title: 'عنوان آخر', slug: 'اللغة-الاذربيجانية' })
    expect(typed.status).toBe(400)
    const generated = await as.editor.post('/news?locale=ar', { title: 'اللغة الاذربيجانية' })
    expect(((await generated.json()) as { doc: News }).doc.slug).toBe('اللغة-الاذربيجانية-2')
    const azFirst = await as.editor.post('/people?locale=az', { name: 'MİSİR', slug: 'misir' })
    expect(azFirst.status).toBe(201)
    // Another language has slugs of its own.
    expect((await as.editor.post('/people?locale=en', { name: 'Misir', slug: 'misir' })).status).toBe(201)
    expect((await as.editor.post('/people?locale=az', { name: 'Misir', slug: 'misir' })).status).toBe(400)
  })
})
