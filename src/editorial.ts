/**
 * What the society's editorial collections share: who may do what, drafts with autosave and a
 * version history, and public reads of published versions only.
 */
import type { CollectionConfig, CollectionSlug } from 'payload'

import {
  anyone,
  canCreateContent,
  canDeleteContent,
  canUpdateContent,
  canUpdateEditorial,
  publishedOrStaff,
  signedIn,
} from './access'
import { localeNamedFields } from './hooks/localeNamedFields'
import { publicReadsPublished } from './hooks/publicReadsPublished'

/** Content with drafts: the public reads only what is published. */
export const editorialAccess: CollectionConfig['access'] = {
  read: publishedOrStaff,
  readVersions: signedIn,
  create: canCreateContent,
  update: canUpdateEditorial,
  delete: canDeleteContent,
}

/** Reference data without drafts (people, categories): public to read, staff to write. */
export const referenceAccess: CollectionConfig['access'] = {
  read: anyone,
  create: canCreateContent,
  update: canUpdateContent,
  delete: canDeleteContent,
}

/**
 * Drafts are validated like published entries (in the language being saved), so a draft holds
 * nothing a reviewer could not publish, and opening "create" saves nothing until the form is saved.
 */
export const editorialVersions: CollectionConfig['versions'] = {
  drafts: { autosave: { interval: 1500, showSaveDraftButton: true }, validate: true },
  maxPerDoc: 100,
}

export const editorialBeforeOperation = <S extends CollectionSlug>() => [
  publicReadsPublished<S>(),
  localeNamedFields<S>(),
]
