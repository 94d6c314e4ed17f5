import type { CollectionBeforeOperationHook } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { isRelationRead } from '../../src/lib/population'
import { initTestPayload, type TestContext } from '../helpers/payload'

/**
 * The Payload behaviour the code relies on where Payload 3.90.1 offers no documented seam, each
 * asserted directly, so that an upgrade that changes one fails here by name rather than somewhere
 * downstream (the modules named below say what they do with it):
 *  - src/limits/graphqlAnswers.ts: Payload's GraphQL handler calls `payload.extensions` with every
 *    answer it builds;
 *  - src/lib/population.ts: the reads Payload makes to fill in related documents carry
 *    `disableErrors: true` and `pagination: false`, and a caller's own read never does;
 *  - src/delivery/answers.ts: a collection's own endpoint at `/versions/:id` answers in place of
 *    Payload's.
 * The others are tested where they are used: src/lib/passwords.ts (signin.test.ts), src/lib/stored.ts
 * (adminEditing and workflow tests), src/limits/graphql.ts (limits.test.ts), src/cache/generation.ts
 * (cacheTransactions.test.ts).
 */
let t: TestContext

beforeAll(async () => {
  t = await initTestPayload('payload-seams')
  const category = await t.payload.create({ collection: 'categories', locale: 'en', data: { name: 'Culture' } })
  await t.payload.create({
    collection: 'news',
    locale: 'en',
    data: { title: 'Seams', categories: [category.id], _status: 'published' },
  })
})

afterAll(async () => {
  await t.destroy()
})

describe('what Payload does that has no documented seam', () => {
  it('calls payload.extensions with every GraphQL answer it builds', async () => {
    const ours = t.payload.extensions
    const seen: unknown[] = []
    t.payload.extensions = async (args) => {
      seen.push(args.result.data)
      return ours(args)
    }
    try {
      const answer = await t.rest.query('{ Categories { docs { name } } }', undefined, { 'Accept-Language': 'en' })
      expect(answer.status).toBe(200)
      expect(seen).toEqual([answer.body.data])
    } finally {
      t.payload.extensions = ours
    }
  })

  it('marks its reads of related documents, over REST and GraphQL, and no caller’s read', async () => {
    const reads: boolean[] = []
    const spy: CollectionBeforeOperationHook = ({ args, operation }) => {
      if (operation === 'read') reads.push(isRelationRead(args))
      return args
    }
    const hooks = t.payload.collections.categories.config.hooks
    hooks.beforeOperation.push(spy)
    try {
      const take = () => reads.splice(0, reads.length)
      expect((await t.rest.get('/news?depth=1&locale=en')).status).toBe(200)
      expect(take()).toEqual([true])
      const news = await t.rest.query('{ News(locale: en) { docs { categories { name } } } }')
      expect(news.body.data).toEqual({ News: { docs: [{ categories: [{ name: 'Culture' }] }] } })
      expect(take()).toEqual([true])
      expect((await t.rest.get('/categories?locale=en&pagination=false')).status).toBe(200)
      expect(take()).toEqual([false])
      expect((await t.rest.query('{ Categories(pagination: false) { docs { name } } }')).status).toBe(200)
      expect(take()).toEqual([false])
    } finally {
      hooks.beforeOperation.splice(hooks.beforeOperation.indexOf(spy), 1)
    }
  })

  it('lets a collection’s own endpoint answer /versions/:id in place of its own route', async () => {
    // Payload's own route answers an id that cannot be a version's with "Missing ID of version." (400).
    const answer = await t.rest.get('/news/versions/not-a-version')
    expect(answer.status).toBe(404)
  })
})
