import type { CollectionConfig } from 'payload'

import { signedIn } from '../../src/access'
import { groups, l, localeCodes, localeNames, stageLabels, workflowWords } from '../../src/i18n'
import { validateSiteCollection } from './validation'

const stageOptions = Object.entries(stageLabels).map(([value, label]) => ({ value, label }))

/**
 * The audit trail of the editorial workflow: one read-only record per transition (who, when,
 * which entry and language, from and to, the comment). Only the workflow writes it.
 */
export const WorkflowEvents: CollectionConfig<'workflow-events'> = {
  slug: 'workflow-events',
  labels: {
    singular: l('حدث تحرير', 'Redaktə hadisəsi', 'Workflow event'),
    plural: l('سجل التحرير', 'Redaktə jurnalı', 'Workflow log'),
  },
  admin: {
    group: groups.content,
    useAsTitle: 'entryTitle',
    defaultColumns: ['createdAt', 'entryTitle', 'locale', 'from', 'to', 'user', 'comment'],
    listSearchableFields: ['entryTitle', 'comment'],
  },
  defaultSort: '-createdAt',
  access: { read: signedIn, create: () => false, update: () => false, delete: () => false },
  fields: [
    {
      // The collection's slug as it is (text, not a select, whose value GraphQL would write as
      // `bilateral_relations`); the list shows the collection's name.
      name: 'collectionSlug',
      type: 'text',
      label: l('المجموعة', 'Kolleksiya', 'Collection'),
      required: true,
      index: true,
      validate: validateSiteCollection,
      admin: { components: { Cell: '/collections/WorkflowEvents/CollectionCell#CollectionCell' } },
    },
    {
      name: 'entry',
      type: 'text',
      label: l('معرّف المدخل', 'Qeydin identifikatoru', 'Entry id'),
      required: true,
      index: true,
    },
    { name: 'entryTitle', type: 'text', label: l('المدخل', 'Qeyd', 'Entry') },
    {
      name: 'locale',
      type: 'select',
      label: l('اللغة', 'Dil', 'Language'),
      required: true,
      index: true,
      options: localeCodes.map((value) => ({ value, label: localeNames[value] })),
    },
    { name: 'from', type: 'select', label: l('من', 'Əvvəl', 'From'), options: stageOptions },
    { name: 'to', type: 'select', label: l('إلى', 'Sonra', 'To'), required: true, index: true, options: stageOptions },
    { name: 'comment', type: 'textarea', label: l('التعليق', 'Şərh', 'Comment') },
    { name: 'user', type: 'relationship', relationTo: 'users', label: l('بواسطة', 'Edən', 'By'), index: true },
    {
      name: 'scheduledFor',
      type: 'date',
      label: workflowWords.scheduledFor,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
