/**
 * What the society's sites and readers subscribe to, per language and published content only:
 * an RSS 2.0 feed of the latest news (`/feeds/news.<lang>.xml`), an iCalendar of upcoming
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

import { isLocaleCode, type LocaleCode, localeCodes, pick, rtlLocales } from '../i18n'
import { feedWords } from '../i18n/delivery'
import { type Alternates, sitePaths, type SiteCollection } from './alternates'
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

async function newsFeed(payload: Payload, options: FeedOptions, locale: LocaleCode): Promise<string> {
  const { docs } = await payload.find({
    collection: 'news',
    locale,
    fallbackLocale: false,
    overrideAccess: false,
    depth: 1,
    limit: FEED_SIZE,
    sort: '-publishedAt',
    populate: { categories: { name: true } },
  })
  const name = await societyName(payload, locale)
  const home = options.siteURLs[locale] ?? options.serverURL
  const dir = rtlLocales.has(locale) ? 'rtl' : 'ltr'
  const feed = new Feed({
    id: `${options.serverURL}/feeds/news.${locale}.xml`,
    title: `${name} — ${pick(feedWords.news, locale)}`,
    description: pick(feedWords.news, locale),
    link: home,
    language: locale,
    updated: docs[0] ? new Date(docs[0].publishedAt ?? docs[0].updatedAt) : new Date(0),
    generator: false,
    copyright: name,
    feedLinks: { rss: `${options.serverURL}/feeds/news.${locale}.xml` },
  })
  for (const item of docs as News[]) {
    const link = entryLink(options, 'news', item, locale)
    const html = boundedBody(item.body, link, locale)
    feed.addItem({
      title: item.title,
      id: `${options.serverURL}/api/news/${item.id}`,
      link,
      date: new Date(item.publishedAt ?? item.updatedAt),
      description: item.excerpt ?? undefined,
      // The text in its own direction: Arabic right to left.
      content: html ? `<div dir="${dir}" lang="${locale}">${html}</div>` : undefined,
      category: (item.categories ?? [])
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
  const collections = Object.keys(sitePaths) as SiteCollection[]
  for (const collection of collections) {
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

const FEED_FILE = /^\/feeds\/(?:(news)\.([a-z]{2})\.xml|(events)\.([a-z]{2})\.ics)$/

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
    if (!match || !isLocaleCode(locale)) return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
    if (match[1]) return text('application/rss+xml; charset=utf-8', await newsFeed(payload, options, locale))
    return text('text/calendar; charset=utf-8', await eventsCalendar(payload, options, locale))
  }
