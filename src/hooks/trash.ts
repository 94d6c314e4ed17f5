/**
 * Content goes to Payload's trash when deleted, where editors can see and restore it: news,
 * activities, courses, relations entries, people, categories and media. Deleting for good (from
 * the trash, or skipping it) is for administrators alone, whatever the API; moving to the trash and
 * restoring follow each collection's delete and update rules.
 */
import type { CollectionBeforeOperationHook, CollectionConfig, Config, Plugin } from 'payload'

import { hasRole } from '../access'
import { isEditorialSlug } from '../content'
import { workflowWords } from '../i18n'
import { refuse } from '../lib/refuse'

const deleteForGoodIsAdmins: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (
    (operation === 'delete' || operation === 'deleteByID') &&
    req.payloadAPI !== 'local' &&
    !hasRole(req.user, 'admin')
  ) {
    throw refuse(req, 403, workflowWords.deleteForGood)
  }
  return args
}

const withTrash = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  trash: true,
  hooks: {
    ...collection.hooks,
    beforeOperation: [deleteForGoodIsAdmins, ...(collection.hooks?.beforeOperation ?? [])],
  },
})

/** The trash for every editorial collection (the content registry's) and the other collections named. */
export const contentTrash =
  (slugs: readonly string[]): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: config.collections?.map((collection) =>
      slugs.includes(collection.slug) || isEditorialSlug(config, collection.slug) ? withTrash(collection) : collection,
    ),
  })
