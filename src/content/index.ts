/**
 * The content registry: what the rest of the system needs to know of each editorial collection
 * (the content the society publishes through the workflow, in every language, on its sites). A
 * collection declares itself editorial in its own folder (`editorialCollection` in src/editorial.ts
 * writes its descriptor into the collection's `custom`, Payload's extension point for plugins);
 * the workflow, the translators' workbench, search, SEO and delivery (alternates, previews, feeds,
 * sitemap, webhooks) read the registry from the configuration they are given, so adding a content
 * type is its collection folder plus its line in collections/index.ts.
 */
import type { CollectionSlug, Config, Field, Plugin, SanitizedConfig, SelectField } from 'payload'

import { defaultLocale, isLocaleCode, type LocaleCode, type Localized } from '../i18n/locales'

/** The fields an RSS feed of the type is written from. */
export interface FeedFields {
  /** The feed's title and description, after the society's name. */
  title: Localized
  /** The item's date (a date field). */
  date: string
  /** The item's description (a text). */
  summary: string
  /** The item's content (rich text), cut to whole paragraphs. */
  body: string
}

export interface ContentType {
  /** Where its entries live on the society's site in every language: `/{sitePath}/{slug}`. */
  sitePath: string
  /** The fields whose text summarizes an entry: the meta description, in this order. */
  summaryFields: readonly string[]
  /** An RSS feed of its latest published entries, per language, at `/feeds/{sitePath}.{lang}.xml`. */
  feed?: FeedFields
}

/** An editorial collection's slug. */
export type EditorialSlug = CollectionSlug

type Label = Extract<SelectField['options'][number], { label: unknown }>['label']

export interface RegisteredType extends ContentType {
  slug: EditorialSlug
  /** Its name, as its list in the admin shows it. */
  label: Label
}

const KEY = 'contentType'

type Declared = { slug: string; custom?: Record<string, unknown>; labels?: { plural?: unknown } }
type WithCollections = Pick<Config, 'collections'> | Pick<SanitizedConfig, 'collections'>

const isContentType = (value: unknown): value is ContentType =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ContentType).sitePath === 'string' &&
  Array.isArray((value as ContentType).summaryFields)

/** A collection declared editorial, with its descriptor in `custom`. */
export const withContentType = <C extends { custom?: Record<string, unknown> }>(
  collection: C,
  type: ContentType,
): C => ({
  ...collection,
  custom: { ...collection.custom, [KEY]: type },
})

/** The descriptor a collection declares; undefined when it is not editorial. */
export const declaredType = (
  collection: { custom?: Record<string, unknown> } | null | undefined,
): ContentType | undefined => {
  const type = collection?.custom?.[KEY]
  return isContentType(type) ? type : undefined
}

const registries = new WeakMap<object, ReadonlyMap<string, RegisteredType>>()

/** The editorial collections of a configuration (incoming or sanitized), in its order. */
export function contentTypes(config: WithCollections): ReadonlyMap<string, RegisteredType> {
  const collections = (config.collections ?? []) as readonly Declared[]
  const known = registries.get(collections)
  if (known) return known
  const registry = new Map<string, RegisteredType>()
  for (const collection of collections) {
    const type = declaredType(collection)
    if (!type) continue
    const plural = collection.labels?.plural
    const label = (
      typeof plural === 'string' || (typeof plural === 'object' && plural !== null) ? plural : collection.slug
    ) as Label
    registry.set(collection.slug, { ...type, slug: collection.slug as EditorialSlug, label })
  }
  registries.set(collections, registry)
  return registry
}

/** The editorial collections' slugs, in the configuration's order. */
export const editorialSlugs = (config: WithCollections): EditorialSlug[] =>
  [...contentTypes(config).values()].map((type) => type.slug)

export const isEditorialSlug = (config: WithCollections, value: unknown): value is EditorialSlug =>
  typeof value === 'string' && contentTypes(config).has(value)

/** The descriptor of an editorial collection; undefined for any other. */
export const contentTypeOf = (config: WithCollections, slug: unknown): RegisteredType | undefined =>
  typeof slug === 'string' ? contentTypes(config).get(slug) : undefined

/**
 * An editorial collection as a select's option value: GraphQL writes an option's value as an enum
 * name, which may not hold a hyphen, so `bilateral-relations` is the option `bilateral_relations`.
 */
export const optionOfSlug = (slug: string): string => slug.replaceAll('-', '_')
export const slugOfOption = (option: string): string => option.replaceAll('_', '-')

const OPTIONS = 'contentTypeOptions'

/** A select whose options are the editorial collections, filled in by `contentRegistry()`. */
export const contentTypeSelect = <F extends Omit<SelectField, 'options' | 'type'>>(field: F): SelectField =>
  ({ ...field, type: 'select', options: [], custom: { ...field.custom, [OPTIONS]: true } }) as SelectField

const fillOptions = (fields: Field[], options: SelectField['options']): Field[] =>
  fields.map((field) => (field.type === 'select' && field.custom?.[OPTIONS] === true ? { ...field, options } : field))

/** Fills every `contentTypeSelect` with the configuration's editorial collections. First among the plugins. */
export const contentRegistry =
  (): Plugin =>
  (config: Config): Config => {
    const options = [...contentTypes(config).values()].map((type) => ({
      value: optionOfSlug(type.slug),
      label: type.label,
    }))
    return {
      ...config,
      collections: config.collections?.map((collection) => ({
        ...collection,
        fields: fillOptions(collection.fields, options),
      })),
    }
  }

/** The language an entry was first written in (its `sourceLocale`), the default language when it says none. */
export const sourceOf = (doc: unknown): LocaleCode => {
  const value = typeof doc === 'object' && doc !== null ? (doc as { sourceLocale?: unknown }).sourceLocale : undefined
  return isLocaleCode(value) ? value : defaultLocale
}

/** The field an entry's title is in, which also says whether a language has been written. */
export const titleFieldOf = (collection: { admin: { useAsTitle?: string } }): string =>
  collection.admin.useAsTitle ?? 'title'
