import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { News } from '../../src/payload-types'

import { generateDataset } from '../../bench/dataset'
import { countQueries } from '../../src/lib/queryMeter'
import { initTestPayload, type TestContext } from '../helpers/payload'

/**
 * Slim population and bounded queries, through the real REST and GraphQL handlers: a related
 * entry brings what a link or a card needs (each collection's `defaultPopulate`), not its body;
 * a list costs the same number of database queries whatever its page size, at most two (the page
 * and its count) plus one per related collection (and one for the `alternates`).
 */
let t: TestContext

beforeAll(async () => {
  t = await initTestPayload('population')
  await generateDataset(t.payload, {
    news: 24,
    activities: 4,
    courses: 2,
    relations: 4,
    people: 6,
    categories: 4,
    images: 3,
  })
})

afterAll(async () => {
  await t.destroy()
})

/** News relate to media, categories, people, activities, courses and relations entries. */
const RELATED_COLLECTIONS = 6
const BOUND = 2 + RELATED_COLLECTIONS + 1

describe('queries per list request', () => {
  it('are the same for a page of 12 or 24 news, and within the bound, over REST', async () => {
    const counts: number[] = []
    // Pages that link to every related collection (a smaller page may link to fewer, and costs less).
    for (const limit of [12, 24]) {
      const { result, queries } = await countQueries(async () => {
        const response = await t.rest.get(`/news?limit=${limit}&locale=az&depth=1`)
        return (await response.json()) as { docs: News[] }
      })
      expect(result.docs).toHaveLength(limit)
      counts.push(queries)
    }
    console.log(`[population] ${t.database}: queries for REST lists of 12 and 24 news at depth 1: ${counts.join(', ')}`)
    expect(new Set(counts).size).toBe(1)
    expect(counts[0]).toBeGreaterThan(1)
    expect(counts[0]).toBeLessThanOrEqual(BOUND)
  })

  it('are the same whatever the page size over GraphQL, and within the bound with `select: true`', async () => {
    const count = async (limit: number, select: boolean) => {
      const { result, queries } = await countQueries(() =>
        t.rest.query<{ News: { docs: unknown[] } }>(
          `{ News(locale: az, limit: ${limit}${select ? ', select: true' : ''}) { docs { title heroImage { url } categories { name } authors { name } related { activities { title } courses { title } relations { title } } } } }`,
        ),
      )
      expect(result.body.data?.News.docs).toHaveLength(limit)
      return queries
    }
    const selected = [await count(12, true), await count(24, true)]
    const whole = [await count(12, false), await count(24, false)]
    console.log(
      `[population] ${t.database}: queries for GraphQL lists of 12 and 24 news: ${selected.join(', ')} with select: true, ${whole.join(', ')} without`,
    )
    expect(selected[1]).toBe(selected[0])
    expect(whole[1]).toBe(whole[0])
    // Only the fields asked for are read: no `alternates`, hence no query for them.
    expect(selected[0]).toBeLessThanOrEqual(2 + RELATED_COLLECTIONS)
  })
})

describe('related entries', () => {
  it('bring what a link or a card needs, not their body', async () => {
    const response = await t.rest.get('/news?limit=24&locale=ar&depth=1')
    const { docs } = (await response.json()) as { docs: Record<string, unknown>[] }
    const withEach = (field: (doc: Record<string, unknown>) => unknown) =>
      docs.map(field).find((value) => value !== undefined && value !== null)
    const category = withEach((doc) => (doc.categories as object[])[0])
    // `deletedAt` is Payload's trash mark, read with every entry of a collection that has a trash (null on SQLite).
    expect(
      Object.keys(category as object)
        .filter((key) => key !== 'deletedAt')
        .sort(),
    ).toEqual(['id', 'name', 'slug'])
    const author = withEach((doc) => (doc.authors as object[])[0]) as Record<string, unknown>
    expect(['deletedAt', 'honorific', 'id', 'name', 'photo', 'slug']).toEqual(
      expect.arrayContaining(Object.keys(author)),
    )
    expect(author).toMatchObject({ id: expect.anything(), name: expect.any(String), slug: expect.any(String) })
    const image = withEach((doc) => doc.heroImage) as Record<string, unknown>
    expect(image).toMatchObject({
      alt: expect.any(String),
      url: expect.stringMatching(/\/api\/media\/file\//),
      sizes: { card: { url: expect.any(String), width: 768 } },
    })
    expect(image).not.toHaveProperty('caption')
    const activity = withEach((doc) => ((doc.related as { activities: object[] }).activities ?? [])[0]) as Record<
      string,
      unknown
    >
    expect(activity).toMatchObject({
      title: expect.any(String),
      slug: expect.any(String),
      startsAt: expect.any(String),
    })
    expect(activity).not.toHaveProperty('body')
    expect(activity).not.toHaveProperty('summary')

    const relations = (await (await t.rest.get('/bilateral-relations?limit=10&locale=ar&depth=1')).json()) as {
      docs: { relatedNews: Record<string, unknown>[] }[]
    }
    const news = relations.docs.flatMap((doc) => doc.relatedNews)[0]
    expect(
      Object.keys(news)
        .filter((key) => key !== 'deletedAt')
        .sort(),
    ).toEqual(['heroImage', 'id', 'publishedAt', 'slug', 'title'])
    // A site that wants more asks for it.
    const whole = (await (
      await t.rest.get(
        '/bilateral-relations?limit=1&locale=ar&depth=1&populate[news][body]=true&populate[news][title]=true',
      )
    ).json()) as { docs: { relatedNews: Record<string, unknown>[] }[] }
    expect(
      Object.keys(whole.docs.flatMap((doc) => doc.relatedNews)[0] ?? { id: 0, body: 0, title: 0 })
        .filter((key) => key !== 'deletedAt')
        .sort(),
    ).toEqual(['body', 'id', 'title'])
  })
})
