import type { CollectionSlug, FieldHook, PayloadRequest, TextField } from 'payload'

import { l, localeOf, pick } from '../i18n'
import { fold } from '../lib/fold'
import { isSlug, slugify } from '../lib/slugify'

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

/**
 * Fills an empty slug from the source field, in the language of the request, and makes a
 * generated slug unique by appending -2, -3… A slug the user typed is only normalized.
 */
const fillSlug =
  (sourceField: string): FieldHook =>
  async ({ collection, data, originalDoc, req, value }) => {
    const typed = typeof value === 'string' ? value.trim() : ''
    if (typed) return isSlug(typed) ? typed : slugify(typed, localeOf(req)) || typed
    const source = data?.[sourceField] ?? originalDoc?.[sourceField]
    if (typeof source !== 'string' || !source.trim() || !collection) return value
    const base = slugify(source, localeOf(req))
    if (!base) return value
    const id = (originalDoc as { id?: number | string } | undefined)?.id
    let candidate = base
    for (let n = 2; await slugTaken(req, collection.slug, candidate, id); n += 1) {
      candidate = `${base}-${n}`
    }
    return candidate
  }

/** The slug folded (src/lib/fold.ts), which is what must be unique; kept out of every answer. */
const slugKeyField: TextField = {
  name: 'slugKey',
  type: 'text',
  localized: true,
  index: true,
  hidden: true,
  hooks: { beforeChange: [({ req, siblingData }) => (typeof siblingData.slug === 'string' ? fold(siblingData.slug, localeOf(req)) : null)] },
}

/**
 * A localized slug: generated from `sourceField` when left empty, editable, unique per locale
 * within the collection (spelling variants count as the same slug), and kept in every script
 * (Arabic and Azerbaijani letters survive). Spread into a collection's fields.
 */
export const slugFields = (sourceField = 'title'): TextField[] => [slugField(sourceField), slugKeyField]

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
