import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { ADMIN, type ServerProcess, startProductionServer } from '../helpers/serverProcess'

/**
 * Delivery against the built server: which browser origins CORS grants (the society's site from
 * CORS_ORIGINS, an API client's own origin, nobody else), revoking a client, and the admin's cookie
 * refused on a write from another origin.
 */
const SITE = 'https://site.example'
const PARTNER = 'https://partner.example'
const STRANGER = 'https://stranger.example'
const KEY = 'partner-key-0123456789abcdef0123'

let server: ServerProcess
let token = ''
let cookie = ''
let clientId = 0
let newsId = 0

const admin = (method: string, path: string, body?: unknown) =>
  fetch(`${server.url}${path}`, { method, headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` }, body: body === undefined ? undefined : JSON.stringify(body) })

const fromOrigin = (origin: string, init: RequestInit & { path?: string } = {}) =>
  fetch(`${server.url}${init.path ?? '/api/news?locale=az'}`, { ...init, headers: { Origin: origin, ...init.headers } })

beforeAll(async () => {
  server = await startProductionServer({ LOG_LEVEL: 'warn', CORS_ORIGINS: SITE })
  const login = await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ADMIN) })
  token = ((await login.json()) as { token: string }).token
  cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]
  const created = await admin('POST', '/api/api-clients', { name: 'Partner page', enableAPIKey: true, apiKey: KEY, origins: [{ origin: PARTNER }] })
  clientId = ((await created.json()) as { doc: { id: number } }).doc.id
  newsId = ((await (await fetch(`${server.url}/api/news?depth=0&limit=1`)).json()) as { docs: { id: number }[] }).docs[0].id
})

afterAll(async () => {
  await server?.stop()
})

describe('CORS', () => {
  it('grants the society’s site, with its cookie, and says the answer varies by origin', async () => {
    const response = await fromOrigin(SITE)
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe(SITE)
    expect(response.headers.get('access-control-allow-credentials')).toBe('true')
    expect(response.headers.get('access-control-expose-headers')).toContain('Content-Language')
    expect(response.headers.get('vary')).toMatch(/Origin/i)
  })

  it('grants an API client’s origin for reads with its key, without cookies', async () => {
    const preflight = await fromOrigin(PARTNER, { method: 'OPTIONS', headers: { 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' } })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe(PARTNER)
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization')
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, HEAD, POST')
    const response = await fromOrigin(PARTNER, { headers: { Authorization: `api-clients API-Key ${KEY}` } })
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe(PARTNER)
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
  })

  it('grants any other origin nothing', async () => {
    const preflight = await fromOrigin(STRANGER, { method: 'OPTIONS', headers: { 'Access-Control-Request-Method': 'GET' } })
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
    const response = await fromOrigin(STRANGER)
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('stops granting a client’s origin, and refuses its key, from the request after it is revoked', async () => {
    expect((await admin('PATCH', `/api/api-clients/${clientId}`, { revoked: true })).status).toBe(200)
    expect((await fromOrigin(PARTNER)).headers.get('access-control-allow-origin')).toBeNull()
    expect((await fromOrigin(PARTNER, { headers: { Authorization: `api-clients API-Key ${KEY}` } })).status).toBe(401)
  })
})

describe('the admin’s cookie', () => {
  const patch = (origin: string) =>
    fromOrigin(origin, {
      path: `/api/news/${newsId}?locale=ar&draft=true`,
      method: 'PATCH',
      headers: { Cookie: cookie, 'Content-Type': 'application/json' },
      body: JSON.stringify({ excerpt: `written from ${origin}` }),
    })

  it('writes from the admin itself and from the society’s site', async () => {
    expect((await patch(server.url)).status).toBe(200)
    expect((await patch(SITE)).status).toBe(200)
  })

  it('is ignored on a write from another origin, which changes nothing', async () => {
    const response = await patch(STRANGER)
    expect(response.status).toBe(403)
    const doc = (await (await admin('GET', `/api/news/${newsId}?locale=ar&draft=true&depth=0`)).json()) as { excerpt: string }
    expect(doc.excerpt).toBe(`written from ${SITE}`)
  })
})
