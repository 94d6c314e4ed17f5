import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { overrideEnv } from '../helpers/env'
import { initTestPayload, type TestContext } from '../helpers/payload'

let t: TestContext
let restoreEnv: () => void

beforeAll(async () => {
  // With a 1 ms allowance, no read of 30 documents can finish in time.
  restoreEnv = overrideEnv({ REQUEST_TIMEOUT_MS: '1' })
  t = await initTestPayload('deadline')
  for (let i = 0; i < 30; i += 1) await t.payload.create({ collection: 'categories', data: { name: `c${i}` } })
})

afterAll(async () => {
  await t.destroy()
  restoreEnv()
})

describe('the request deadline', () => {
  it('abandons a REST read that runs past REQUEST_TIMEOUT_MS with a 503 in the caller’s language', async () => {
    const response = await t.rest.get('/categories?limit=30', { 'Accept-Language': 'az' })
    expect(response.status).toBe(503)
    const body = (await response.json()) as { errors: { message: string }[] }
    expect(body.errors[0].message).toMatch(/^Sorğu icazə veriləndən uzun çəkdi/)
  })

  it('abandons a GraphQL read the same way', async () => {
    const { body } = await t.rest.query('{ Categories(limit: 30) { docs { name } } }')
    expect(body.errors?.[0]?.message).toMatch(/^استغرق الطلب وقتًا أطول من المسموح/)
    expect(body.errors?.[0]?.extensions?.statusCode).toBe(503)
  })

  it('does not bound the server’s own Local API', async () => {
    const local = await t.payload.find({ collection: 'categories', limit: 30 })
    expect(local.docs).toHaveLength(30)
  })
})
