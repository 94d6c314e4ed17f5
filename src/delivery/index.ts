/**
 * Delivery: what the society's sites and apps get from the REST and GraphQL APIs.
 *  - Correct answers (answers.ts): 404 for ids that cannot exist, 400 for unknown languages,
 *    `Content-Language` on localized answers, and GraphQL's fallback chain the same as REST's.
 *  - API clients (collections/ApiClients): a 401 for an unknown or revoked key.
 *  - CORS (cors.ts, mounted by the server) from CORS_ORIGINS and the clients' origins; the
 *    society's sites may also send the admin's cookie (Payload's `csrf`, set here).
 *  - Stored values GraphQL writes as they are (optionValues.ts).
 *  - `alternates` (alternates.ts): each entry's slug, path and URL in every published language.
 *  - Related entries filled in slim (each collection's `defaultPopulate`) and in one query per
 *    related collection (populate.ts).
 *  - Previews of drafts on the site, and the admin's live preview, through signed tokens (preview.ts).
 *  - Webhooks on publish, unpublish and delete, signed, retried and logged (webhooks.ts).
 *  - Feeds, calendar, sitemap (feeds.ts, calendar.ts; mounted by the server) and the API's own
 *    description, OpenAPI and GraphQL SDL (apiDocs.ts, a plugin of its own).
 * Plugged into every collection and global by the config.
 */
import type {
  CollectionBeforeOperationHook,
  CollectionConfig,
  CollectionSlug,
  Config,
  GlobalBeforeOperationHook,
  GlobalConfig,
  Plugin,
  PayloadRequest,
} from 'payload'

import type { LocaleCode } from '../i18n'

import { isLocaleCode } from '../i18n'
import { alternatesField, fillAlternates } from './alternates'
import { type EditorialSlug, editorialSlugs, isEditorialSlug } from '../content'
import { previewEndpoint, previewURL } from './preview'
import { accessQueries } from './graphqlAccess'
import { webhookJobs, webhooksOnDelete, webhooksOnWorkflowEvent } from './webhooks'
import { forgetClientOrigins } from './cors'
import { populateInIdOrder } from './populate'
import {
  chainFallback,
  checkApiKey,
  checkId,
  checkLocales,
  forgetDerivedFallback,
  hasLocalizedFields,
  markLanguage,
  versionByID,
} from './answers'

const fromOutside = (req: PayloadRequest) => req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL'

/** Checks shared by collections and globals, for requests that came over REST or GraphQL. */
function answerFor(req: PayloadRequest, localized: boolean): void {
  checkApiKey(req)
  checkLocales(req)
  chainFallback(req)
  if (localized) markLanguage(req)
}

const collectionAnswers =
  (localized: boolean): CollectionBeforeOperationHook =>
  ({ args, collection, overrideAccess, req }) => {
    // The server's own reads for a request (finding the API key's client among them) are not the caller's.
    if (!fromOutside(req) || overrideAccess === true) return args
    answerFor(req, localized)
    if ('id' in args) checkId(args.id, collection, req)
    return args
  }

const globalAnswers =
  (localized: boolean): GlobalBeforeOperationHook =>
  ({ args, req }) => {
    if (fromOutside(req)) answerFor(req, localized)
    return args
  }

/** Publishing, taking off (workflow events) and deleting entries tell the webhooks. */
const webhookHooks = (collection: CollectionConfig, site: EditorialSlug | null): CollectionConfig['hooks'] => {
  if (collection.slug === 'workflow-events')
    return { afterChange: [...(collection.hooks?.afterChange ?? []), webhooksOnWorkflowEvent] }
  if (site) return { afterDelete: [...(collection.hooks?.afterDelete ?? []), webhooksOnDelete(site)] }
  return {}
}

/** A saved or deleted API client changes which origins CORS grants, from the next request. */
const forgetOrigins = (collection: CollectionConfig): CollectionConfig['hooks'] =>
  collection.slug === 'api-clients'
    ? {
        afterChange: [...(collection.hooks?.afterChange ?? []), () => forgetClientOrigins()],
        afterDelete: [...(collection.hooks?.afterDelete ?? []), () => forgetClientOrigins()],
      }
    : {}

/** The admin's preview button of a site collection: the draft on the site, through a signed token. */
const withPreview = (
  collection: CollectionConfig,
  slug: EditorialSlug,
  siteURLs: DeliveryOptions['siteURLs'],
): CollectionConfig['admin'] => ({
  ...collection.admin,
  preview: (doc, { locale, req }) => previewURL(req, siteURLs, { collection: slug, doc, locale }),
})

/** What delivery adds to a collection; `site`: its slug when its entries live on the sites (an editorial collection). */
const withCollectionAnswers = (
  collection: CollectionConfig,
  site: EditorialSlug | null,
  siteURLs: DeliveryOptions['siteURLs'],
): CollectionConfig => ({
  ...collection,
  // Before Payload's own routes, which match after the collection's.
  endpoints: collection.versions
    ? [versionByID(collection.slug as CollectionSlug), ...(collection.endpoints || [])]
    : collection.endpoints,
  admin: site ? withPreview(collection, site, siteURLs) : collection.admin,
  fields: site ? [...collection.fields, alternatesField] : collection.fields,
  hooks: {
    ...collection.hooks,
    ...forgetOrigins(collection),
    afterOperation: [...(collection.hooks?.afterOperation ?? []), ...(site ? [fillAlternates(site, siteURLs)] : [])],
    ...webhookHooks(collection, site),
    // Before the collection's own hooks, so that none of them works on a request that will be refused.
    beforeOperation: [
      collectionAnswers(hasLocalizedFields(collection.fields)),
      ...(collection.hooks?.beforeOperation ?? []),
      populateInIdOrder,
    ],
  },
})

const withGlobalAnswers = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: {
    ...global.hooks,
    beforeOperation: [globalAnswers(hasLocalizedFields(global.fields)), ...(global.hooks?.beforeOperation ?? [])],
  },
})

export interface DeliveryOptions {
  /** CORS_ORIGINS: the society's sites. */
  siteOrigins: readonly string[]
  /** SITE_URL_<LANG>: the society's site in each language. */
  siteURLs: Partial<Record<LocaleCode, string>>
  /** WEBHOOK_RETRY_SECONDS: the first wait before a failed webhook delivery is tried again. */
  webhookRetrySeconds: number
}

export const delivery =
  ({ siteOrigins, siteURLs, webhookRetrySeconds }: DeliveryOptions): Plugin =>
  (config: Config): Config => {
    const ownRules = config.graphQL?.validationRules
    return {
      ...config,
      // Payload adds its own URL; a cookie sent from any other origin is ignored.
      csrf: [...(config.csrf ?? []), ...siteOrigins],
      endpoints: [...(config.endpoints ?? []), previewEndpoint],
      jobs: webhookJobs(config.jobs, webhookRetrySeconds),
      admin: {
        ...config.admin,
        // The draft on the society's site beside the form, as it is typed (the site listens with @payloadcms/live-preview).
        livePreview: {
          collections: editorialSlugs(config),
          breakpoints: [
            { name: 'phone', label: 'Phone', width: 390, height: 844 },
            { name: 'tablet', label: 'Tablet', width: 768, height: 1024 },
            { name: 'desktop', label: 'Desktop', width: 1366, height: 900 },
          ],
          url: ({ collectionConfig, data, locale, req }) => {
            const slug = collectionConfig?.slug
            if (!isEditorialSlug(req.payload.config, slug) || !isLocaleCode(locale.code) || !siteURLs[locale.code])
              return null
            return previewURL(req, siteURLs, { collection: slug, doc: data, locale: locale.code })
          },
        },
      },
      collections: config.collections?.map((collection) =>
        withCollectionAnswers(collection, isEditorialSlug(config, collection.slug) ? collection.slug : null, siteURLs),
      ),
      globals: config.globals?.map(withGlobalAnswers),
      graphQL: {
        ...config.graphQL,
        queries: accessQueries(config.graphQL?.queries),
        validationRules: (args) => {
          forgetDerivedFallback(args)
          return ownRules?.(args) ?? []
        },
      },
    }
  }

export { apiDocs } from './apiDocs'
