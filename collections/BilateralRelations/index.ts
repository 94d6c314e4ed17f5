import type { CollectionConfig } from 'payload'

import { editorialCollection } from '../../src/editorial'
import { countryField, localizedText, mediaListField, optionsFrom, urlField } from '../../src/fields/common'
import { richTextField } from '../../src/fields/richText'
import { slugFields } from '../../src/fields/slug'
import { endsAfter, validateNonNegativeInteger } from '../../src/fields/validators'
import { groups, l } from '../../src/i18n'
import { datePrecisions } from '../../src/lib/partialDate'
import { timelineEndpoint } from './timeline'
import {
  dateLabel,
  normalizeDates,
  selectWholeDates,
  sourcesBeforePublishing,
  stableTimelineOrder,
  TIMELINE_ORDER,
} from './hooks'

export const relationKinds = {
  recognition: l('اعتراف', 'Tanınma', 'Recognition'),
  diplomatic_relations: l('علاقات دبلوماسية', 'Diplomatik münasibətlər', 'Diplomatic relations'),
  state_visit: l('زيارة رسمية', 'Rəsmi səfər', 'State visit'),
  summit_talks: l('مباحثات قمة', 'Ali səviyyəli danışıqlar', 'Summit talks'),
  agreement: l('اتفاقية أو مذكرة تفاهم', 'Saziş və ya anlaşma memorandumu', 'Agreement or memorandum'),
  multilateral_meeting: l('اجتماع متعدد الأطراف', 'Çoxtərəfli görüş', 'Multilateral meeting'),
  cultural_education: l('ثقافة وتعليم', 'Mədəniyyət və təhsil', 'Cultural and education'),
  economic: l('اقتصاد', 'İqtisadiyyat', 'Economic'),
} as const

export const precisionLabels = {
  year: l('السنة فقط', 'Yalnız il', 'Year only'),
  month: l('الشهر والسنة', 'Ay və il', 'Month and year'),
  day: l('اليوم كاملًا', 'Tam tarix', 'Exact day'),
} as const

export const BilateralRelations: CollectionConfig<'bilateral-relations'> = editorialCollection<'bilateral-relations'>(
  { sitePath: 'relations', summaryFields: ['summary'] },
  {
    slug: 'bilateral-relations',
    labels: {
      singular: l('حدث في العلاقات الثنائية', 'İkitərəfli münasibətlər hadisəsi', 'Bilateral relations entry'),
      plural: l('العلاقات الثنائية', 'İkitərəfli münasibətlər', 'Bilateral relations'),
    },
    graphQL: { singularName: 'BilateralRelation', pluralName: 'BilateralRelations' },
    admin: {
      group: groups.society,
      useAsTitle: 'title',
      defaultColumns: ['title', 'dateLabel', 'kind', '_status'],
      listSearchableFields: ['title', 'summary', 'slug'],
      description: l(
        'الخط الزمني للعلاقات المصرية الأذربيجانية.',
        'Misir–Azərbaycan münasibətlərinin xronologiyası.',
        'The timeline of Egypt–Azerbaijan relations.',
      ),
    },
    defaultSort: TIMELINE_ORDER,
    // The public's timeline: published entries in the timeline's order, read off the index.
    indexes: [{ fields: ['_status', 'date', 'datePrecision', 'position'] }],
    // What an entry that links to a relations entry gets of it (depth ≥ 1): its title, link and date.
    defaultPopulate: {
      title: true,
      slug: true,
      kind: true,
      date: true,
      datePrecision: true,
      endDate: true,
      dateLabel: true,
    },
    endpoints: [timelineEndpoint],
    hooks: {
      beforeOperation: [selectWholeDates, stableTimelineOrder],
      beforeChange: [normalizeDates],
    },
    fields: [
      localizedText('title', l('العنوان', 'Başlıq', 'Title'), { required: true }),
      {
        type: 'row',
        fields: [
          {
            name: 'date',
            type: 'date',
            label: l('التاريخ', 'Tarix', 'Date'),
            required: true,
            index: true,
            admin: {
              date: { pickerAppearance: 'dayOnly' },
              components: {
                Field: '/collections/BilateralRelations/PartialDateField#PartialDateField',
                Cell: '/collections/BilateralRelations/PartialDateCell#PartialDateCell',
              },
            },
          },
          {
            name: 'datePrecision',
            type: 'select',
            label: l('دقة التاريخ', 'Tarixin dəqiqliyi', 'Date precision'),
            required: true,
            defaultValue: 'day',
            options: datePrecisions.map((value) => ({ value, label: precisionLabels[value] })),
            admin: {
              description: l(
                '«ديسمبر 1991» يُحفظ بدقة الشهر ولا يُعرض أبدًا كـ«1 ديسمبر 1991».',
                '"1991-ci ilin dekabrı" ay dəqiqliyi ilə saxlanılır, heç vaxt "1 dekabr 1991" kimi göstərilmir.',
                '"December 1991" is kept at month precision and never shown as "1 December 1991".',
              ),
            },
          },
          {
            name: 'endDate',
            type: 'date',
            label: l('تاريخ الانتهاء', 'Bitmə tarixi', 'End date'),
            admin: {
              date: { pickerAppearance: 'dayOnly' },
              components: {
                Field: '/collections/BilateralRelations/PartialDateField#PartialDateField',
                Cell: '/collections/BilateralRelations/PartialDateCell#PartialDateCell',
              },
            },
            validate: endsAfter('date', { allowEqual: true }),
          },
        ],
      },
      {
        name: 'dateLabel',
        type: 'text',
        label: l('التاريخ كما يُعرض', 'Göstərilən tarix', 'Date as shown'),
        virtual: true,
        admin: { readOnly: true, position: 'sidebar' },
        hooks: { afterRead: [dateLabel] },
      },
      {
        name: 'position',
        type: 'number',
        defaultValue: 0,
        label: l(
          'الترتيب بين مدخلات التاريخ نفسه',
          'Eyni tarixli qeydlər arasında sıra',
          'Order among entries of the same date',
        ),
        validate: validateNonNegativeInteger,
        admin: {
          position: 'sidebar',
          step: 1,
          description: l(
            'الأصغر أولًا، بعد الفترة الأوسع (السنة ثم الشهر ثم اليوم).',
            'Kiçik əvvəl gəlir; daha geniş dövrdən sonra (il, sonra ay, sonra gün).',
            'Smaller comes first, after the wider period (the year, then the month, then the day).',
          ),
        },
      },
      {
        name: 'kind',
        type: 'select',
        index: true,
        label: l('النوع', 'Növ', 'Kind'),
        required: true,
        options: optionsFrom(relationKinds),
        admin: { position: 'sidebar' },
      },
      {
        name: 'places',
        type: 'array',
        label: l('الأماكن', 'Yerlər', 'Places'),
        labels: { singular: l('مكان', 'Yer', 'Place'), plural: l('الأماكن', 'Yerlər', 'Places') },
        fields: [
          {
            type: 'row',
            fields: [
              localizedText('name', l('المكان', 'Yer', 'Place')),
              localizedText('city', l('المدينة', 'Şəhər', 'City')),
              countryField(),
            ],
          },
        ],
      },
      {
        name: 'participants',
        type: 'array',
        label: l('المشاركون', 'İştirakçılar', 'Participants'),
        labels: {
          singular: l('مشارك', 'İştirakçı', 'Participant'),
          plural: l('المشاركون', 'İştirakçılar', 'Participants'),
        },
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'person',
                type: 'relationship',
                relationTo: 'people',
                required: true,
                label: l('الشخص', 'Şəxs', 'Person'),
              },
              localizedText('role', l('الدور في الحدث', 'Hadisədəki rolu', 'Role in the event')),
            ],
          },
        ],
      },
      localizedText('summary', l('الملخص', 'Xülasə', 'Summary'), { textarea: true, maxLength: 1000 }),
      richTextField('body', l('النص', 'Mətn', 'Body')),
      {
        name: 'sources',
        type: 'array',
        label: l('المصادر', 'Mənbələr', 'Sources'),
        labels: { singular: l('مصدر', 'Mənbə', 'Source'), plural: l('المصادر', 'Mənbələr', 'Sources') },
        admin: {
          description: l(
            'مصدر واحد على الأقل قبل النشر.',
            'Dərc etməzdən əvvəl ən azı bir mənbə.',
            'At least one source before publishing.',
          ),
        },
        validate: sourcesBeforePublishing,
        fields: [
          localizedText('title', l('عنوان المصدر', 'Mənbənin adı', 'Title'), { required: true }),
          localizedText('publisher', l('الناشر', 'Nəşr edən', 'Publisher')),
          {
            type: 'row',
            fields: [
              urlField('url', l('الرابط', 'Keçid', 'URL')),
              {
                name: 'date',
                type: 'date',
                label: l('تاريخ المصدر', 'Mənbənin tarixi', 'Date'),
                admin: { date: { pickerAppearance: 'dayOnly' } },
              },
            ],
          },
          {
            name: 'news',
            type: 'relationship',
            relationTo: 'news',
            label: l('الخبر في هذا الموقع', 'Bu saytdakı xəbər', 'News item on this site'),
          },
        ],
      },
      {
        name: 'relatedNews',
        type: 'relationship',
        relationTo: 'news',
        hasMany: true,
        label: l('أخبار مرتبطة', 'Əlaqəli xəbərlər', 'Related news'),
      },
      mediaListField('images', l('الصور', 'Şəkillər', 'Images')),
      ...slugFields('title'),
    ],
  },
)
