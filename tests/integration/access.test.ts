import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { News, User } from '../../src/payload-types'

import { initTestPayload, type TestContext } from '../helpers/payload'
import { createStaff, PASSWORD } from '../helpers/users'

let t: TestContext

beforeAll(async () => {
  t = await initTestPayload('access')
})

afterAll(async () => {
  await t.destroy()
})

const jwtClaims = (token: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>

describe('users and roles', () => {
  it('makes the first registered user an admin, whatever the form sent', async () => {
    const response = await t.rest.post('/users/first-register', {
      email: 'chair@eafs.test',
      password: PASSWORD,
      roles: ['author'],
    })
    expect(response.status).toBe(200)
    const { user } = (await response.json()) as { user: User }
    expect(user.roles).toEqual(['admin'])
  })

  it('carries roles and translator locales in the token', async () => {
    const email = await createStaff(t.payload, 'translator', ['az'])
    await t.rest.login(email, PASSWORD)
    expect(jwtClaims(t.rest.token ?? '')).toMatchObject({ roles: ['translator'], translatorLocales: ['az'] })
    t.rest.logout()
  })

  it('lets only admins create users and change roles', async () => {
    const editor = await createStaff(t.payload, 'editor')
    await t.rest.login(editor, PASSWORD)
    const created = await t.rest.post('/users', { email: 'new@eafs.test', password: PASSWORD })
    expect(created.status).toBe(403)
    const me = (await (await t.rest.get('/users/me')).json()) as { user: User }
    const promoted = await t.rest.patch(`/users/${me.user.id}`, { roles: ['admin'], name: 'Editor' })
    expect(promoted.status).toBe(200)
    const after = await t.payload.findByID({ collection: 'users', id: me.user.id })
    expect(after.roles).toEqual(['editor'])
    expect(after.name).toBe('Editor')
    const list = (await (await t.rest.get('/users')).json()) as { docs: User[] }
    expect(list.docs.map((u) => u.email)).toEqual([editor])
    t.rest.logout()

    await t.rest.login('chair@eafs.test', PASSWORD)
    const byAdmin = await t.rest.post('/users', {
      email: 'translator@eafs.test',
      password: PASSWORD,
      roles: ['translator'],
      translatorLocales: ['en'],
    })
    expect(byAdmin.status).toBe(201)
    t.rest.logout()
  })

  it('refuses anonymous reads of users', async () => {
    t.rest.logout()
    expect((await t.rest.get('/users')).status).toBe(403)
  })
})

describe('who may write news', () => {
  let newsId: number | string

  beforeAll(async () => {
    const doc = await t.payload.create({
      collection: 'news',
      data: { title: 'خبر للترجمة', _status: 'published' },
      overrideAccess: true,
    })
    newsId = doc.id
  })

  it('refuses anonymous writes', async () => {
    t.rest.logout()
    expect((await t.rest.post('/news', { title: 'x' })).status).toBe(403)
    expect((await t.rest.patch(`/news/${newsId}`, { title: 'x' })).status).toBe(403)
    expect((await t.rest.delete(`/news/${newsId}`)).status).toBe(403)
  })

  it('lets authors create news', async () => {
    await t.rest.login(await createStaff(t.payload, 'author'), PASSWORD)
    const response = await t.rest.post('/news?locale=ar', { title: 'خبر من كاتب' })
    expect(response.status).toBe(201)
    t.rest.logout()
  })

  it('lets a translator edit only the locales assigned to them', async () => {
    await t.rest.login(await createStaff(t.payload, 'translator', ['az']), PASSWORD)
    expect((await t.rest.post('/news?locale=az', { title: 'Yeni' })).status).toBe(403)
    const az = await t.rest.patch(`/news/${newsId}?locale=az`, { title: 'Tərcümə üçün xəbər' })
    expect(az.status).toBe(200)
    const en = await t.rest.patch(`/news/${newsId}?locale=en`, { title: 'News to translate' })
    expect(en.status).toBe(403)
    const ar = await t.rest.patch(`/news/${newsId}?locale=ar`, { title: 'تغيير' })
    expect(ar.status).toBe(403)
    expect((await t.rest.delete(`/news/${newsId}`)).status).toBe(403)
    t.rest.logout()
    const doc = (await t.payload.findByID({
      collection: 'news',
      id: newsId,
      locale: 'all',
      draft: true,
    })) as unknown as {
      title: Record<string, string | undefined>
    }
    expect(doc.title.az).toBe('Tərcümə üçün xəbər')
    expect(doc.title.ar).toBe('خبر للترجمة')
    expect(doc.title.en).toBeUndefined()
  })

  it('lets editors move news to the trash and restore it, and only admins delete it for good', async () => {
    await t.rest.login(await createStaff(t.payload, 'editor'), PASSWORD)
    expect((await t.rest.delete(`/news/${newsId}`)).status).toBe(403)
    expect((await t.rest.patch(`/news/${newsId}`, { deletedAt: new Date().toISOString() })).status).toBe(200)
    expect(
      (await t.payload.find({ collection: 'news', where: { id: { equals: newsId } } })).docs as News[],
    ).toHaveLength(0)
    expect(
      (await t.payload.find({ collection: 'news', where: { id: { equals: newsId } }, trash: true })).docs as News[],
    ).toHaveLength(1)
    expect((await t.rest.delete(`/news/${newsId}?trash=true`)).status).toBe(403)
    expect((await t.rest.patch(`/news/${newsId}?trash=true`, { deletedAt: null })).status).toBe(200)
    expect(
      (await t.payload.find({ collection: 'news', where: { id: { equals: newsId } } })).docs as News[],
    ).toHaveLength(1)
    expect((await t.rest.patch(`/news/${newsId}`, { deletedAt: new Date().toISOString() })).status).toBe(200)
    await t.rest.login(await createStaff(t.payload, 'admin'), PASSWORD)
    expect((await t.rest.delete(`/news/${newsId}?trash=true`)).status).toBe(200)
    t.rest.logout()
    expect(
      (await t.payload.find({ collection: 'news', where: { id: { equals: newsId } }, trash: true })).docs as News[],
    ).toHaveLength(0)
  })
})

describe('questions about permissions over GraphQL', () => {
  type Permission = { permission: boolean } | null
  it('answers anonymous callers with their denials as false, not an error', async () => {
    t.rest.logout()
    const { status, body } = await t.rest.query<{
      Access: {
        canAccessAdmin: boolean
        news: { read: Permission; create: Permission; fields: { title: { read: Permission; update: Permission } } }
      }
    }>(
      '{ Access { canAccessAdmin news { read { permission } create { permission } fields { title { read { permission } update { permission } } } } } }',
    )
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    expect(body.data?.Access).toEqual({
      canAccessAdmin: false,
      news: {
        read: { permission: true },
        create: { permission: false },
        fields: { title: { read: { permission: true }, update: { permission: false } } },
      },
    })
  })

  it('answers what a member of staff may do with an entry and with the society’s global', async () => {
    await t.rest.login(await createStaff(t.payload, 'author'), PASSWORD)
    const created = await t.payload.create({
      collection: 'news',
      locale: 'ar',
      data: { title: 'سؤال عن الصلاحيات' },
      draft: true,
      overrideAccess: true,
    })
    const { body } = await t.rest.query<{
      docAccessNewsItem: { delete: Permission; read: Permission }
      docAccessSociety: { update: Permission; fields: { chair: { read: Permission } } }
    }>(
      `{ docAccessNewsItem(id: ${JSON.stringify(created.id)}) { delete { permission } read { permission } } docAccessSociety { update { permission } fields { chair { read { permission } } } } }`,
    )
    expect(body.errors).toBeUndefined()
    expect(body.data).toEqual({
      docAccessNewsItem: { delete: { permission: false }, read: { permission: true } },
      // Staff who edit content edit the society's page too (canUpdateContent).
      docAccessSociety: { update: { permission: true }, fields: { chair: { read: { permission: true } } } },
    })
    t.rest.logout()
  })
})
