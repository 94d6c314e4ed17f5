import type { CollectionConfig } from 'payload'

import { editorialCollection } from '../../src/editorial'
import { categoriesField, LINE_MAX_LENGTH } from '../../src/fields/common'
import { richTextField } from '../../src/fields/richText'
import { slugFields } from '../../src/fields/slug'
import { groups, l } from '../../src/i18n'
import { stampPublishedAt } from './hooks'

export const News: CollectionConfig<'news'> = editorialCollection<'news'>(
  {
    sitePath: 'news',
    summaryFields: ['excerpt'],
    feed: {
      title: l('أخبار الجمعية', 'Cəmiyyətin xəbərləri', "The society's news"),
      date: 'publishedAt',
      summary: 'excerpt',
      body: 'body',
    },
  },
  {
    slug: 'news',
    labels: { singular: l('خبر', 'Xəbər', 'News item'), plural: l('الأخبار', 'Xəbərlər', 'News') },
    admin: {
      group: groups.content,
      useAsTitle: 'title',
      defaultColumns: ['title', 'categories', 'publishedAt', '_status', 'updatedAt'],
      listSearchableFields: ['title', 'excerpt', 'slug'],
    },
    graphQL: { singularName: 'NewsItem', pluralName: 'News' },
    defaultSort: '-publishedAt',
    // The public's list: published entries in the default order (Payload adds createdAt to break ties), read off
    // the index a page at a time, whatever the archive's size.
    indexes: [{ fields: ['_status', 'publishedAt', 'createdAt'] }],
    // What an entry that links to a news item gets of it (depth ≥ 1): enough for a link and a card.
    defaultPopulate: { title: true, slug: true, publishedAt: true, heroImage: true },
    hooks: { beforeChange: [stampPublishedAt] },
    fields: [
      {
        name: 'title',
        type: 'text',
        label: l('العنوان', 'Başlıq', 'Title'),
        localized: true,
        required: true,
        maxLength: LINE_MAX_LENGTH,
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
      categoriesField(),
      {
        name: 'authors',
        type: 'relationship',
        relationTo: 'people',
        hasMany: true,
        label: l('الكتّاب', 'Müəlliflər', 'Authors'),
        admin: { position: 'sidebar' },
      },
      {
        name: 'related',
        type: 'group',
        label: l('محتوى مرتبط', 'Əlaqəli məzmun', 'Related content'),
        fields: [
          {
            name: 'activities',
            type: 'relationship',
            relationTo: 'activities',
            hasMany: true,
            label: l('أنشطة', 'Tədbirlər', 'Activities'),
          },
          {
            name: 'courses',
            type: 'relationship',
            relationTo: 'courses',
            hasMany: true,
            label: l('دورات', 'Kurslar', 'Courses'),
          },
          {
            name: 'relations',
            type: 'relationship',
            relationTo: 'bilateral-relations',
            hasMany: true,
            label: l('أحداث العلاقات الثنائية', 'İkitərəfli münasibətlər hadisələri', 'Bilateral relations entries'),
          },
        ],
      },
      ...slugFields('title'),
      {
        name: 'publishedAt',
        type: 'date',
        label: l('تاريخ النشر', 'Dərc tarixi', 'Published at'),
        index: true,
        admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
      },
    ],
  },
)
