import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { User } from '../../src/payload-types'

import { overrideEnv } from '../helpers/env'
import { initTestPayload, type TestContext } from '../helpers/payload'
import { firstLink, startMailServer, type TestMailServer } from '../helpers/smtp'
import { PASSWORD } from '../helpers/users'

let t: TestContext
let mail: TestMailServer
let restoreEnv: () => void

beforeAll(async () => {
  mail = await startMailServer()
  // The configuration reads the environment when it loads: point it at the test SMTP server.
  restoreEnv = overrideEnv(mail.env)
  t = await initTestPayload('password_reset')
})

afterAll(async () => {
  await t.destroy()
  await mail.stop()
  restoreEnv()
})

const createUser = async (email: string, language: User['language']) =>
  t.payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, name: 'Leyla', roles: ['editor'], language },
    overrideAccess: true,
  })

const forgot = async (email: string, language = 'ar') => {
  const response = await t.rest.request('POST', '/users/forgot-password', {
    body: JSON.stringify({ email }),
    headers: { 'Accept-Language': language },
  })
  return { status: response.status, body: (await response.json()) as unknown }
}

describe('password reset by e-mail', () => {
  it('mails a reset link in the user’s language through SMTP, and the link sets a new password', async () => {
    const email = 'leyla@eafs.test'
    await createUser(email, 'az')

    const answer = await forgot(email)
    expect(answer.status).toBe(200)

    const message = await mail.mailTo(email)
    expect(message.auth).toBe(mail.user)
    expect(message.from).toContain('cms@eafs.test')
    expect(message.subject).toBe('Parolun yenilənməsi')
    expect(message.html).toContain('lang="az"')
    expect(message.html).toContain('dir="ltr"')
    expect(message.text).toContain('Salam, Leyla!')

    const link = new URL(firstLink(message.html))
    expect(`${link.origin}`).toBe(t.config.serverURL)
    const match = /^\/admin\/reset\/([0-9a-f]{40})$/.exec(link.pathname)
    expect(match).not.toBeNull()
    const token = match?.[1] ?? ''

    const newPassword = 'a-brand-new-long-password'
    const reset = await t.rest.post('/users/reset-password', { token, password: newPassword })
    expect(reset.status).toBe(200)

    await expect(t.rest.login(email, PASSWORD)).rejects.toThrow(/login failed/)
    await t.rest.login(email, newPassword)
    expect(t.rest.token).toBeTruthy()
    t.rest.logout()

    // A used link does not work twice.
    const again = await t.rest.post('/users/reset-password', { token, password: 'yet-another-long-password' })
    expect(again.status).toBeGreaterThanOrEqual(400)
    expect(again.status).toBeLessThan(500)
  })

  it('writes Arabic mail right to left', async () => {
    const email = 'samira@eafs.test'
    await createUser(email, 'ar')
    await forgot(email, 'en')
    const message = await mail.mailTo(email)
    expect(message.subject).toBe('إعادة تعيين كلمة المرور')
    expect(message.html).toContain('dir="rtl"')
    expect(message.html).toContain('lang="ar"')
    expect(message.text).toContain('تعيين كلمة مرور جديدة')
  })

  it('answers an unknown address exactly as a known one, and mails nobody', async () => {
    const email = 'known@eafs.test'
    await createUser(email, 'en')
    const before = mail.received.length
    const unknown = await forgot('nobody-here@eafs.test')
    const known = await forgot(email)
    expect(unknown).toEqual(known)
    expect(known.status).toBe(200)
    const message = await mail.mailTo(email)
    expect(message.subject).toBe('Reset your password')
    expect(mail.received.slice(before).map((m) => m.to)).toEqual([[email]])
  })

  it('remembers the admin language a user signs in with, for later e-mails', async () => {
    const email = 'tural@eafs.test'
    await createUser(email, 'ar')
    const response = await t.rest.request('POST', '/users/login', {
      body: JSON.stringify({ email, password: PASSWORD }),
      headers: { 'Accept-Language': 'az' },
    })
    expect(response.status).toBe(200)
    const user = await t.payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      overrideAccess: true,
    })
    expect(user.docs[0]?.language).toBe('az')
  })
})
