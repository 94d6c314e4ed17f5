import type { GlobalConfig } from 'payload'

import { anyone, canUpdateContent } from '../../src/access'
import { localizedText, urlField } from '../../src/fields/common'
import { richTextField } from '../../src/fields/richText'
import { groups, l } from '../../src/i18n'

export const socialPlatforms = [
  'facebook',
  'instagram',
  'x',
  'youtube',
  'telegram',
  'whatsapp',
  'linkedin',
  'tiktok',
  'other',
] as const

export const Society: GlobalConfig<'society'> = {
  slug: 'society',
  label: l('الجمعية', 'Cəmiyyət', 'Society'),
  admin: { group: groups.society },
  access: { read: anyone, update: canUpdateContent },
  versions: { max: 50 },
  fields: [
    localizedText('name', l('اسم الجمعية', 'Cəmiyyətin adı', 'Name'), { required: true }),
    {
      name: 'chair',
      type: 'relationship',
      relationTo: 'people',
      label: l('رئيس الجمعية', 'Cəmiyyətin sədri', 'Chair'),
    },
    richTextField('about', l('عن الجمعية', 'Cəmiyyət haqqında', 'About')),
    localizedText('freeServices', l('الخدمات المجانية', 'Pulsuz xidmətlər', 'Free services statement'), {
      textarea: true,
    }),
    localizedText('address', l('العنوان', 'Ünvan', 'Address'), { textarea: true }),
    {
      name: 'contacts',
      type: 'group',
      label: l('التواصل', 'Əlaqə', 'Contacts'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'email', type: 'email', label: l('البريد الإلكتروني', 'E-poçt', 'Email') },
            { name: 'phone', type: 'text', label: l('الهاتف', 'Telefon', 'Phone') },
            urlField('website', l('الموقع', 'Vebsayt', 'Website')),
          ],
        },
      ],
    },
    {
      name: 'socialLinks',
      type: 'array',
      label: l('حسابات التواصل الاجتماعي', 'Sosial şəbəkələr', 'Social links'),
      labels: {
        singular: l('حساب تواصل', 'Sosial şəbəkə hesabı', 'Social link'),
        plural: l('حسابات التواصل الاجتماعي', 'Sosial şəbəkələr', 'Social links'),
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'platform',
              type: 'select',
              required: true,
              label: l('المنصة', 'Platforma', 'Platform'),
              options: socialPlatforms.map((value) => ({ value, label: value })),
            },
            { ...urlField('url', l('الرابط', 'Keçid', 'URL')), required: true },
          ],
        },
      ],
    },
  ],
}
