import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { PayloadSDK } from '@payloadcms/sdk'
import { XMLParser } from 'fast-xml-parser'
import { gql, GraphQLClient } from 'graphql-request'
import ICAL from 'ical.js'
import Parser from 'rss-parser'

import type { Config } from '../../src/payload-types'

import { startReceiver } from '../helpers/receiver'
import { ADMIN, type ServerProcess, startProductionServer } from '../helpers/serverProcess'

/**
 * Delivery against the built server: which browser origins CORS grants (the society's site from
 * CORS_ORIGINS, an API client's own origin, nobody else), revoking a client, the admin's cookie
 * refused on a write from another origin, and the feeds, each read by a third-party parser.
 */
const SITE = 'https://site.example'
const PARTNER = 'https://partner.example'
const STRANGER = 'https://stranger.example'
const KEY = 'partner-key-0123456789abcdef0123'

let server: ServerProcess
let token = ''
let cookie = ''
let clientId = 0
let newsId = 0

const admin = (method: string, path: string, body?: unknown) =>
  fetch(`${server.url}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })

const fromOrigin = (origin: string, init: RequestInit & { path?: string } = {}) =>
  fetch(`${server.url}${init.path ?? '/api/news?locale=az'}`, { ...init, headers: { Origin: origin, ...init.headers } })

beforeAll(async () => {
  server = await startProductionServer({
    LOG_LEVEL: 'warn',
    CORS_ORIGINS: SITE,
    SITE_URL_AR: `${SITE}/ar`,
    SITE_URL_AZ: `${SITE}/az`,
    SITE_URL_EN: `${SITE}/en`,
    WEBHOOK_RETRY_SECONDS: '1',
  })
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  token = ((await login.json()) as { token: string }).token
  cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]
  const created = await admin('POST', '/api/api-clients', {
    name: 'Partner page',
    enableAPIKey: true,
    apiKey: KEY,
    origins: [{ origin: PARTNER }],
  })
  clientId = ((await created.json()) as { doc: { id: number } }).doc.id
  newsId = ((await (await fetch(`${server.url}/api/news?depth=0&limit=1`)).json()) as { docs: { id: number }[] })
    .docs[0].id
})

afterAll(async () => {
  await server?.stop()
})

describe('CORS', () => {
  it('grants the society’s site, with its cookie, and says the answer varies by origin', async () => {
    const response = await fromOrigin(SITE)
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe(SITE)
    expect(response.headers.get('access-control-allow-credentials')).toBe('true')
    expect(response.headers.get('access-control-expose-headers')).toContain('Content-Language')
    expect(response.headers.get('vary')).toMatch(/Origin/i)
  })

  it('grants an API client’s origin for reads with its key, without cookies', async () => {
    const preflight = await fromOrigin(PARTNER, {
      method: 'OPTIONS',
      headers: { 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe(PARTNER)
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization')
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, HEAD, POST')
    const response = await fromOrigin(PARTNER, { headers: { Authorization: `api-clients API-Key ${KEY}` } })
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe(PARTNER)
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
  })

  it('grants any other origin nothing', async () => {
    const preflight = await fromOrigin(STRANGER, {
      method: 'OPTIONS',
      headers: { 'Access-Control-Request-Method': 'GET' },
    })
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
    const response = await fromOrigin(STRANGER)
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('stops granting a client’s origin, and refuses its key, from the request after it is revoked', async () => {
    expect((await admin('PATCH', `/api/api-clients/${clientId}`, { revoked: true })).status).toBe(200)
    expect((await fromOrigin(PARTNER)).headers.get('access-control-allow-origin')).toBeNull()
    expect((await fromOrigin(PARTNER, { headers: { Authorization: `api-clients API-Key ${KEY}` } })).status).toBe(401)
  })
})

describe('the admin’s cookie', () => {
  const patch = (origin: string) =>
    fromOrigin(origin, {
      path: `/api/news/${newsId}?locale=ar&draft=true`,
      method: 'PATCH',
      headers: { Cookie: cookie, 'Content-Type': 'application/json' },
      body: JSON.stringify({ excerpt: `written from ${origin}` }),
    })

  it('writes from the admin itself and from the society’s site', async () => {
    expect((await patch(server.url)).status).toBe(200)
    expect((await patch(SITE)).status).toBe(200)
  })

  it('is ignored on a write from another origin, which changes nothing', async () => {
    const response = await patch(STRANGER)
    expect(response.status).toBe(403)
    const doc = (await (await admin('GET', `/api/news/${newsId}?locale=ar&draft=true&depth=0`)).json()) as {
      excerpt: string
    }
    expect(doc.excerpt).toBe(`written from ${SITE}`)
  })
})

describe('feeds', () => {
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers })

  beforeAll(async () => {
    // An evening in Baku time, a cancelled talk, and a course meeting on Saturdays through a term.
    const activity = {
      kind: 'cultural_evening',
      status: 'scheduled',
      startsAt: '2027-01-10T16:00:00.000Z',
      startsAt_tz: 'Asia/Baku',
      endsAt: '2027-01-10T18:00:00.000Z',
      endsAt_tz: 'Asia/Baku',
      _status: 'published',
    }
    for (const body of [
      { ...activity, title: 'أمسية موسيقى المقام' },
      { ...activity, title: 'محاضرة ملغاة', kind: 'lecture', status: 'cancelled', statusReason: 'اعتذار المحاضر' },
    ]) {
      const response = await admin('POST', '/api/activities?locale=ar', body)
      expect(response.status).toBe(201)
    }
    const course = await admin('POST', '/api/courses?locale=ar', {
      title: 'دورة المستوى الأول',
      term: { startDate: '2027-01-01T12:00:00.000Z', endDate: '2027-03-31T12:00:00.000Z' },
      sessions: [{ weekday: 'saturday', startTime: '18:00', endTime: '20:00' }],
      _status: 'published',
    })
    expect(course.status).toBe(201)
  })

  it('gives each language an RSS 2.0 feed of the news with absolute links, RFC 822 dates and its language', async () => {
    const response = await get('/feeds/news.ar.xml')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    expect(response.headers.get('cache-control')).toContain('max-age=')
    const xml = await response.text()
    const feed = await new Parser().parseString(xml)
    expect(feed.items.length).toBeGreaterThan(0)
    const [item] = feed.items
    expect(item.title).toBe(
      'جمعية الصداقة المصرية الأذربيجانية تواصل تقديم خدماتها وأنشطتها بالمجان وتعليم اللغة الأذربيجانية',
    )
    expect(item.link).toMatch(new RegExp(`^${SITE}/ar/news/`))
    expect(item.pubDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/)
    expect(xml).toContain('<language>ar</language>')
    expect(xml).toContain('dir="rtl"')
    const english = await new Parser().parseString(await (await get('/feeds/news.en.xml')).text())
    expect(english.items[0].title).toBe(
      'The Egyptian-Azerbaijani Friendship Society continues its free services and activities, including Azerbaijani language teaching',
    )
    expect((await get('/feeds/news.fr.xml')).status).toBe(404)
  })

  it('answers 304 to a reader that has the feed already', async () => {
    const first = await get('/feeds/news.az.xml')
    const etag = first.headers.get('etag') ?? ''
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect((await get('/feeds/news.az.xml', { 'If-None-Match': etag })).status).toBe(304)
  })

  it('gives an iCalendar of upcoming activities and course sessions, in their time zones', async () => {
    const response = await get('/feeds/events.ar.ics')
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const calendar = new ICAL.Component(ICAL.parse(await response.text()))
    const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event))
    const zoneOf = (event: ICAL.Event | undefined) => event?.component.getFirstProperty('dtstart')?.getParameter('tzid')
    const evening = events.find((event) => event.summary === 'أمسية موسيقى المقام')
    expect(zoneOf(evening)).toBe('Asia/Baku')
    expect(evening?.startDate.toString()).toBe('2027-01-10T20:00:00')
    expect(evening?.component.getFirstPropertyValue('status')).toBe('CONFIRMED')
    expect(events.find((event) => event.summary === 'محاضرة ملغاة')?.component.getFirstPropertyValue('status')).toBe(
      'CANCELLED',
    )
    const course = events.find((event) => event.summary === 'دورة المستوى الأول')
    expect(zoneOf(course)).toBe('Africa/Cairo')
    expect(course?.startDate.toString()).toBe('2027-01-02T18:00:00')
    expect(course?.isRecurring()).toBe(true)
    const rule = course?.component.getFirstPropertyValue('rrule') as ICAL.Recur
    expect(rule.freq).toBe('WEEKLY')
    expect(rule.parts.BYDAY).toEqual(['SA'])
    expect(
      calendar
        .getAllSubcomponents('vtimezone')
        .map((zone) => zone.getFirstPropertyValue('tzid'))
        .sort(),
    ).toEqual(['Africa/Cairo', 'Asia/Baku'])
  })

  it('gives a sitemap of every published entry with its hreflang alternates, and robots.txt', async () => {
    const response = await get('/sitemap.xml')
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8')
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(await response.text()) as {
      urlset: { url: { loc: string; 'xhtml:link'?: { '@_hreflang': string; '@_href': string }[] }[] }
    }
    const locs = parsed.urlset.url.map((url) => url.loc)
    expect(locs.filter((loc) => loc.startsWith(`${SITE}/ar/relations/`))).toHaveLength(9)
    const news = parsed.urlset.url.find((url) => url.loc.startsWith(`${SITE}/en/news/`))
    expect(news?.['xhtml:link']?.map((link) => link['@_hreflang']).sort()).toEqual(['ar', 'az', 'en'])
    expect(locs.some((loc) => loc.includes('/activities/'))).toBe(true)
    const robots = await (await get('/robots.txt')).text()
    expect(robots).toContain('Disallow: /admin')
    expect(robots).toContain(`Sitemap: ${server.url}/sitemap.xml`)
  })
})

describe('the API described', () => {
  it('serves the OpenAPI document and the GraphQL SDL from the built server', async () => {
    const openapi = await fetch(`${server.url}/api/openapi.json`)
    expect(openapi.status).toBe(200)
    expect(((await openapi.json()) as { openapi: string }).openapi).toMatch(/^3\.1\./)
    const sdl = await fetch(`${server.url}/api/graphql.sdl`)
    expect(sdl.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(await sdl.text()).toContain('type NewsItem {')
  })
})

describe('a site reading with the SDK and graphql-request', () => {
  const locales = ['ar', 'az', 'en'] as const
  const question = gql`
    query Timeline($locale: LocaleInputType) {
      BilateralRelations(locale: $locale, sort: "date", limit: 20) {
        docs {
          id
          title
          slug
          kind
          datePrecision
          dateLabel
        }
      }
    }
  `
  type Timeline = {
    BilateralRelations: {
      docs: { id: number; title: string; slug: string; kind: string; datePrecision: string; dateLabel: string }[]
    }
  }

  it.each(locales)('gets the same timeline from REST and GraphQL in %s', async (locale) => {
    const sdk = new PayloadSDK<Config>({ baseURL: `${server.url}/api` })
    const rest = await sdk.find({ collection: 'bilateral-relations', locale, sort: 'date', limit: 20, depth: 0 })
    const graphql = await new GraphQLClient(`${server.url}/api/graphql`).request<Timeline>(question, { locale })
    const pick = ({
      id,
      title,
      slug,
      kind,
      datePrecision,
      dateLabel,
    }: Timeline['BilateralRelations']['docs'][number]) => ({ id, title, slug, kind, datePrecision, dateLabel })
    expect(rest.docs.length).toBe(9)
    expect(graphql.BilateralRelations.docs.map(pick)).toEqual(
      rest.docs.map((doc) => pick({ ...doc, slug: doc.slug ?? '', dateLabel: doc.dateLabel ?? '' })),
    )
  })

  it('asks GraphQL over GET, which a CDN can cache, and may not write over GET', async () => {
    const client = new GraphQLClient(`${server.url}/api/graphql`, { method: 'GET' })
    const overGet = await client.request<Timeline>(question, { locale: 'az' })
    const overPost = await new GraphQLClient(`${server.url}/api/graphql`).request<Timeline>(question, { locale: 'az' })
    expect(overGet).toEqual(overPost)
    const mutation = await fetch(`${server.url}/api/graphql?query=${encodeURIComponent('mutation { logoutUser }')}`)
    expect(mutation.status).toBe(405)
  })
})

describe('webhooks on the running server', () => {
  const SECRET = 'the-site-and-the-cms-share-this'

  it('deliver a publish to a receiver that checks the signature, retrying it after a failure, with every attempt logged', async () => {
    const receiver = await startReceiver(SECRET)
    try {
      receiver.answers('publish').push(502)
      expect(
        (
          await admin('POST', '/api/webhooks', {
            name: 'Site rebuild',
            url: receiver.url,
            events: ['publish'],
            secret: SECRET,
          })
        ).status,
      ).toBe(201)
      const created = (await (await admin('POST', '/api/news?locale=ar', { title: 'خبر للخطاف' })).json()) as {
        doc: { id: number }
      }
      for (const to of ['in_review', 'approved', 'published']) {
        expect((await admin('POST', `/api/news/${created.doc.id}/workflow`, { locale: 'ar', to })).status).toBe(200)
      }
      // The server's queue runner sends it within seconds, and again a second or two after it fails.
      let delivery: { status: string; attempts: number; lastError: null | string } | undefined
      for (let waited = 0; waited < 30_000 && delivery?.status !== 'delivered'; waited += 500) {
        await new Promise((resolve) => setTimeout(resolve, 500))
        const listed = (await (
          await admin('GET', '/api/webhook-deliveries?depth=0&sort=-createdAt&limit=1')
        ).json()) as { docs: (typeof delivery)[] }
        delivery = listed.docs[0]
      }
      expect(delivery).toMatchObject({ status: 'delivered', attempts: 2, lastError: null })
      expect(receiver.received).toHaveLength(2)
      expect(receiver.received.every(receiver.verified)).toBe(true)
      expect(JSON.parse(receiver.received[1].body)).toMatchObject({
        event: 'publish',
        collection: 'news',
        entry: String(created.doc.id),
        locale: 'ar',
      })
    } finally {
      await receiver.close()
    }
  })
})
