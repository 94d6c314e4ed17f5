/**
 * A large, realistic data set for the benchmark (and, small, for the query-count test): news,
 * activities, courses and relations entries in the three languages, with categories, authors,
 * images and relations between them, all written through the Local API so that every hook
 * (slugs, translation status, the search index, the workflow's published languages) runs as it
 * does for the society's staff. A third of the news has no Azerbaijani text, so that the
 * Azerbaijani reads go through the fallback chain.
 */
import type { CollectionSlug, Payload } from 'payload'
import sharp from 'sharp'

import { activityKinds } from '../collections/Activities'
import { relationKinds } from '../collections/BilateralRelations'
import { type LocaleCode, localeCodes } from '../src/i18n'
import { paragraphsToRichText } from '../src/lib/lexical'
import { withRowIds } from '../src/seed'

export interface DatasetSize {
  news: number
  activities: number
  courses: number
  relations: number
  people: number
  categories: number
  images: number
}

export const datasetAt = (news: number): DatasetSize => ({
  news,
  activities: Math.max(3, Math.round(news * 0.15)),
  courses: Math.max(2, Math.round(news * 0.03)),
  relations: Math.max(3, Math.round(news * 0.06)),
  people: 40,
  categories: 12,
  images: 30,
})

type Id = number | string

/** Words to make text of, per language; a language without a list borrows English's. */
const words: Partial<Record<LocaleCode, string[]>> & { en: string[] } = {
  ar: [
    'الجمعية',
    'المصرية',
    'الأذربيجانية',
    'الصداقة',
    'اللغة',
    'القاهرة',
    'باكو',
    'الثقافة',
    'التعاون',
    'الطلاب',
    'محاضرة',
    'معرض',
    'الشعر',
    'الموسيقى',
    'التاريخ',
    'الجامعة',
    'السفارة',
    'دورة',
    'مجانية',
    'أمسية',
  ],
  az: [
    'cəmiyyət',
    'Misir',
    'Azərbaycan',
    'dostluq',
    'dil',
    'Qahirə',
    'Bakı',
    'mədəniyyət',
    'əməkdaşlıq',
    'tələbələr',
    'mühazirə',
    'sərgi',
    'şeir',
    'musiqi',
    'tarix',
    'universitet',
    'səfirlik',
    'kurs',
    'pulsuz',
    'axşam',
  ],
  en: [
    'society',
    'Egyptian',
    'Azerbaijani',
    'friendship',
    'language',
    'Cairo',
    'Baku',
    'culture',
    'cooperation',
    'students',
    'lecture',
    'exhibition',
    'poetry',
    'music',
    'history',
    'university',
    'embassy',
    'course',
    'free',
    'evening',
  ],
}

/** A deterministic pseudo-random sequence, so that two runs build the same data. */
function sequence(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

class Generator {
  private readonly random = sequence(20261130)

  constructor(private readonly payload: Payload) {}

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]
  }

  private some<T>(items: readonly T[], max: number): T[] {
    const count = Math.floor(this.random() * (max + 1))
    return [...new Set(Array.from({ length: count }, () => this.pick(items)))]
  }

  private sentence(locale: LocaleCode, length: number, n: number): string {
    return `${Array.from({ length }, () => this.pick(words[locale] ?? words.en)).join(' ')} ${n}`
  }

  private body(locale: LocaleCode, n: number) {
    return paragraphsToRichText(
      Array.from({ length: 5 }, () => this.sentence(locale, 40, n)),
      locale,
    )
  }

  /** Writes the document in Arabic, then in each language it has a text in. */
  private async write(
    collection: CollectionSlug,
    perLocale: (locale: LocaleCode) => Record<string, unknown>,
    { locales = localeCodes, withRows = false }: { locales?: readonly LocaleCode[]; withRows?: boolean } = {},
  ): Promise<Id> {
    const [first, ...rest] = locales
    const created = await this.payload.create({
      collection,
      locale: first,
      data: perLocale(first) as never,
      overrideAccess: true,
      depth: 0,
    })
    for (const locale of rest) {
      // Rows of arrays are shared by the languages: another language's text names the rows it fills.
      const current = withRows
        ? await this.payload.findByID({
            collection,
            id: created.id,
            locale,
            depth: 0,
            draft: true,
            overrideAccess: true,
          })
        : null
      const data = withRows ? withRowIds(current, perLocale(locale)) : perLocale(locale)
      await this.payload.update({
        collection,
        id: created.id,
        locale,
        data: data as never,
        overrideAccess: true,
        depth: 0,
      })
    }
    return created.id
  }

  async images(count: number): Promise<Id[]> {
    const ids: Id[] = []
    for (let i = 0; i < count; i += 1) {
      const data = await sharp({
        create: {
          width: 1600,
          height: 1000,
          channels: 3,
          background: { r: (i * 53) % 256, g: (i * 97) % 256, b: (i * 31) % 256 },
        },
      })
        .jpeg({ quality: 70 })
        .toBuffer()
      const doc = await this.payload.create({
        collection: 'media',
        locale: 'ar',
        data: { alt: `صورة ${i + 1}` },
        file: { data, mimetype: 'image/jpeg', name: `bench-${i + 1}.jpg`, size: data.length },
        overrideAccess: true,
        depth: 0,
      })
      ids.push(doc.id)
    }
    return ids
  }

  async build(size: DatasetSize): Promise<Record<keyof DatasetSize, number>> {
    const images = await this.images(size.images)
    const categories: Id[] = []
    for (let i = 0; i < size.categories; i += 1) {
      categories.push(await this.write('categories', (locale) => ({ name: this.sentence(locale, 2, i) })))
    }
    const people: Id[] = []
    for (let i = 0; i < size.people; i += 1) {
      people.push(
        await this.write('people', (locale) => ({ name: this.sentence(locale, 2, i), photo: this.pick(images) })),
      )
    }
    const published = { _status: 'published' }
    const activities: Id[] = []
    for (let i = 0; i < size.activities; i += 1) {
      const startsAt = new Date(Date.UTC(2020, 0, 1) + i * 3 * 86_400_000).toISOString()
      const kind = this.pick(Object.keys(activityKinds))
      const cats = this.some(categories, 2)
      const who = this.some(people, 2)
      activities.push(
        await this.write('activities', (locale) => ({
          ...published,
          title: this.sentence(locale, 6, i),
          kind,
          summary: this.sentence(locale, 25, i),
          body: this.body(locale, i),
          startsAt,
          categories: cats,
          people: who,
        })),
      )
    }
    const courses: Id[] = []
    for (let i = 0; i < size.courses; i += 1) {
      const startDate = new Date(Date.UTC(2020, (i * 3) % 12, 1 + (i % 27))).toISOString()
      const instructors = this.some(people, 2)
      courses.push(
        await this.write('courses', (locale) => ({
          ...published,
          title: this.sentence(locale, 5, i),
          summary: this.sentence(locale, 25, i),
          syllabus: this.body(locale, i),
          term: { startDate },
          instructors,
          fee: { amount: 0, currency: 'EGP' },
        })),
      )
    }
    const news: Id[] = []
    for (let i = 0; i < size.news; i += 1) {
      const publishedAt = new Date(Date.UTC(2018, 0, 1) + i * 36 * 3_600_000).toISOString()
      const heroImage = this.pick(images)
      const cats = this.some(categories, 2)
      const authors = this.some(people, 2)
      const related = { activities: this.some(activities, 2), courses: this.some(courses, 1) }
      // Two thirds in all three languages; the rest in Arabic and English only.
      const locales = i % 3 === 2 ? (['ar', 'en'] as const) : localeCodes
      news.push(
        await this.write(
          'news',
          (locale) => ({
            ...published,
            title: this.sentence(locale, 10, i),
            excerpt: this.sentence(locale, 30, i),
            body: this.body(locale, i),
            publishedAt,
            heroImage,
            categories: cats,
            authors,
            related,
          }),
          { locales },
        ),
      )
    }
    for (let i = 0; i < size.relations; i += 1) {
      const date = new Date(Date.UTC(1992, 0, 1) + i * 60 * 86_400_000).toISOString()
      const kind = this.pick(Object.keys(relationKinds))
      const sourceNews = this.pick(news)
      const participants = this.some(people, 3).map((person) => ({ person }))
      const relatedNews = this.some(news, 3)
      await this.write(
        'bilateral-relations',
        (locale) => ({
          ...published,
          title: this.sentence(locale, 8, i),
          date,
          datePrecision: this.pick(['day', 'month', 'year']),
          kind,
          summary: this.sentence(locale, 30, i),
          participants,
          sources: [{ title: this.sentence(locale, 4, i), news: sourceNews }],
          relatedNews,
        }),
        { withRows: true },
      )
    }
    return { ...size }
  }
}

/** Writes the data set into the database the Payload instance is on. */
export const generateDataset = (payload: Payload, size: DatasetSize): Promise<Record<keyof DatasetSize, number>> =>
  new Generator(payload).build(size)
