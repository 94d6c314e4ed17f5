import type { CheckboxField, CollectionSlug, Field, FieldHook, PayloadRequest, TextField } from 'payload'

import { l, localeOf, pick } from '../i18n'
import { fold } from '../lib/fold'
import { isSlug, slugify } from '../lib/slugify'
import { latestVersion, storedEntry } from '../lib/stored'

/**
 * Another document of the collection already using `slug` in the request's locale, spelling
 * variants included: "الأذربيجانية" and "الاذربيجانية", or "MİSİR" and "misir", are one slug.
 * Entries saved before `slugKey` existed are still matched by their exact slug.
 */
async function slugTaken(
  req: PayloadRequest,
  collection: string,
  slug: string,
  id: number | string | undefined,
): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection: collection as CollectionSlug,
    locale: localeOf(req),
    overrideAccess: true,
    req,
    where: {
      and: [
        { or: [{ slugKey: { equals: fold(slug, localeOf(req)) } }, { slug: { equals: slug } }] },
        ...(id === undefined ? [] : [{ id: { not_equals: id } }]),
      ],
    },
  })
  return totalDocs > 0
}

const messages = {
  format: l(
    'يتكون المعرّف (slug) من حروف وأرقام صغيرة تفصل بينها شرطات.',
    'Slug kiçik hərflərdən və rəqəmlərdən ibarətdir, defislə ayrılır.',
    'A slug is lowercase letters and digits separated by hyphens.',
  ),
  taken: l(
    'هذا المعرّف (slug) مستخدم في وثيقة أخرى بهذه اللغة.',
    'Bu slug bu dildə başqa sənəddə artıq istifadə olunur.',
    'This slug is already used by another document in this language.',
  ),
}

/** Whether a stored value (one language's, or `{ ar, az, en }`) says `locale` is on the site. */
const publishedIn = (doc: unknown, locale: string): boolean => {
  const group = typeof doc === 'object' && doc !== null ? (doc as { publishedIn?: unknown }).publishedIn : undefined
  return typeof group === 'object' && group !== null && (group as Record<string, unknown>)[locale] === true
}

/** The slugs the entry holds in its other languages, public and draft. */
async function otherLanguagesSlugs(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
  locale: string,
): Promise<string[]> {
  const stored = await storedEntry({ payload: req.payload, req }, collection, id)
  const latest = await latestVersion({ payload: req.payload, req }, collection, id)
  const slugsOf = (doc: unknown): string[] => {
    const slugs = typeof doc === 'object' && doc !== null ? (doc as { slug?: unknown }).slug : undefined
    if (typeof slugs !== 'object' || slugs === null) return []
    return Object.entries(slugs).flatMap(([code, slug]) => (code !== locale && typeof slug === 'string' ? [slug] : []))
  }
  return [...slugsOf(stored), ...slugsOf(latest?.version)]
}

/**
 * Each language's slug comes from that language's title. While it is automatic, the slug follows
 * its own title on every save (an echo of the stored slug, or another language's slug brought in by
 * copying, is no edit); it stops following once the language is first published or someone types a
 * slug by hand (`slugFixed`, per language). A fixed slug is only normalized; an empty one is made
 * from the title. A generated slug is made unique by appending -2, -3…
 */
const fillSlug =
  (sourceField: string): FieldHook =>
  async ({ collection, data, originalDoc, previousValue, req, siblingData, value }) => {
    const locale = localeOf(req)
    const typed = typeof value === 'string' ? value.trim() : ''
    const normalized = typed ? (isSlug(typed) ? typed : slugify(typed, locale) || typed) : ''
    const id = (originalDoc as { id?: number | string } | undefined)?.id
    const source = data?.[sourceField] ?? originalDoc?.[sourceField]
    const base = typeof source === 'string' && source.trim() ? slugify(source, locale) : ''
    const generate = async (): Promise<string | undefined> => {
      if (!base || !collection) return undefined
      let candidate = base
      for (let n = 2; await slugTaken(req, collection.slug, candidate, id); n += 1) candidate = `${base}-${n}`
      return candidate
    }
    const published = publishedIn(data, locale) || publishedIn(originalDoc, locale)
    if (published) siblingData.slugFixed = true
    // Without drafts (people, categories) an entry is public from its first save: its slug stays.
    const fixed = published || originalDoc?.slugFixed === true || !collection?.versions?.drafts
    if (fixed) return normalized || (await generate()) || value
    const echo = normalized === '' || normalized === previousValue
    const copied =
      !echo && id !== undefined && collection
        ? (await otherLanguagesSlugs(req, collection.slug, id, locale)).includes(normalized)
        : false
    if (echo || copied) return (await generate()) ?? (copied ? null : value)
    // Typed by hand: kept, and the title no longer changes it.
    siblingData.slugFixed = true
    return normalized
  }

/** Whether a language's slug stopped following its title: first published, or typed by hand. */
const slugFixedField: CheckboxField = {
  name: 'slugFixed',
  type: 'checkbox',
  localized: true,
  hidden: true,
}

/** The slug folded (src/lib/fold.ts), which is what must be unique; kept out of every answer. */
const slugKeyField: TextField = {
  name: 'slugKey',
  type: 'text',
  localized: true,
  index: true,
  hidden: true,
  hooks: {
    beforeChange: [
      ({ req, siblingData }) => (typeof siblingData.slug === 'string' ? fold(siblingData.slug, localeOf(req)) : null),
    ],
  },
}

/**
 * A localized slug: generated from `sourceField` when left empty, editable, unique per locale
 * within the collection (spelling variants count as the same slug), and kept in every script
 * (Arabic and Azerbaijani letters survive). Spread into a collection's fields.
 */
export const slugFields = (sourceField = 'title'): Field[] => [slugField(sourceField), slugKeyField, slugFixedField]

function slugField(sourceField: string): TextField {
  return {
    name: 'slug',
    type: 'text',
    label: l('المعرّف في الرابط (slug)', 'Keçid adı (slug)', 'Slug'),
    localized: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: l(
        'يُولَّد من العنوان إذا تُرك فارغًا.',
        'Boş qalsa, başlıqdan yaradılır.',
        'Generated from the title when left empty.',
      ),
    },
    hooks: { beforeValidate: [fillSlug(sourceField)] },
    validate: async (value, { collectionSlug, id, req }) => {
      if (value === null || value === undefined || value === '') return true
      if (!isSlug(value)) return pick(messages.format, req.i18n?.language)
      if (collectionSlug && (await slugTaken(req, collectionSlug, value, id))) {
        return pick(messages.taken, req.i18n?.language)
      }
      return true
    },
  }
}
