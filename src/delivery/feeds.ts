/**
 * What the society's sites and readers subscribe to, per language and published content only:
 * an RSS 2.0 feed of the latest entries of each content type that declares one (`feed` in the
 * content registry, src/content; the news at `/feeds/news.<lang>.xml`), an iCalendar of upcoming
 * activities and course sessions (`/feeds/events.<lang>.ics`, calendar.ts), a sitemap with
 * `hreflang` alternates of every published entry (`/sitemap.xml`) and `robots.txt`. Mounted by the
 * server behind the response cache (src/cache: ETag, 304, Cache-Control); reads go through the
 * Local API as the public does. A feed item carries the excerpt and at most FEED_BODY_BYTES of the
 * body (whole paragraphs, then a link to read on), so that one long article never makes the feed
 * heavy.
 */
import type { Payload } from 'payload'

import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { Feed } from 'feed'
import { SitemapStream, streamToPromise } from 'sitemap'

import type { Category, News } from '../payload-types'
import { contentTypes, type FeedFields, type RegisteredType, titleFieldOf } from '../content'

import { isLocaleCode, type LocaleCode, localeCodes, pick, rtlLocales } from '../i18n'
import { feedWords } from '../i18n/delivery'
import type { Alternates } from './alternates'
import { eventsCalendar } from './calendar'
import { entryLink, type FeedOptions, societyName } from './links'

const FEED_SIZE = 20
/** How much of an article's body a feed item carries, in bytes of HTML. */
export const FEED_BODY_BYTES = 16 * 1024
const SITEMAP_PAGE = 100

const text = (type: string, body: string): Response =>
  new Response(body, { status: 200, headers: { 'Content-Type': type } })

/** The body as HTML, its first blocks up to FEED_BODY_BYTES, then a link to the rest. */
function boundedBody(body: News['body'], link: string, locale: LocaleCode): string {
  if (!body) return ''
  const blocks = body.root.children
  let html = ''
  for (const block of blocks) {
    const next = convertLexicalToHTML({ data: { ...body, root: { ...body.root, children: [block] } } })
    if (Buffer.byteLength(html) + Buffer.byteLength(next) > FEED_BODY_BYTES)
      return `${html}<p><a href="${link}">${pick(feedWords.readOn, locale)}</a></p>`
    html += next
  }
  return html
}

type FeedItem = Record<string, unknown> & { id: number | string; updatedAt: string; categories?: unknown }

const dateOf = (item: FeedItem, field: string): Date => {
  const value = item[field]
  return new Date(typeof value === 'string' ? value : item.updatedAt)
}

async function contentFeed(
  payload: Payload,
  options: FeedOptions,
  { slug: collection, sitePath }: RegisteredType,
  fields: FeedFields,
  locale: LocaleCode,
): Promise<string> {
  const { docs } = (await payload.find({
    collection,
    locale,
    fallbackLocale: false,
    overrideAccess: false,
    depth: 1,
    limit: FEED_SIZE,
    sort: `-${fields.date}`,
    populate: { categories: { name: true } },
  })) as unknown as { docs: FeedItem[] }
  const name = await societyName(payload, locale)
  const home = options.siteURLs[locale] ?? options.serverURL
  const dir = rtlLocales.has(locale) ? 'rtl' : 'ltr'
  const feed = new Feed({
    id: `${options.serverURL}/feeds/${sitePath}.${locale}.xml`,
    title: `${name} — ${pick(fields.title, locale)}`,
    description: pick(fields.title, locale),
    link: home,
    language: locale,
    updated: docs[0] ? dateOf(docs[0], fields.date) : new Date(0),
    generator: false,
    copyright: name,
    feedLinks: { rss: `${options.serverURL}/feeds/${sitePath}.${locale}.xml` },
  })
  const titleField = titleFieldOf(payload.collections[collection].config)
  for (const item of docs) {
    const link = entryLink(options, collection, item, locale)
    const html = boundedBody(item[fields.body] as News['body'], link, locale)
    const summary = item[fields.summary]
    feed.addItem({
      title: String(item[titleField] ?? ''),
      id: `${options.serverURL}/api/${collection}/${item.id}`,
      link,
      date: dateOf(item, fields.date),
      description: typeof summary === 'string' && summary ? summary : undefined,
      // The text in its own direction: Arabic right to left.
      content: html ? `<div dir="${dir}" lang="${locale}">${html}</div>` : undefined,
      category: (Array.isArray(item.categories) ? item.categories : [])
        .filter((category): category is Category => typeof category === 'object')
        .map((category) => ({ name: category.name })),
    })
  }
  return feed.rss2()
}

/** Every published entry once per language it is published in, with the others as `hreflang` alternates. */
async function sitemap(payload: Payload): Promise<string> {
  const stream = new SitemapStream({ xmlns: { news: false, video: false, image: false, xhtml: true } })
  let written = 0
  for (const { slug: collection } of contentTypes(payload.config).values()) {
    for (let page = 1; ; page += 1) {
      const result = await payload.find({
        collection,
        // Every published entry, in whichever languages: `alternates` names them.
        locale: 'all',
        overrideAccess: false,
        depth: 0,
        limit: SITEMAP_PAGE,
        page,
        sort: 'id',
        select: { alternates: true, updatedAt: true },
      })
      for (const doc of result.docs) {
        const alternates = ((doc as { alternates?: Alternates }).alternates ?? {}) as Alternates
        const links = localeCodes.flatMap((code) =>
          alternates[code]?.url ? [{ lang: code, url: alternates[code]?.url ?? '' }] : [],
        )
        for (const { url } of links) {
          stream.write({ url, lastmod: doc.updatedAt, links: links.length > 1 ? links : undefined })
          written += 1
        }
      }
      if (!result.hasNextPage) break
    }
  }
  // Without the site's address (SITE_URL_<LANG>) there is nothing to list: an empty sitemap, which
  // the library refuses to write.
  if (written === 0)
    return '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>\n'
  stream.end()
  return (await streamToPromise(stream)).toString()
}

const robots = (options: FeedOptions): string =>
  ['User-agent: *', 'Disallow: /admin', 'Disallow: /api/', '', `Sitemap: ${options.serverURL}/sitemap.xml`, ''].join(
    '\n',
  )

const FEED_FILE = /^\/feeds\/(?:([a-z0-9-]+)\.([a-z]{2})\.xml|(events)\.([a-z]{2})\.ics)$/

/** The paths answered here; everything else is for Payload. */
export const isFeedPath = (pathname: string): boolean =>
  pathname.startsWith('/feeds/') || pathname === '/sitemap.xml' || pathname === '/robots.txt'

/** The feeds, the sitemap and robots.txt, as a Fetch handler (GET; cached and tagged by src/cache). */
export const feedsHandler =
  (payload: Payload, options: FeedOptions) =>
  async (request: Request): Promise<Response> => {
    const { pathname } = new URL(request.url)
    if (pathname === '/sitemap.xml') return text('application/xml; charset=utf-8', await sitemap(payload))
    if (pathname === '/robots.txt') return text('text/plain; charset=utf-8', robots(options))
    const match = FEED_FILE.exec(pathname)
    const locale = match?.[2] ?? match?.[4]
    const notFound = () => Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
    if (!match || !isLocaleCode(locale)) return notFound()
    if (match[1]) {
      const type = [...contentTypes(payload.config).values()].find((entry) => entry.sitePath === match[1])
      if (!type?.feed) return notFound()
      return text('application/rss+xml; charset=utf-8', await contentFeed(payload, options, type, type.feed, locale))
    }
    return text('text/calendar; charset=utf-8', await eventsCalendar(payload, options, locale))
  }
