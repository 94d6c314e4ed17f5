import { createClient } from '@libsql/client'
import { afterAll, describe, expect, it } from '@jest/globals'

import { ADMIN, type ServerProcess, startProductionServer } from '../helpers/serverProcess'

/**
 * SQLite runs in WAL mode; the server is killed with SIGKILL in the middle of a burst of writes,
 * and the database then opens consistent, with every write that was acknowledged present.
 */
let server: ServerProcess | null = null
let restarted: ServerProcess | null = null

afterAll(async () => {
  await restarted?.stop()
  await server?.stop()
})

describe('a crash mid-write', () => {
  it('keeps every acknowledged write and a consistent database after SIGKILL', async () => {
    server = await startProductionServer({ LOG_LEVEL: 'warn', RESPONSE_CACHE_ENTRIES: '0' })
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(ADMIN),
    })
    const { token } = (await login.json()) as { token: string }
    const journal = await createClient({ url: `file:${server.databaseFile}` }).execute('PRAGMA journal_mode')
    expect(journal.rows[0]?.journal_mode).toBe('wal')

    const acknowledged: { id: number; title: string }[] = []
    let sent = 0
    const write = async (worker: number) => {
      for (;;) {
        const title = `خبر ${worker}-${sent++}`
        const response = await fetch(`${server?.url}/api/news?draft=true&depth=0`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
          body: JSON.stringify({ title, excerpt: 'نص قصير'.repeat(20) }),
        }).catch(() => null)
        if (!response) return
        if (response.status !== 201) continue
        // A write whose answer the kill cut short was never acknowledged: its writer cannot know its id.
        const answer = (await response.json().catch(() => null)) as null | { doc: { id: number } }
        if (!answer) return
        acknowledged.push({ id: answer.doc.id, title })
      }
    }
    const writers = [1, 2, 3, 4].map(write)
    while (acknowledged.length < 40) await new Promise((resolve) => setTimeout(resolve, 20))
    server.child.kill('SIGKILL')
    await Promise.all(writers)
    expect(acknowledged.length).toBeGreaterThanOrEqual(40)
    expect(sent).toBeGreaterThan(acknowledged.length)

    const database = createClient({ url: `file:${server.databaseFile}` })
    expect((await database.execute('PRAGMA integrity_check')).rows[0]?.integrity_check).toBe('ok')
    expect((await database.execute('PRAGMA foreign_key_check')).rows).toEqual([])
    const stored = await database.execute(
      `SELECT n.id, l.title FROM news n JOIN news_locales l ON l._parent_id = n.id AND l._locale = 'ar'`,
    )
    const titles = new Map(stored.rows.map((row) => [Number(row.id), String(row.title)]))
    for (const { id, title } of acknowledged) expect(titles.get(id)).toBe(title)
    database.close()

    // The server starts again on the same file and serves them.
    const file = server.databaseFile
    await server.stop({ keepDatabase: true })
    server = null
    restarted = await startProductionServer({ LOG_LEVEL: 'warn', DATABASE_URI: `file:${file}`, SEED_ON_START: 'false' })
    const relogin = await fetch(`${restarted.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(ADMIN),
    })
    const fresh = ((await relogin.json()) as { token: string }).token
    const last = acknowledged[acknowledged.length - 1]
    const read = await fetch(`${restarted.url}/api/news/${last.id}?draft=true&depth=0`, {
      headers: { Authorization: `JWT ${fresh}` },
    })
    expect(((await read.json()) as { title: string }).title).toBe(last.title)
  })
})
