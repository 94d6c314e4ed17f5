import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { BilateralRelation, Course, Person, Society } from '../../src/payload-types'

import { seed } from '../../src/seed'
import { course, people, relations, society } from '../../src/seed/content'
import { initTestPayload, type TestContext } from '../helpers/payload'

let t: TestContext

beforeAll(async () => {
  t = await initTestPayload('model')
  await seed(t.payload)
})

afterAll(async () => {
  await t.destroy()
})

type List<T> = { docs: T[]; totalDocs: number }
const list = async <T>(path: `/${string}`): Promise<List<T>> => {
  const response = await t.rest.get(path)
  expect(response.status).toBe(200)
  return (await response.json()) as List<T>
}

describe('the seeded timeline of relations', () => {
  it('lists every dated event in date order, each at its precision', async () => {
    const { docs } = await list<BilateralRelation>('/bilateral-relations?sort=date&locale=en&limit=100')
    expect(docs).toHaveLength(relations.length)
    expect(docs.length).toBeGreaterThanOrEqual(7)
    const dates = docs.map((d) => d.date)
    expect([...dates].sort()).toEqual(dates)
    expect(docs[0]).toMatchObject({
      title: "Egypt among the first countries to recognize Azerbaijan's independence",
      datePrecision: 'month',
      dateLabel: 'December 1991',
      kind: 'recognition',
    })
    expect(docs[0].date.startsWith('1991-12-01')).toBe(true)
    expect(docs[1]).toMatchObject({ datePrecision: 'year', dateLabel: '1992' })
    expect(docs.map((d) => d.dateLabel)).toEqual([
      'December 1991',
      '1992',
      '1994',
      'May 2007',
      'January 2023',
      'January 2023',
      'July 2023',
      'June 2024',
      'June 2024',
    ])
  })

  it('names the date in each language, never as a made-up day', async () => {
    const ar = await list<BilateralRelation>('/bilateral-relations?sort=date&locale=ar&limit=1')
    expect(ar.docs[0].dateLabel).toBe('ديسمبر 1991')
    const az = await list<BilateralRelation>('/bilateral-relations?sort=date&locale=az&limit=1')
    expect(az.docs[0].dateLabel).toBe('dekabr 1991')
  })

  it('cites the article as the source and links the participants', async () => {
    const { docs } = await list<BilateralRelation>(
      `/bilateral-relations?locale=en&depth=1&where[kind][equals]=multilateral_meeting`,
    )
    expect(docs).toHaveLength(1)
    const [entry] = docs
    expect(entry.sources?.[0].title).toMatch(/Friendship Society/)
    expect(entry.places?.[0]).toMatchObject({ city: 'Baku', country: 'AZ' })
    const participants = (entry.participants ?? []).map((p) => [(p.person as Person).name, p.role])
    expect(participants).toEqual([
      ['Osama Abdel Khalek', "Delivered Egypt's statement"],
      ['Sameh Shoukry', 'The statement was delivered on his behalf'],
    ])
  })

  it('answers through GraphQL too', async () => {
    const { body } = await t.rest.query<{
      BilateralRelations: { docs: { dateLabel: string; datePrecision: string }[] }
    }>('{ BilateralRelations(sort: "date", locale: az, limit: 2) { docs { dateLabel datePrecision } } }')
    expect(body.errors).toBeUndefined()
    expect(body.data?.BilateralRelations.docs).toEqual([
      { dateLabel: 'dekabr 1991', datePrecision: 'month' },
      { dateLabel: '1992', datePrecision: 'year' },
    ])
  })
})

describe('the seeded course, people and society', () => {
  it('serves the free Azerbaijani course in Azerbaijani, leaving unknowns empty', async () => {
    const { docs } = await list<Course>('/courses?locale=az')
    expect(docs).toHaveLength(1)
    const [doc] = docs
    expect(doc.title).toBe(course.title.az)
    expect(doc.slug).toBe('pulsuz-azərbaycan-dili-kursu')
    expect(doc.fee).toMatchObject({ amount: 0 })
    expect(doc.level ?? null).toBeNull()
    expect(doc.sessions ?? []).toEqual([])
    expect(doc.term?.startDate ?? null).toBeNull()
    expect(doc.venue?.name ?? null).toBeNull()
  })

  it('serves the people in Arabic, spelled the Arabic way', async () => {
    const { docs } = await list<Person>('/people?locale=ar&limit=100&sort=name')
    expect(docs.map((d) => d.name).sort()).toEqual(people.map((p) => p.name.ar).sort())
    const chair = docs.find((d) => d.name === 'سيمور نصيروف')
    expect(chair?.honorific).toBe('الدكتور')
    expect(chair?.positions?.map((p) => p.title)).toContain('أستاذ اللغة الأذربيجانية')
  })

  it('keeps per-locale spellings of names on the same rows', async () => {
    const response = await t.rest.get('/people?locale=all&where[country][equals]=AZ&sort=createdAt&depth=0')
    const { docs } = (await response.json()) as {
      docs: { name: Record<string, string>; positions: { title: Record<string, string> }[] }[]
    }
    expect(docs.map((d) => d.name)).toEqual([
      { ar: 'حيدر علييف', az: 'Heydər Əliyev', en: 'Heydar Aliyev' },
      { ar: 'إلهام علييف', az: 'İlham Əliyev', en: 'Ilham Aliyev' },
    ])
    expect(docs[1].positions).toHaveLength(1)
    expect(docs[1].positions[0].title.az).toBe('Azərbaycan Respublikasının Prezidenti')
  })

  it('serves the society global with its chair', async () => {
    const response = await t.rest.get('/globals/society?locale=az&depth=1')
    expect(response.status).toBe(200)
    const doc = (await response.json()) as Society
    expect(doc.name).toBe(society.name.az)
    expect((doc.chair as Person).name).toBe('Seymur Nəsirov')
    expect(doc.freeServices).toBe(society.freeServices.az)
  })

  it('answers the same through GraphQL', async () => {
    const { body } = await t.rest.query<{
      Courses: { docs: { title: string }[] }
      People: { totalDocs: number }
      Society: { name: string; chair: { name: string } }
    }>(
      '{ Courses(locale: az) { docs { title } } People(locale: ar) { totalDocs } Society(locale: en) { name chair { name } } }',
    )
    expect(body.errors).toBeUndefined()
    expect(body.data).toEqual({
      Courses: { docs: [{ title: course.title.az }] },
      People: { totalDocs: people.length },
      Society: { name: society.name.en, chair: { name: 'Seymur Nasirov' } },
    })
  })
})

describe('fallbacks on the new collections', () => {
  it('falls back per the locale chain, and not with fallback-locale=none', async () => {
    const person = await t.payload.create({
      collection: 'people',
      locale: 'ar',
      data: { name: 'اسم عربي فقط' },
      overrideAccess: true,
    })
    const read = async (query: string) =>
      ((await (await t.rest.get(`/people/${person.id}?${query}`)).json()) as Person).name ?? null
    expect(await read('locale=en')).toBe('اسم عربي فقط')
    expect(await read('locale=az')).toBe('اسم عربي فقط')
    expect(await read('locale=az&fallback-locale=none')).toBeNull()
    await t.payload.update({
      collection: 'people',
      id: person.id,
      locale: 'en',
      data: { name: 'English spelling' },
      overrideAccess: true,
    })
    expect(await read('locale=az')).toBe('English spelling')
  })
})
