import type { CollectionConfig } from 'payload'

import { editorialCollection } from '../../src/editorial'
import {
  capacityField,
  categoriesField,
  feeField,
  localizedText,
  mediaListField,
  optionsFrom,
  urlField,
  venueField,
} from '../../src/fields/common'
import { richTextField } from '../../src/fields/richText'
import { eventTimeFields } from '../../src/fields/schedule'
import { slugFields } from '../../src/fields/slug'
import { groups, l } from '../../src/i18n'
import { deadlineBeforeStart, reasonWhenNotScheduled } from './validation'

export const activityKinds = {
  lecture: l('محاضرة', 'Mühazirə', 'Lecture'),
  cultural_evening: l('أمسية ثقافية', 'Mədəni axşam', 'Cultural evening'),
  exhibition: l('معرض', 'Sərgi', 'Exhibition'),
  commemoration: l('إحياء ذكرى', 'Anım tədbiri', 'Commemoration'),
  film_screening: l('عرض فيلم', 'Film nümayişi', 'Film screening'),
  official_visit: l('زيارة رسمية', 'Rəsmi səfər', 'Official visit'),
  open_day: l('يوم مفتوح', 'Açıq qapı günü', 'Open day'),
  other: l('أخرى', 'Digər', 'Other'),
} as const

export const activityStatuses = {
  scheduled: l('مقرر', 'Planlaşdırılıb', 'Scheduled'),
  postponed: l('مؤجل', 'Təxirə salınıb', 'Postponed'),
  cancelled: l('ملغى', 'Ləğv edilib', 'Cancelled'),
} as const

export const Activities: CollectionConfig<'activities'> = editorialCollection<'activities'>(
  { sitePath: 'activities', summaryFields: ['summary'] },
  {
    slug: 'activities',
    labels: { singular: l('نشاط', 'Tədbir', 'Activity'), plural: l('الأنشطة', 'Tədbirlər', 'Activities') },
    graphQL: { singularName: 'Activity', pluralName: 'Activities' },
    admin: {
      group: groups.content,
      useAsTitle: 'title',
      defaultColumns: ['title', 'kind', 'startsAt', 'status', '_status'],
      listSearchableFields: ['title', 'summary', 'slug'],
    },
    defaultSort: '-startsAt',
    // The public's list: published entries in the default order (createdAt breaks ties), read off the index.
    indexes: [{ fields: ['_status', 'startsAt', 'createdAt'] }],
    // What an entry that links to an activity gets of it (depth ≥ 1): enough for a link and a card.
    defaultPopulate: {
      title: true,
      slug: true,
      kind: true,
      status: true,
      startsAt: true,
      startsAt_tz: true,
      endsAt: true,
      endsAt_tz: true,
      allDay: true,
    },
    fields: [
      localizedText('title', l('العنوان', 'Başlıq', 'Title'), { required: true }),
      {
        name: 'kind',
        type: 'select',
        index: true,
        label: l('النوع', 'Növ', 'Kind'),
        required: true,
        defaultValue: 'other',
        options: optionsFrom(activityKinds),
        admin: { position: 'sidebar' },
      },
      localizedText('summary', l('الملخص', 'Xülasə', 'Summary'), { textarea: true, maxLength: 600 }),
      richTextField('body', l('الوصف', 'Təsvir', 'Description')),
      ...eventTimeFields(),
      venueField(),
      urlField('onlineUrl', l('رابط المشاركة عبر الإنترنت', 'Onlayn qoşulma keçidi', 'Online link')),
      feeField(),
      {
        name: 'registration',
        type: 'group',
        label: l('التسجيل', 'Qeydiyyat', 'Registration'),
        fields: [
          urlField('url', l('رابط التسجيل', 'Qeydiyyat keçidi', 'Registration link')),
          {
            type: 'row',
            fields: [
              capacityField(),
              {
                name: 'deadline',
                type: 'date',
                label: l('آخر موعد للتسجيل', 'Qeydiyyatın son tarixi', 'Deadline'),
                admin: { date: { pickerAppearance: 'dayAndTime' } },
                validate: deadlineBeforeStart,
              },
            ],
          },
        ],
      },
      {
        name: 'status',
        type: 'select',
        index: true,
        label: l('الحالة', 'Vəziyyət', 'Status'),
        required: true,
        defaultValue: 'scheduled',
        options: optionsFrom(activityStatuses),
        admin: { position: 'sidebar' },
      },
      {
        name: 'statusReason',
        type: 'textarea',
        label: l('سبب التأجيل أو الإلغاء', 'Təxirə salma və ya ləğv səbəbi', 'Reason for postponing or cancelling'),
        localized: true,
        validate: reasonWhenNotScheduled,
        admin: { position: 'sidebar', condition: (data) => data?.status && data.status !== 'scheduled' },
      },
      mediaListField('gallery', l('معرض الصور', 'Qalereya', 'Gallery')),
      {
        name: 'people',
        type: 'relationship',
        relationTo: 'people',
        hasMany: true,
        label: l('الأشخاص المرتبطون', 'Əlaqəli şəxslər', 'Related people'),
      },
      {
        name: 'relatedNews',
        type: 'relationship',
        relationTo: 'news',
        hasMany: true,
        label: l('أخبار مرتبطة', 'Əlaqəli xəbərlər', 'Related news'),
      },
      categoriesField(),
      ...slugFields('title'),
    ],
  },
)
