import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Category, News, User } from '../../src/payload-types'

import { initTestPayload, type TestContext } from '../helpers/payload'
import { RestClient } from '../helpers/rest'
import { createStaff, PASSWORD } from '../helpers/users'

/**
 * The editorial workflow end to end through the real REST and GraphQL handlers: each language
 * goes through review on its own, publishing one language publishes nothing else, and the public
 * never reads a draft.
 */
let t: TestContext
const as = {} as Record<'author' | 'editor' | 'translator' | 'otherAuthor' | 'public', RestClient>
let categories: Category[]

beforeAll(async () => {
  t = await initTestPayload('workflow')
  // The first account is always an admin; the roles under test come after it.
  await createStaff(t.payload, 'admin')
  for (const role of ['author', 'editor', 'otherAuthor', 'translator', 'public'] as const)
    as[role] = new RestClient(t.config)
  await as.author.login(await createStaff(t.payload, 'author'), PASSWORD)
  await as.otherAuthor.login(await createStaff(t.payload, 'author'), PASSWORD)
  await as.editor.login(await createStaff(t.payload, 'editor'), PASSWORD)
  await as.translator.login(await createStaff(t.payload, 'translator', ['az']), PASSWORD)
  categories = await Promise.all(
    ['ثقافة', 'تعليم'].map((name) => t.payload.create({ collection: 'categories', data: { name } })),
  )
})

afterAll(async () => {
  await t.destroy()
})

type Stage = 'draft' | 'in_review' | 'changes_requested' | 'approved' | 'published' | 'unpublished'

const move = async (client: RestClient, id: number | string, body: Record<string, unknown>, language = 'en') => {
  const response = await client.request('POST', `/news/${id}/workflow`, {
    body: JSON.stringify(body),
    headers: { 'Accept-Language': language },
  })
  return {
    status: response.status,
    body: (await response.json()) as {
      stage?: Stage
      stages?: Record<string, Stage>
      publishedIn?: Record<string, boolean>
      scheduledAt?: string
      errors?: { message: string }[]
    },
  }
}

const publicRead = async (id: number | string, locale: string, fallback?: string) => {
  const query = `locale=${locale}${fallback ? `&fallback-locale=${fallback}` : ''}&depth=0`
  const response = await as.public.get(`/news/${id}?${query}`)
  return response.status === 200 ? ((await response.json()) as News) : null
}

const draftOf = (id: number | string, locale: 'ar' | 'az' | 'en') =>
  t.payload.findByID({ collection: 'news', id, locale, fallbackLocale: false, draft: true, depth: 0 })

describe('one language through review', () => {
  let id: number | string

  it('keeps an author’s save a draft and refuses an author’s publish, with the way to do it', async () => {
    const created = await as.author.post('/news?locale=ar', {
      title: 'أمسية ثقافية',
      excerpt: 'نص أول',
      categories: [categories[0].id],
      _status: 'published',
    })
    expect(created.status).toBe(403)
    expect(((await created.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
      /^النشر يمرّ بالمراجعة/,
    )
    const draft = await as.author.post('/news?locale=ar', {
      title: 'أمسية ثقافية',
      excerpt: 'نص أول',
      categories: [categories[0].id],
    })
    expect(draft.status).toBe(201)
    const { doc } = (await draft.json()) as { doc: News }
    id = doc.id
    expect(doc._status).toBe('draft')
    expect(doc.workflow).toEqual({ ar: 'draft', az: 'draft', en: 'draft' })
    expect(await publicRead(id, 'ar')).toBeNull()
  })

  it('walks draft → in review → changes requested → in review → approved → published', async () => {
    expect((await move(as.editor, id, { locale: 'ar', to: 'published' })).status).toBe(409)
    // Bad input is a 400 that says why, and changes nothing.
    expect((await move(as.author, id, { locale: 'fr', to: 'in_review' })).body.errors?.[0].message).toBe(
      'Unknown language "fr". Allowed: ar, az, en.',
    )
    expect((await move(as.author, id, { locale: 'ar', to: 'live' })).status).toBe(400)
    expect((await move(as.editor, id, { locale: 'ar', to: 'in_review', at: '2020-01-01T00:00:00Z' })).status).toBe(400)
    expect((await move(as.editor, id, { locale: 'ar', to: 'in_review', at: '2099-01-01T00:00:00Z' })).status).toBe(400)
    expect((await move(as.editor, id, { locale: 'ar', to: 'published', at: 'tomorrow' })).status).toBe(400)
    expect((await move(as.public, id, { locale: 'ar', to: 'in_review' })).status).toBe(401)
    expect((await move(as.editor, 999999, { locale: 'ar', to: 'in_review' })).status).toBe(404)
    expect((await draftOf(id, 'ar')).workflow?.ar).toBe('draft')
    const submitted = await move(as.author, id, { locale: 'ar', to: 'in_review' })
    expect(submitted).toMatchObject({ status: 200, body: { stage: 'in_review' } })
    // The author cannot approve their own work, nor edit it while it is reviewed.
    const approveOwn = await move(as.author, id, { locale: 'ar', to: 'approved' }, 'az')
    expect(approveOwn.status).toBe(403)
    expect(approveOwn.body.errors?.[0].message).toMatch(/redaktor/)
    const locked = await as.author.patch(`/news/${id}?locale=ar&draft=true`, { title: 'تعديل أثناء المراجعة' })
    expect(locked.status).toBe(403)
    // A change request needs its comment.
    expect((await move(as.editor, id, { locale: 'ar', to: 'changes_requested' })).status).toBe(400)
    expect(
      (await move(as.editor, id, { locale: 'ar', to: 'changes_requested', comment: 'أضف التاريخ' })).body.stage,
    ).toBe('changes_requested')
    const fixed = await as.author.patch(`/news/${id}?locale=ar&draft=true`, { excerpt: 'نص أول، الخميس ٥ ديسمبر' })
    expect(fixed.status).toBe(200)
    expect((await move(as.author, id, { locale: 'ar', to: 'in_review' })).body.stage).toBe('in_review')
    expect((await move(as.editor, id, { locale: 'ar', to: 'approved' })).body.stage).toBe('approved')
    expect(await publicRead(id, 'ar')).toBeNull()
    const published = await move(as.editor, id, { locale: 'ar', to: 'published' })
    expect(published.body).toMatchObject({ stage: 'published', publishedIn: { ar: true, az: false, en: false } })
    expect(await publicRead(id, 'ar')).toMatchObject({ title: 'أمسية ثقافية', excerpt: 'نص أول، الخميس ٥ ديسمبر' })
    // Another author's entry is not theirs to submit.
    expect((await move(as.otherAuthor, id, { locale: 'en', to: 'in_review' })).status).toBe(403)
  })

  it('publishes a translation alone: neither a pending source edit nor a shared change goes out with it', async () => {
    // The translator writes Azerbaijani and may not touch the source or what all languages share.
    const source = await as.translator.patch(`/news/${id}?locale=ar&draft=true`, { title: 'تغيير' })
    expect(source.status).toBe(403)
    const translated = await as.translator.patch(`/news/${id}?locale=az&draft=true`, {
      title: 'Mədəniyyət axşamı',
      categories: [categories[1].id],
    })
    expect(translated.status).toBe(200)
    expect((await draftOf(id, 'az')).categories).toEqual([categories[0].id])
    // Meanwhile an editor changes the Arabic text and a shared field, unreviewed.
    const edited = await as.editor.patch(`/news/${id}?locale=ar&draft=true`, {
      title: 'أمسية ثقافية (معدّل)',
      categories: [categories[1].id],
    })
    expect(edited.status).toBe(200)
    expect((await draftOf(id, 'ar')).workflow?.ar).toBe('draft')
    expect((await move(as.translator, id, { locale: 'az', to: 'in_review' })).body.stage).toBe('in_review')
    expect((await move(as.translator, id, { locale: 'az', to: 'approved' })).status).toBe(403)
    expect((await move(as.editor, id, { locale: 'az', to: 'approved' })).body.stage).toBe('approved')
    expect((await move(as.editor, id, { locale: 'az', to: 'published' })).body.publishedIn).toEqual({
      ar: true,
      az: true,
      en: false,
    })

    expect(await publicRead(id, 'az')).toMatchObject({ title: 'Mədəniyyət axşamı', categories: [categories[0].id] })
    expect(await publicRead(id, 'ar')).toMatchObject({ title: 'أمسية ثقافية', categories: [categories[0].id] })
    // English is not published: its readers get the chain (en → ar), or nothing without fallback.
    expect((await publicRead(id, 'en'))?.title).toBe('أمسية ثقافية')
    expect(await publicRead(id, 'en', 'none')).toBeNull()
    // The pending edits are all still there for staff.
    expect(await draftOf(id, 'ar')).toMatchObject({
      title: 'أمسية ثقافية (معدّل)',
      categories: [categories[1].id],
      workflow: { ar: 'draft', az: 'published' },
    })
    expect((await draftOf(id, 'az')).title).toBe('Mədəniyyət axşamı')
  })

  it('takes one language off the site, and the source with every translation', async () => {
    expect((await move(as.editor, id, { locale: 'az', to: 'unpublished' })).body.publishedIn).toEqual({
      ar: true,
      az: false,
      en: false,
    })
    expect((await publicRead(id, 'az'))?.title).toBe('أمسية ثقافية')
    expect((await draftOf(id, 'az')).title).toBe('Mədəniyyət axşamı')
    expect((await move(as.editor, id, { locale: 'az', to: 'published' })).body.publishedIn).toEqual({
      ar: true,
      az: true,
      en: false,
    })
    expect((await publicRead(id, 'az'))?.title).toBe('Mədəniyyət axşamı')
    // Arabic has a newer draft waiting: taking the published text off keeps that draft's stage.
    const off = await move(as.editor, id, { locale: 'ar', to: 'unpublished' })
    expect(off.body).toMatchObject({
      publishedIn: { ar: false, az: false, en: false },
      stages: { ar: 'draft', az: 'unpublished' },
    })
    expect(await publicRead(id, 'az')).toBeNull()
    expect(await publicRead(id, 'ar')).toBeNull()
    expect(await draftOf(id, 'ar')).toMatchObject({ title: 'أمسية ثقافية (معدّل)', categories: [categories[1].id] })
  })

  it('records every transition with who, which language, from, to and the comment', async () => {
    const events = await t.payload.find({
      collection: 'workflow-events',
      where: { entry: { equals: String(id) } },
      sort: 'createdAt',
      limit: 100,
      depth: 0,
    })
    expect(events.docs.map((e) => `${e.locale}:${e.from}>${e.to}`)).toEqual([
      'ar:draft>in_review',
      'ar:in_review>changes_requested',
      'ar:changes_requested>in_review',
      'ar:in_review>approved',
      'ar:approved>published',
      'az:draft>in_review',
      'az:in_review>approved',
      'az:approved>published',
      'az:published>unpublished',
      'az:unpublished>published',
      'az:published>unpublished',
      'ar:draft>unpublished',
    ])
    expect(events.docs[1].comment).toBe('أضف التاريخ')
    // The entry's own history, as the admin panel reads it: who, and nothing else of their account.
    const state = (await (await as.author.get(`/news/${id}/workflow`)).json()) as {
      events: { user: Record<string, unknown> }[]
    }
    expect(state.events).toHaveLength(12)
    expect(Object.keys(state.events[0].user).sort()).toEqual(['collection', 'email', 'id', 'name'])
    expect((await as.public.get('/workflow-events')).status).toBe(403)
    expect(
      (await as.author.post('/workflow-events', { collectionSlug: 'news', entry: '1', locale: 'ar', to: 'published' }))
        .status,
    ).toBe(403)
  })

  it('makes the same transitions through GraphQL, refused the same way', async () => {
    const mutation = `mutation($id: String!, $locale: String!, $to: String!, $comment: String) {
      workflowTransition(collection: "news", id: $id, locale: $locale, to: $to, comment: $comment) { stage stages { ar az en } publishedIn { ar } }
    }`
    const refused = await as.author.query(
      mutation,
      { id: String(id), locale: 'ar', to: 'published' },
      { 'Accept-Language': 'ar' },
    )
    expect(refused.body.errors?.[0].message).toMatch(/^دورك لا يسمح/)
    for (const to of ['in_review', 'approved']) await as.editor.query(mutation, { id: String(id), locale: 'ar', to })
    const republished = await as.editor.query<{ workflowTransition: { stage: string; publishedIn: { ar: boolean } } }>(
      mutation,
      { id: String(id), locale: 'ar', to: 'published' },
    )
    expect(republished.body.data?.workflowTransition).toMatchObject({ stage: 'published', publishedIn: { ar: true } })
    expect((await publicRead(id, 'ar'))?.title).toBe('أمسية ثقافية (معدّل)')
  })
})

describe('scheduled publishing', () => {
  it('queues an approved language for its time, refuses what may not be scheduled, and publishes it when the queue runs', async () => {
    const created = await as.author.post('/news?locale=ar', { title: 'خبر مجدول' })
    const { doc } = (await created.json()) as { doc: News }
    await move(as.author, doc.id, { locale: 'ar', to: 'in_review' })
    const early = new Date(Date.now() + 60_000).toISOString()
    // Only a publish or an unpublish, only by an editor, only from a stage that allows it.
    expect((await move(as.editor, doc.id, { locale: 'ar', to: 'published', at: early })).status).toBe(409)
    expect((await move(as.editor, doc.id, { locale: 'ar', to: 'approved', at: early })).status).toBe(400)
    await move(as.editor, doc.id, { locale: 'ar', to: 'approved' })
    expect((await move(as.author, doc.id, { locale: 'ar', to: 'published', at: early })).status).toBe(403)

    const at = new Date(Date.now() + 6000)
    const scheduled = await move(as.editor, doc.id, {
      locale: 'ar',
      to: 'published',
      at: at.toISOString(),
      comment: 'مع افتتاح الدورة',
    })
    expect(scheduled).toMatchObject({ status: 200, body: { stage: 'approved', scheduledAt: at.toISOString() } })
    const state = (await (await as.editor.get(`/news/${doc.id}/workflow`)).json()) as {
      scheduled: { at: string; to: string; locale: string }[]
    }
    expect(state.scheduled).toEqual([expect.objectContaining({ locale: 'ar', to: 'published', at: at.toISOString() })])

    // Not before its time.
    await t.payload.jobs.run({ queue: 'workflow' })
    expect(await publicRead(doc.id, 'ar')).toBeNull()
    await new Promise((resolve) => setTimeout(resolve, at.getTime() - Date.now() + 100))
    await t.payload.jobs.run({ queue: 'workflow' })
    expect(await publicRead(doc.id, 'ar')).toMatchObject({ title: 'خبر مجدول' })
    expect((await draftOf(doc.id, 'ar')).workflow?.ar).toBe('published')
    const events = await t.payload.find({
      collection: 'workflow-events',
      where: { entry: { equals: String(doc.id) } },
      sort: 'createdAt',
      depth: 0,
    })
    expect(events.docs.slice(-2).map((e) => [e.to, e.scheduledFor ?? null])).toEqual([
      ['published', at.toISOString()],
      ['published', null],
    ])
    const after = (await (await as.editor.get(`/news/${doc.id}/workflow`)).json()) as { scheduled: unknown[] }
    expect(after.scheduled).toEqual([])
  })

  it('keeps the jobs queue closed to callers: nobody queues a move over the API', async () => {
    const queued = await as.editor.request('POST', '/payload-jobs/queue', {
      body: JSON.stringify({ task: 'workflowTransition', input: {} }),
    })
    expect(queued.status).toBeGreaterThanOrEqual(400)
    expect((await as.public.get('/payload-jobs')).status).toBeGreaterThanOrEqual(400)
  })
})

describe('the same rules on every API', () => {
  it('refuses a publish outside the workflow through GraphQL and the Local API, and keeps shared fields from translators', async () => {
    const created = await as.author.post('/news?locale=ar', { title: 'خبر للقواعد', categories: [categories[0].id] })
    const { doc } = (await created.json()) as { doc: News }
    const idType = t.database === 'sqlite' ? 'Int' : 'String'
    const viaGraphQL = await as.editor.query(
      `mutation($id: ${idType}!) { updateNewsItem(id: $id, data: { _status: published }) { _status } }`,
      { id: doc.id },
    )
    expect(viaGraphQL.body.errors?.[0].message).toMatch(/Publishing goes through review|النشر يمرّ بالمراجعة/)
    const editor = (await t.payload.find({ collection: 'users', where: { roles: { contains: 'editor' } }, limit: 1 }))
      .docs[0]
    await expect(
      t.payload.update({
        collection: 'news',
        id: doc.id,
        locale: 'ar',
        data: { _status: 'published' },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/POST \/api\/news\/.+\/workflow/)
    const translator = (
      await t.payload.find({ collection: 'users', where: { roles: { contains: 'translator' } }, limit: 1 })
    ).docs[0]
    await t.payload.update({
      collection: 'news',
      id: doc.id,
      locale: 'az',
      draft: true,
      data: { title: 'Qaydalar', categories: [categories[1].id] },
      user: translator,
      overrideAccess: false,
    })
    expect(await draftOf(doc.id, 'az')).toMatchObject({ title: 'Qaydalar', categories: [categories[0].id] })
    expect(await publicRead(doc.id, 'ar')).toBeNull()
  })
})

describe('document locking', () => {
  it('keeps a second person from saving over an entry someone else is editing', async () => {
    const created = await as.author.post('/news?locale=ar', { title: 'خبر قيد التحرير' })
    const { doc } = (await created.json()) as { doc: News }
    // What the admin records when the author has been editing for a while.
    const author = (await (await as.author.get('/users/me')).json()) as { user: { id: User['id'] } }
    await t.payload.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'news', value: doc.id }, user: { relationTo: 'users', value: author.user.id } },
    })
    const byEditor = await as.editor.patch(`/news/${doc.id}?locale=ar&draft=true`, { title: 'تعديل من المحرر' })
    expect(byEditor.status).toBe(423)
    expect((await draftOf(doc.id, 'ar')).title).toBe('خبر قيد التحرير')
    const byAuthor = await as.author.patch(`/news/${doc.id}?locale=ar&draft=true`, { title: 'خبر قيد التحرير (٢)' })
    expect(byAuthor.status).toBe(200)
  })
})

describe('versions', () => {
  it('records who made each version, and restoring one makes a draft for review', async () => {
    const created = await as.author.post('/news?locale=ar', { title: 'خبر للاستعادة' })
    const { doc } = (await created.json()) as { doc: News }
    await as.author.patch(`/news/${doc.id}?locale=ar&draft=true`, { title: 'خبر للاستعادة ٢' })
    await move(as.author, doc.id, { locale: 'ar', to: 'in_review' })
    await move(as.editor, doc.id, { locale: 'ar', to: 'approved' })
    await move(as.editor, doc.id, { locale: 'ar', to: 'published' })
    const versions = await t.payload.findVersions({
      collection: 'news',
      where: { parent: { equals: doc.id } },
      sort: 'createdAt',
      depth: 0,
    })
    expect(versions.docs.every((v) => v.version.updatedBy !== null && v.version.updatedBy !== undefined)).toBe(true)
    const first = versions.docs[0]
    const published = await as.editor.request('POST', `/news/versions/${first.id}`, {
      headers: { 'Accept-Language': 'en' },
    })
    expect(published.status).toBe(409)
    expect(((await published.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
      /restore as draft/,
    )
    const restored = await as.editor.request('POST', `/news/versions/${first.id}?draft=true`)
    expect(restored.status).toBe(200)
    expect(await publicRead(doc.id, 'ar')).toMatchObject({ title: 'خبر للاستعادة ٢' })
    expect(await draftOf(doc.id, 'ar')).toMatchObject({ title: 'خبر للاستعادة', workflow: { ar: 'draft' } })
  })
})
