import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug } from 'payload'

import { defaultLocale, localeCodes } from '../i18n'
import { paragraphsToRichText } from '../lib/lexical'
import { slugify } from '../lib/slugify'
import { articleExcerpt, articleParagraphs, articleTitle, isSeedLocale, type SeedLocale } from './article'
import { categories, course, people, relations, society } from './content'

export interface SeedReport {
  created: string[]
  existing: string[]
}

/** Document ids are typed as the generated types have them (numbers on SQLite, strings at run time on MongoDB). */
type Doc = Record<string, unknown> & { id: number }
type PerLocale = (locale: SeedLocale) => Record<string, unknown>

/** The default language first, then the other content languages the seed has texts for. */
const seedDefault: SeedLocale = isSeedLocale(defaultLocale) ? defaultLocale : 'ar'
const otherLocales = localeCodes.filter((code): code is SeedLocale => code !== defaultLocale && isSeedLocale(code))

/** True when none of the content collections holds a document yet. */
export async function isContentEmpty(payload: Payload): Promise<boolean> {
  const counts = await Promise.all(
    (['news', 'activities', 'courses', 'bilateral-relations', 'people'] as const).map((collection) =>
      payload.count({ collection, overrideAccess: true }).then((r) => r.totalDocs),
    ),
  )
  return counts.every((count) => count === 0)
}

/**
 * Array rows are shared by all locales; only their localized fields differ. Writing another
 * locale must therefore name the rows created in the first one, or Payload would replace them.
 */
export function withRowIds(current: unknown, data: unknown): unknown {
  if (Array.isArray(data)) {
    const rows = Array.isArray(current) ? current : []
    return data.map((row, i) => {
      const existing = rows[i] as { id?: unknown } | undefined
      const merged = withRowIds(existing, row)
      return existing?.id && typeof merged === 'object' && merged ? { ...merged, id: existing.id } : merged
    })
  }
  if (data && typeof data === 'object' && !(data instanceof Date)) {
    const base = current && typeof current === 'object' ? (current as Record<string, unknown>) : {}
    return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, withRowIds(base[key], value)]))
  }
  return data
}

class Seeder {
  readonly report: SeedReport = { created: [], existing: [] }

  constructor(private readonly payload: Payload) {}

  /** Finds a document by its slug in the default locale (drafts included). */
  async find(collection: CollectionSlug, slug: string): Promise<Doc | null> {
    const { docs } = await this.payload.find({
      collection,
      where: { slug: { equals: slug } },
      locale: defaultLocale,
      draft: true,
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    return (docs[0] as unknown as Doc | undefined) ?? null
  }

  /** Creates a document in the default locale, then writes each other locale's fields. */
  async createLocalized(collection: CollectionSlug, perLocale: PerLocale): Promise<Doc> {
    const created = (await this.payload.create({
      collection,
      locale: defaultLocale,
      data: perLocale(seedDefault) as RequiredDataFromCollectionSlug<typeof collection>,
      overrideAccess: true,
    })) as unknown as Doc
    for (const locale of otherLocales) {
      const current = await this.payload.findByID({
        collection,
        id: created.id,
        locale,
        depth: 0,
        draft: true,
        overrideAccess: true,
      })
      await this.payload.update({
        collection,
        id: created.id,
        locale,
        data: withRowIds(current, perLocale(locale)) as Record<string, unknown>,
        overrideAccess: true,
      })
    }
    return created
  }

  /** The document with this default-locale slug, created from `perLocale` when missing. */
  async ensure(collection: CollectionSlug, perLocale: PerLocale): Promise<{ doc: Doc; created: boolean }> {
    const first = perLocale(seedDefault)
    const source = typeof first.title === 'string' ? first.title : String(first.name)
    const slug = slugify(source, defaultLocale)
    const label = `${collection}/${slug}`
    const found = await this.find(collection, slug)
    if (found) {
      this.report.existing.push(label)
      return { doc: found, created: false }
    }
    const doc = await this.createLocalized(collection, (locale) => ({
      ...perLocale(locale),
      slug: locale === defaultLocale ? slug : undefined,
    }))
    this.report.created.push(label)
    return { doc, created: true }
  }
}

/**
 * Seeds the society's content from its source article: the news item, the people it names, the
 * timeline of relations, the free Azerbaijani course, categories, and the society itself.
 * Idempotent: every document is looked up by its Arabic slug first, and an existing one is left
 * exactly as it is (editors may have changed it since), so running the seed twice changes nothing.
 */
export async function seed(payload: Payload): Promise<SeedReport> {
  const seeder = new Seeder(payload)
  const published = { _status: 'published' as const }

  const categoryIds: Record<string, number> = {}
  for (const category of categories) {
    const { doc } = await seeder.ensure('categories', (locale) => ({ name: category.name[locale] }))
    categoryIds[category.key] = doc.id
  }

  const personIds: Record<string, number> = {}
  for (const person of people) {
    const { doc } = await seeder.ensure('people', (locale) => ({
      name: person.name[locale],
      honorific: person.honorific?.[locale],
      country: person.country,
      positions: person.positions.map((position) => ({
        title: position.title[locale],
        organization: position.organization?.[locale],
        current: position.current,
      })),
    }))
    personIds[person.key] = doc.id
  }

  const news = await seeder.ensure('news', (locale) => ({
    ...published,
    title: articleTitle[locale],
    excerpt: articleExcerpt[locale],
    body: paragraphsToRichText(
      articleParagraphs.map((p) => p[locale]),
      locale,
    ),
    categories: Object.values(categoryIds),
  }))

  const { doc: courseDoc } = await seeder.ensure('courses', (locale) => ({
    ...published,
    title: course.title[locale],
    summary: course.summary[locale],
    audience: course.audience[locale],
    fee: { amount: 0, currency: 'EGP' },
  }))

  const relationIds: number[] = []
  for (const entry of relations) {
    const { doc } = await seeder.ensure('bilateral-relations', (locale) => ({
      ...published,
      title: entry.title[locale],
      date: entry.date,
      datePrecision: entry.datePrecision,
      kind: entry.kind,
      summary: entry.summary[locale],
      places: entry.places.map((place) => ({
        name: place.name?.[locale],
        city: place.city?.[locale],
        country: place.country,
      })),
      participants: entry.participants.map((p) => ({ person: personIds[p.person], role: p.role?.[locale] })),
      sources: [{ title: articleTitle[locale], news: news.doc.id }],
      relatedNews: [news.doc.id],
    }))
    relationIds.push(doc.id)
  }

  if (news.created) {
    await payload.update({
      collection: 'news',
      id: news.doc.id,
      // Published again as a whole, as the server's own save: every language stays published.
      data: { related: { courses: [courseDoc.id], relations: relationIds }, _status: 'published' },
      overrideAccess: true,
    })
  }

  const current = await payload.findGlobal({ slug: 'society', locale: defaultLocale, depth: 0, overrideAccess: true })
  if (current.name) {
    seeder.report.existing.push('globals/society')
  } else {
    for (const locale of [seedDefault, ...otherLocales]) {
      await payload.updateGlobal({
        slug: 'society',
        locale,
        data: {
          name: society.name[locale],
          chair: personIds.nasirov,
          freeServices: society.freeServices[locale],
          about: paragraphsToRichText(
            society.about.map((p) => p[locale]),
            locale,
          ),
        },
        overrideAccess: true,
      })
    }
    seeder.report.created.push('globals/society')
  }

  return seeder.report
}
