import path from 'node:path'
import { buildConfig, type CollectionConfig } from 'payload'
import sharp from 'sharp'

import { collections, contentSlugs } from './collections'
import { contentRegistry } from './src/content'
import { Society } from './globals/Society'
import { databaseAdapter } from './src/db'
import { readEnv } from './src/env'
import { emailAdapter } from './src/mail'
import { DEFAULT_PAGE_SIZE, requestLimits } from './src/limits'
import { inputGuard } from './src/guard'
import { contentTrash } from './src/hooks/trash'
import { signInProtection } from './src/signin'
import { seo } from './src/seo'
import { adminLanguage } from './src/adminLanguage'
import { contentSearch } from './src/search'
import { apiDocs, delivery } from './src/delivery'
import { keyValueStore, responseCache } from './src/cache'
import { cluster } from './src/cluster'
import { translationWorkbench } from './src/translation'
import { richTextEditor } from './src/fields/richTextEditor'
import { editorialWorkflow } from './src/workflow'
import { adminI18n, localization } from './src/i18n'
import { projectRoot } from './src/paths'
import { refusalLoggingLevels } from './src/lib/refuse'
import { DEFAULT_TIME_ZONE, supportedTimeZones } from './src/fields/schedule'

const env = readEnv()

/**
 * The society's configuration. `more.collections` are collections beside collections/index.ts's, in
 * the same place of the list (the extensibility test declares a content type this way).
 */
export const societyConfig = async (more: { collections?: CollectionConfig[] } = {}) =>
  buildConfig({
    secret: env.payloadSecret,
    serverURL: env.serverURL,
    db: await databaseAdapter(env),
    editor: richTextEditor(),
    collections: [...collections, ...(more.collections ?? [])],
    globals: [Society],
    localization,
    // Sites ask for deeper population when they need it (?depth=2); one level keeps default answers small.
    defaultDepth: 1,
    i18n: adminI18n,
    admin: {
      user: 'users',
      // No third-party avatar service: the CMS makes no requests outside its own host.
      avatar: 'default',
      meta: { titleSuffix: ' · EAFS' },
      importMap: { baseDir: projectRoot },
      timezones: { defaultTimezone: DEFAULT_TIME_ZONE, supportedTimezones: supportedTimeZones },
    },
    upload: {
      limits: { fileSize: env.mediaMaxFileSizeBytes },
      requestSizeLimit: env.mediaMaxRequestBytes,
    },
    sharp,
    email: emailAdapter(env),
    // Where the response cache's invalidation lives: Redis, shared by every instance, when REDIS_URL is set.
    kv: keyValueStore(env.redisURL),
    plugins: [
      // First: the editorial collections' options in selects (webhooks), before any plugin reads the fields.
      contentRegistry(),
      contentTrash(contentSlugs),
      seo,
      editorialWorkflow(),
      translationWorkbench(),
      contentSearch(),
      adminLanguage(),
      delivery({ siteOrigins: env.corsOrigins, siteURLs: env.siteURLs, webhookRetrySeconds: env.webhookRetrySeconds }),
      apiDocs(),
      // Media on S3 and one job runner at a time, for several instances; after the plugins that add jobs.
      cluster({ s3: env.s3, redisURL: env.redisURL }),
      // After every plugin that adds collections, so that a change to any of them reaches the cache.
      responseCache(),
      // After every plugin that adds collections or fields, so that it checks all of them.
      inputGuard(),
      signInProtection({ secureCookies: env.secureCookies }),
      // Last, so that it bounds every collection, those added by plugins included.
      requestLimits({ maxLimit: env.apiMaxLimit, defaultLimit: DEFAULT_PAGE_SIZE, timeoutMs: env.requestTimeoutMs }),
    ],
    logger: { options: { level: env.logLevel } },
    loggingLevels: refusalLoggingLevels,
    telemetry: false,
    // Types come from `npm run generate` only: a dev-mode start on MongoDB would otherwise rewrite them with its string ids.
    typescript: { autoGenerate: false, outputFile: path.resolve(projectRoot, 'src/payload-types.ts') },
    graphQL: {
      disableIntrospectionInProduction: true,
      schemaOutputFile: path.resolve(projectRoot, 'src/schema.graphql'),
    },
  })

export default societyConfig()
