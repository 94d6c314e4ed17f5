import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { adminRequests } from '../helpers/adminRequests'
import { ADMIN, type ServerProcess, startProductionServer } from '../helpers/serverProcess'

/**
 * The admin's long reads against the built server: `POST` + `X-Payload-HTTP-Method-Override: GET`
 * with the query as a form body, as the admin's relationship and upload pickers send them (recorded in
 * tests/fixtures/adminRequests.json). Each answers exactly as the GET it stands for, bounds, refusals
 * and cache rules included, signed in or not.
 */
let server: ServerProcess
let cookie = ''

beforeAll(async () => {
  server = await startProductionServer()
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  cookie = (login.headers.getSetCookie()[0] ?? '').split(';')[0]
})

afterAll(async () => {
  await server?.stop()
})

const { headers: overrideHeaders } = adminRequests.relationLookup

/** The same read as a GET and as the admin's method-override POST. */
async function both(path: string, query: string, signedIn: boolean) {
  const auth: Record<string, string> = signedIn ? { Cookie: cookie } : {}
  const get = await fetch(`${server.url}${path}?${query}`, { headers: auth })
  const post = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { ...overrideHeaders, ...auth },
    body: query,
  })
  return { get, post, getBody: await get.text(), postBody: await post.text() }
}

describe('the admin’s method-override reads', () => {
  it('answer a picker’s lookup as its GET, signed in and not', async () => {
    const query = new URLSearchParams({ ...adminRequests.relationLookup.body, locale: 'az' }).toString()
    for (const signedIn of [true, false]) {
      const { get, post, getBody, postBody } = await both('/api/categories', query, signedIn)
      expect(post.status).toBe(200)
      expect(post.status).toBe(get.status)
      expect(JSON.parse(postBody)).toEqual(JSON.parse(getBody))
      expect((JSON.parse(postBody) as { docs: unknown[] }).docs.length).toBe(1)
      expect(post.headers.get('cache-control')).toBe(get.headers.get('cache-control'))
    }
  })

  it('keep a GET’s bounds and refusals, in the caller’s language', async () => {
    for (const [query, status] of [
      ['depth=9', 200],
      ['limit=abc', 400],
      ['where[publishedAt][greater_than]=not-a-date', 400],
    ] as const) {
      const { get, post, getBody, postBody } = await both('/api/news', `${query}&locale=ar`, false)
      expect(get.status).toBe(status)
      expect(post.status).toBe(status)
      expect(JSON.parse(postBody)).toEqual(JSON.parse(getBody))
    }
    const many = await both('/api/news', 'limit=5000&depth=0', true)
    expect(many.post.status).toBe(many.get.status)
    expect((JSON.parse(many.postBody) as { limit: number }).limit).toBe(
      (JSON.parse(many.getBody) as { limit: number }).limit,
    )
  })

  it('read drafts only for staff, as a GET does', async () => {
    const anonymous = await both('/api/news', 'draft=true&depth=0&select[title]=true', false)
    const staff = await both('/api/news', 'draft=true&depth=0&select[title]=true', true)
    expect(JSON.parse(anonymous.postBody)).toEqual(JSON.parse(anonymous.getBody))
    expect(JSON.parse(staff.postBody)).toEqual(JSON.parse(staff.getBody))
    expect(staff.post.headers.get('cache-control')).toBe(staff.get.headers.get('cache-control'))
    expect(staff.post.headers.get('etag')).toBe(staff.get.headers.get('etag'))
  })
})
