import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { generateDataset } from '../../bench/dataset'
import { resolvedLists, type ResolvedListsOptions } from '../../src/cache'
import { MAKINGS_PER_CONTENT } from '../../src/cache/order'
import { payloadAPI } from '../../src/delivery/api'
import { boundsByActor, DEFAULT_PAGE_SIZE, MAX_PAGE } from '../../src/limits'
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
let listsOptions: ResolvedListsOptions
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
  listsOptions = {
    payload: t.payload,
    apiRoute: '/api',
    collections: ['news', 'activities', 'courses', 'bilateral-relations', 'people', 'categories', 'media'],
    cookieName: 'payload-token',
    maxBytes: 8 * 1024 * 1024,
    maxResponseBytes: boundsByActor.public.maxResponseBytes,
    maxDocuments: boundsByActor.public.maxDocuments,
    defaultLimit: DEFAULT_PAGE_SIZE,
    maxLimit: 100,
    maxPage: MAX_PAGE,
  }
  lists = resolvedLists((request) => {
    const url = new URL(request.url)
    if (url.searchParams.get('select[id]') === 'true') reached.ids += 1
    else if (url.searchParams.has('where[id][in]')) reached.entries += 1
    else reached.whole += 1
    return payloads(request)
  }, listsOptions)
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

  it('answers from kept entries: a second list resolves none of them again', async () => {
    const path = '/news?locale=az&limit=6&sort=-publishedAt'
    await fromModel(path)
    expect(await reaching(() => fromModel(path))).toMatchObject({ entries: 0, whole: 0 })
    // Another filter over the same entries resolves none again.
    expect(await reaching(() => fromModel('/news?locale=az&limit=3&sort=-publishedAt&where[title][like]=a'))).toEqual({
      ids: 1,
      entries: 0,
      whole: 0,
    })
  })
})

/** What a collection's entries hold as stored: their slug in every language. */
async function storedSlugs(collection: 'categories' | 'news' | 'people'): Promise<Record<string, string>[]> {
  const { docs } = await t.payload.find({
    collection,
    locale: 'all',
    pagination: false,
    depth: 0,
    select: { slug: true },
  })
  return docs.map(
    (doc) => (typeof doc.slug === 'object' && doc.slug !== null ? doc.slug : {}) as Record<string, string>,
  )
}

/**
 * Reads `path` until the collection's public order (src/cache/order.ts) answers its first step:
 * nothing but the entries' bodies reaches Payload. It is made after a first list, and used once a
 * list of Payload's own has been found the same.
 */
async function fromOrder(path: string): Promise<Awaited<ReturnType<typeof fromModel>>> {
  for (let attempt = 0; attempt < 40; attempt += 1) {
    let answer: Awaited<ReturnType<typeof fromModel>> | undefined
    const asked = await reaching(async () => {
      answer = await fromModel(path)
    })
    if (answer && asked.ids === 0 && asked.whole === 0) return answer
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error(`The public order never answered ${path}`)
}

describe('the public order: pages and slugs without a query', () => {
  it.each(['news', 'categories', 'people'] as const)(
    '%s: every page and every stored slug, in every language and fallback, the same as Payload’s',
    async (collection) => {
      const slugs = await storedSlugs(collection)
      for (const locale of ['', 'ar', 'az', 'en'])
        for (const fallback of ['', 'fallback-locale=none', 'fallback-locale=en']) {
          const base = `/${collection}?${[locale && `locale=${locale}`, fallback].filter(Boolean).join('&')}`
          const first = await fromOrder(`${base}&depth=0&limit=1`)
          expect(first).toEqual(await fromPayload(`${base}&depth=0&limit=1`))
          const { totalDocs } = JSON.parse(first.body) as { totalDocs: number }
          for (const limit of [1, 4, 5, 20])
            for (let page = 1; page <= Math.ceil(totalDocs / limit) + 1; page += 1) {
              const path = `${base}&limit=${limit}&page=${page}`
              const expected = await fromPayload(path)
              let answer: Awaited<ReturnType<typeof fromModel>> | undefined
              const asked = await reaching(async () => {
                answer = await fromModel(path)
              })
              expect({ path, ...answer }).toEqual({ path, ...expected })
              // Within the list, the order says which entries: Payload is asked for none.
              if (page <= Math.ceil(totalDocs / limit))
                expect({ path, asked }).toEqual({ path, asked: { ...asked, ids: 0 } })
            }
          const language = locale || 'ar'
          const other = language === 'en' ? 'az' : 'en'
          for (const stored of slugs)
            for (const slug of [stored[language], stored[other], stored[language]?.toUpperCase()].filter(Boolean)) {
              const path = `${base}&where[slug][equals]=${encodeURIComponent(slug ?? '')}&limit=1`
              expect({ path, ...(await fromModel(path)) }).toEqual({ path, ...(await fromPayload(path)) })
            }
        }
    },
  )

  it('a publish with a new slug, a language unpublished and an entry deleted show at once', async () => {
    const path = '/news?locale=az&fallback-locale=none&limit=50&depth=0'
    await fromOrder(path)
    const { docs } = JSON.parse((await fromModel(path)).body) as { docs: { id: number | string; slug: string }[] }
    const [renamed, unpublished, deleted] = docs
    if (!renamed || !unpublished || !deleted) throw new Error('the data set has three news published in az')

    expect((await adminSave(editor, 'news', renamed.id, 'az', { slug: 'yeni-unvan-xeberi' })).status).toBe(200)
    for (const to of ['in_review', 'approved', 'published'])
      expect((await editor.post(`/news/${renamed.id}/workflow`, { locale: 'az', to })).status).toBe(200)
    for (const read of [
      `${path}&where[slug][equals]=yeni-unvan-xeberi`,
      `${path}&where[slug][equals]=${renamed.slug}`,
      path,
    ]) {
      const answer = await fromModel(read)
      expect({ read, ...answer }).toEqual({ read, ...(await fromPayload(read)) })
    }
    expect((await fromModel(`${path}&where[slug][equals]=yeni-unvan-xeberi`)).body).toContain(
      `"id":${JSON.stringify(renamed.id)}`,
    )

    expect((await editor.post(`/news/${unpublished.id}/workflow`, { locale: 'az', to: 'unpublished' })).status).toBe(
      200,
    )
    expect((await admin.delete(`/news/${deleted.id}`)).status).toBe(200)
    await fromOrder(path)
    const after = await fromModel(path)
    expect(after).toEqual(await fromPayload(path))
    const shown = (JSON.parse(after.body) as { docs: { id: number | string }[] }).docs.map((doc) => doc.id)
    expect(shown).toContain(renamed.id)
    expect(shown).not.toContain(unpublished.id)
    expect(shown).not.toContain(deleted.id)
    expect(shown).toHaveLength(docs.length - 2)
  })

  it('a stranger asking for every language, fallback and sort in turn makes a bounded number of orders', async () => {
    // A read model of its own, so that no order was made before.
    let asked = 0
    const own = resolvedLists((request) => {
      if (new URL(request.url).searchParams.get('select[id]') === 'true') asked += 1
      return payloadAPI(t.config, '/api')(request)
    }, listsOptions)
    const keys = ['', 'locale=ar', 'locale=az', 'locale=en'].flatMap((locale) =>
      ['', 'fallback-locale=none', 'fallback-locale=en', 'fallback-locale=ar'].flatMap((fallback) =>
        ['', 'sort=name'].map((sort) => [locale, fallback, sort, 'limit=2'].filter(Boolean).join('&')),
      ),
    )
    expect(keys.length).toBeGreaterThan(MAKINGS_PER_CONTENT)
    const fromOrders = new Set<string>()
    for (let round = 0, quiet = 0; round < 200 && quiet < 10; round += 1) {
      const before = fromOrders.size
      for (const key of keys) {
        const was = asked
        const answer = await own(request(`/categories?${key}`))
        expect({ key, ...(await seen(answer)) }).toEqual({ key, ...(await fromPayload(`/categories?${key}`)) })
        if (asked === was) fromOrders.add(key)
      }
      quiet = fromOrders.size === before ? quiet + 1 : 0
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(fromOrders.size).toBe(MAKINGS_PER_CONTENT)
  })

  it('entries created in the same millisecond: the database orders them, so Payload says which', async () => {
    const path = '/categories?locale=en&limit=2&page=2'
    await fromOrder(path)
    const { docs } = await t.payload.find({ collection: 'categories', limit: 2, depth: 0, select: { createdAt: true } })
    const [a, b] = docs
    if (!a || !b) throw new Error('the data set has two categories')
    await t.payload.update({ collection: 'categories', id: b.id, data: { createdAt: a.createdAt } })
    for (let read = 0; read < 5; read += 1) {
      const asked = await reaching(async () => {
        expect(await fromModel(path)).toEqual(await fromPayload(path))
      })
      expect(asked).toMatchObject({ ids: 1, whole: 0 })
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
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
    expect(await reaching(() => fromModel(path))).toMatchObject({ entries: 0, whole: 0 })
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
