/**
 * What the SEO fields of Payload's SEO plugin (`meta.title`, `meta.description`, `meta.image`, per
 * locale) are filled from: the document's title (or name) and its summary, in the same locale. The
 * plugin's "auto-generate" buttons (generateTitle/generateDescription, src/seo) and the save hooks
 * below use the same two functions, so the admin and the API agree.
 */
import type { Field, FieldHook } from 'payload'

import { declaredType } from '../content'
import { l } from '../i18n'

export const META_TITLE_MAX = 70
export const META_DESCRIPTION_MAX = 160

type DocLike = Record<string, unknown> | null | undefined

/** The first non-empty string among `fields`, on one line, shortened to `max` with an ellipsis. */
const firstText = (docs: DocLike[], fields: readonly string[], max: number): string => {
  for (const name of fields) {
    for (const doc of docs) {
      const candidate = doc?.[name]
      if (typeof candidate === 'string' && candidate.trim()) {
        const text = candidate.trim().replace(/\s+/g, ' ')
        return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text
      }
    }
  }
  return ''
}

/** The meta title of a document: its title (or a person's name), at most META_TITLE_MAX characters. */
export const generateMetaTitle = (...docs: DocLike[]): string => firstText(docs, ['title', 'name'], META_TITLE_MAX)

/**
 * The meta description of a document of `collection`: its summary (the fields its content type
 * names, src/content), at most META_DESCRIPTION_MAX characters.
 */
export const generateMetaDescription = (
  collection: { custom?: Record<string, unknown> } | null | undefined,
  ...docs: DocLike[]
): string => firstText(docs, declaredType(collection)?.summaryFields ?? [], META_DESCRIPTION_MAX)

const keep = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

/** Left empty, a meta title is filled on save, in the locale being saved. */
const fillTitle: FieldHook = ({ data, originalDoc, value }) =>
  keep(value) ? value : generateMetaTitle(data, originalDoc) || value

const fillDescription: FieldHook = ({ collection, data, originalDoc, value }) =>
  keep(value) ? value : generateMetaDescription(collection, data, originalDoc) || value

const labels = {
  title: l('عنوان الصفحة', 'Səhifənin başlığı', 'Meta title'),
  description: l('وصف الصفحة', 'Səhifənin təsviri', 'Meta description'),
  image: l('صورة المشاركة', 'Paylaşım şəkli', 'Meta image'),
  imageHelp: l(
    'تظهر عند مشاركة الصفحة في الشبكات الاجتماعية.',
    'Səhifə sosial şəbəkələrdə paylaşılanda göstərilir.',
    'Shown when the page is shared on social networks.',
  ),
  overview: l('نظرة عامة', 'İcmal', 'Overview'),
  preview: l('معاينة', 'Önizləmə', 'Preview'),
}

export const seoGroupLabel = l('تحسين الظهور في محركات البحث (SEO)', 'Axtarış sistemləri üçün (SEO)', 'SEO')

/**
 * The plugin's own fields (its admin components: overview, generate buttons, search preview),
 * with labels in the three languages, length limits, and the fill-on-save hooks.
 */
export const localizeSeoFields = ({ defaultFields }: { defaultFields: Field[] }): Field[] =>
  defaultFields.map((field): Field => {
    if (!('name' in field)) return field
    switch (field.name) {
      case 'title':
        return field.type === 'text'
          ? { ...field, label: labels.title, maxLength: META_TITLE_MAX, hooks: { beforeChange: [fillTitle] } }
          : field
      case 'description':
        return field.type === 'textarea'
          ? {
              ...field,
              label: labels.description,
              maxLength: META_DESCRIPTION_MAX,
              hooks: { beforeChange: [fillDescription] },
            }
          : field
      case 'image':
        // The plugin's own hint names a size limit that is not ours (MEDIA_MAX_FILE_SIZE_MB is).
        if (field.type === 'upload' && field.admin) field.admin.description = labels.imageHelp
        return { ...field, label: labels.image }
      case 'overview':
      case 'preview':
        return { ...field, label: labels[field.name] }
      default:
        return field
    }
  })
