import type { CollectionConfig } from 'payload'

import { editorialCollection } from '../../src/editorial'
import {
  capacityField,
  feeField,
  localizedText,
  mediaListField,
  optionsFrom,
  urlField,
  venueField,
} from '../../src/fields/common'
import { richTextField } from '../../src/fields/richText'
import { slugFields } from '../../src/fields/slug'
import { endsAfter, validateTime } from '../../src/fields/validators'
import { groups, l } from '../../src/i18n'
import { sessionEndsAfterStart, sessionInsideTerm } from './validation'

export const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const

export const weekdays = {
  monday: l('الاثنين', 'Bazar ertəsi', 'Monday'),
  tuesday: l('الثلاثاء', 'Çərşənbə axşamı', 'Tuesday'),
  wednesday: l('الأربعاء', 'Çərşənbə', 'Wednesday'),
  thursday: l('الخميس', 'Cümə axşamı', 'Thursday'),
  friday: l('الجمعة', 'Cümə', 'Friday'),
  saturday: l('السبت', 'Şənbə', 'Saturday'),
  sunday: l('الأحد', 'Bazar', 'Sunday'),
} as const

export const instructionLanguages = {
  az: l('الأذربيجانية', 'Azərbaycan dili', 'Azerbaijani'),
  ar: l('العربية', 'Ərəb dili', 'Arabic'),
  en: l('الإنجليزية', 'İngilis dili', 'English'),
  ru: l('الروسية', 'Rus dili', 'Russian'),
  tr: l('التركية', 'Türk dili', 'Turkish'),
} as const

export const Courses: CollectionConfig<'courses'> = editorialCollection<'courses'>(
  { sitePath: 'courses', summaryFields: ['summary'] },
  {
    slug: 'courses',
    labels: { singular: l('دورة', 'Kurs', 'Course'), plural: l('الدورات', 'Kurslar', 'Courses') },
    graphQL: { singularName: 'Course', pluralName: 'Courses' },
    admin: {
      group: groups.content,
      useAsTitle: 'title',
      defaultColumns: ['title', 'level', 'enrollmentStatus', 'term.startDate', '_status'],
      listSearchableFields: ['title', 'summary', 'slug'],
    },
    defaultSort: '-term.startDate',
    // The public's list: published entries in the default order (createdAt breaks ties), read off the index.
    indexes: [{ fields: ['_status', 'term.startDate', 'createdAt'] }],
    // What an entry that links to a course gets of it (depth ≥ 1): enough for a link and a card.
    defaultPopulate: { title: true, slug: true, term: true, enrollmentStatus: true },
    fields: [
      localizedText('title', l('العنوان', 'Başlıq', 'Title'), { required: true }),
      localizedText('summary', l('الملخص', 'Xülasə', 'Summary'), { textarea: true, maxLength: 600 }),
      {
        type: 'row',
        fields: [
          {
            name: 'level',
            type: 'select',
            label: l('المستوى', 'Səviyyə', 'Level'),
            options: [
              ...cefrLevels.map((value) => ({ value, label: value })),
              {
                value: 'open',
                label: l('مستوى مفتوح (انظر الوصف)', 'Açıq səviyyə (təsvirə bax)', 'Open (see description)'),
              },
            ],
          },
          localizedText('levelDescription', l('وصف المستوى', 'Səviyyənin təsviri', 'Level description')),
        ],
      },
      localizedText('audience', l('الجمهور المستهدف', 'Hədəf auditoriya', 'Audience'), { textarea: true }),
      {
        name: 'instructionLanguages',
        type: 'select',
        hasMany: true,
        label: l('لغات التدريس', 'Tədris dilləri', 'Languages of instruction'),
        options: optionsFrom(instructionLanguages),
      },
      {
        name: 'instructors',
        type: 'relationship',
        relationTo: 'people',
        hasMany: true,
        label: l('المدرّسون', 'Müəllimlər', 'Instructors'),
      },
      {
        name: 'term',
        type: 'group',
        label: l('الفصل الدراسي', 'Tədris dövrü', 'Term'),
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'startDate',
                type: 'date',
                label: l('البداية', 'Başlanğıc', 'Start'),
                index: true,
                admin: { date: { pickerAppearance: 'dayOnly' } },
              },
              {
                name: 'endDate',
                type: 'date',
                label: l('النهاية', 'Son', 'End'),
                admin: { date: { pickerAppearance: 'dayOnly' } },
                validate: endsAfter('startDate', { allowEqual: true }),
              },
            ],
          },
        ],
      },
      {
        name: 'sessions',
        type: 'array',
        label: l('الحصص الأسبوعية', 'Həftəlik dərslər', 'Weekly sessions'),
        labels: { singular: l('حصة', 'Dərs', 'Session'), plural: l('الحصص', 'Dərslər', 'Sessions') },
        validate: sessionInsideTerm,
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'weekday',
                type: 'select',
                required: true,
                label: l('اليوم', 'Gün', 'Weekday'),
                options: optionsFrom(weekdays),
              },
              {
                name: 'startTime',
                type: 'text',
                required: true,
                label: l('من', 'Başlanğıc', 'From'),
                validate: validateTime,
                admin: { placeholder: '18:00' },
              },
              {
                name: 'endTime',
                type: 'text',
                required: true,
                label: l('إلى', 'Son', 'To'),
                validate: sessionEndsAfterStart,
                admin: { placeholder: '19:30' },
              },
            ],
          },
        ],
      },
      venueField(),
      urlField('onlineUrl', l('رابط الحصص عبر الإنترنت', 'Onlayn dərs keçidi', 'Online link')),
      {
        type: 'row',
        fields: [
          capacityField(),
          {
            name: 'enrollmentStatus',
            type: 'select',
            index: true,
            label: l('حالة التسجيل', 'Qeydiyyat vəziyyəti', 'Enrollment'),
            options: [
              { value: 'open', label: l('مفتوح', 'Açıqdır', 'Open') },
              { value: 'waitlist', label: l('قائمة انتظار', 'Gözləmə siyahısı', 'Waitlist') },
              { value: 'closed', label: l('مغلق', 'Bağlıdır', 'Closed') },
            ],
          },
        ],
      },
      feeField(),
      urlField('registrationUrl', l('رابط التسجيل', 'Qeydiyyat keçidi', 'Registration link')),
      richTextField('syllabus', l('المنهج', 'Proqram', 'Syllabus')),
      mediaListField('materials', l('المواد', 'Materiallar', 'Materials')),
      ...slugFields('title'),
    ],
  },
)
