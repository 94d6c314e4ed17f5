import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { News } from '../../src/payload-types'

import { overrideEnv } from '../helpers/env'
import { initTestPayload, type TestContext } from '../helpers/payload'
import { RestClient } from '../helpers/rest'
import { startMailServer, type TestMailServer } from '../helpers/smtp'
import { PASSWORD } from '../helpers/users'

let t: TestContext
let mail: TestMailServer
let restoreEnv: () => void
const clients = new Map<string, RestClient>()

beforeAll(async () => {
  mail = await startMailServer()
  restoreEnv = overrideEnv(mail.env)
  t = await initTestPayload('workflow_mail')
  const people = [
    { email: 'chair@eafs.test', roles: ['admin'], language: 'en' },
    { email: 'leyla@eafs.test', name: 'Leyla', roles: ['editor'], language: 'az' },
    { email: 'omar@eafs.test', name: 'Omar', roles: ['editor'], language: 'en' },
    { email: 'mona@eafs.test', name: 'منى', roles: ['author'], language: 'ar' },
  ] as const
  for (const person of people) {
    await t.payload.create({
      collection: 'users',
      data: { ...person, roles: [...person.roles], password: PASSWORD },
      overrideAccess: true,
    })
    const client = new RestClient(t.config)
    await client.login(person.email, PASSWORD)
    clients.set(person.email, client)
    // Signing in remembers the admin language of the request; each person's own comes after.
    await t.payload.update({
      collection: 'users',
      where: { email: { equals: person.email } },
      data: { language: person.language },
      overrideAccess: true,
    })
  }
})

afterAll(async () => {
  await t.destroy()
  await mail.stop()
  restoreEnv()
})

const as = (email: string): RestClient => {
  const client = clients.get(email)
  if (!client) throw new Error(`no client for ${email}`)
  return client
}

const move = (email: string, id: number | string, body: Record<string, unknown>) =>
  as(email).request('POST', `/news/${id}/workflow`, { body: JSON.stringify(body) })

describe('workflow e-mail', () => {
  it('tells every editor of a submission, and the author of a change request, each in their language', async () => {
    const created = await as('mona@eafs.test').post('/news?locale=ar', { title: 'محاضرة عن نظامي الكنجوي' })
    const { doc } = (await created.json()) as { doc: News }
    expect((await move('mona@eafs.test', doc.id, { locale: 'ar', to: 'in_review' })).status).toBe(200)

    const toLeyla = await mail.mailTo('leyla@eafs.test')
    expect(toLeyla.subject).toBe('Yoxlamaya: محاضرة عن نظامي الكنجوي (Ərəb dili)')
    expect(toLeyla.html).toContain('lang="az"')
    expect(toLeyla.text).toContain('منى «محاضرة عن نظامي الكنجوي» qeydinin Ərəb dili variantını yoxlamaya göndərdi.')
    expect(toLeyla.html).toContain(`/admin/collections/news/${doc.id}?locale=ar`)
    const toOmar = await mail.mailTo('omar@eafs.test')
    expect(toOmar.subject).toBe('For review: محاضرة عن نظامي الكنجوي (Arabic)')

    expect(
      (await move('leyla@eafs.test', doc.id, { locale: 'ar', to: 'changes_requested', comment: 'أضف موعد المحاضرة' }))
        .status,
    ).toBe(200)
    const toMona = await mail.mailTo('mona@eafs.test')
    expect(toMona.subject).toBe('مطلوب تعديلات: محاضرة عن نظامي الكنجوي (العربية)')
    expect(toMona.html).toContain('dir="rtl"')
    expect(toMona.text).toContain('التعليق: أضف موعد المحاضرة')
    expect(toMona.text).toContain('Leyla')

    // Nobody hears of their own move, and nobody else of a change request.
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(mail.received.filter((m) => m.to.includes('leyla@eafs.test'))).toHaveLength(1)
    expect(mail.received.filter((m) => m.to.includes('chair@eafs.test'))).toHaveLength(0)
    expect(mail.received.filter((m) => m.to.includes('mona@eafs.test'))).toHaveLength(1)
  })
})
