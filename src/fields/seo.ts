import type { Field, FieldHook } from 'payload'

import { l } from '../i18n'

export const META_TITLE_MAX = 70
export const META_DESCRIPTION_MAX = 160

/** Fills an empty meta field from another field of the document, in the same locale. */
const fillFrom =
  (source: string[], max: number): FieldHook =>
  ({ data, originalDoc, value }) => {
    if (typeof value === 'string' && value.trim()) return value
    for (const name of source) {
      const candidate = data?.[name] ?? originalDoc?.[name]
      if (typeof candidate === 'string' && candidate.trim()) {
        const text = candidate.trim().replace(/\s+/g, ' ')
        return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text
      }
    }
    return value
  }

/**
 * SEO fields per locale, in the shape of Payload's SEO plugin (`meta.title`, `meta.description`,
 * `meta.image`), so sites read them the same way and the plugin can replace them once it is
 * published for the Payload version in use. Left empty, title and description are filled from
 * the document's own title and summary when it is saved.
 */
export const seoFields = ({ descriptionFrom }: { descriptionFrom: string[] }): Field => ({
  name: 'meta',
  type: 'group',
  label: l('تحسين الظهور في محركات البحث (SEO)', 'Axtarış sistemləri üçün (SEO)', 'SEO'),
  admin: { position: 'sidebar' },
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
      maxLength: META_TITLE_MAX,
      label: l('عنوان الصفحة', 'Səhifənin başlığı', 'Meta title'),
      hooks: { beforeChange: [fillFrom(['title', 'name'], META_TITLE_MAX)] },
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      maxLength: META_DESCRIPTION_MAX,
      label: l('وصف الصفحة', 'Səhifənin təsviri', 'Meta description'),
      hooks: { beforeChange: [fillFrom(descriptionFrom, META_DESCRIPTION_MAX)] },
    },
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      localized: true,
      label: l('صورة المشاركة', 'Paylaşım şəkli', 'Meta image'),
    },
  ],
})
