/** The fields the workbench adds to every editorial collection. */
import type { Field, FieldAccess } from 'payload'

import { isStaffUser } from '../access'
import { localeCodes, localeNames, translationStatusLabels, translationWords } from '../i18n'
import { MARKS, SOURCE_TITLE, STATUS } from './hooks'
import { SERVER_WRITTEN } from '../lib/fieldWalk'
import { translationStatuses } from './status'

/** Written only by the workbench's hooks, never by a caller. */
const nobody: FieldAccess = () => false
const staffOnly: FieldAccess = ({ req }) => isStaffUser(req.user)

/** Where the workbench's admin components live, as the import map names them. */
export const WORKBENCH = '/src/translation/admin'

export const translationFields: Field[] = [
  {
    // The content language being edited and the source beside it, above the first field.
    name: 'translationBanner',
    type: 'ui',
    label: translationWords.contentLanguage,
    admin: { disableListColumn: true, components: { Field: `${WORKBENCH}/ContentLanguage#ContentLanguage` } },
  },
  {
    // Each language's status, public: the society's sites hide or mark untranslated pages with it.
    name: STATUS,
    type: 'group',
    label: translationWords.status,
    access: { create: nobody, update: nobody },
    custom: SERVER_WRITTEN,
    admin: { hidden: true },
    fields: localeCodes.map((code) => ({
      name: code,
      type: 'select' as const,
      label: localeNames[code],
      index: true,
      options: translationStatuses.map((value) => ({ value, label: translationStatusLabels[value] })),
    })),
  },
  {
    // Per language, per field: the source text it was translated from and the source text now.
    name: MARKS,
    type: 'json',
    label: translationWords.marks,
    access: { read: staffOnly, create: nobody, update: nobody },
    custom: SERVER_WRITTEN,
    admin: { hidden: true },
  },
  {
    // The title in the source language, kept on every save: lists show it for an untranslated entry.
    // Staff only: it may be a draft's title.
    name: SOURCE_TITLE,
    type: 'text',
    label: translationWords.sourceTitle,
    access: { read: staffOnly, create: nobody, update: nobody },
    custom: SERVER_WRITTEN,
    admin: { hidden: true },
  },
  {
    name: 'translationColumn',
    type: 'ui',
    label: translationWords.status,
    admin: { components: { Field: false, Cell: `${WORKBENCH}/StatusCell#StatusCell` } },
  },
]
