import type { Payload } from 'payload'

import { defaultLocale, localeCodes } from '../i18n'
import { paragraphsToRichText } from '../lib/lexical'
import { slugify } from '../lib/slugify'
import { articleExcerpt, articleParagraphs, articleTitle } from './article'

export interface SeedReport {
  created: string[]
  existing: string[]
}

/** True when none of the content collections holds a document yet. */
export async function isContentEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'news', overrideAccess: true })
  return totalDocs === 0
}

/**
 * Seeds the society's content from its source article. Idempotent: every document is looked up
 * by its Arabic slug first, and an existing one is left exactly as it is (editors may have
 * changed it since), so running the seed twice changes nothing.
 */
export async function seed(payload: Payload): Promise<SeedReport> {
  const report: SeedReport = { created: [], existing: [] }

  const slug = slugify(articleTitle.ar, 'ar')
  const found = await payload.find({
    collection: 'news',
    where: { slug: { equals: slug } },
    locale: defaultLocale,
    draft: true,
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (found.docs[0]) {
    report.existing.push(`news/${slug}`)
    return report
  }

  const content = (locale: (typeof localeCodes)[number]) => ({
    title: articleTitle[locale],
    slug: slugify(articleTitle[locale], locale),
    excerpt: articleExcerpt[locale],
    body: paragraphsToRichText(
      articleParagraphs.map((p) => p[locale]),
      locale,
    ),
    _status: 'published' as const,
  })

  const created = await payload.create({
    collection: 'news',
    locale: defaultLocale,
    data: content(defaultLocale),
    overrideAccess: true,
  })
  for (const locale of localeCodes.filter((code) => code !== defaultLocale)) {
    await payload.update({
      collection: 'news',
      id: created.id,
      locale,
      data: content(locale),
      overrideAccess: true,
    })
  }
  report.created.push(`news/${slug}`)
  return report
}
