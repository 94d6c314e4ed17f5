import type { Field, GroupField, NumberField, RelationshipField, SelectField, TextField } from 'payload'

import { l, type Localized } from '../i18n'
import {
  validateCountryCode,
  validateLatitude,
  validateLongitude,
  validateNonNegative,
  validateNonNegativeInteger,
  validateUrl,
} from './validators'

/** A localized, human-readable text field. */
/** The longest title or name a one-line text field takes, unless it says otherwise. */
export const LINE_MAX_LENGTH = 250

export const localizedText = (
  name: string,
  label: Localized,
  options: { required?: boolean; textarea?: boolean; maxLength?: number; index?: boolean } = {},
): Field => {
  const maxLength = options.maxLength ?? (options.textarea ? undefined : LINE_MAX_LENGTH)
  const base = { name, label, localized: true, required: options.required, maxLength, index: options.index }
  return options.textarea ? { ...base, type: 'textarea' } : { ...base, type: 'text' }
}

/** A link: http(s) only, checked with a clear message. Not localized: a URL is an identifier. */
export const urlField = (name: string, label: Localized): TextField => ({
  name,
  type: 'text',
  label,
  validate: validateUrl,
  admin: { placeholder: 'https://' },
})

/** An ISO 3166-1 alpha-2 code (EG, AZ); sites render the name in their own language. */
export const countryField = (name = 'country'): TextField => ({
  name,
  type: 'text',
  label: l('البلد (رمز ISO)', 'Ölkə (ISO kodu)', 'Country (ISO code)'),
  maxLength: 2,
  validate: validateCountryCode,
  hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value)] },
  admin: {
    description: l(
      'مثل EG لمصر وAZ لأذربيجان.',
      'Məs. Misir üçün EG, Azərbaycan üçün AZ.',
      'E.g. EG for Egypt, AZ for Azerbaijan.',
    ),
  },
})

/** A count that can be zero but not negative (capacity, seats). */
export const capacityField = (name = 'capacity'): NumberField => ({
  name,
  type: 'number',
  label: l('السعة', 'Tutum', 'Capacity'),
  min: 0,
  validate: validateNonNegativeInteger,
})

export const currencies = ['EGP', 'AZN', 'USD', 'EUR'] as const

/** A price: 0 means free. */
export const feeField = (): GroupField => ({
  name: 'fee',
  type: 'group',
  label: l('الرسوم', 'Ödəniş', 'Fee'),
  admin: { description: l('صفر يعني مجانًا.', '0 pulsuz deməkdir.', '0 means free.') },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'amount',
          type: 'number',
          label: l('المبلغ', 'Məbləğ', 'Amount'),
          defaultValue: 0,
          min: 0,
          validate: validateNonNegative,
        },
        {
          name: 'currency',
          type: 'select',
          label: l('العملة', 'Valyuta', 'Currency'),
          defaultValue: 'EGP',
          options: currencies.map((value) => ({ value, label: value })),
        } satisfies SelectField,
      ],
    },
  ],
})

/** Where something happens: localized name and address, city, country, optional map point. */
export const venueField = (): GroupField => ({
  name: 'venue',
  type: 'group',
  label: l('المكان', 'Məkan', 'Venue'),
  fields: [
    localizedText('name', l('اسم المكان', 'Məkanın adı', 'Name')),
    localizedText('address', l('العنوان', 'Ünvan', 'Address'), { textarea: true }),
    {
      type: 'row',
      fields: [localizedText('city', l('المدينة', 'Şəhər', 'City')), countryField()],
    },
    {
      name: 'location',
      type: 'group',
      label: l('الموقع على الخريطة', 'Xəritədə yer', 'Map point'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'latitude',
              type: 'number',
              label: l('خط العرض', 'En dairəsi', 'Latitude'),
              validate: validateLatitude,
            },
            {
              name: 'longitude',
              type: 'number',
              label: l('خط الطول', 'Uzunluq dairəsi', 'Longitude'),
              validate: validateLongitude,
            },
          ],
        },
      ],
    },
  ],
})

/** Several media items (gallery, materials, images). */
export const mediaListField = (name: string, label: Localized): Field => ({
  name,
  type: 'upload',
  relationTo: 'media',
  hasMany: true,
  label,
})

/** Select options from a map of value → label in the three languages. */
export const optionsFrom = (labels: Record<string, Localized>): { value: string; label: Localized }[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))

/** The categories a document is filed under (sidebar). */
export const categoriesField = (): RelationshipField => ({
  name: 'categories',
  type: 'relationship',
  relationTo: 'categories',
  hasMany: true,
  label: l('التصنيفات', 'Kateqoriyalar', 'Categories'),
  admin: { position: 'sidebar' },
})
