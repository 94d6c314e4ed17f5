/**
 * Hostile requests, as an attacker or a careless client would send them to the production server.
 * Every one must end in a 4xx with a clear message in the caller's language, or in a sanitized
 * success, and none may change anything (tests/http/hostile.test.ts checks each, and the checksum
 * of every collection and of the media folder before and after).
 *
 * `as` says who sends it: nobody (the default), or a member of staff with that role, so that a
 * write reaches validation instead of stopping at access control.
 */
export type Sender = 'admin' | 'anonymous' | 'author' | 'editor' | 'translator'

export interface HostileRequest {
  name: string
  category: string
  as?: Sender
  /** TRACE, CONNECT and the like go out through node:http (Fetch refuses them). */
  method?: 'CONNECT' | 'DELETE' | 'GET' | 'MKCOL' | 'PATCH' | 'POST' | 'PROPFIND' | 'PUT' | 'TRACE'
  path: string
  /** Sent as JSON. */
  json?: unknown
  /** Sent as is. */
  body?: string
  contentType?: string
  headers?: Record<string, string>
  /** A multipart upload to /api/media. */
  upload?: {
    filename: string
    type: string
    content: 'png' | 'text' | 'svg' | 'empty' | 'bomb'
    fields?: Record<string, string>
  }
  /** The status it must end in, when only one is right. */
  expect?: number
}

const graphql = (name: string, query: string, category = 'graphql', as?: Sender): HostileRequest => ({
  name,
  category,
  as,
  method: 'POST',
  path: '/api/graphql',
  json: { query },
})

const contentCollections = ['news', 'activities', 'courses', 'bilateral-relations', 'people', 'categories', 'media']

// ── bounded work ─────────────────────────────────────────────────────────────────────────────────
const bounded: HostileRequest[] = [
  ...['7', '8', '100', '-1', '1e9', 'abc', '2.5', '99999999999999999999'].map((depth) => ({
    name: `depth=${depth}`,
    category: 'bounded work',
    path: `/api/news?depth=${depth}&populate[news][slugKey]=false&populate[bilateral-relations][slugKey]=false`,
  })),
  ...['0', '-1', '1e9', 'abc', '100000', '2.5', ''].map((limit) => ({
    name: `limit=${limit}`,
    category: 'bounded work',
    path: `/api/news?limit=${limit}`,
  })),
  ...['0', '-5', 'abc', '99999999999999999999', '1e400', 'NaN'].map((page) => ({
    name: `page=${page}`,
    category: 'bounded work',
    path: `/api/news?page=${page}`,
  })),
  { name: 'depth=100 on one entry', category: 'bounded work', path: '/api/news/1?depth=100' },
  {
    name: 'depth=7 on the relations timeline',
    category: 'bounded work',
    path: '/api/bilateral-relations?depth=7&limit=100',
  },
  { name: 'depth in a global', category: 'bounded work', path: '/api/globals/society?depth=50' },
  { name: 'limit=1e9 on versions', category: 'bounded work', as: 'admin', path: '/api/news/versions?limit=1000000000' },
  { name: 'pagination=false', category: 'bounded work', path: '/api/news?pagination=false' },
  { name: 'pagination=false with limit=0', category: 'bounded work', path: '/api/news?pagination=false&limit=0' },
  {
    name: 'search with a huge limit',
    category: 'bounded work',
    path: '/api/search?limit=1000000&where[title][like]=a',
  },
  graphql(
    'GraphQL news → relations → news, five times',
    `
      {
        allNews: News(limit: 100) {
          docs {
            related {
              relations {
                relatedNews {
                  related {
                    relations {
                      relatedNews {
                        related {
                          relations {
                            relatedNews {
                              title
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    `,
    'bounded work',
  ),
  graphql(
    'GraphQL 5,000-deep selection',
    `{ News { docs ${'{ title '.repeat(1)}${'{ a '.repeat(4999)}${'}'.repeat(5000)} } }`,
    'bounded work',
  ),
  graphql(
    'GraphQL 200 aliases of a list',
    `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: News(limit: 100) { docs { title } }`).join(' ')} }`,
    'bounded work',
  ),
  graphql(
    'GraphQL limit: 1000000',
    `
      {
        News(limit: 1000000) {
          docs {
            title
          }
        }
      }
    `,
    'bounded work',
  ),
  graphql(
    'GraphQL limit: -1',
    `
      {
        News(limit: -1) {
          docs {
            title
          }
        }
      }
    `,
    'bounded work',
  ),
  graphql(
    'GraphQL page: 2147483647',
    `
      {
        News(page: 2147483647) {
          docs {
            title
          }
        }
      }
    `,
    'bounded work',
  ),
  graphql(
    'GraphQL 1,000 fields',
    `{ News { docs { ${Array.from({ length: 1000 }, (_, i) => `t${i}: title`).join(' ')} } } }`,
    'bounded work',
  ),
  graphql(
    'GraphQL fragment cycle',
    'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
    'bounded work',
  ),
  graphql(
    'GraphQL self-referencing fragment',
    'query { News { docs { ...N } } } fragment N on NewsItem { related { relations { relatedNews { ...N } } } }',
    'bounded work',
  ),
  graphql(
    'GraphQL 10,000 directives',
    `{ News { docs { title ${'@include(if: true) '.repeat(10000)} } } }`,
    'bounded work',
  ),
  graphql(
    'GraphQL 1,000 operations',
    Array.from({ length: 1000 }, (_, i) => `query q${i} { News { totalDocs } }`).join(' '),
    'bounded work',
  ),
]

// ── bodies ───────────────────────────────────────────────────────────────────────────────────────
const bodies: HostileRequest[] = [
  ...(['null', '[]', '"a string"', '42', 'true', '[{"title":"x"}]'] as const).flatMap((body) => [
    {
      name: `create news with body ${body}`,
      category: 'bodies',
      as: 'admin' as const,
      method: 'POST' as const,
      path: '/api/news',
      body,
      contentType: 'application/json',
    },
    {
      name: `update news with body ${body}`,
      category: 'bodies',
      as: 'admin' as const,
      method: 'PATCH' as const,
      path: '/api/news/1',
      body,
      contentType: 'application/json',
    },
  ]),
  ...['not json', '{"title":', '{"title":"x"', '\u0000\u0001\u0002', '{"a":1}{"b":2}', '\uFEFF{"title":"x"}}'].map(
    (body) => ({
      name: `create news with the broken JSON ${JSON.stringify(body).slice(0, 24)}`,
      category: 'bodies',
      as: 'admin' as const,
      method: 'POST' as const,
      path: '/api/news',
      body,
      contentType: 'application/json',
    }),
  ),
  {
    name: 'login with body null',
    category: 'bodies',
    method: 'POST',
    path: '/api/users/login',
    body: 'null',
    contentType: 'application/json',
  },
  {
    name: 'login with an array body',
    category: 'bodies',
    method: 'POST',
    path: '/api/users/login',
    body: '[]',
    contentType: 'application/json',
  },
  {
    name: 'login with a non-string email',
    category: 'bodies',
    method: 'POST',
    path: '/api/users/login',
    json: { email: { $gt: '' }, password: 'x' },
  },
  {
    name: 'login with a non-string password',
    category: 'bodies',
    method: 'POST',
    path: '/api/users/login',
    json: { email: 'admin@eafs.test', password: { $ne: 1 } },
  },
  { name: 'login with no fields', category: 'bodies', method: 'POST', path: '/api/users/login', json: {} },
  {
    name: 'forgot-password with body null',
    category: 'bodies',
    method: 'POST',
    path: '/api/users/forgot-password',
    body: 'null',
    contentType: 'application/json',
  },
  {
    name: 'forgot-password with an object email',
    category: 'bodies',
    method: 'POST',
    path: '/api/users/forgot-password',
    json: { email: { $regex: '.*' } },
  },
  {
    name: 'reset-password with a made-up token',
    category: 'bodies',
    method: 'POST',
    path: '/api/users/reset-password',
    json: { token: 'x'.repeat(40), password: 'a-new-long-password-1' },
  },
  {
    name: 'reset-password with an object token',
    category: 'bodies',
    method: 'POST',
    path: '/api/users/reset-password',
    json: { token: { $ne: null }, password: 'a-new-long-password-1' },
  },
  { name: 'verify with a made-up token', category: 'bodies', method: 'POST', path: '/api/users/verify/abc' },
  {
    name: 'GraphQL body null',
    category: 'bodies',
    method: 'POST',
    path: '/api/graphql',
    body: 'null',
    contentType: 'application/json',
  },
  {
    name: 'GraphQL body not JSON',
    category: 'bodies',
    method: 'POST',
    path: '/api/graphql',
    body: '{query',
    contentType: 'application/json',
  },
  {
    name: 'GraphQL query not a string',
    category: 'bodies',
    method: 'POST',
    path: '/api/graphql',
    json: { query: { a: 1 } },
  },
  {
    name: 'GraphQL variables a string',
    category: 'bodies',
    method: 'POST',
    path: '/api/graphql',
    json: { query: 'query($l: Int) { News(limit: $l) { totalDocs } }', variables: 'x' },
  },
  {
    name: 'GraphQL variable of the wrong type',
    category: 'bodies',
    method: 'POST',
    path: '/api/graphql',
    json: { query: 'query($l: Int) { News(limit: $l) { totalDocs } }', variables: { l: 'many' } },
  },
  { name: 'GraphQL empty query', category: 'bodies', method: 'POST', path: '/api/graphql', json: { query: '' } },
  {
    name: 'GraphQL syntax error',
    category: 'bodies',
    method: 'POST',
    path: '/api/graphql',
    json: { query: '{ News { docs { title }' },
  },
  {
    name: 'GraphQL unknown field',
    category: 'bodies',
    method: 'POST',
    path: '/api/graphql',
    json: { query: '{ News { docs { password hash salt } } }' },
  },
  {
    name: 'GraphQL with an unknown operationName',
    category: 'bodies',
    method: 'POST',
    path: '/api/graphql',
    json: { query: '{ News { totalDocs } }', operationName: 'nope' },
  },
  {
    name: 'GraphQL form-encoded',
    category: 'bodies',
    method: 'POST',
    path: '/api/graphql',
    body: 'query=%7B+News+%7B+totalDocs+%7D+%7D',
    contentType: 'application/x-www-form-urlencoded',
  },
  {
    name: 'create news as text/plain',
    category: 'bodies',
    as: 'admin',
    method: 'POST',
    path: '/api/news',
    body: '{"title":"x"}',
    contentType: 'text/plain',
  },
  {
    name: 'create news as form data without a file',
    category: 'bodies',
    as: 'admin',
    method: 'POST',
    path: '/api/news',
    body: 'title=x',
    contentType: 'application/x-www-form-urlencoded',
  },
  {
    name: 'a 6 MB body',
    category: 'bodies',
    as: 'admin',
    method: 'POST',
    path: '/api/news',
    json: { title: 'x'.repeat(6 * 1024 * 1024) },
    expect: 413,
  },
  {
    name: 'a body whose declared length is a lie',
    category: 'bodies',
    method: 'POST',
    path: '/api/users/login',
    body: '{"email":"a@b.c","password":"x"}',
    contentType: 'application/json',
    headers: { 'X-Declared': 'mismatch' },
  },
  {
    name: 'deeply nested JSON',
    category: 'bodies',
    as: 'admin',
    method: 'POST',
    path: '/api/news',
    body: `{"title":${'['.repeat(20000)}${']'.repeat(20000)}}`,
    contentType: 'application/json',
  },
  {
    name: 'prototype pollution in a body',
    category: 'bodies',
    as: 'admin',
    method: 'PATCH',
    path: '/api/news/1',
    body: '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"polluted":true}},"title":""}',
    contentType: 'application/json',
  },
]

// ── where and other parameters ───────────────────────────────────────────────────────────────────
const wheres: HostileRequest[] = [
  ...[
    'where[title][equals][$gt]=',
    'where[title][equals][a][b][c]=1',
    'where[title][in][a][b]=1',
    'where[title][not_in][$ne]=1',
    'where[title][all][x]=1',
    'where[title][exists]=maybe',
    'where[title][exists][a]=1',
    'where[title][near]=abc',
    'where[title][near]=1,2,3,4,5',
    'where[title][near][a]=1',
    'where[title][within]=abc',
    'where[title][within][type]=Polygon&where[title][within][coordinates]=x',
    'where[title][intersects]=1',
    'where[title][like][a]=1',
    'where[title][contains][0]=a&where[title][contains][1]=b',
    'where[title][greater_than][a]=1',
    'where[title][less_than_equal][$where]=1',
    'where[title][nope]=1',
    'where[title][$regex]=.*',
    'where[title]=plain',
    'where[or]=x',
    'where[or][0]=x',
    'where[and][0][or][0][title]=x',
    'where[or][a][title][equals]=x',
    'where[$where]=sleep(1000)',
    'where[password][exists]=true',
    'where[hash][exists]=true',
    'where[salt][equals]=x',
    'where[email][like]=admin',
    'where[resetPasswordToken][exists]=true',
    'where[translationMarks][exists]=true',
    'where[createdBy][equals]=1',
    'where[workflow.ar][equals]=review',
    'where[publishedAt][greater_than]=not-a-date',
    'where[publishedAt][less_than]=99999-99-99',
    'where[id][equals]=abc',
    'where[id][in]=a,b,c',
    'where[id][greater_than]=1e999',
    'where[categories][equals]=abc',
    'where[categories.name][like]=%',
    'where[authors.slug][in][0][1]=x',
    'where[a.b.c.d.e.f.g.h][equals]=1',
    'where[_status][equals]=draft',
    'where=%7Bbad',
    'where=null',
    'where=%5B%5D',
    'where=%7B%22title%22%3A%7B%22equals%22%3A%7B%22%24gt%22%3A%22%22%7D%7D%7D',
    'where=%22x%22',
    `where[title][in]=${Array.from({ length: 5000 }, (_, i) => i).join(',')}`,
    `${Array.from({ length: 60 }, () => 'where[or][0][and][0]')
      .join('')
      .slice(0, 1900)}[title][equals]=x`,
  ].map((query) => ({
    name: query.length > 80 ? `${query.slice(0, 77)}…` : query,
    category: 'where',
    path: `/api/news?${query}`,
  })),
  ...[
    'sort=-nope',
    'sort=password',
    'sort=hash',
    'sort[a]=b',
    'sort=' + 'title,'.repeat(500),
    'select[title][a]=1',
    'select=abc',
    'select[hash]=true&select[salt]=true',
    'populate[news]=abc',
    'populate[nope][title]=true',
    'locale=xx',
    'locale=all&depth=2',
    'locale[a]=b',
    'fallback-locale=xx',
    'fallback-locale[a]=b',
    'draft=maybe',
    'draft[a]=b',
    'depth[a]=1',
    'limit[a]=1',
    'page[a]=1',
    'joins=abc',
    'joins[relatedNews][limit]=1000000',
    'trash=true',
    'select[title]=false&select[slug]=false&select[excerpt]=true&depth=2&draft=true',
  ].map((query) => ({
    name: query.length > 80 ? `${query.slice(0, 77)}…` : query,
    category: 'parameters',
    path: `/api/news?${query}`,
  })),
  graphql('GraphQL where with an unknown operator', '{ News(where: { title: { nope: "x" } }) { totalDocs } }', 'where'),
  graphql('GraphQL where near nonsense', '{ News(where: { title: { near: "abc" } }) { totalDocs } }', 'where'),
  graphql(
    'GraphQL where with an object for a string',
    '{ News(where: { title: { equals: { a: 1 } } }) { totalDocs } }',
    'where',
  ),
  graphql(
    'GraphQL where on a bad date',
    '{ News(where: { publishedAt: { greater_than: "not-a-date" } }) { totalDocs } }',
    'where',
  ),
  graphql(
    'GraphQL where with 1,500 ids in one list',
    `{ News(where: { id: { in: [${Array.from({ length: 1500 }, (_, i) => i + 1).join(',')}] } }) { totalDocs } }`,
    'where',
  ),
  graphql(
    'GraphQL where with 300 ORs',
    `{ News(where: { OR: [${Array.from({ length: 300 }, (_, i) => `{ title: { equals: "${i}" } }`).join(',')}] }) { totalDocs } }`,
    'where',
  ),
  graphql('GraphQL sort on a missing field', '{ News(sort: "-nope") { totalDocs } }', 'where'),
  graphql('GraphQL locale nonsense', '{ News(locale: xx) { totalDocs } }', 'where'),
  graphql('GraphQL by a bad id', '{ NewsItem(id: "abc") { title } }', 'where'),
  graphql('GraphQL by a huge id', '{ NewsItem(id: 99999999999999999999) { title } }', 'where'),
]

// ── ids and routes ───────────────────────────────────────────────────────────────────────────────
const routes: HostileRequest[] = [
  ...contentCollections.flatMap((slug) =>
    [
      'abc',
      '-1',
      '0',
      '1.5',
      '99999999999999999999',
      '1e400',
      '%00',
      "1'%20OR%20'1'='1",
      '..%2F..%2Fpayload.config.ts',
      '%F0%9F%98%80',
    ].map((id) => ({
      name: `/api/${slug}/${id}`,
      category: 'ids',
      path: `/api/${slug}/${id}`,
    })),
  ),
  ...contentCollections.map((slug) => ({
    name: `/api/${slug}/versions anonymously`,
    category: 'ids',
    path: `/api/${slug}/versions`,
  })),
  ...contentCollections.map((slug) => ({
    name: `/api/${slug}/versions/abc as admin`,
    category: 'ids',
    as: 'admin' as const,
    path: `/api/${slug}/versions/abc`,
  })),
  { name: 'an unknown collection', category: 'ids', path: '/api/nope' },
  { name: 'a path with a stray %', category: 'ids', path: '/api/news/%' },
  { name: 'a path of 8,000 characters', category: 'ids', path: `/api/news/${'a'.repeat(8000)}` },
  { name: 'a traversal to the config', category: 'ids', path: '/api/%2e%2e%2fpayload.config.ts' },
  { name: 'a traversal in a media file name', category: 'ids', path: '/api/media/file/..%2F..%2Fpackage.json' },
  { name: 'a media file that does not exist', category: 'ids', path: '/api/media/file/nope.png' },
  { name: 'a double-encoded traversal', category: 'ids', path: '/api/media/file/%252e%252e%252fpackage.json' },
  { name: 'an unknown global', category: 'ids', path: '/api/globals/nope' },
  { name: 'an unknown method', category: 'ids', method: 'PUT', path: '/api/news' },
  { name: 'DELETE without a where', category: 'ids', as: 'author', method: 'DELETE', path: '/api/news' },
  {
    name: 'bulk PATCH with an empty where',
    category: 'ids',
    as: 'author',
    method: 'PATCH',
    path: '/api/news?where[id][exists]=true',
    json: { title: 'defaced' },
  },
  { name: 'anonymous bulk DELETE', category: 'ids', method: 'DELETE', path: '/api/news?where[id][exists]=true' },
  {
    name: 'anonymous PATCH of the society',
    category: 'ids',
    method: 'POST',
    path: '/api/globals/society',
    json: { name: 'defaced' },
  },
  { name: 'anonymous create', category: 'ids', method: 'POST', path: '/api/news', json: { title: 'defaced' } },
  { name: 'anonymous update', category: 'ids', method: 'PATCH', path: '/api/news/1', json: { title: 'defaced' } },
  { name: 'anonymous delete', category: 'ids', method: 'DELETE', path: '/api/news/1' },
  { name: 'anonymous draft read', category: 'ids', path: '/api/news?draft=true&where[_status][equals]=draft' },
  { name: 'anonymous user list', category: 'ids', path: '/api/users' },
  { name: 'anonymous API client list', category: 'ids', path: '/api/api-clients' },
  { name: 'anonymous webhooks', category: 'ids', path: '/api/webhooks' },
  { name: 'anonymous preferences', category: 'ids', path: '/api/payload-preferences' },
  { name: 'anonymous jobs', category: 'ids', path: '/api/payload-jobs' },
  { name: 'anonymous access', category: 'ids', path: '/api/access' },
  {
    name: 'a forged JWT',
    category: 'ids',
    path: '/api/users/me',
    headers: {
      Authorization: 'JWT eyJhbGciOiJub25lIn0.eyJpZCI6MSwiY29sbGVjdGlvbiI6InVzZXJzIiwicm9sZXMiOlsiYWRtaW4iXX0.',
    },
  },
  { name: 'a garbage JWT', category: 'ids', path: '/api/news?draft=true', headers: { Authorization: 'JWT garbage' } },
  {
    name: 'a garbage API key',
    category: 'ids',
    path: '/api/news?draft=true',
    headers: { Authorization: 'api-clients API-Key nope' },
  },
  { name: 'a garbage cookie', category: 'ids', path: '/api/news?draft=true', headers: { Cookie: 'payload-token=%%%' } },
  { name: 'a made-up preview token', category: 'ids', path: '/api/preview?token=abc' },
  {
    name: 'a huge Accept-Language',
    category: 'ids',
    path: '/api/nope',
    headers: { 'Accept-Language': 'x,'.repeat(2000) },
  },
]

// ── writes with bad values (each refused; drafts validated like published entries) ─────────────────
const richDoc = (children: unknown) => ({
  root: { type: 'root', version: 1, direction: 'rtl', format: '', indent: 0, children },
})
const paragraph = (children: unknown[]) => ({
  type: 'paragraph',
  version: 1,
  direction: 'rtl',
  format: '',
  indent: 0,
  textFormat: 0,
  children,
})
const text = (value: string) => ({
  type: 'text',
  version: 1,
  text: value,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
})
const link = (url: string) => ({
  type: 'link',
  version: 3,
  direction: 'rtl',
  format: '',
  indent: 0,
  fields: { linkType: 'custom', url, newTab: false },
  children: [text('x')],
})

/** A value, or the raw JSON text of one too deep for JSON.stringify. */
const badDrafts: [string, Record<string, unknown> | string][] = [
  ['a title of 5 MB', { title: 'x'.repeat(4 * 1024 * 1024) }],
  ['a title of 300 characters', { title: 'x'.repeat(300) }],
  ['an excerpt of 2,000 characters', { title: 'x', excerpt: 'x'.repeat(2000) }],
  ['no title', { excerpt: 'x' }],
  ['a title that is a number', { title: 42 }],
  ['a title that is an object', { title: { ar: 'x' } }],
  ['a title that is an array', { title: ['x'] }],
  ['_status archived', { title: 'x', _status: 'archived' }],
  ['_status an object', { title: 'x', _status: { $ne: 'draft' } }],
  ['a client-chosen createdAt', { title: 'x', createdAt: '2001-01-01T00:00:00.000Z' }],
  ['a client-chosen updatedAt', { title: 'x', updatedAt: '2001-01-01T00:00:00.000Z' }],
  ['a category that does not exist', { title: 'x', categories: [99999999] }],
  ['a category id that is text', { title: 'x', categories: ['abc'] }],
  ['a category id that is an object', { title: 'x', categories: [{ $gt: 0 }] }],
  ['an author that does not exist', { title: 'x', authors: [424242] }],
  ['a hero image that does not exist', { title: 'x', heroImage: 31337 }],
  ['a related activity that does not exist', { title: 'x', related: { activities: [99999] } }],
  ['related as a string', { title: 'x', related: 'x' }],
  ['a publication date that is not a date', { title: 'x', publishedAt: 'yesterday' }],
  ['a publication date in year 99999', { title: 'x', publishedAt: '99999-01-01T00:00:00.000Z' }],
  ['rich text whose children is a string', { title: 'x', body: { root: { type: 'root', children: 'str' } } }],
  ['rich text without a root', { title: 'x', body: { a: 1 } }],
  ['rich text that is a string', { title: 'x', body: '<p>x</p>' }],
  ['rich text with a node without a type', { title: 'x', body: richDoc([{ children: [] }]) }],
  [
    'rich text with an html node',
    { title: 'x', body: richDoc([{ type: 'html', version: 1, html: '<script>alert(1)</script>' }]) },
  ],
  [
    'rich text with an unknown node type',
    { title: 'x', body: richDoc([{ type: 'iframe', version: 1, src: 'https://evil.example' }]) },
  ],
  ['rich text with a javascript: link', { title: 'x', body: richDoc([paragraph([link('javascript:alert(1)')])]) }],
  [
    'rich text with a JaVaScRiPt: link and spaces',
    { title: 'x', body: richDoc([paragraph([link('  JaVaScRiPt:alert(1)')])]) },
  ],
  [
    'rich text with a data: link',
    { title: 'x', body: richDoc([paragraph([link('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==')])]) },
  ],
  ['rich text with a vbscript: link', { title: 'x', body: richDoc([paragraph([link('vbscript:msgbox(1)')])]) }],
  ['rich text with a file: link', { title: 'x', body: richDoc([paragraph([link('file:///etc/passwd')])]) }],
  [
    'rich text with a tab-split javascript: link',
    { title: 'x', body: richDoc([paragraph([link('java\tscript:alert(1)')])]) },
  ],
  [
    'rich text with an autolink to javascript:',
    { title: 'x', body: richDoc([paragraph([{ ...link('javascript:alert(1)'), type: 'autolink' }])]) },
  ],
  [
    'rich text with a text node whose text is an object',
    { title: 'x', body: richDoc([paragraph([{ ...text('x'), text: { a: 1 } }])]) },
  ],
  [
    'rich text 5,000 levels deep',
    `{"title":"x","body":{"root":{"type":"root","version":1,"children":[${'{"type":"paragraph","version":1,"children":['.repeat(5000)}${']}'.repeat(5000)}]}}}`,
  ],
  ['rich text with 60,000 nodes', { title: 'x', body: richDoc(Array.from({ length: 60000 }, () => paragraph([]))) }],
  [
    'rich text with an internal link to an unknown collection',
    {
      title: 'x',
      body: richDoc([
        paragraph([{ ...link(''), fields: { linkType: 'internal', doc: { relationTo: 'users', value: 1 } } }]),
      ]),
    },
  ],
  [
    'rich text with an upload that does not exist',
    {
      title: 'x',
      body: richDoc([{ type: 'upload', version: 3, relationTo: 'media', value: 999999, fields: null, format: '' }]),
    },
  ],
  [
    'rich text with an upload of users',
    {
      title: 'x',
      body: richDoc([{ type: 'upload', version: 3, relationTo: 'users', value: 1, fields: null, format: '' }]),
    },
  ],
  ['a slug that is an object', { title: 'x', slug: { $ne: '' } }],
  ['an unknown locale in the body', { title: { xx: 'x' } }],
]

const asBody = (value: Record<string, unknown> | string) =>
  typeof value === 'string' ? { body: value, contentType: 'application/json' } : { json: value }

const writes: HostileRequest[] = [
  ...badDrafts.map(([name, value]) => ({
    name: `draft with ${name}`,
    category: 'drafts',
    as: 'admin' as const,
    method: 'POST' as const,
    path: '/api/news?draft=true',
    ...asBody(value),
  })),
  ...badDrafts
    .slice(0, 24)
    .filter(([name]) => !name.includes('updatedAt') && name !== 'no title')
    .map(([name, value]) => ({
      name: `update of news 1 with ${name}`,
      category: 'drafts',
      as: 'editor' as const,
      method: 'PATCH' as const,
      path: '/api/news/1?draft=true',
      ...asBody(value),
    })),
  {
    name: 'publish with no Arabic title',
    category: 'drafts',
    as: 'admin',
    method: 'POST',
    path: '/api/news?locale=az',
    json: { title: '', _status: 'published' },
  },
  {
    name: 'an activity that ends before it starts',
    category: 'drafts',
    as: 'admin',
    method: 'POST',
    path: '/api/activities?draft=true',
    json: { title: 'x', startsAt: '2026-05-02T10:00:00.000Z', endsAt: '2026-05-01T10:00:00.000Z' },
  },
  {
    name: 'a course with a negative capacity',
    category: 'drafts',
    as: 'admin',
    method: 'POST',
    path: '/api/courses?draft=true',
    json: { title: 'x', capacity: -5 },
  },
  {
    name: 'a person with a 10,000-character name',
    category: 'drafts',
    as: 'admin',
    method: 'POST',
    path: '/api/people',
    json: { name: 'x'.repeat(10000) },
  },
  {
    name: 'a category with no name',
    category: 'drafts',
    as: 'admin',
    method: 'POST',
    path: '/api/categories',
    json: {},
  },
  {
    name: 'the society with a javascript: link',
    category: 'drafts',
    as: 'admin',
    method: 'POST',
    path: '/api/globals/society',
    json: { about: richDoc([paragraph([link('javascript:alert(1)')])]) },
  },
  {
    name: 'the society with a bad e-mail',
    category: 'drafts',
    as: 'admin',
    method: 'POST',
    path: '/api/globals/society',
    json: { contacts: { email: 'not an email' } },
  },
  {
    name: 'an author makes themself admin',
    category: 'drafts',
    as: 'author',
    method: 'PATCH',
    path: '/api/users/me',
    json: { roles: ['admin'] },
  },
  {
    name: 'a translator publishes',
    category: 'drafts',
    as: 'translator',
    method: 'PATCH',
    path: '/api/news/1?locale=az',
    json: { _status: 'published' },
  },
  {
    name: 'an author deletes a published entry',
    category: 'drafts',
    as: 'author',
    method: 'DELETE',
    path: '/api/news/1',
  },
  graphql(
    'GraphQL create with a javascript: link',
    `mutation { createNewsItem(draft: true, data: { title: "x", body: ${JSON.stringify(JSON.stringify(richDoc([paragraph([link('javascript:alert(1)')])])))} }) { id } }`,
    'drafts',
    'admin',
  ),
  graphql(
    'GraphQL create with _status archived',
    'mutation { createNewsItem(draft: true, data: { title: "x", _status: archived }) { id } }',
    'drafts',
    'admin',
  ),
  graphql(
    'GraphQL create with a category that does not exist',
    'mutation { createNewsItem(draft: true, data: { title: "x", categories: [99999999] }) { id } }',
    'drafts',
    'admin',
  ),
  graphql(
    'GraphQL create with a client-chosen createdAt',
    'mutation { createNewsItem(draft: true, data: { title: "x", createdAt: "2001-01-01T00:00:00.000Z" }) { id } }',
    'drafts',
    'admin',
  ),
  graphql(
    'GraphQL update of a missing entry',
    'mutation { updateNewsItem(id: 99999999, data: { title: "x" }) { id } }',
    'drafts',
    'admin',
  ),
  graphql('GraphQL anonymous create', 'mutation { createNewsItem(data: { title: "x" }) { id } }', 'drafts'),
  graphql('GraphQL anonymous delete', 'mutation { deleteNewsItem(id: 1) { id } }', 'drafts'),
]

// ── uploads ──────────────────────────────────────────────────────────────────────────────────────
const alt = { alt: 'صورة' }
const uploads: HostileRequest[] = [
  {
    name: 'a 1,000-character file name, refused for its alt',
    category: 'uploads',
    as: 'admin',
    method: 'POST',
    path: '/api/media',
    upload: { filename: `${'a'.repeat(1000)}.png`, type: 'image/png', content: 'png', fields: { alt: '' } },
  },
  {
    name: 'fields sent as plain form fields',
    category: 'uploads',
    as: 'admin',
    method: 'POST',
    path: '/api/media',
    body: '--b\r\nContent-Disposition: form-data; name="alt"\r\n\r\nx\r\n--b--\r\n',
    contentType: 'multipart/form-data; boundary=b',
  },
  {
    name: 'an upload without Arabic alt, sent in az',
    category: 'uploads',
    as: 'admin',
    method: 'POST',
    path: '/api/media?locale=az',
    upload: { filename: 'a.png', type: 'image/png', content: 'png', fields: { alt: 'şəkil' } },
  },
  {
    name: 'an upload without any alt',
    category: 'uploads',
    as: 'admin',
    method: 'POST',
    path: '/api/media',
    upload: { filename: 'a.png', type: 'image/png', content: 'png' },
  },
  {
    name: 'a text file named .png',
    category: 'uploads',
    as: 'admin',
    method: 'POST',
    path: '/api/media',
    upload: { filename: 'evil.png', type: 'image/png', content: 'text', fields: alt },
  },
  {
    name: 'an SVG with a script',
    category: 'uploads',
    as: 'admin',
    method: 'POST',
    path: '/api/media',
    upload: { filename: 'evil.svg', type: 'image/svg+xml', content: 'svg', fields: alt },
  },
  {
    name: 'an HTML file',
    category: 'uploads',
    as: 'admin',
    method: 'POST',
    path: '/api/media',
    upload: { filename: 'evil.html', type: 'text/html', content: 'text', fields: alt },
  },
  {
    name: 'an empty file',
    category: 'uploads',
    as: 'admin',
    method: 'POST',
    path: '/api/media',
    upload: { filename: 'empty.png', type: 'image/png', content: 'empty', fields: alt },
  },
  {
    name: 'a decompression bomb (30,000 × 30,000 PNG)',
    category: 'uploads',
    as: 'admin',
    method: 'POST',
    path: '/api/media',
    upload: { filename: 'bomb.png', type: 'image/png', content: 'bomb', fields: alt },
  },
  {
    name: 'an upload with _payload not JSON',
    category: 'uploads',
    as: 'admin',
    method: 'POST',
    path: '/api/media',
    upload: { filename: 'a.png', type: 'image/png', content: 'png', fields: { _payload: '{not json' } },
  },
  {
    name: 'an upload with _payload null',
    category: 'uploads',
    as: 'admin',
    method: 'POST',
    path: '/api/media',
    upload: { filename: 'a.png', type: 'image/png', content: 'png', fields: { _payload: 'null' } },
  },
  {
    name: 'an upload with a traversal in its name, no alt',
    category: 'uploads',
    as: 'admin',
    method: 'POST',
    path: '/api/media',
    upload: { filename: '../../package.json', type: 'image/png', content: 'png' },
  },
  {
    name: 'an upload with control characters in its name, no alt',
    category: 'uploads',
    as: 'admin',
    method: 'POST',
    path: '/api/media',
    upload: { filename: 'a\u0001\u0007\u001b.png', type: 'image/png', content: 'png' },
  },
  {
    name: 'an upload with a bidi override in its name, no alt',
    category: 'uploads',
    as: 'admin',
    method: 'POST',
    path: '/api/media',
    upload: { filename: 'invoice\u202Egnp.exe', type: 'image/png', content: 'png' },
  },
  {
    name: 'an anonymous upload',
    category: 'uploads',
    method: 'POST',
    path: '/api/media',
    upload: { filename: 'a.png', type: 'image/png', content: 'png', fields: alt },
  },
  {
    name: 'a translator upload',
    category: 'uploads',
    as: 'translator',
    method: 'POST',
    path: '/api/media',
    upload: { filename: 'a.png', type: 'image/png', content: 'png', fields: alt },
  },
  {
    name: 'multipart without a boundary',
    category: 'uploads',
    as: 'admin',
    method: 'POST',
    path: '/api/media',
    body: 'x',
    contentType: 'multipart/form-data',
  },
  {
    name: 'multipart with a broken body',
    category: 'uploads',
    as: 'admin',
    method: 'POST',
    path: '/api/media',
    body: '--b\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\nxx',
    contentType: 'multipart/form-data; boundary=b',
  },
  { name: 'an upload without a file', category: 'uploads', as: 'admin', method: 'POST', path: '/api/media', json: alt },
  {
    name: 'an upload with a remote URL',
    category: 'uploads',
    as: 'admin',
    method: 'POST',
    path: '/api/media',
    json: { ...alt, url: 'http://169.254.169.254/latest/meta-data/', filename: 'x.png' },
  },
  {
    name: 'a file to an update of a missing media entry',
    category: 'uploads',
    as: 'admin',
    method: 'PATCH',
    path: '/api/media/99999',
    upload: { filename: 'a.png', type: 'image/png', content: 'png', fields: alt },
  },
]

// ── sign-in ──────────────────────────────────────────────────────────────────────────────────────
const signIn: HostileRequest[] = [
  {
    name: 'login to an unknown account',
    category: 'sign-in',
    method: 'POST',
    path: '/api/users/login',
    json: { email: 'nobody@eafs.test', password: 'wrong-password-1' },
  },
  {
    name: 'login with a wrong password',
    category: 'sign-in',
    method: 'POST',
    path: '/api/users/login',
    json: { email: 'corpus-target@eafs.test', password: 'wrong-password-1' },
  },
  {
    name: 'login with an e-mail of 10,000 characters',
    category: 'sign-in',
    method: 'POST',
    path: '/api/users/login',
    json: { email: `${'a'.repeat(10000)}@eafs.test`, password: 'x' },
  },
  {
    name: 'login with a password of 1 MB',
    category: 'sign-in',
    method: 'POST',
    path: '/api/users/login',
    json: { email: 'corpus-target@eafs.test', password: 'x'.repeat(1024 * 1024) },
  },
  {
    name: 'login with a SQL-looking e-mail',
    category: 'sign-in',
    method: 'POST',
    path: '/api/users/login',
    json: { email: "' OR 1=1 --", password: 'x' },
  },
  {
    name: 'GraphQL login to an unknown account',
    category: 'sign-in',
    method: 'POST',
    path: '/api/graphql',
    json: { query: 'mutation { loginUser(email: "nobody@eafs.test", password: "wrong-password-1") { token } }' },
  },
  {
    name: 'unlock by anonymous',
    category: 'sign-in',
    method: 'POST',
    path: '/api/users/unlock',
    json: { email: 'admin@eafs.test' },
  },
  {
    name: 'unlock by an editor',
    category: 'sign-in',
    as: 'editor',
    method: 'POST',
    path: '/api/users/unlock',
    json: { email: 'admin@eafs.test' },
  },
  {
    name: 'a password change to "abc"',
    category: 'sign-in',
    as: 'admin',
    method: 'PATCH',
    path: '/api/users/me',
    json: { password: 'abc' },
  },
  {
    name: 'a password change to a common password',
    category: 'sign-in',
    as: 'admin',
    method: 'PATCH',
    path: '/api/users/me',
    json: { password: 'password1234' },
  },
  {
    name: 'a password change without the current one',
    category: 'sign-in',
    as: 'editor',
    method: 'PATCH',
    path: '/api/users/me',
    json: { password: 'a-brand-new-long-password' },
  },
  {
    name: 'a password change with a wrong current one',
    category: 'sign-in',
    as: 'editor',
    method: 'PATCH',
    path: '/api/users/me',
    json: { password: 'a-brand-new-long-password', currentPassword: 'wrong-password-1' },
  },
  {
    name: 'an admin sets a user a short password',
    category: 'sign-in',
    as: 'admin',
    method: 'POST',
    path: '/api/users',
    json: { email: 'weak@eafs.test', password: 'abc', roles: ['author'] },
  },
  {
    name: 'an admin creates a user with a common password',
    category: 'sign-in',
    as: 'admin',
    method: 'POST',
    path: '/api/users',
    json: { email: 'weak@eafs.test', password: 'qwertyuiop123', roles: ['author'] },
  },
  {
    name: 'first-register when users exist',
    category: 'sign-in',
    method: 'POST',
    path: '/api/users/first-register',
    json: { email: 'root@eafs.test', password: 'a-long-root-password' },
  },
  { name: 'an author reads all users', category: 'sign-in', as: 'author', path: '/api/users?where[roles][in]=admin' },
  {
    name: 'an author reads hashes',
    category: 'sign-in',
    as: 'author',
    path: '/api/users/me?select[hash]=true&select[salt]=true',
  },
]

// ── what once ended in a 5xx ─────────────────────────────────────────────────────────────────────
const formerServerErrors: HostileRequest[] = [
  ...['people', 'categories', 'media', 'users'].flatMap((collection) => [
    {
      name: `versions of ${collection}, which keeps none`,
      category: 'no 5xx',
      as: 'admin' as const,
      path: `/api/${collection}/versions`,
      expect: 404,
    },
    {
      name: `one version of ${collection}`,
      category: 'no 5xx',
      as: 'editor' as const,
      path: `/api/${collection}/versions/1`,
      expect: 404,
    },
  ]),
  ...(['TRACE', 'PROPFIND', 'MKCOL'] as const).map((method) => ({
    name: `${method} /api/news`,
    category: 'no 5xx',
    method,
    path: '/api/news',
    expect: 405,
  })),
  {
    name: 'TRACE as an administrator',
    category: 'no 5xx',
    as: 'admin',
    method: 'TRACE',
    path: '/api/graphql',
    expect: 405,
  },
  { name: 'the migrations, anonymously', category: 'no 5xx', path: '/api/payload-migrations', expect: 404 },
  {
    name: 'the migrations, as an administrator',
    category: 'no 5xx',
    as: 'admin',
    path: '/api/payload-migrations',
    expect: 404,
  },
  { name: 'the jobs queue', category: 'no 5xx', as: 'editor', path: '/api/payload-jobs', expect: 404 },
  { name: 'the key-value store', category: 'no 5xx', path: '/api/payload-kv', expect: 404 },
  { name: 'document locks, anonymously', category: 'no 5xx', path: '/api/payload-locked-documents' },
  { name: 'preferences, anonymously', category: 'no 5xx', path: '/api/payload-preferences' },
  {
    name: 'a media file with a NUL in its name',
    category: 'no 5xx',
    path: '/api/media/file/x.png%00.txt',
    expect: 400,
  },
  {
    name: 'a media file with a newline in its name',
    category: 'no 5xx',
    path: '/api/media/file/x%0A.png',
    expect: 400,
  },
  { name: 'a news entry with a NUL for an id', category: 'no 5xx', path: '/api/news/%00', expect: 400 },
  graphql('GraphQL Access anonymously', '{ Access { canAccessAdmin } }', 'no 5xx'),
  graphql('GraphQL Access of news anonymously', '{ Access { news { read { permission } } } }', 'no 5xx'),
  graphql('GraphQL meUser anonymously', '{ meUser { user { email } } }', 'no 5xx'),
  graphql(
    'GraphQL the society global’s access anonymously',
    '{ docAccessSociety { fields { name { read { permission } } } } }',
    'no 5xx',
  ),
]

export const corpus: HostileRequest[] = [
  ...bounded,
  ...bodies,
  ...wheres,
  ...routes,
  ...writes,
  ...uploads,
  ...signIn,
  ...formerServerErrors,
]
