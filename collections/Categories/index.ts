import type { CollectionConfig } from 'payload'

import { referenceAccess } from '../../src/editorial'
import { localizedText } from '../../src/fields/common'
import { slugFields } from '../../src/fields/slug'
import { groups, l } from '../../src/i18n'

export const Categories: CollectionConfig<'categories'> = {
  slug: 'categories',
  labels: { singular: l('تصنيف', 'Kateqoriya', 'Category'), plural: l('التصنيفات', 'Kateqoriyalar', 'Categories') },
  graphQL: { singularName: 'Category', pluralName: 'Categories' },
  admin: {
    group: groups.content,
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'updatedAt'],
    listSearchableFields: ['name', 'slug'],
  },
  defaultSort: 'name',
  // What an entry filed under a category gets of it (depth ≥ 1).
  defaultPopulate: { name: true, slug: true },
  access: referenceAccess,
  fields: [
    localizedText('name', l('الاسم', 'Ad', 'Name'), { required: true, index: true }),
    localizedText('description', l('الوصف', 'Təsvir', 'Description'), { textarea: true }),
    ...slugFields('name'),
  ],
}
