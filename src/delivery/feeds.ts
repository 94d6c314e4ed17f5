/**
 * What the society's sites and readers subscribe to, per language and published content only:
 * an RSS 2.0 feed of the latest news (`/feeds/news.<lang>.xml`), an iCalendar of upcoming
 * activities and course sessions (`/feeds/events.<lang>.ics`, calendar.ts), a sitemap with
 * `hreflang` alternates of every published entry (`/sitemap.xml`) and `robots.txt`. Each answer
 * has its content type, a strong ETag (304 on `If-None-Match`) and a few minutes of caching.
 * Mounted by the server; reads go through the Local API as the public does.
 */
import type { Request, Response, Router } from 'express'
import type { Payload } from 'payload'

import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import express from 'express'
import { Feed } from 'feed'
import crypto from 'node:crypto'
import { SitemapStream, streamToPromise } from 'sitemap'

import type { Category, News } from '../payload-types'

import { isLocaleCode, type LocaleCode, localeCodes, pick, rtlLocales } from '../i18n'
import { feedWords } from '../i18n/delivery'
import { type Alternates, sitePaths, type SiteCollection } from './alternates'
import { eventsCalendar } from './calendar'
import { entryLink, type FeedOptions, societyName } from './links'

const FEED_SIZE = 20
const SITEMAP_PAGE = 100

/**
 * Sends a feed with its type, a strong ETag and caching, or a 304 when the reader already has it.
 * (Express's own check refuses a 304 whenever the request says `Cache-Control: no-cache`, which
 * fetch() adds to every conditional request; the server may still answer it with a 304.)
 */
function send(req: Request, res: Response, type: string, body: string): void {
  const etag = `"${crypto.createHash('sha256').update(body).digest('base64url')}"`
  res.setHeader('Content-Type', type)
  res.setHeader('Cache-Control', 'public, max-age=300, stale-while-revalidate=600')
  res.setHeader('ETag', etag)
  const known = (req.headers['if-none-match'] ?? '').split(',').map((tag) => tag.trim())
  if (known.includes(etag) || known.includes('*')) {
    res.status(304).end()
    return
  }
  res.send(body)
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
    const html = item.body ? convertLexicalToHTML({ data: item.body }) : ''
    feed.addItem({
      title: item.title,
      id: `${options.serverURL}/api/news/${item.id}`,
      link,
      date: new Date(item.publishedAt ?? item.updatedAt),
      description: item.excerpt ?? undefined,
      // The text in its own direction: Arabic right to left.
      content: html ? `<div dir="${dir}" lang="${locale}">${html}</div>` : undefined,
      category: (item.categories ?? []).filter((category): category is Category => typeof category === 'object').map((category) => ({ name: category.name })),
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
        const links = localeCodes.flatMap((code) => (alternates[code]?.url ? [{ lang: code, url: alternates[code]?.url ?? '' }] : []))
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
  if (written === 0) return '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>\n'
  stream.end()
  return (await streamToPromise(stream)).toString()
}

const robots = (options: FeedOptions): string =>
  ['User-agent: *', 'Disallow: /admin', 'Disallow: /api/', '', `Sitemap: ${options.serverURL}/sitemap.xml`, ''].join('\n')

const FEED_FILE = /^(news)\.([a-z]{2})\.xml$|^(events)\.([a-z]{2})\.ics$/

export function feedRoutes(payload: Payload, options: FeedOptions): Router {
  const router = express.Router()
  router.get('/feeds/:file', async (req, res, next) => {
    try {
      const match = FEED_FILE.exec(req.params.file)
      const locale = match?.[2] ?? match?.[4]
      if (!match || !isLocaleCode(locale)) {
        res.status(404).json({ errors: [{ message: 'Not Found' }] })
        return
      }
      if (match[1]) send(req, res, 'application/rss+xml; charset=utf-8', await newsFeed(payload, options, locale))
      else send(req, res, 'text/calendar; charset=utf-8', await eventsCalendar(payload, options, locale))
    } catch (error) {
      next(error)
    }
  })
  router.get('/sitemap.xml', async (req, res, next) => {
    try {
      send(req, res, 'application/xml; charset=utf-8', await sitemap(payload))
    } catch (error) {
      next(error)
    }
  })
  router.get('/robots.txt', (req, res) => send(req, res, 'text/plain; charset=utf-8', robots(options)))
  return router
}
