import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { mediaDir } from '../../src/paths'
import { databaseChecksum, folderChecksum, type HostileAnswer, INTERNAL_TEXT, sendHostile } from '../helpers/hostile'
import { ADMIN, type ServerProcess, startProductionServer } from '../helpers/serverProcess'
import { corpus, type HostileRequest, type Sender } from './hostile/corpus'

/**
 * The corpus of hostile requests (tests/http/hostile/corpus.ts) against the built server, with the
 * seeded content: each ends in a 4xx with a clear message in the caller's language, or in a
 * sanitized success; none ends in a 5xx, runs past its time bound, or changes anything (a checksum of
 * every table and of the media folder is compared before and after).
 */
const TIMEOUT_MS = 8_000
const STAFF_PASSWORD = 'a-long-staff-password-for-tests'
let server: ServerProcess
const tokens: Partial<Record<Sender, string>> = {}

const errorMessages = (answer: HostileAnswer): string[] => {
  try {
    const body = JSON.parse(answer.text) as { errors?: { message?: unknown }[]; message?: unknown }
    const messages = (body.errors ?? []).map((error) => error.message)
    if (typeof body.message === 'string') messages.push(body.message)
    return messages.filter((message): message is string => typeof message === 'string')
  } catch {
    return []
  }
}

const arabic = /[\u0600-\u06FF]/

beforeAll(async () => {
  server = await startProductionServer({
    LOG_LEVEL: 'fatal',
    REQUEST_TIMEOUT_MS: String(TIMEOUT_MS),
    RESPONSE_CACHE_ENTRIES: '0',
  })
  const login = async (email: string, password: string) => {
    const response = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
    return ((await response.json()) as { token: string }).token
  }
  tokens.admin = await login(ADMIN.email, ADMIN.password)
  for (const role of ['editor', 'author', 'translator'] as const) {
    const email = `corpus-${role}@eafs.test`
    const created = await fetch(`${server.url}/api/users`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens.admin}` },
      body: JSON.stringify({
        email,
        password: STAFF_PASSWORD,
        roles: [role],
        translatorLocales: role === 'translator' ? ['az'] : [],
      }),
    })
    expect(created.status).toBe(201)
    tokens[role] = await login(email, STAFF_PASSWORD)
  }
  await fetch(`${server.url}/api/users`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens.admin}` },
    body: JSON.stringify({ email: 'corpus-target@eafs.test', password: STAFF_PASSWORD, roles: ['author'] }),
  })
})

afterAll(async () => {
  await server?.stop()
})

describe('hostile requests', () => {
  it(`${corpus.length} requests: each a 4xx with a clear message or a sanitized success, in time, changing nothing`, async () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200)
    const before = { database: await databaseChecksum(server.databaseFile), media: folderChecksum(mediaDir) }
    const problems: string[] = []
    const note = (request: HostileRequest, answer: HostileAnswer, problem: string) =>
      problems.push(`${request.category} · ${request.name}: ${problem} (${answer.status} ${answer.text.slice(0, 160)})`)
    for (const request of corpus) {
      const answer = await sendHostile(
        server.url,
        { ...request, headers: { 'Accept-Language': 'ar', ...request.headers } },
        tokens,
      )
      const messages = errorMessages(answer)
      if (answer.status >= 500) note(request, answer, 'a server error')
      if (request.expect && answer.status !== request.expect) note(request, answer, `not ${request.expect}`)
      if (answer.ms > TIMEOUT_MS + 2_000) note(request, answer, `${Math.round(answer.ms)} ms`)
      if (answer.status >= 400 && answer.status < 500 && messages.length === 0) note(request, answer, 'no message')
      for (const message of messages) {
        if (INTERNAL_TEXT.some((pattern) => pattern.test(message))) note(request, answer, 'internal text')
        else if (answer.status >= 400 && !arabic.test(message)) note(request, answer, 'not in the caller’s language')
      }
    }
    const after = { database: await databaseChecksum(server.databaseFile), media: folderChecksum(mediaDir) }
    const changed = Object.keys({ ...before.database, ...after.database }).filter(
      (table) => before.database[table] !== after.database[table],
    )
    if (changed.length > 0) problems.push(`tables changed: ${changed.join(', ')}`)
    if (before.media !== after.media) problems.push('the media folder changed')
    expect(problems).toEqual([])
  })
})

describe('security headers', () => {
  it('sends a CSP, nosniff, a referrer policy and no X-Powered-By, on the admin and the API; HSTS only behind TLS', async () => {
    for (const path of ['/admin/login', '/api/news?limit=1', '/api/nope']) {
      const response = await fetch(`${server.url}${path}`)
      const headers = response.headers
      expect(headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
      expect(headers.get('content-security-policy')).toContain("object-src 'none'")
      expect(headers.get('x-content-type-options')).toBe('nosniff')
      expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(headers.get('x-powered-by')).toBeNull()
      expect(headers.get('strict-transport-security')).toBeNull()
      await response.arrayBuffer()
    }
    // Behind a TLS-terminating proxy on the same host (TRUST_PROXY=loopback, the default).
    const secure = await fetch(`${server.url}/api/news?limit=1`, { headers: { 'X-Forwarded-Proto': 'https' } })
    expect(secure.headers.get('strict-transport-security')).toMatch(/max-age=\d+/)
  })

  it('sets the sign-in cookie Secure, HttpOnly and SameSite=Lax in production', async () => {
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(ADMIN),
    })
    const cookie = login.headers.getSetCookie().find((line) => line.startsWith('payload-token=')) ?? ''
    expect(cookie).toMatch(/; Secure/i)
    expect(cookie).toMatch(/; HttpOnly/i)
    expect(cookie).toMatch(/; SameSite=Lax/i)
  })

  it('refuses GraphQL introspection in production', async () => {
    const response = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
    })
    const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] }
    expect(body.data ?? null).toBeNull()
    expect(body.errors?.[0]?.message).toMatch(/introspection/i)
  })

  it('answers a request whose address is too long with a 431 and a message, not an empty answer', async () => {
    const response = await fetch(`${server.url}/api/news?where[title][in]=${'x,'.repeat(12_000)}`)
    expect(response.status).toBe(431)
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/[\u0600-\u06FF]/)
  })
})
