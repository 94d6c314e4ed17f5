import { afterAll, describe, expect, it } from '@jest/globals'

import { ADMIN, type ServerProcess, startProductionServer } from '../helpers/serverProcess'

/**
 * Scheduled publishing against the built server: the server's own runner makes the move within a
 * minute of its time, and a move scheduled before a restart still happens after it.
 */
let server: ServerProcess | null = null

afterAll(async () => {
  await server?.stop()
})

const signIn = async (url: string): Promise<string> => {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  return ((await response.json()) as { token: string }).token
}

const call = async (url: string, token: string, method: string, path: string, body: unknown) => {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify(body),
  })
  const json = (await response.json()) as Record<string, unknown>
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`)
  return json
}

/** An approved Arabic news item, scheduled to be published `inSeconds` from now. */
async function scheduled(url: string, title: string, inSeconds: number): Promise<{ id: string; at: number }> {
  const token = await signIn(url)
  const { doc } = (await call(url, token, 'POST', '/api/news?locale=ar&draft=true', { title })) as {
    doc: { id: number }
  }
  for (const to of ['in_review', 'approved'])
    await call(url, token, 'POST', `/api/news/${doc.id}/workflow`, { locale: 'ar', to })
  const at = Date.now() + inSeconds * 1000
  const answer = await call(url, token, 'POST', `/api/news/${doc.id}/workflow`, {
    locale: 'ar',
    to: 'published',
    at: new Date(at).toISOString(),
  })
  expect(answer).toMatchObject({ stage: 'approved', scheduledAt: new Date(at).toISOString() })
  return { id: String(doc.id), at }
}

/** Waits for the public to read the item, at most a minute past its time; answers how late it was. */
async function publishedAfter(url: string, id: string, at: number): Promise<number | null> {
  while (Date.now() < at + 60_000) {
    const response = await fetch(`${url}/api/news/${id}?locale=ar&depth=0`).catch((error: unknown) => {
      // The server went away: say what it said last.
      throw new Error(`${String(error)}; the server's last words:\n${server?.output().slice(-4000) ?? ''}`)
    })
    if (response.status === 200) return Date.now() - at
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  return null
}

describe('scheduled publishing on the running server', () => {
  it('publishes within a minute of the time, and after a restart too', async () => {
    server = await startProductionServer()
    const first = await scheduled(server.url, 'خبر ينشر في موعده', 5)
    expect(await fetch(`${server.url}/api/news/${first.id}?locale=ar`).then((r) => r.status)).toBe(404)
    const late = await publishedAfter(server.url, first.id, first.at)
    console.log(`[workflow] scheduled publish made ${late} ms after its time`)
    expect(late).not.toBeNull()

    const second = await scheduled(server.url, 'خبر ينشر بعد إعادة التشغيل', 20)
    await server.stop({ keepDatabase: true })
    server = await startProductionServer({ DATABASE_URI: `file:${server.databaseFile}` })
    const afterRestart = await publishedAfter(server.url, second.id, second.at)
    console.log(`[workflow] after a restart, scheduled publish made ${afterRestart} ms after its time`)
    expect(afterRestart).not.toBeNull()
  })
})
