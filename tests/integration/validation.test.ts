import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Activity, BilateralRelation, Course, Person } from '../../src/payload-types'

import { initTestPayload, type TestContext } from '../helpers/payload'
import { expectInvalid } from '../helpers/rest'
import { createStaff, PASSWORD } from '../helpers/users'

let t: TestContext

beforeAll(async () => {
  t = await initTestPayload('validation')
  await t.rest.login(await createStaff(t.payload, 'editor'), PASSWORD)
})

afterAll(async () => {
  await t.destroy()
})

const count = async (collection: 'activities' | 'bilateral-relations' | 'courses' | 'people') =>
  (await t.payload.count({ collection })).totalDocs

/** POSTs a document and expects a 400 on `path` that stores nothing; returns the message. */
const rejects = async (
  collection: 'activities' | 'bilateral-relations' | 'courses' | 'people',
  data: object,
  path: string,
) => {
  const before = await count(collection)
  // Messages follow the language of the request (Accept-Language, else the admin default, Arabic).
  const response = await t.rest.request('POST', `/${collection}?locale=en`, {
    body: JSON.stringify(data),
    headers: { 'Accept-Language': 'en' },
  })
  const message = await expectInvalid(response, path)
  expect(await count(collection)).toBe(before)
  return message
}

const created = async <T>(collection: string, data: object): Promise<T> => {
  const response = await t.rest.post(`/${collection}?locale=en` as `/${string}`, data)
  const body = (await response.json()) as { doc: T; errors?: unknown }
  if (response.status !== 201) throw new Error(`expected 201, got ${response.status}: ${JSON.stringify(body)}`)
  return body.doc
}

const activity = {
  title: 'Evening of mugham',
  kind: 'cultural_evening',
  startsAt: '2026-12-20T16:00:00.000Z',
  endsAt: '2026-12-20T18:00:00.000Z',
  _status: 'published',
}

describe('activities', () => {
  it('accepts a valid activity with its Cairo time zone by default', async () => {
    const doc = await created<Activity>('activities', activity)
    expect(doc.startsAt_tz).toBe('Africa/Cairo')
    expect(doc.status).toBe('scheduled')
    expect(doc.slug).toBe('evening-of-mugham')
  })

  it('keeps slugs unique per locale within the collection', async () => {
    const second = await created<Activity>('activities', activity)
    expect(second.slug).toBe('evening-of-mugham-2')
    const typed = await rejects('activities', { ...activity, slug: 'evening-of-mugham' }, 'slug')
    expect(typed).toBe('This slug is already used by another document in this language.')
    const arabic = await t.rest.post('/activities?locale=ar', {
      ...activity,
      title: 'أمسية موسيقى المقام',
      slug: 'evening-of-mugham',
    })
    expect(arabic.status).toBe(201)
  })

  it('refuses an end before the start', async () => {
    expect(await rejects('activities', { ...activity, endsAt: '2026-12-20T15:00:00.000Z' }, 'endsAt')).toBe(
      'The end must be after the start.',
    )
  })

  it('refuses a negative capacity', async () => {
    expect(await rejects('activities', { ...activity, registration: { capacity: -1 } }, 'registration.capacity')).toBe(
      'The value cannot be negative.',
    )
  })

  it('refuses a registration deadline after the start', async () => {
    await rejects(
      'activities',
      { ...activity, registration: { deadline: '2026-12-21T00:00:00.000Z' } },
      'registration.deadline',
    )
  })

  it('refuses links that are not URLs', async () => {
    expect(await rejects('activities', { ...activity, onlineUrl: 'zoom meeting 123' }, 'onlineUrl')).toBe(
      'Enter a full link starting with https:// or http://.',
    )
    await rejects('activities', { ...activity, registration: { url: 'javascript:alert(1)' } }, 'registration.url')
  })

  it('asks for a reason when an activity is postponed or cancelled', async () => {
    await rejects('activities', { ...activity, status: 'cancelled' }, 'statusReason')
    const doc = await created<Activity>('activities', {
      ...activity,
      title: 'Postponed talk',
      status: 'postponed',
      statusReason: 'Weather',
    })
    expect(doc.statusReason).toBe('Weather')
  })

  it('answers in the language of the person saving, Arabic by default', async () => {
    const invalid = JSON.stringify({ ...activity, title: 'أمسية', endsAt: '2026-12-20T15:00:00.000Z' })
    const arabic = await t.rest.request('POST', '/activities?locale=ar', { body: invalid })
    expect(await expectInvalid(arabic, 'endsAt')).toBe('يجب أن تكون النهاية بعد البداية.')
    const azerbaijani = await t.rest.request('POST', '/activities?locale=ar', {
      body: invalid,
      headers: { 'Accept-Language': 'az' },
    })
    expect(await expectInvalid(azerbaijani, 'endsAt')).toBe('Son tarix başlanğıcdan sonra olmalıdır.')
  })
})

const courseBase = { title: 'Azərbaycan dili A1', _status: 'published' }

describe('courses', () => {
  it('accepts weekly sessions inside the term', async () => {
    const doc = await created<Course>('courses', {
      ...courseBase,
      term: { startDate: '2026-02-01', endDate: '2026-05-31' },
      sessions: [{ weekday: 'saturday', startTime: '18:00', endTime: '19:30' }],
      capacity: 0,
      fee: { amount: 0, currency: 'EGP' },
    })
    expect(doc.sessions?.[0]).toMatchObject({ weekday: 'saturday', startTime: '18:00', endTime: '19:30' })
    expect(doc.slug).toBe('azərbaycan-dili-a1')
  })

  it('refuses a term that ends before it starts', async () => {
    await rejects(
      'courses',
      { ...courseBase, term: { startDate: '2026-05-01', endDate: '2026-02-01' } },
      'term.endDate',
    )
  })

  it('refuses a session that ends before it starts, or a malformed time', async () => {
    await rejects(
      'courses',
      { ...courseBase, sessions: [{ weekday: 'monday', startTime: '18:00', endTime: '17:00' }] },
      'sessions.0.endTime',
    )
    await rejects(
      'courses',
      { ...courseBase, sessions: [{ weekday: 'monday', startTime: '6pm', endTime: '19:00' }] },
      'sessions.0.startTime',
    )
  })

  it('refuses a session on a weekday the term does not have', async () => {
    // 2026-03-02 is a Monday, 2026-03-03 a Tuesday: no Friday in this term.
    expect(
      await rejects(
        'courses',
        {
          ...courseBase,
          term: { startDate: '2026-03-02', endDate: '2026-03-03' },
          sessions: [{ weekday: 'friday', startTime: '10:00', endTime: '11:00' }],
        },
        'sessions',
      ),
    ).toMatch(/friday/)
  })

  it('refuses negative capacity and fees, and bad links', async () => {
    await rejects('courses', { ...courseBase, capacity: -5 }, 'capacity')
    await rejects('courses', { ...courseBase, capacity: 2.5 }, 'capacity')
    await rejects('courses', { ...courseBase, fee: { amount: -10, currency: 'EGP' } }, 'fee.amount')
    await rejects('courses', { ...courseBase, registrationUrl: 'not a url' }, 'registrationUrl')
  })
})

describe('bilateral relations', () => {
  const entry = { title: 'Cultural agreement', date: '2025-03-15', datePrecision: 'month', kind: 'cultural_education' }

  it('cannot be published without a source, but can be drafted', async () => {
    await rejects('bilateral-relations', { ...entry, _status: 'published' }, 'sources')
    const draft = await t.rest.post('/bilateral-relations?locale=en&draft=true', { ...entry, _status: 'draft' })
    expect(draft.status).toBe(201)
  })

  it('stores a month-precise date on the first of the month and shows only the month', async () => {
    const doc = await created<BilateralRelation>('bilateral-relations', {
      ...entry,
      _status: 'published',
      sources: [{ title: 'Press release', url: 'https://example.org/press' }],
    })
    expect(doc.date).toBe('2025-03-01T12:00:00.000Z')
    expect(doc.dateLabel).toBe('March 2025')
  })

  it('refuses an end date before the date, and a source link that is not a URL', async () => {
    await rejects('bilateral-relations', { ...entry, endDate: '2024-01-01', _status: 'draft' }, 'endDate')
    await rejects(
      'bilateral-relations',
      { ...entry, _status: 'published', sources: [{ title: 'x', url: 'ftp://example.org' }] },
      'sources.0.url',
    )
  })
})

describe('people', () => {
  it('normalizes country codes and refuses names of countries', async () => {
    const doc = await created<Person>('people', { name: 'Test Person', country: 'eg' })
    expect(doc.country).toBe('EG')
    await rejects('people', { name: 'Another', country: 'Egypt' }, 'country')
  })

  it('refuses a role that ends before it starts', async () => {
    await rejects(
      'people',
      { name: 'Role', positions: [{ title: 'Chair', from: '2020-01-01', to: '2019-01-01' }] },
      'positions.0.to',
    )
  })
})

describe('the society global', () => {
  it('refuses a social link that is not a URL and keeps what was there', async () => {
    const before = await t.payload.findGlobal({ slug: 'society' })
    const response = await t.rest.request('POST', '/globals/society?locale=en', {
      body: JSON.stringify({ name: 'EAFS', socialLinks: [{ platform: 'facebook', url: 'facebook page' }] }),
    })
    await expectInvalid(response, 'socialLinks.0.url')
    expect(await t.payload.findGlobal({ slug: 'society' })).toEqual(before)
  })
})
