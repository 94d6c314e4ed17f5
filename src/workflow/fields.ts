/** The fields the workflow adds to every editorial collection. */
import type { Field, FieldAccess } from 'payload'

import { isStaffUser } from '../access'
import { defaultLocale, localeCodes, localeNames, stageLabels, workflowWords } from '../i18n'
import { stages } from './stages'
import { SERVER_WRITTEN } from '../lib/fieldWalk'
import { isTranslatorOnly } from '../access'

/** Written only by the workflow's own hooks and transitions, never by a caller. */
const nobody: FieldAccess = () => false
const staffOnly: FieldAccess = ({ req }) => isStaffUser(req.user)
/** Translators translate; the values every language shares are not theirs to change. */
export const notTranslatorOnly: FieldAccess = ({ req }) => !isTranslatorOnly(req.user)

const sidebar = { position: 'sidebar' as const, readOnly: true }
/** Where the workflow's admin components live, as the import map names them. */
export const PANELS = '/src/workflow/admin'

/** Put before every other field, so that they come first in the sidebar and above the fields. */
export const leadingWorkflowFields: Field[] = [
  {
    // The stages, the moves open to the user, the history: one panel at the top of the sidebar.
    name: 'workflowPanel',
    type: 'ui',
    label: workflowWords.stages,
    admin: {
      position: 'sidebar',
      components: { Field: `${PANELS}/WorkflowPanel#WorkflowPanel`, Cell: `${PANELS}/StagesCell#StagesCell` },
    },
  },
  {
    // Above the fields: the reviewer's latest request for this language, until it is resubmitted,
    // and why the fields are read-only for someone who may not edit the language at its stage.
    name: 'workflowNotice',
    type: 'ui',
    label: workflowWords.changesRequested,
    admin: { disableListColumn: true, components: { Field: `${PANELS}/WorkflowNotice#WorkflowNotice` } },
  },
]

export const workflowFields: Field[] = [
  {
    name: 'sourceLocale',
    type: 'select',
    label: workflowWords.sourceLocale,
    defaultValue: defaultLocale,
    index: true,
    options: localeCodes.map((value) => ({ value, label: localeNames[value] })),
    admin: { position: 'sidebar', description: workflowWords.sourceLocaleHelp },
  },
  {
    // Each language's stage. Staff see it; the public sees `publishedIn`.
    name: 'workflow',
    type: 'group',
    label: workflowWords.stages,
    access: { read: staffOnly, create: nobody, update: nobody },
    custom: SERVER_WRITTEN,
    admin: { ...sidebar, hidden: true },
    fields: localeCodes.map((code) => ({
      name: code,
      type: 'select' as const,
      label: localeNames[code],
      defaultValue: 'draft',
      index: true,
      options: stages.map((value) => ({ value, label: stageLabels[value] })),
    })),
  },
  {
    name: 'publishedIn',
    type: 'group',
    label: workflowWords.publishedIn,
    access: { create: nobody, update: nobody },
    custom: SERVER_WRITTEN,
    admin: { ...sidebar, hidden: true },
    fields: localeCodes.map((code) => ({
      name: code,
      type: 'checkbox' as const,
      label: localeNames[code],
      defaultValue: false,
      index: true,
    })),
  },
  {
    name: 'createdBy',
    type: 'relationship',
    relationTo: 'users',
    label: workflowWords.createdBy,
    index: true,
    access: { read: staffOnly, create: nobody, update: nobody },
    custom: SERVER_WRITTEN,
    admin: sidebar,
  },
  {
    name: 'updatedBy',
    type: 'relationship',
    relationTo: 'users',
    label: workflowWords.updatedBy,
    access: { read: staffOnly, create: nobody, update: nobody },
    custom: SERVER_WRITTEN,
    admin: sidebar,
  },
]

export const WORKFLOW_FIELD_NAMES = new Set(['workflow', 'publishedIn', 'createdBy', 'updatedBy'])
