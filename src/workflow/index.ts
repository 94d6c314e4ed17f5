/**
 * The editorial workflow: each language of each news item, activity, course and relations entry
 * goes draft → in review → approved → published (or back with changes requested, or off the site
 * again), moved by the people whose role allows it, on every API alike. Owns the workflow fields
 * and hooks of those collections, the transition endpoint and GraphQL mutation, scheduled moves
 * (Payload's jobs queue), and the records in `workflow-events`. Plugged in by the config.
 */
import type { CollectionConfig, Config, Plugin } from 'payload'

import { workflowEndpoints, workflowMutations } from './api'
import { leadingWorkflowFields, notTranslatorOnly, PANELS, workflowFields } from './fields'
import { EMPTYING, keepPublishingInWorkflow, trackWorkflow } from './hooks'
import { workflowJobs } from './schedule'
import { emptiableWhen, guardShared } from './shape'
import { type EditorialSlug, isEditorialSlug } from './types'

/** What other features may know of the workflow: a save it makes sets `req.context[TRANSITION]`. */
export { TRANSITION } from './hooks'
export { transition } from './transition'
export { workflowState } from './api'

const withWorkflow = (collection: CollectionConfig, slug: EditorialSlug): CollectionConfig => {
  const hooks = collection.hooks ?? {}
  const fields = emptiableWhen(
    [...leadingWorkflowFields, ...collection.fields, ...workflowFields],
    (context) => context[EMPTYING] === true,
  )
  return {
    ...collection,
    fields: guardShared(fields, notTranslatorOnly),
    hooks: {
      ...hooks,
      beforeOperation: [...(hooks.beforeOperation ?? []), keepPublishingInWorkflow],
      beforeChange: [...(hooks.beforeChange ?? []), trackWorkflow],
    },
    endpoints: [...(collection.endpoints || []), ...workflowEndpoints(slug)],
    admin: {
      ...collection.admin,
      defaultColumns: [...(collection.admin?.defaultColumns ?? []).filter((c) => c !== '_status'), 'workflowPanel'],
      components: {
        ...collection.admin?.components,
        beforeListTable: [
          ...(collection.admin?.components?.beforeListTable ?? []),
          `${PANELS}/ReviewFilter#ReviewFilter`,
        ],
        edit: {
          ...collection.admin?.components?.edit,
          PublishButton: `${PANELS}/PublishButton#PublishButton`,
          Status: `${PANELS}/DocumentStatus#DocumentStatus`,
        },
      },
    },
  }
}

export const editorialWorkflow =
  (): Plugin =>
  (config: Config): Config => {
    const previous = config.graphQL?.mutations
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) =>
        isEditorialSlug(config, collection.slug) ? withWorkflow(collection, collection.slug) : collection,
      ),
      jobs: workflowJobs(config.jobs),
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          beforeDashboard: [
            ...(config.admin?.components?.beforeDashboard ?? []),
            `${PANELS}/WaitingForMe#WaitingForMe`,
          ],
        },
      },
      graphQL: {
        ...config.graphQL,
        mutations: (graphQL, context) => ({ ...previous?.(graphQL, context), ...workflowMutations(graphQL, context) }),
      },
    }
  }
