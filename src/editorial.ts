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
import { type ContentType, withContentType } from './content'
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

/**
 * An editorial collection, declared in its own folder: the content registry's descriptor (src/content)
 * and what every editorial collection shares (the access above, drafts and versions, public reads of
 * published versions), its own settings beside them. The workflow, the workbench, search, SEO and
 * delivery find it in the configuration by its descriptor.
 */
export const editorialCollection = <S extends CollectionSlug>(
  type: ContentType,
  collection: CollectionConfig<S>,
): CollectionConfig<S> =>
  withContentType(
    {
      ...collection,
      access: { ...editorialAccess, ...collection.access },
      versions: collection.versions ?? editorialVersions,
      hooks: {
        ...collection.hooks,
        beforeOperation: [...editorialBeforeOperation<S>(), ...(collection.hooks?.beforeOperation ?? [])],
      },
    },
    type,
  )
