import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { News } from '../../src/payload-types'

import { initTestPayload, type TestContext } from '../helpers/payload'
import { RestClient } from '../helpers/rest'
import { createStaff, PASSWORD } from '../helpers/users'

/**
 * Every role × every transition from every stage, allowed and refused, alternately through REST
 * and GraphQL, on the Azerbaijani translation of an entry whose Arabic source is published. The
 * expected answers are written out here from the rules in the issue, not computed by the code
 * under test. After each allowed move the public read is checked; after each refused one, that
 * nothing changed.
 */
let t: TestContext
type Role = 'admin' | 'editor' | 'author' | 'otherAuthor' | 'translator' | 'arTranslator'
type Stage = 'draft' | 'in_review' | 'changes_requested' | 'approved' | 'published' | 'unpublished'
const roles: Role[] = ['admin', 'editor', 'author', 'otherAuthor', 'translator', 'arTranslator']
const targets: Stage[] = ['in_review', 'changes_requested', 'approved', 'published', 'unpublished']
const clients = {} as Record<Role, RestClient>
let anonymous: RestClient

/** Who may ask for each move on the Azerbaijani text of the author's entry. */
const mayAsk: Record<Stage, Role[]> = {
  draft: [],
  in_review: ['admin', 'editor', 'author', 'translator'],
  changes_requested: ['admin', 'editor'],
  approved: ['admin', 'editor'],
  published: ['admin', 'editor'],
  unpublished: ['admin', 'editor'],
}
/** Which moves each stage allows. */
const possible: Record<Stage, Stage[]> = {
  draft: ['in_review'],
  changes_requested: ['in_review'],
  in_review: ['approved', 'changes_requested'],
  approved: ['published', 'changes_requested'],
  published: ['unpublished'],
  unpublished: ['published'],
}
/** How an entry's Azerbaijani text reaches each stage (by an editor). */
const pathTo: Record<Stage, Stage[]> = {
  draft: [],
  in_review: ['in_review'],
  changes_requested: ['in_review', 'changes_requested'],
  approved: ['in_review', 'approved'],
  published: ['in_review', 'approved', 'published'],
  unpublished: ['in_review', 'approved', 'published', 'unpublished'],
}

let calls = 0
/** One move, through REST or GraphQL in turn; the status as REST would give it. */
async function move(role: Role, id: number | string, to: Stage): Promise<number> {
  calls += 1
  const comment = to === 'changes_requested' ? 'راجع المصطلحات' : undefined
  if (calls % 2 === 0) {
    const response = await clients[role].request('POST', `/news/${id}/workflow`, {
      body: JSON.stringify({ locale: 'az', to, comment }),
    })
    return response.status
  }
  const { body } = await clients[role].query(
    'mutation($id: String!, $to: String!, $comment: String) { workflowTransition(collection: "news", id: $id, locale: "az", to: $to, comment: $comment) { stage } }',
    { id: String(id), to, comment },
  )
  const status = body.errors?.[0]?.extensions?.statusCode
  return typeof status === 'number' ? status : 200
}

async function entryAt(stage: Stage): Promise<number | string> {
  const created = await clients.author.post('/news?locale=ar', {
    title: `خبر ${Math.random().toString(36).slice(2, 8)}`,
  })
  const { doc } = (await created.json()) as { doc: News }
  for (const to of ['in_review', 'approved', 'published'] as const) {
    expect(
      (await clients.editor.request('POST', `/news/${doc.id}/workflow`, { body: JSON.stringify({ locale: 'ar', to }) }))
        .status,
    ).toBe(200)
  }
  expect(
    (await clients.author.patch(`/news/${doc.id}?locale=az&draft=true`, { title: 'Azərbaycanca başlıq' })).status,
  ).toBe(200)
  for (const to of pathTo[stage]) {
    const response = await clients.editor.request('POST', `/news/${doc.id}/workflow`, {
      body: JSON.stringify({ locale: 'az', to, comment: to === 'changes_requested' ? 'düzəlt' : undefined }),
    })
    expect(response.status).toBe(200)
  }
  return doc.id
}

const stageOf = async (id: number | string) =>
  (await t.payload.findByID({ collection: 'news', id, draft: true, depth: 0, locale: 'az', fallbackLocale: false }))
    .workflow?.az

/** What an anonymous Azerbaijani reader gets without fallback: the translation or nothing. */
const publicAzerbaijani = async (id: number | string) => {
  const response = await anonymous.get(`/news/${id}?locale=az&fallback-locale=none&depth=0`)
  return response.status === 200 ? ((await response.json()) as News).title : null
}

beforeAll(async () => {
  t = await initTestPayload('matrix')
  anonymous = new RestClient(t.config)
  const accounts: Record<Role, string> = {
    admin: await createStaff(t.payload, 'admin'),
    editor: await createStaff(t.payload, 'editor'),
    author: await createStaff(t.payload, 'author'),
    otherAuthor: await createStaff(t.payload, 'author'),
    translator: await createStaff(t.payload, 'translator', ['az']),
    arTranslator: await createStaff(t.payload, 'translator', ['ar', 'en']),
  }
  for (const role of roles) {
    clients[role] = new RestClient(t.config)
    await clients[role].login(accounts[role], PASSWORD)
  }
})

afterAll(async () => {
  await t.destroy()
})

describe('every role × every transition × every stage', () => {
  for (const from of Object.keys(possible) as Stage[]) {
    it(`from ${from}`, async () => {
      const shared = await entryAt(from)
      const before = await publicAzerbaijani(shared)
      for (const role of roles) {
        for (const to of targets) {
          const allowed = mayAsk[to].includes(role)
          const expected = !allowed ? 403 : possible[from].includes(to) ? 200 : 409
          const id = expected === 200 ? await entryAt(from) : shared
          const status = await move(role, id, to)
          expect({ role, from, to, status }).toEqual({ role, from, to, status: expected })
          if (expected !== 200) {
            expect(await stageOf(id)).toBe(from)
            expect(await publicAzerbaijani(id)).toBe(before)
            continue
          }
          expect(await stageOf(id)).toBe(to)
          expect(await publicAzerbaijani(id)).toBe(
            to === 'published' ? 'Azərbaycanca başlıq' : to === 'unpublished' ? null : before,
          )
        }
      }
    })
  }
})
