import type { CollectionConfig } from 'payload'

import {
  canCreateContent,
  canDeleteContent,
  canUpdateContent,
  publishedOrStaff,
} from '../../src/access'
import { richTextField } from '../../src/fields/richText'
import { slugField } from '../../src/fields/slug'
import { publicReadsPublished } from '../../src/hooks/publicReadsPublished'
import { groups, l } from '../../src/i18n'
import { stampPublishedAt } from './hooks'

export const News: CollectionConfig<'news'> = {
  slug: 'news',
  labels: { singular: l('خبر', 'Xəbər', 'News item'), plural: l('الأخبار', 'Xəbərlər', 'News') },
  admin: {
    group: groups.content,
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'publishedAt', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'excerpt', 'slug'],
  },
  graphQL: { singularName: 'NewsItem', pluralName: 'News' },
  defaultSort: '-publishedAt',
  access: {
    read: publishedOrStaff,
    readVersions: canUpdateContent,
    create: canCreateContent,
    update: canUpdateContent,
    delete: canDeleteContent,
  },
  versions: {
    drafts: { autosave: { interval: 1500 } },
    maxPerDoc: 100,
  },
  hooks: { beforeOperation: [publicReadsPublished<'news'>()], beforeChange: [stampPublishedAt] },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: l('العنوان', 'Başlıq', 'Title'),
      localized: true,
      required: true,
    },
    {
      name: 'excerpt',
      type: 'textarea',
      label: l('المقتطف', 'Qısa məzmun', 'Excerpt'),
      localized: true,
      maxLength: 600,
    },
    richTextField('body', l('النص', 'Mətn', 'Body')),
    {
      name: 'heroImage',
      type: 'upload',
      relationTo: 'media',
      label: l('الصورة الرئيسية', 'Əsas şəkil', 'Hero image'),
    },
    slugField('title'),
    {
      name: 'publishedAt',
      type: 'date',
      label: l('تاريخ النشر', 'Dərc tarixi', 'Published at'),
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
