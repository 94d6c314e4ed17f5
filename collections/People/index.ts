import type { CollectionConfig } from 'payload'

import { referenceAccess } from '../../src/editorial'
import { countryField, localizedText } from '../../src/fields/common'
import { slugFields } from '../../src/fields/slug'
import { endsAfter } from '../../src/fields/validators'
import { groups, l } from '../../src/i18n'

export const People: CollectionConfig<'people'> = {
  slug: 'people',
  labels: { singular: l('شخص', 'Şəxs', 'Person'), plural: l('الأشخاص', 'Şəxslər', 'People') },
  graphQL: { singularName: 'Person', pluralName: 'People' },
  admin: {
    group: groups.people,
    useAsTitle: 'name',
    defaultColumns: ['name', 'honorific', 'country', 'updatedAt'],
    listSearchableFields: ['name', 'slug'],
    description: l(
      'المدرّسون والكتّاب ورئيس الجمعية والمشاركون في الأحداث. يُكتب الاسم بإملاء كل لغة.',
      'Müəllimlər, müəlliflər, cəmiyyətin sədri və hadisələrin iştirakçıları. Ad hər dilin yazılışı ilə yazılır.',
      'Instructors, authors, the society’s chair and participants in events. The name is spelled per language.',
    ),
  },
  defaultSort: 'name',
  // What an entry that names a person gets of them (depth ≥ 1).
  defaultPopulate: { name: true, honorific: true, slug: true, photo: true },
  access: referenceAccess,
  fields: [
    localizedText('name', l('الاسم', 'Ad', 'Name'), { required: true, index: true }),
    localizedText('honorific', l('اللقب (د.، السفير…)', 'Müraciət (Dr., səfir…)', 'Honorific (Dr., Ambassador…)')),
    countryField(),
    {
      name: 'positions',
      type: 'array',
      label: l('المناصب والأدوار', 'Vəzifələr və rollar', 'Titles and roles'),
      labels: { singular: l('منصب', 'Vəzifə', 'Title'), plural: l('المناصب', 'Vəzifələr', 'Titles') },
      fields: [
        localizedText('title', l('المنصب', 'Vəzifə', 'Title'), { required: true }),
        localizedText('organization', l('الجهة', 'Təşkilat', 'Organization')),
        {
          type: 'row',
          fields: [
            {
              name: 'from',
              type: 'date',
              label: l('من', 'Başlanğıc', 'From'),
              admin: { date: { pickerAppearance: 'monthOnly' } },
            },
            {
              name: 'to',
              type: 'date',
              label: l('إلى', 'Son', 'To'),
              admin: { date: { pickerAppearance: 'monthOnly' } },
              validate: endsAfter('from', { allowEqual: true }),
            },
          ],
        },
        {
          name: 'current',
          type: 'checkbox',
          label: l('المنصب الحالي', 'Hazırkı vəzifə', 'Current'),
        },
      ],
    },
    { name: 'photo', type: 'upload', relationTo: 'media', label: l('الصورة', 'Şəkil', 'Photo') },
    localizedText('bio', l('نبذة', 'Qısa tərcümeyi-hal', 'Short biography'), { textarea: true }),
    ...slugFields('name'),
  ],
}
