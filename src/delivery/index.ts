/**
 * Delivery: what the society's sites and apps get from the REST and GraphQL APIs. This part makes
 * the answers correct (answers.ts): 404 for ids that cannot exist, 400 for unknown languages,
 * `Content-Language` on localized answers, and GraphQL's fallback chain the same as REST's.
 * Plugged into every collection and global by the config.
 */
import type { CollectionBeforeOperationHook, CollectionConfig, Config, GlobalBeforeOperationHook, GlobalConfig, Plugin, PayloadRequest } from 'payload'

import { chainFallback, checkId, checkLocales, forgetDerivedFallback, hasLocalizedFields, markLanguage } from './answers'

const fromOutside = (req: PayloadRequest) => req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL'

/** Checks shared by collections and globals, for requests that came over REST or GraphQL. */
function answerFor(req: PayloadRequest, localized: boolean): void {
  checkLocales(req)
  chainFallback(req)
  if (localized) markLanguage(req)
}

const collectionAnswers =
  (localized: boolean): CollectionBeforeOperationHook =>
  ({ args, collection, req }) => {
    if (!fromOutside(req)) return args
    if ('id' in args) checkId(args.id, collection, req)
    answerFor(req, localized)
    return args
  }

const globalAnswers =
  (localized: boolean): GlobalBeforeOperationHook =>
  ({ args, req }) => {
    if (fromOutside(req)) answerFor(req, localized)
    return args
  }

const withCollectionAnswers = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    // Before the collection's own hooks, so that none of them works on a request that will be refused.
    beforeOperation: [collectionAnswers(hasLocalizedFields(collection.fields)), ...(collection.hooks?.beforeOperation ?? [])],
  },
})

const withGlobalAnswers = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: { ...global.hooks, beforeOperation: [globalAnswers(hasLocalizedFields(global.fields)), ...(global.hooks?.beforeOperation ?? [])] },
})

export const delivery = (): Plugin => (config: Config): Config => {
  const ownRules = config.graphQL?.validationRules
  return {
    ...config,
    collections: config.collections?.map(withCollectionAnswers),
    globals: config.globals?.map(withGlobalAnswers),
    graphQL: {
      ...config.graphQL,
      validationRules: (args) => {
        forgetDerivedFallback(args)
        return ownRules?.(args) ?? []
      },
    },
  }
}
