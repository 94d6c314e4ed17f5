/**
 * The content registry: one descriptor per editorial collection (the content the society
 * publishes through the workflow, in every language, on its sites), saying what the rest of the
 * system needs to know of it. The workflow, the translators' workbench, search, SEO and delivery
 * (alternates, previews, feeds, webhooks) take their lists of collections from here, not from
 * lists of their own. Adding a content type is its collection folder plus its line here.
 */
import type { CollectionSlug } from 'payload'

import { l } from '../i18n/labels'
import type { Localized } from '../i18n/locales'

export interface ContentType {
  /** Its name, as the society's sites, the webhooks' options and refusals show it. */
  label: Localized
  /** Where its entries live on the society's site in every language: `/{sitePath}/{slug}`. */
  sitePath: string
  /** The fields whose text summarizes an entry: the meta description, in this order. */
  summaryFields: readonly string[]
}

export const contentTypes = {
  news: { label: l('الأخبار', 'Xəbərlər', 'News'), sitePath: 'news', summaryFields: ['excerpt'] },
  activities: { label: l('الأنشطة', 'Tədbirlər', 'Activities'), sitePath: 'activities', summaryFields: ['summary'] },
  courses: { label: l('الدورات', 'Kurslar', 'Courses'), sitePath: 'courses', summaryFields: ['summary'] },
  'bilateral-relations': {
    label: l('العلاقات الثنائية', 'İkitərəfli münasibətlər', 'Bilateral relations'),
    sitePath: 'relations',
    summaryFields: ['summary'],
  },
} as const satisfies Partial<Record<CollectionSlug, ContentType>>

export type EditorialSlug = keyof typeof contentTypes

/** The editorial collections, in the registry's order. */
export const editorialSlugs = Object.keys(contentTypes) as EditorialSlug[]

export const isEditorialSlug = (value: unknown): value is EditorialSlug =>
  typeof value === 'string' && Object.hasOwn(contentTypes, value)

/**
 * The editorial collections as options of a select: GraphQL writes an option's value as an enum
 * name, which may not hold a hyphen, so `bilateral-relations` is the option `bilateral_relations`.
 */
export const editorialOptions = editorialSlugs.map((slug) => ({
  value: slug.replaceAll('-', '_'),
  label: contentTypes[slug].label,
}))
