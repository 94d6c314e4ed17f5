/**
 * Strapi 5 beside the hub, for `npm run bench -- --peer strapi` (not part of `npm test`): a Strapi
 * 5.54.0 project (create-strapi-app 5.55.0 asks for @strapi/* 5.55.0, which the registry lacks)
 * written into a temporary folder and installed from the npm registry once (kept for later runs),
 * on SQLite (better-sqlite3 12, built by node-gyp), with the i18n locales ar, az and en, a `news-item`
 * type (Strapi refuses a type whose singular and plural are equal; its plural is `news`) and
 * `category`, the GraphQL plugin, public read permission, and the content given to it: the same
 * news and categories the hub serves, in the three languages.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const VERSION = '5.54.0'
export const strapiFolder = path.join(os.tmpdir(), `eafs-peer-strapi-${VERSION}`)

export interface PeerNews {
  publishedDate: string
  categories: string[]
  texts: Record<string, { title: string; slug: string; excerpt: string; body: string }>
}

export interface PeerContent {
  categories: { slug: string; names: Record<string, string> }[]
  news: PeerNews[]
}

const localized = { i18n: { localized: true } }

const schema = (info: Record<string, string>, attributes: Record<string, unknown>) =>
  JSON.stringify(
    {
      kind: 'collectionType',
      collectionName: info.collectionName,
      info: { singularName: info.singular, pluralName: info.plural, displayName: info.display },
      options: { draftAndPublish: true },
      pluginOptions: localized,
      attributes,
    },
    null,
    2,
  )

/** The project's files: configuration, the two types, and a bootstrap that loads the content once. */
const files: Record<string, string> = {
  'package.json': JSON.stringify(
    {
      name: 'eafs-peer-strapi',
      private: true,
      version: '0.0.0',
      scripts: { start: 'strapi start' },
      dependencies: {
        '@strapi/strapi': VERSION,
        '@strapi/plugin-users-permissions': VERSION,
        '@strapi/plugin-graphql': VERSION,
        'better-sqlite3': '12.11.1',
        react: '18.3.1',
        'react-dom': '18.3.1',
        'react-router-dom': '6.30.3',
        'styled-components': '6.1.19',
      },
      engines: { node: '>=20' },
    },
    null,
    2,
  ),
  'config/database.js': `module.exports = ({ env }) => ({
  connection: { client: 'sqlite', connection: { filename: env('DATABASE_FILENAME', '.tmp/data.db') }, useNullAsDefault: true },
})
`,
  'config/server.js': `module.exports = ({ env }) => ({
  host: '127.0.0.1',
  port: env.int('PORT', 1337),
  app: { keys: ['eafs-peer-key-one', 'eafs-peer-key-two'] },
  logger: { updates: { enabled: false } },
})
`,
  'config/admin.js': `module.exports = () => ({
  serveAdminPanel: false,
  auth: { secret: 'eafs-peer-admin-secret' },
  apiToken: { salt: 'eafs-peer-api-token-salt' },
  transfer: { token: { salt: 'eafs-peer-transfer-salt' } },
})
`,
  'config/api.js': `module.exports = { rest: { defaultLimit: 25, maxLimit: 100, withCount: true } }
`,
  'config/plugins.js': `module.exports = () => ({
  'users-permissions': { config: { jwtSecret: 'eafs-peer-jwt-secret' } },
  graphql: { config: { endpoint: '/graphql', playgroundAlways: false, defaultLimit: 25, maxLimit: 100 } },
})
`,
  'config/middlewares.js': `module.exports = ['strapi::logger', 'strapi::errors', 'strapi::security', 'strapi::cors', 'strapi::poweredBy', 'strapi::query', 'strapi::body', 'strapi::session', 'strapi::favicon', 'strapi::public']
`,
  'src/index.js': `const fs = require('node:fs')

module.exports = {
  register() {},
  async bootstrap({ strapi }) {
    const locales = strapi.plugin('i18n').service('locales')
    for (const [code, name] of [['ar', 'Arabic'], ['az', 'Azerbaijani'], ['en', 'English']]) {
      if (!(await locales.findByCode(code))) await locales.create({ code, name })
    }
    const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } })
    for (const action of ['api::news-item.news-item.find', 'api::news-item.news-item.findOne', 'api::category.category.find', 'api::category.category.findOne']) {
      const held = await strapi.db.query('plugin::users-permissions.permission').findOne({ where: { action, role: role.id } })
      if (!held) await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } })
    }
    const file = process.env.PEER_CONTENT
    if (!file || (await strapi.documents('api::news-item.news-item').count({})) > 0) return
    const content = JSON.parse(fs.readFileSync(file, 'utf8'))
    const categoryIds = {}
    for (const category of content.categories) {
      const made = await strapi.documents('api::category.category').create({ locale: 'ar', data: { name: category.names.ar, slug: category.slug }, status: 'published' })
      for (const locale of ['az', 'en'])
        await strapi.documents('api::category.category').update({ documentId: made.documentId, locale, data: { name: category.names[locale], slug: category.slug }, status: 'published' })
      categoryIds[category.slug] = made.documentId
    }
    for (const item of content.news) {
      const shared = { publishedDate: item.publishedDate, categories: item.categories.map((slug) => categoryIds[slug]).filter(Boolean) }
      const made = await strapi.documents('api::news-item.news-item').create({ locale: 'ar', data: { ...item.texts.ar, ...shared }, status: 'published' })
      for (const locale of ['az', 'en'])
        await strapi.documents('api::news-item.news-item').update({ documentId: made.documentId, locale, data: { ...item.texts[locale], ...shared }, status: 'published' })
    }
    strapi.log.info('EAFS peer content loaded')
  },
}
`,
  'src/api/news-item/content-types/news-item/schema.json': schema(
    { collectionName: 'news_items', singular: 'news-item', plural: 'news', display: 'News' },
    {
      title: { type: 'string', pluginOptions: localized },
      slug: { type: 'string', pluginOptions: localized },
      excerpt: { type: 'text', pluginOptions: localized },
      body: { type: 'richtext', pluginOptions: localized },
      publishedDate: { type: 'datetime' },
      categories: { type: 'relation', relation: 'manyToMany', target: 'api::category.category' },
    },
  ),
  'src/api/category/content-types/category/schema.json': schema(
    { collectionName: 'categories', singular: 'category', plural: 'categories', display: 'Category' },
    { name: { type: 'string', pluginOptions: localized }, slug: { type: 'string' } },
  ),
}

for (const [api, uid] of [
  ['news-item', 'api::news-item.news-item'],
  ['category', 'api::category.category'],
]) {
  const factory = (kind: string) =>
    `const { factories } = require('@strapi/strapi')\nmodule.exports = factories.create${kind}('${uid}')\n`
  files[`src/api/${api}/routes/${api}.js`] = factory('CoreRouter')
  files[`src/api/${api}/controllers/${api}.js`] = factory('CoreController')
  files[`src/api/${api}/services/${api}.js`] = factory('CoreService')
}

/** Writes the project, and installs it once (later runs reuse the installation). */
export function setUpStrapi(): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(strapiFolder, name)), { recursive: true })
    fs.writeFileSync(path.join(strapiFolder, name), text)
  }
  // The upload plugin refuses to start without its folder.
  fs.mkdirSync(path.join(strapiFolder, 'public', 'uploads'), { recursive: true })
  const ready = path.join(strapiFolder, '.installed')
  if (fs.existsSync(ready)) return
  console.log(`Installing Strapi ${VERSION} in ${strapiFolder} (once; npm install and node-gyp take a few minutes)…`)
  const installed = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: strapiFolder,
    stdio: 'inherit',
  })
  if (installed.status !== 0) throw new Error('npm install of Strapi failed')
  fs.writeFileSync(ready, new Date().toISOString())
}

export interface StrapiServer {
  url: string
  stop: () => Promise<void>
}

/** Starts Strapi on a fresh database holding `content`, and waits until it answers. */
export async function startStrapi(content: PeerContent, port: number): Promise<StrapiServer> {
  const contentFile = path.join(strapiFolder, '.tmp', 'content.json')
  const database = path.join(strapiFolder, '.tmp', `data-${Date.now()}.db`)
  fs.mkdirSync(path.dirname(contentFile), { recursive: true })
  fs.writeFileSync(contentFile, JSON.stringify(content))
  const child = spawn(path.join(strapiFolder, 'node_modules/.bin/strapi'), ['start'], {
    cwd: strapiFolder,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_FILENAME: database,
      PEER_CONTENT: contentFile,
      STRAPI_TELEMETRY_DISABLED: 'true',
      BROWSER: 'none',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 180_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Strapi exited with ${child.exitCode}:\n${output.slice(-4000)}`)
    if (Date.now() > deadline) throw new Error(`Strapi did not answer in time:\n${output.slice(-4000)}`)
    const answer = await fetch(`${url}/api/news?locale=ar&pagination[pageSize]=1`).catch(() => null)
    if (answer?.status === 200 && output.includes('EAFS peer content loaded')) break
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM')
      await new Promise((resolve) => child.once('exit', resolve))
      fs.rmSync(database, { force: true })
    },
  }
}
