import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { generateDataset } from '../../bench/dataset'
import { resolvedLists } from '../../src/cache'
import { payloadAPI } from '../../src/delivery/api'
import { boundsByActor } from '../../src/limits'
import { adminSave } from '../helpers/adminRequests'
import { initTestPayload, type TestContext } from '../helpers/payload'
import { RestClient } from '../helpers/rest'
import { createStaff, PASSWORD } from '../helpers/users'

/**
 * The read model (src/cache/entries.ts) over Payload's real REST handler: every public list it
 * answers is byte for byte Payload's own answer to the same request (status, body and headers), on
 * every public collection, in every language and fallback setting, at every depth, with `select`,
 * `populate`, filters, sorts and pages, whether its entries are resolved now or kept from earlier;
 * a publish, and a change to a related entry it shows, show at once; a draft save resolves nothing
 * again; and whatever it does not know goes to Payload untouched.
 */
let t: TestContext
let editor: RestClient
let admin: RestClient
let lists: (request: Request) => Promise<Response>
/** The requests that reached Payload's handler from the read model, by kind. */
const reached = { ids: 0, entries: 0, whole: 0 }

beforeAll(async () => {
  t = await initTestPayload('resolvedLists')
  await generateDataset(t.payload, {
    news: 14,
    activities: 3,
    courses: 2,
    relations: 3,
    people: 4,
    categories: 3,
    images: 2,
  })
  editor = new RestClient(t.config)
  await editor.login(await createStaff(t.payload, 'editor'), PASSWORD)
  admin = new RestClient(t.config)
  await admin.login(await createStaff(t.payload, 'admin'), PASSWORD)
  const payloads = payloadAPI(t.config, '/api')
  lists = resolvedLists(
    (request) => {
      const url = new URL(request.url)
      if (url.searchParams.get('select[id]') === 'true') reached.ids += 1
      else if (url.searchParams.has('where[id][in]')) reached.entries += 1
      else reached.whole += 1
      return payloads(request)
    },
    {
      payload: t.payload,
      apiRoute: '/api',
      collections: ['news', 'activities', 'courses', 'bilateral-relations', 'people', 'categories', 'media'],
      cookieName: 'payload-token',
      maxBytes: 8 * 1024 * 1024,
      maxResponseBytes: boundsByActor.public.maxResponseBytes,
      maxDocuments: boundsByActor.public.maxDocuments,
    },
  )
})

afterAll(async () => {
  await t.destroy()
})

const request = (path: string, headers: Record<string, string> = {}) =>
  new Request(`http://localhost:3000/api${path}`, { headers })

/** An answer as a site gets it: status, the headers Payload sets, and the body. */
async function seen(response: Response) {
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    if (name !== 'date') headers[name] = value
  })
  return { status: response.status, headers, body: await response.text() }
}

const fromModel = async (path: string, headers: Record<string, string> = {}) =>
  seen(await lists(request(path, headers)))
const fromPayload = async (path: string, headers: Record<string, string> = {}) =>
  seen(await payloadAPI(t.config, '/api')(request(path, headers)))

/** Counts what reached Payload while `read` ran. */
async function reaching(read: () => Promise<unknown>): Promise<typeof reached> {
  const before = { ...reached }
  await read()
  return {
    ids: reached.ids - before.ids,
    entries: reached.entries - before.entries,
    whole: reached.whole - before.whole,
  }
}

const slugOf = async (collection: string, locale: string): Promise<string> => {
  const { docs } = (await (
    await payloadAPI(t.config, '/api')(request(`/${collection}?locale=${locale}&limit=1&page=2&depth=0`))
  ).json()) as {
    docs: { slug?: string }[]
  }
  return docs[0]?.slug ?? ''
}

describe('answers equal to Payload’s', () => {
  const collections = ['news', 'activities', 'courses', 'bilateral-relations', 'people', 'categories', 'media']
  const shapes = ['', 'depth=0', 'depth=2', 'fallback-locale=none', 'depth=1&limit=3&page=2', 'sort=-createdAt&limit=5']

  it.each(collections)(
    '%s: every language and fallback, depth, page and sort, resolved now and kept',
    async (collection) => {
      for (const locale of ['', 'ar', 'az', 'en', 'all'])
        for (const shape of shapes) {
          const path = `/${collection}?${[locale && `locale=${locale}`, shape].filter(Boolean).join('&')}`
          const expected = await fromPayload(path)
          expect(expected.status).toBe(200)
          // The first time resolves its entries; the second takes them kept.
          expect({ path, ...(await fromModel(path)) }).toEqual({ path, ...expected })
          expect({ path, ...(await fromModel(path)) }).toEqual({ path, ...expected })
        }
    },
  )

  it('news: by slug, filtered, with select and populate, as the sites ask', async () => {
    const slug = await slugOf('news', 'az')
    const category = (
      (await (await payloadAPI(t.config, '/api')(request('/categories?limit=1&depth=0'))).json()) as {
        docs: { id: number | string }[]
      }
    ).docs[0].id
    for (const path of [
      `/news?where[slug][equals]=${encodeURIComponent(slug)}&limit=1&locale=az`,
      `/news?where[categories][in]=${category}&locale=en&sort=-publishedAt`,
      '/news?locale=az&select[title]=true&select[slug]=true&select[heroImage]=true',
      '/news?locale=ar&populate[categories][name]=true&populate[people][name]=true',
      '/news?locale=az&fallback-locale=en&depth=1&select[title]=true&select[categories]=true',
      '/news?locale=en&where[title][like]=a&sort=title',
      '/news?locale=az&where[slug][equals]=no-such-entry',
      '/news?locale=az&page=99',
      '/news?locale=ar&draft=false&limit=4',
    ]) {
      const expected = await fromPayload(path)
      expect({ path, ...(await fromModel(path)) }).toEqual({ path, ...expected })
      expect({ path, ...(await fromModel(path)) }).toEqual({ path, ...expected })
    }
  })

  it('answers from kept entries: a second list asks Payload for its ids only', async () => {
    const path = '/news?locale=az&limit=6&sort=-publishedAt'
    await fromModel(path)
    expect(await reaching(() => fromModel(path))).toEqual({ ids: 1, entries: 0, whole: 0 })
    // Another filter over the same entries resolves none again.
    expect(await reaching(() => fromModel('/news?locale=az&limit=3&sort=-publishedAt&page=2'))).toEqual({
      ids: 1,
      entries: 0,
      whole: 0,
    })
  })
})

describe('changes', () => {
  const path = '/news?locale=az&depth=1&limit=20&sort=-publishedAt'
  const first = async () =>
    (
      (await (await payloadAPI(t.config, '/api')(request(path.replace('depth=1', 'depth=0')))).json()) as {
        docs: { id: number | string; categories: (number | string)[] }[]
      }
    ).docs.find((doc) => doc.categories.length > 0)

  it('a draft save resolves nothing again; a publish, and a renamed category, show at once', async () => {
    const doc = await first()
    if (!doc) throw new Error('the data set has news with categories')
    await fromModel(path)
    expect((await adminSave(editor, 'news', doc.id, 'az', { title: 'Qaralama başlıq: $& $1 $$' })).status).toBe(200)
    expect(await reaching(() => fromModel(path))).toEqual({ ids: 1, entries: 0, whole: 0 })
    expect((await fromModel(path)).body).not.toContain('Qaralama başlıq: $& $1 $$')

    for (const to of ['in_review', 'approved', 'published'])
      expect((await editor.post(`/news/${doc.id}/workflow`, { locale: 'az', to })).status).toBe(200)
    const published = await fromModel(path)
    expect(published.body).toContain('Qaralama başlıq: $& $1 $$')
    expect(published).toEqual(await fromPayload(path))

    const category = doc.categories[0]
    expect((await admin.patch(`/categories/${category}?locale=az`, { name: 'Yeni kateqoriya adı' })).status).toBe(200)
    const renamed = await fromModel(path)
    expect(renamed.body).toContain('Yeni kateqoriya adı')
    expect(renamed).toEqual(await fromPayload(path))
  })
})

describe('what goes to Payload as it came', () => {
  it('staff, drafts, API clients and parameters it does not know', async () => {
    const token = editor.token ?? ''
    for (const [path, headers] of [
      ['/news?locale=az', { Authorization: `JWT ${token}` }],
      ['/news?locale=az&draft=true', {}],
      ['/news?locale=az&trash=true', {}],
      ['/news?locale=az&joins[x]=false', {}],
      ['/users?limit=2', {}],
      ['/news/1?locale=az', {}],
    ] as const) {
      expect(await reaching(() => fromModel(path, headers))).toEqual({ ids: 0, entries: 0, whole: 1 })
      const expected = await fromPayload(path, headers)
      expect({ path, ...(await fromModel(path, headers)) }).toEqual({ path, ...expected })
    }
  })

  it('a refused first step is Payload’s refusal of the whole request', async () => {
    for (const path of ['/news?locale=xx', '/news?where[nope][equals]=1', '/news?limit=abc&locale=az']) {
      const expected = await fromPayload(path, { 'Accept-Language': 'az' })
      expect({ path, ...(await fromModel(path, { 'Accept-Language': 'az' })) }).toEqual({ path, ...expected })
    }
  })
})
