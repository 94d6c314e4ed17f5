import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'

import { CLIENT_ADDRESS_HEADER } from '../../src/lib/clientAddress'
import { passwordIsRight } from '../../src/lib/passwords'
import { SIGN_IN_LIMITS } from '../../src/signin'
import { initTestPayload, type TestContext } from '../helpers/payload'
import { expectInvalid } from '../helpers/rest'

/**
 * Sign-in protection and the password policy, through Payload's real REST and GraphQL handlers.
 * The server writes the client's address into a header of its own (src/lib/clientAddress.ts);
 * here each request names its address the same way, as the server would.
 */
let t: TestContext
const GOOD = 'a-long-and-unusual-passphrase'

const signIn = (email: string, password: string, address: string) =>
  t.rest.request('POST', '/users/login', {
    body: JSON.stringify({ email, password }),
    headers: { [CLIENT_ADDRESS_HEADER]: address },
  })

const createUser = async (email: string, roles: string[] = ['author']) => {
  const { id } = await t.payload.create({
    collection: 'users',
    data: { email, password: GOOD, roles: roles as ['author'] },
    overrideAccess: true,
  })
  return id
}

beforeAll(async () => {
  t = await initTestPayload('signin')
  await createUser('boss@eafs.test', ['admin'])
  await createUser('editor@eafs.test', ['editor'])
})

afterAll(async () => {
  await t.destroy()
})

describe('throttling', () => {
  it('refuses an address after 5 failures for one account, with 429 and Retry-After; another address still signs in', async () => {
    await createUser('pair@eafs.test')
    for (let i = 0; i < SIGN_IN_LIMITS.pair.points; i++)
      expect((await signIn('pair@eafs.test', 'wrong-password-here', '10.0.0.1')).status).toBe(401)
    const refused = await signIn('pair@eafs.test', GOOD, '10.0.0.1')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect(((await refused.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/\d+/)
    expect((await signIn('pair@eafs.test', GOOD, '10.0.0.2')).status).toBe(200)
  })

  it('treats an unknown account like a known one: the same 401 and message, then the same 429', async () => {
    await createUser('known@eafs.test')
    const known = await signIn('known@eafs.test', 'wrong-password-here', '10.0.1.1')
    const unknown = await signIn('nobody-here@eafs.test', 'wrong-password-here', '10.0.1.1')
    expect(unknown.status).toBe(known.status)
    expect(await unknown.json()).toEqual(await known.json())
    for (let i = 1; i < SIGN_IN_LIMITS.pair.points; i++)
      await signIn('nobody-here@eafs.test', 'wrong-password-here', '10.0.1.1')
    expect((await signIn('nobody-here@eafs.test', 'wrong-password-here', '10.0.1.1')).status).toBe(429)
  })

  it('takes as long to refuse an unknown account as a wrong password (one password hash each)', async () => {
    await createUser('timing@eafs.test')
    const median = async (email: string, address: string) => {
      const times: number[] = []
      for (let i = 0; i < 4; i++) {
        const started = performance.now()
        await signIn(email, 'wrong-password-here', `${address}.${i}`)
        times.push(performance.now() - started)
      }
      return times.sort((a, b) => a - b)[2]
    }
    const known = await median('timing@eafs.test', '10.0.2')
    const unknown = await median('nobody-timing@eafs.test', '10.0.3')
    // Before, an unknown account answered in a few milliseconds against a hash's hundreds.
    expect(unknown / known).toBeGreaterThan(0.5)
    expect(unknown / known).toBeLessThan(2)
  })

  it('refuses an address after 20 failures whatever the accounts', async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.address.points; i++)
      await signIn(`spray-${i}@eafs.test`, 'wrong-password-here', '10.0.4.1')
    await createUser('sprayed@eafs.test')
    expect((await signIn('sprayed@eafs.test', GOOD, '10.0.4.1')).status).toBe(429)
  })

  it('refuses an account after 50 failures from anywhere, but never an address that signed in to it before', async () => {
    await createUser('target@eafs.test')
    expect((await signIn('target@eafs.test', GOOD, '10.0.5.1')).status).toBe(200)
    for (let i = 0; i < SIGN_IN_LIMITS.account.points; i++)
      await signIn('target@eafs.test', 'wrong-password-here', `10.1.${i}.1`)
    expect((await signIn('target@eafs.test', GOOD, '10.0.5.99')).status).toBe(429)
    expect((await signIn('target@eafs.test', GOOD, '10.0.5.1')).status).toBe(200)
  })

  it('throttles GraphQL sign-in too', async () => {
    await createUser('graph@eafs.test')
    const login = () =>
      t.rest.query<{ loginUser: { token: string } | null }>(
        'mutation { loginUser(email: "graph@eafs.test", password: "wrong-password-here") { token } }',
        undefined,
        { [CLIENT_ADDRESS_HEADER]: '10.0.6.1' },
      )
    for (let i = 0; i < SIGN_IN_LIMITS.pair.points; i++)
      expect((await login()).body.errors?.[0]?.extensions?.statusCode).toBe(401)
    expect((await login()).body.errors?.[0]?.extensions?.statusCode).toBe(429)
  })

  it('lets only administrators unlock, and an unlock clears the counts', async () => {
    await createUser('locked@eafs.test')
    for (let i = 0; i < SIGN_IN_LIMITS.pair.points; i++)
      await signIn('locked@eafs.test', 'wrong-password-here', '10.0.7.1')
    expect((await signIn('locked@eafs.test', GOOD, '10.0.7.1')).status).toBe(429)
    await t.rest.login('editor@eafs.test', GOOD)
    expect((await t.rest.post('/users/unlock', { email: 'locked@eafs.test' })).status).toBe(403)
    await t.rest.login('boss@eafs.test', GOOD)
    expect((await t.rest.post('/users/unlock', { email: 'locked@eafs.test' })).status).toBe(200)
    t.rest.logout()
    expect((await signIn('locked@eafs.test', GOOD, '10.0.7.1')).status).toBe(200)
  })
})

describe('logs', () => {
  it('logs wrong passwords and refused sign-ins at info, not as errors, through Payload’s loggingLevels', async () => {
    await createUser('logged@eafs.test')
    const error = jest.spyOn(t.payload.logger, 'error')
    const info = jest.spyOn(t.payload.logger, 'info')
    try {
      for (let i = 0; i <= SIGN_IN_LIMITS.pair.points; i++)
        await signIn('logged@eafs.test', 'wrong-password-here', '10.0.10.1')
      expect(error).not.toHaveBeenCalled()
      const messages = info.mock.calls.map(([entry]) => JSON.stringify(entry))
      expect(messages.filter((line) => /"msg"/.test(line)).length).toBeGreaterThanOrEqual(
        SIGN_IN_LIMITS.pair.points + 1,
      )
    } finally {
      error.mockRestore()
      info.mockRestore()
    }
  })
})

describe('Payload’s own login is the only password check (src/lib/passwords.ts)', () => {
  const traces = async (email: string) => {
    const { docs } = await t.payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      showHiddenFields: true,
      overrideAccess: true,
    })
    const { sessions, updatedAt, language } = docs[0] as { sessions?: unknown[]; updatedAt: string; language: string }
    return { sessions: sessions?.length ?? 0, updatedAt, language }
  }

  it('says right or wrong, and leaves no session, no sign-in and no change behind: fails loudly if Payload changes its login', async () => {
    await createUser('check@eafs.test')
    const before = await traces('check@eafs.test')
    expect(await passwordIsRight(t.payload, 'users', 'check@eafs.test', `${GOOD}!`)).toBe(false)
    expect(await passwordIsRight(t.payload, 'users', 'nobody-checked@eafs.test', GOOD)).toBe(false)
    expect(await traces('check@eafs.test')).toEqual(before)
    expect(await passwordIsRight(t.payload, 'users', 'check@eafs.test', GOOD)).toBe(true)
    // A right password writes the session Payload begins and then removes; on MongoDB that write
    // moves `updatedAt`, as any sign-in does.
    expect({ ...(await traces('check@eafs.test')), updatedAt: null }).toEqual({ ...before, updatedAt: null })
    // A real sign-in does leave a session: the comparison above can see one.
    expect((await signIn('check@eafs.test', GOOD, '10.0.9.1')).status).toBe(200)
    expect((await traces('check@eafs.test')).sessions).toBe(before.sessions + 1)
  })

  it('spends the equal work for an unknown account on an existing one without changing it', async () => {
    const before = await traces('boss@eafs.test')
    for (let i = 0; i < 3; i++) await signIn(`nobody-${i}@eafs.test`, GOOD, '10.0.9.2')
    expect(await traces('boss@eafs.test')).toEqual(before)
  })
})

describe('password policy', () => {
  it('refuses short, common and personal passwords, for administrators too, in the caller’s language', async () => {
    await t.rest.login('boss@eafs.test', GOOD)
    const create = (password: string) =>
      t.rest.request('POST', '/users', {
        body: JSON.stringify({ email: 'newcomer@eafs.test', name: 'Newcomer', password, roles: ['admin'] }),
        headers: { 'Accept-Language': 'ar' },
      })
    expect(await expectInvalid(await create('abc'), 'password')).toMatch(/12/)
    expect(await expectInvalid(await create('password1234'), 'password')).toMatch(/[\u0600-\u06FF]/)
    await expectInvalid(await create('qwertyuiop123'), 'password')
    await expectInvalid(await create('iloveyou2024!'), 'password')
    await expectInvalid(await create('aaaaaaaaaaaaaaaa'), 'password')
    await expectInvalid(await create('newcomer@eafs.test'), 'password')
    expect((await create(GOOD)).status).toBe(201)
  })

  it('asks for the current password to change one’s own, and not when an administrator sets someone else’s', async () => {
    const id = await createUser('changer@eafs.test')
    await t.rest.login('changer@eafs.test', GOOD)
    await expectInvalid(await t.rest.patch(`/users/${id}`, { password: 'another-long-passphrase' }), 'currentPassword')
    await expectInvalid(
      await t.rest.patch(`/users/${id}`, {
        password: 'another-long-passphrase',
        currentPassword: 'wrong-password-here',
      }),
      'currentPassword',
    )
    await expectInvalid(await t.rest.patch(`/users/${id}`, { password: 'short', currentPassword: GOOD }), 'password')
    expect(
      (await t.rest.patch(`/users/${id}`, { password: 'another-long-passphrase', currentPassword: GOOD })).status,
    ).toBe(200)
    t.rest.logout()
    expect((await signIn('changer@eafs.test', 'another-long-passphrase', '10.0.8.1')).status).toBe(200)
    await t.rest.login('boss@eafs.test', GOOD)
    expect((await t.rest.patch(`/users/${id}`, { password: 'set-by-the-administrator' })).status).toBe(200)
    expect((await signIn('changer@eafs.test', 'set-by-the-administrator', '10.0.8.1')).status).toBe(200)
  })

  it('applies to a password reset link too', async () => {
    await createUser('reset@eafs.test')
    const token = await t.payload.forgotPassword({
      collection: 'users',
      data: { email: 'reset@eafs.test' },
      disableEmail: true,
    })
    t.rest.logout()
    await expectInvalid(await t.rest.post('/users/reset-password', { token, password: 'abc' }), 'password')
    expect((await t.rest.post('/users/reset-password', { token, password: 'a-fresh-long-passphrase' })).status).toBe(
      200,
    )
  })

  it('never shows the current password field’s value, nor hashes', async () => {
    await t.rest.login('boss@eafs.test', GOOD)
    const body = (await (await t.rest.get('/users?limit=100')).json()) as { docs: Record<string, unknown>[] }
    for (const doc of body.docs) {
      expect(doc.currentPassword ?? null).toBeNull()
      expect(doc).not.toHaveProperty('hash')
      expect(doc).not.toHaveProperty('salt')
    }
  })
})
