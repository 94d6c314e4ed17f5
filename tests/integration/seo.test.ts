import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { News } from '../../src/payload-types'

import { META_DESCRIPTION_MAX } from '../../src/fields/seo'
import { initTestPayload, type TestContext } from '../helpers/payload'
import { createStaff, PASSWORD } from '../helpers/users'

let t: TestContext

beforeAll(async () => {
  t = await initTestPayload('seo')
})

afterAll(async () => {
  await t.destroy()
})

const titles = {
  ar: 'دورة جديدة في اللغة الأذربيجانية',
  az: 'Azərbaycan dili üzrə yeni kurs',
  en: 'A new Azerbaijani language course',
}
const excerpts = {
  ar: 'تفتح الجمعية '.repeat(20).trim(),
  az: 'Cəmiyyət yeni kurs açır.',
  en: 'The society opens a new course.',
}

describe('SEO fields from @payloadcms/plugin-seo', () => {
  let id: News['id']

  beforeAll(async () => {
    const created = await t.payload.create({
      collection: 'news',
      locale: 'ar',
      data: { title: titles.ar, excerpt: excerpts.ar, _status: 'published' },
    })
    id = created.id
    for (const locale of ['az', 'en'] as const) {
      await t.payload.update({
        collection: 'news',
        id,
        locale,
        data: { title: titles[locale], excerpt: excerpts[locale], _status: 'published' },
      })
    }
  })

  it('fills meta title and description from each locale’s title and excerpt, read per locale over REST', async () => {
    for (const locale of ['ar', 'az', 'en'] as const) {
      const response = await t.rest.get(`/news/${id}?locale=${locale}&depth=0`)
      expect(response.status).toBe(200)
      const doc = (await response.json()) as News
      expect(doc.meta?.title).toBe(titles[locale])
      const expected =
        excerpts[locale].length > META_DESCRIPTION_MAX
          ? `${excerpts[locale].slice(0, META_DESCRIPTION_MAX - 1).trimEnd()}…`
          : excerpts[locale]
      expect(doc.meta?.description).toBe(expected)
      expect((doc.meta?.description ?? '').length).toBeLessThanOrEqual(META_DESCRIPTION_MAX)
    }
  })

  it('keeps a meta title written by hand, in its locale only', async () => {
    await t.payload.update({
      collection: 'news',
      id,
      locale: 'en',
      data: { meta: { title: 'Learn Azerbaijani in Cairo' } },
    })
    const all = (await (await t.rest.get(`/news/${id}?locale=all&depth=0`)).json()) as {
      meta: { title: Record<string, string> }
    }
    expect(all.meta.title).toEqual({ ar: titles.ar, az: titles.az, en: 'Learn Azerbaijani in Cairo' })
  })

  it('answers the plugin’s generate buttons for staff only, from the same rule as saving', async () => {
    const body = { collectionSlug: 'news', id, locale: 'az', doc: { title: titles.az, excerpt: excerpts.az } }
    const anonymous = await t.rest.post('/plugin-seo/generate-title', body)
    expect(anonymous.status).toBe(401)
    await t.rest.login(await createStaff(t.payload, 'editor'), PASSWORD)
    const title = await t.rest.post('/plugin-seo/generate-title', body)
    expect(title.status).toBe(200)
    expect(await title.json()).toEqual({ result: titles.az })
    const description = await t.rest.post('/plugin-seo/generate-description', body)
    expect(await description.json()).toEqual({ result: excerpts.az })
    t.rest.logout()
  })

  it('gives meta over GraphQL in the asked locale', async () => {
    const idType = t.database === 'sqlite' ? 'Int' : 'String'
    const { body } = await t.rest.query<{ NewsItem: { meta: { title: string; description: string } } }>(
      `query($id: ${idType}!) { NewsItem(id: $id, locale: az) { meta { title description } } }`,
      { id },
    )
    expect(body.data?.NewsItem.meta).toEqual({ title: titles.az, description: excerpts.az })
  })
})
