import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { getIntrospectionQuery } from 'graphql'

import type { BilateralRelation, News } from '../../src/payload-types'

import { MAX_GRAPHQL_FIELDS } from '../../src/limits'
import { initTestPayload, type TestContext } from '../helpers/payload'
import { createStaff, PASSWORD } from '../helpers/users'

let t: TestContext
let news: News
let relation: BilateralRelation
const MAX_LIMIT = 7
const saved = process.env.API_MAX_LIMIT

beforeAll(async () => {
  process.env.API_MAX_LIMIT = String(MAX_LIMIT)
  t = await initTestPayload('limits')
  for (let i = 0; i < 12; i += 1) {
    await t.payload.create({ collection: 'categories', data: { name: `فئة ${i}` } })
  }
  // A news item and a timeline entry that point at each other: each level of depth goes round once more.
  news = await t.payload.create({ collection: 'news', data: { title: 'خبر', _status: 'published' } })
  relation = await t.payload.create({
    collection: 'bilateral-relations',
    data: {
      title: 'اعتراف',
      date: '1991-12-01',
      datePrecision: 'month',
      kind: 'recognition',
      sources: [{ title: 'مصدر', news: news.id }],
      relatedNews: [news.id],
      _status: 'published',
    },
  })
  news = await t.payload.update({ collection: 'news', id: news.id, data: { related: { relations: [relation.id] } } })
})

afterAll(async () => {
  await t.destroy()
  if (saved === undefined) Reflect.deleteProperty(process.env, 'API_MAX_LIMIT')
  else process.env.API_MAX_LIMIT = saved
})

/** How many levels of related documents an answer holds, following news → relations → news … */
const populatedLevels = (doc: unknown): number => {
  let levels = 0
  let current: unknown = doc
  for (;;) {
    const next =
      typeof current === 'object' && current !== null
        ? 'related' in current
          ? (current as News).related?.relations?.[0]
          : (current as BilateralRelation).relatedNews?.[0]
        : undefined
    if (typeof next !== 'object' || next === null) return levels
    levels += 1
    current = next
  }
}

type List = { docs: unknown[]; totalDocs: number; limit: number }

/** Related entries whole (all fields but one), not slim, so that each level links on to the next. */
const WHOLE = '&populate[news][slugKey]=false&populate[bilateral-relations][slugKey]=false'

describe('bounded work per request', () => {
  it('populates at most 2 levels for the public and 5 for staff, whatever depth is asked', async () => {
    for (const depth of [1, 2]) {
      const doc = await (await t.rest.get(`/news/${news.id}?depth=${depth}${WHOLE}`)).json()
      expect(populatedLevels(doc)).toBe(depth)
    }
    for (const depth of [3, 7, 100]) {
      const response = await t.rest.get(`/news/${news.id}?depth=${depth}${WHOLE}`)
      expect(response.status).toBe(200)
      expect(populatedLevels(await response.json())).toBe(2)
    }
    const list = (await (await t.rest.get(`/news?depth=50${WHOLE}`)).json()) as List
    expect(populatedLevels(list.docs[0])).toBe(2)

    await t.rest.login(await createStaff(t.payload, 'editor'), PASSWORD)
    expect(populatedLevels(await (await t.rest.get(`/news/${news.id}?depth=4${WHOLE}`)).json())).toBe(4)
    expect(populatedLevels(await (await t.rest.get(`/news/${news.id}?depth=100${WHOLE}`)).json())).toBe(5)
    t.rest.logout()
  })

  it('never returns more than API_MAX_LIMIT documents; 0 or less means the default page', async () => {
    const cases: [string, number][] = [
      ['limit=3', 3],
      ['limit=0', MAX_LIMIT],
      ['limit=-1', MAX_LIMIT],
      ['limit=1e9', MAX_LIMIT],
      ['limit=1000000', MAX_LIMIT],
      ['pagination=false', MAX_LIMIT],
      ['limit=0&pagination=false', MAX_LIMIT],
      ['', MAX_LIMIT],
    ]
    for (const [query, count] of cases) {
      const response = await t.rest.get(`/categories?${query}`)
      expect(response.status).toBe(200)
      const body = (await response.json()) as List
      expect({ query, count: body.docs.length, totalDocs: body.totalDocs }).toEqual({ query, count, totalDocs: 12 })
    }
  })

  it('refuses a page or limit that is not a number, in the caller’s language', async () => {
    for (const query of ['page=99999999999999999999', 'page=0', 'page=abc', 'page=1.5']) {
      const response = await t.rest.get(`/categories?${query}`, { 'Accept-Language': 'en' })
      expect(response.status).toBe(400)
      const body = (await response.json()) as { errors: { message: string }[] }
      expect(body.errors[0].message).toContain('The page number (page) must be a whole number from 1 to')
    }
    const arabic = await t.rest.get('/categories?limit=abc', { 'Accept-Language': 'ar' })
    expect(arabic.status).toBe(400)
    expect(JSON.stringify(await arabic.json())).toContain('عدد النتائج (limit)')
    expect((await t.rest.get('/categories?page=2&limit=5')).status).toBe(200)
  })

  it('bounds GraphQL the same way: limits, nesting, estimated cost and size', async () => {
    const small = await t.rest.query<{ Categories: { docs: unknown[] } }>(
      '{ Categories(limit: 1000) { docs { name } } }',
    )
    expect(small.body.data?.Categories.docs).toHaveLength(MAX_LIMIT)
    const zero = await t.rest.query<{ Categories: { docs: unknown[] } }>(
      '{ Categories(limit: 0, pagination: false) { docs { name } } }',
    )
    expect(zero.body.data?.Categories.docs).toHaveLength(MAX_LIMIT)

    const twoLevels = '{ News { docs { title related { relations { title relatedNews { title } } } } } }'
    const allowed = await t.rest.query(twoLevels)
    expect(allowed.status).toBe(200)
    expect(allowed.body.errors).toBeUndefined()

    const fiveLevels =
      '{ News { docs { related { relations { relatedNews { related { relations { relatedNews { related { relations { title } } } } } } } } } } }'
    const refused = await t.rest.query(fiveLevels)
    expect(refused.body.data).toBeUndefined()
    expect(refused.body.errors?.[0]?.message).toMatch(
      /يتداخل استعلام GraphQL في المستندات المرتبطة حتى 5 مستويات، والحد الأقصى 2/,
    )

    // Fragments are followed as they will run.
    const viaFragments = await t.rest.query(
      'query { News { docs { ...N } } } fragment N on NewsItem { related { relations { ...R } } } fragment R on BilateralRelation { relatedNews { related { relations { title } } } }',
    )
    expect(viaFragments.body.errors?.[0]?.message).toMatch(/حتى 3 مستويات/)

    const aliases = Array.from({ length: 12 }, (_, i) => `a${i}: Categories(limit: 100) { docs { name } }`).join(' ')
    const costly = await t.rest.query(`{ ${aliases} }`, undefined)
    // 12 × 7 documents is within bounds: API_MAX_LIMIT caps each page before the cost is estimated.
    expect(costly.body.errors).toBeUndefined()
    const fanOut = Array.from(
      { length: 6 },
      (_, i) =>
        `n${i}: News(limit: 100) { docs { categories { name } authors { name } related { activities { title } courses { title } relations { title relatedNews { title } } } } }`,
    ).join(' ')
    const refusedCost = await t.rest.query(`{ ${fanOut} }`)
    expect(refusedCost.body.data).toBeUndefined()
    expect(refusedCost.body.errors?.[0]?.message).toMatch(/قد يجلب استعلام GraphQL نحو \d+ مستند/)

    const wide = Array.from({ length: MAX_GRAPHQL_FIELDS + 1 }, (_, i) => `f${i}: __typename`).join(' ')
    const tooWide = await t.rest.query(`{ Categories { docs { ${wide} } } }`)
    expect(tooWide.body.errors?.[0]?.message).toMatch(new RegExp(`أكثر من ${MAX_GRAPHQL_FIELDS} حقل`))

    const deepRichText = await t.rest.query('{ News { docs { body(depth: 9) } } }')
    expect(deepRichText.body.errors?.[0]?.message).toMatch(/depth .*9/)

    // A client that speaks the GraphQL-over-HTTP media type gets the refusal as a 400.
    const strictHeaders = { Accept: 'application/graphql-response+json', 'Accept-Language': 'en' }
    const strict = await t.rest.query(fiveLevels, undefined, strictHeaders)
    expect(strict.status).toBe(400)
  })

  it('refuses fragments that spread themselves, or that would spell out without end, before any rule walks them', async () => {
    const headers = { Accept: 'application/graphql-response+json', 'Accept-Language': 'en' }
    const cycle = await t.rest.query(
      'query { News { docs { ...A } } } fragment A on NewsItem { title ...B } fragment B on NewsItem { ...A }',
      undefined,
      headers,
    )
    expect(cycle.status).toBe(400)
    expect(cycle.body.errors?.map((e) => e.message)).toContain('The fragment "A" spreads itself: A → B → A.')

    // Twenty-five fragments, each spreading the one before twice: 2^25 fields once spelled out.
    const laughs = ['fragment F0 on Category { name }']
    for (let i = 1; i <= 25; i += 1) laughs.push(`fragment F${i} on Category { a: name ...F${i - 1} ...F${i - 1} }`)
    const exponential = await t.rest.query(
      `query { Categories { docs { ...F25 } } } ${laughs.join(' ')}`,
      undefined,
      headers,
    )
    expect(exponential.status).toBe(400)
    expect(exponential.body.errors?.map((e) => e.message)).toContain(
      `The GraphQL query selects more than ${MAX_GRAPHQL_FIELDS} fields.`,
    )

    // A fragment within bounds, spread by so many aliases that the whole is not.
    const fragment = `fragment Wide on Category { ${Array.from({ length: 100 }, (_, i) => `f${i}: name`).join(' ')} }`
    const aliases = Array.from({ length: 30 }, (_, i) => `c${i}: Categories { docs { ...Wide } }`).join(' ')
    const wideSpread = await t.rest.query(`query { ${aliases} } ${fragment}`, undefined, headers)
    expect(wideSpread.status).toBe(400)

    // Many operations in one document, each within bounds: every rule walks every one of them.
    const manyOperations = Array.from(
      { length: 1_000 },
      (_, i) => `query q${i} { Categories { docs { ...Big } } }`,
    ).join(' ')
    const big = `fragment Big on Category { ${Array.from({ length: 1_990 }, (_, i) => `f${i}: name`).join(' ')} }`
    const perOperation = await t.rest.query(`${manyOperations} ${big}`, undefined, headers)
    expect(perOperation.status).toBe(400)
    expect(perOperation.body.errors?.map((e) => e.message)).toContain(
      `The GraphQL query selects more than ${MAX_GRAPHQL_FIELDS} fields.`,
    )

    // The standard introspection query (deeply nested `ofType` fragments), as GraphQL clients and code generators send it.
    const introspection = await t.rest.query<{ __schema: { types: unknown[] } }>(getIntrospectionQuery())
    expect(introspection.body.errors).toBeUndefined()
    expect(introspection.body.data?.__schema.types.length).toBeGreaterThan(50)

    // Fragments within bounds still run.
    const fine = await t.rest.query<{ Categories: { docs: { name: string }[] } }>(
      'query { Categories(limit: 2) { docs { ...C } } } fragment C on Category { name ...D } fragment D on Category { id }',
    )
    expect(fine.body.errors).toBeUndefined()
    expect(fine.body.data?.Categories.docs).toHaveLength(2)
  })
})
