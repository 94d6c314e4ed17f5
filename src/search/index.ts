/**
 * Search that knows Arabic and Azerbaijani. Owns:
 * - the search index, through Payload's official search plugin (`@payloadcms/plugin-search`):
 *   one entry per published entry and language, with its text folded (src/lib/fold.ts);
 * - `GET /api/search?q=…&locale=…` and the GraphQL query `searchContent`: ranked results with
 *   highlighted excerpts, published text only;
 * - the admin's list search and any `like` filter on a searchable field, which match the same
 *   folded text (the hidden `searchText` field of each searchable collection).
 * Plugged in by the config.
 */
import type {
  CollectionBeforeChangeHook,
  CollectionSlug,
  CollectionBeforeOperationHook,
  CollectionConfig,
  Config,
  Field,
  GraphQLExtension,
  Plugin,
  PayloadRequest,
} from 'payload'

import { searchPlugin } from '@payloadcms/plugin-search'

import { hasRole, isAdmin, signedIn } from '../access'
import { groups, localeOf, searchWords } from '../i18n'
import { fold, foldedWords } from '../lib/fold'
import { idsMatching, isWhere, replaceConditions } from '../lib/where'
import { isData } from '../lib/data'
import { SEARCH_INDEX, searchContent, searchedCollections, type SearchInput } from './query'
import { indexedText } from './text'

export { searchContent } from './query'

const nobody = () => false

/** The index's own fields beside the plugin's title, priority and document. */
const indexFields = ({ defaultFields }: { defaultFields: Field[] }): Field[] => [
  ...defaultFields,
  { name: 'slug', type: 'text', localized: true, admin: { readOnly: true } },
  {
    name: 'live',
    type: 'checkbox',
    label: searchWords.live,
    localized: true,
    index: true,
    defaultValue: false,
    admin: { readOnly: true },
  },
  { name: 'content', type: 'textarea', label: searchWords.content, localized: true, admin: { readOnly: true } },
  { name: 'text', type: 'textarea', label: searchWords.text, localized: true, admin: { readOnly: true } },
]

const index = (config: Config) =>
  searchPlugin({
    collections: searchedCollections(config),
    // Drafts stay out; an entry taken off the site leaves the index.
    syncDrafts: false,
    deleteDrafts: true,
    localize: true,
    beforeSync: async ({ searchDoc, req, collectionSlug }) => {
      const id = searchDoc.doc.value
      const found = await indexedText(req, collectionSlug as CollectionSlug, id, localeOf(req))
      return found ? { ...searchDoc, ...found } : searchDoc
    },
    searchOverrides: {
      slug: SEARCH_INDEX,
      labels: searchWords.index,
      graphQL: { singularName: 'SearchIndexEntry', pluralName: 'SearchIndexEntries' },
      // The index holds the text of unpublished languages as well: staff read it, the public searches.
      access: { read: signedIn, create: nobody, update: nobody, delete: isAdmin },
      admin: {
        description: searchWords.indexHelp,
        defaultColumns: ['title', 'doc', 'live'],
        group: groups.admin,
        hidden: ({ user }) => !hasRole(user, 'admin', 'editor'),
      },
      fields: indexFields,
    },
  })

/** The folded text a collection's list search and `like` filters match: its searchable fields, in the saved language. */
const SEARCH_TEXT = 'searchText'

const searchTextField: Field = {
  name: SEARCH_TEXT,
  type: 'text',
  localized: true,
  hidden: true,
  label: searchWords.searchText,
}

const fillSearchText =
  (searchable: string[]): CollectionBeforeChangeHook =>
  ({ data, originalDoc, req }) => {
    const merged = { ...(isData(originalDoc) ? originalDoc : {}), ...data }
    const locale = localeOf(req)
    const parts = searchable.map((name) => merged[name]).filter((value): value is string => typeof value === 'string')
    return { ...data, [SEARCH_TEXT]: fold(parts.join(' '), locale) }
  }

/** How many entries a list search can match; a search matching more should be more precise. */
const LIST_MATCHES = 1000

/**
 * `{ title: { like: "الاذربيجانيه" } }` becomes the ids of the entries whose folded text has
 * every word of it. The folded text stays out of every answer, so it is read here, by the server.
 */
const foldListSearch =
  (slug: CollectionSlug, searchable: Set<string>): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'read' && operation !== 'count') return args
    const where: unknown = 'where' in args ? args.where : undefined
    if (!isWhere(where)) return args
    const locale = localeOf(req)
    const draft = 'draft' in args && args.draft === true
    const rewritten = await replaceConditions(where, async (path, condition) => {
      if (!searchable.has(path) || typeof condition.like !== 'string' || Object.keys(condition).length !== 1)
        return null
      const words = foldedWords(condition.like, locale, 16)
      return idsMatching(req.payload, {
        collection: slug,
        locale,
        draft,
        limit: LIST_MATCHES,
        where: { and: words.map((word) => ({ [SEARCH_TEXT]: { contains: word } })) },
      })
    })
    return { ...args, where: rewritten }
  }

const withListSearch = (collection: CollectionConfig): CollectionConfig => {
  const searchable = (collection.admin?.listSearchableFields ?? []).filter((name) => name !== 'id')
  if (searchable.length === 0) return collection
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    fields: [...collection.fields, searchTextField],
    hooks: {
      ...hooks,
      beforeOperation: [
        ...(hooks.beforeOperation ?? []),
        foldListSearch(
          collection.slug as CollectionSlug,
          new Set([...searchable, collection.admin?.useAsTitle ?? 'id']),
        ),
      ],
      beforeChange: [...(hooks.beforeChange ?? []), fillSearchText(searchable)],
    },
  }
}

const searchQuery: GraphQLExtension = (graphQL) => {
  const { GraphQLFloat, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } = graphQL
  const hit = new GraphQLObjectType({
    name: 'SearchHit',
    fields: {
      collection: { type: GraphQLString },
      id: { type: GraphQLString },
      title: { type: GraphQLString },
      slug: { type: GraphQLString },
      titleHighlighted: { type: GraphQLString },
      excerpt: { type: GraphQLString },
      score: { type: GraphQLFloat },
    },
  })
  const results = new GraphQLObjectType({
    name: 'SearchResults',
    fields: {
      q: { type: GraphQLString },
      locale: { type: GraphQLString },
      docs: { type: new GraphQLList(hit) },
      totalDocs: { type: GraphQLInt },
      page: { type: GraphQLInt },
      limit: { type: GraphQLInt },
      totalPages: { type: GraphQLInt },
    },
  })
  return {
    searchContent: {
      type: results,
      args: {
        q: { type: new GraphQLNonNull(GraphQLString) },
        locale: { type: GraphQLString },
        limit: { type: GraphQLInt },
        page: { type: GraphQLInt },
        collections: { type: new GraphQLList(GraphQLString) },
      },
      resolve: async (_: unknown, args: SearchInput, context: { req: PayloadRequest }) => {
        const found = await searchContent(context.req, args)
        return { ...found, docs: found.docs.map((doc) => ({ ...doc, id: String(doc.id) })) }
      },
    },
  }
}

export const contentSearch =
  (): Plugin =>
  (incoming: Config): Config => {
    const config = index(incoming)(incoming)
    const listSearchCollections = new Set<string>([...searchedCollections(incoming), 'categories'])
    const previous = config.graphQL?.queries
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) =>
        listSearchCollections.has(collection.slug) ? withListSearch(collection) : collection,
      ),
      endpoints: [
        ...(config.endpoints ?? []),
        {
          path: '/search',
          method: 'get',
          handler: async (req) => {
            const query = req.query as Record<string, unknown>
            return Response.json(
              await searchContent(req, {
                q: query.q,
                locale: query.locale,
                limit: query.limit,
                page: query.page,
                collections: query.collections,
              }),
            )
          },
        },
      ],
      graphQL: {
        ...config.graphQL,
        queries: (graphQL, context) => ({ ...previous?.(graphQL, context), ...searchQuery(graphQL, context) }),
      },
    }
  }
