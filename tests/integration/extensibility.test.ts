import type { CollectionConfig } from 'payload'

import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestContext } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import type { startReceiver } from '../helpers/receiver'

/**
 * A fourth content language and a fifth editorial collection, added as the README says ("Add a
 * language", "Add a content type") and nowhere else:
 * - Russian is one line more in `contentLanguages` (src/i18n/languages.ts): this file writes the
 *   declaration with that line to a copy and has every module read the copy;
 * - press releases are a collection declared here, with its content type, given to the config
 *   beside collections/index.ts's list, as the line in that list would.
 * Then the workflow, translation status, search, feeds, sitemap, alternates, previews, webhooks and
 * access rules work for both, through the real REST and GraphQL handlers, on each database.
 */
const root = process.cwd()
const declaration = path.join(root, 'src/i18n/languages.ts')
const RUSSIAN = `  { code: 'ru', names: { ar: 'الروسية', az: 'Rus dili', en: 'Russian' }, fallback: ['en', 'ar'] },\n`
const SITES = {
  ar: 'https://eafs.test/ar',
  az: 'https://eafs.test/az',
  en: 'https://eafs.test/en',
  ru: 'https://eafs.test/ru',
}
const SECRET = 'a-shared-secret-of-the-press-site'

let copy: string
let t: TestContext
let receiver: Awaited<ReturnType<typeof startReceiver>>
const as = {} as Record<'admin' | 'editor' | 'translator' | 'public', RestClient>

/** The README's step 1 of "Add a language", on a copy of the declaration. */
function withRussian(): string {
  const source = fs.readFileSync(declaration, 'utf8')
  const end = source.indexOf('] as const satisfies readonly ContentLanguage[]')
  if (end < 0) throw new Error('src/i18n/languages.ts no longer ends its list as the README says')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eafs-languages-'))
  const file = path.join(dir, 'languages.ts')
  fs.writeFileSync(file, `${source.slice(0, end)}${RUSSIAN}${source.slice(end)}`)
  return file
}

beforeAll(async () => {
  copy = withRussian()
  jest.unstable_mockModule(declaration, () => import(copy))
  for (const [code, url] of Object.entries(SITES)) process.env[`SITE_URL_${code.toUpperCase()}`] = url

  // Imported after the language is declared: every module below reads the copy.
  const { editorialCollection } = await import('../../src/editorial')
  const { richTextField } = await import('../../src/fields/richText')
  const { slugFields } = await import('../../src/fields/slug')
  const { groups, l } = await import('../../src/i18n')
  const { initTestPayload } = await import('../helpers/payload')
  const { RestClient } = await import('../helpers/rest')
  const { createStaff, PASSWORD } = await import('../helpers/users')
  const { startReceiver } = await import('../helpers/receiver')

  /** "Add a content type", step 1: the collection's folder, here in the test. */
  const PressReleases: CollectionConfig = editorialCollection(
    {
      sitePath: 'press',
      summaryFields: ['lead'],
      feed: {
        title: l('البيانات الصحفية', 'Press-relizlər', 'Press releases'),
        date: 'issuedAt',
        summary: 'lead',
        body: 'body',
      },
    },
    {
      slug: 'press-releases',
      labels: {
        singular: l('بيان صحفي', 'Press-reliz', 'Press release'),
        plural: l('البيانات الصحفية', 'Press-relizlər', 'Press releases'),
      },
      admin: { group: groups.content, useAsTitle: 'title', listSearchableFields: ['title', 'lead'] },
      graphQL: { singularName: 'PressRelease', pluralName: 'PressReleases' },
      fields: [
        { name: 'title', type: 'text', label: l('العنوان', 'Başlıq', 'Title'), localized: true, required: true },
        { name: 'lead', type: 'textarea', label: l('المقدمة', 'Giriş', 'Lead'), localized: true },
        richTextField('body', l('النص', 'Mətn', 'Body')),
        { name: 'issuedAt', type: 'date', label: l('التاريخ', 'Tarix', 'Issued at'), index: true },
        ...slugFields('title'),
      ],
    },
  )

  // The config is read once the database of this test is chosen (initTestPayload).
  t = await initTestPayload('extensibility', {
    configure: async () => (await import('../../payload.config')).societyConfig({ collections: [PressReleases] }),
  })
  for (const role of ['admin', 'editor'] as const) {
    as[role] = new RestClient(t.config)
    await as[role].login(await createStaff(t.payload, role), PASSWORD)
  }
  as.translator = new RestClient(t.config)
  await as.translator.login(await createStaff(t.payload, 'translator', ['ru' as 'en']), PASSWORD)
  as.public = new RestClient(t.config)
  receiver = await startReceiver(SECRET)
})

afterAll(async () => {
  await receiver?.close()
  await t?.destroy()
  fs.rmSync(path.dirname(copy), { recursive: true, force: true })
})

interface Release {
  id: number | string
  title: string
  lead?: string
  slug?: string
  workflow?: Record<string, string>
  publishedIn?: Record<string, boolean>
  translationStatus?: Record<string, string>
  alternates?: Record<string, { slug: string; path: string; url: string | null }>
}

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: null,
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: null,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      },
    ],
  },
})

const move = (client: RestClient, id: number | string, locale: string, to: string) =>
  client.request('POST', `/press-releases/${id}/workflow`, { body: JSON.stringify({ locale, to }) })

const publish = async (id: number | string, locale: string, by: RestClient = as.editor) => {
  for (const to of ['in_review', 'approved', 'published']) expect((await move(by, id, locale, to)).status).toBe(200)
}

const stored = (id: number | string) =>
  t.payload.findByID({
    collection: 'press-releases' as 'news',
    id,
    locale: 'all',
    draft: true,
    depth: 0,
  }) as unknown as Promise<Record<string, Record<string, unknown>>>

const feed = async (pathname: string) => {
  const { feedsHandler } = await import('../../src/delivery/feeds')
  const response = await feedsHandler(t.payload, { serverURL: t.config.serverURL, siteURLs: SITES })(
    new Request(`http://localhost${pathname}`),
  )
  return { status: response.status, type: response.headers.get('Content-Type'), body: await response.text() }
}

describe('a fourth language and a fifth content type, each added in one place', () => {
  let release: Release

  it('are in the configuration: Russian among the languages, press releases with the workflow, the workbench and the webhooks’ options', async () => {
    expect(t.config.localization && t.config.localization.localeCodes).toEqual(['ar', 'az', 'en', 'ru'])
    const fields = t.payload.collections['press-releases' as 'news'].config.flattenedFields.map((field) => field.name)
    expect(fields).toEqual(
      expect.arrayContaining(['workflow', 'publishedIn', 'translationStatus', 'alternates', 'meta']),
    )
    const hook = await as.admin.post('/webhooks', {
      name: 'Press site',
      url: receiver.url,
      events: ['publish'],
      collections: ['press_releases'],
      languages: ['ru'],
      secret: SECRET,
    })
    expect(hook.status).toBe(201)
  })

  it('keeps a draft from the public and lets a translator write only Russian', async () => {
    const created = await as.editor.post('/press-releases?locale=ar', {
      title: 'الجمعية تفتتح دورة جديدة للغة الأذربيجانية',
      lead: 'دورة مجانية يدرّسها معلمون من أذربيجان',
      body: paragraph('تبدأ الدورة في القاهرة الشهر المقبل.'),
      issuedAt: '2026-12-01T10:00:00.000Z',
    })
    expect(created.status).toBe(201)
    release = ((await created.json()) as { doc: Release }).doc
    expect((await as.public.get(`/press-releases/${release.id}?locale=ar`)).status).toBe(404)
    expect((await as.public.post('/press-releases', { title: 'x' })).status).toBe(403)
    const graphql = await as.public.query<{ PressReleases: { totalDocs: number } }>('{ PressReleases { totalDocs } }')
    expect(graphql.body.data?.PressReleases.totalDocs).toBe(0)

    expect(
      (await as.translator.patch(`/press-releases/${release.id}?locale=ar&draft=true`, { title: 'تغيير' })).status,
    ).toBe(403)
    const translated = await as.translator.patch(`/press-releases/${release.id}?locale=ru&draft=true`, {
      title: 'Общество открывает новый курс азербайджанского языка',
      lead: 'Бесплатный курс ведут преподаватели из Азербайджана',
      body: paragraph('Курс начнётся в Каире в следующем месяце.'),
    })
    expect(translated.status).toBe(200)
  })

  it('tracks each language’s translation status, Russian included', async () => {
    const doc = await stored(release.id)
    expect(doc.translationStatus).toEqual({ ar: 'source', az: 'missing', en: 'missing', ru: 'up_to_date' })
  })

  it('takes Russian through review on its own, by the roles that may move it', async () => {
    await publish(release.id, 'ar')
    expect((await move(as.translator, release.id, 'ru', 'in_review')).status).toBe(200)
    expect((await move(as.translator, release.id, 'ru', 'approved')).status).toBe(403)
    expect((await move(as.editor, release.id, 'ru', 'approved')).status).toBe(200)
    expect((await as.public.get(`/press-releases/${release.id}?locale=ru&fallback-locale=none`)).status).toBe(404)
    const published = await move(as.editor, release.id, 'ru', 'published')
    expect(((await published.json()) as Release).publishedIn).toEqual({ ar: true, az: false, en: false, ru: true })
    const events = await t.payload.find({
      collection: 'workflow-events',
      where: { collectionSlug: { equals: 'press-releases' } },
    })
    expect(events.docs.map((event) => [event.locale, event.to])).toEqual(
      expect.arrayContaining([
        ['ru', 'in_review'],
        ['ru', 'published'],
      ]),
    )
  })

  it('serves each language to the public with its alternates on the sites', async () => {
    const response = await as.public.get(`/press-releases/${release.id}?locale=ru`)
    expect(response.status).toBe(200)
    release = (await response.json()) as Release
    expect(release.title).toBe('Общество открывает новый курс азербайджанского языка')
    expect(release.alternates?.ru?.slug).toBe('общество-открывает-новый-курс-азербайджанского-языка')
    expect(release.alternates?.ru?.path).toBe(`/press/${encodeURIComponent(release.alternates?.ru?.slug ?? '')}`)
    expect(release.alternates?.ru?.url).toBe(`${SITES.ru}${release.alternates?.ru?.path}`)
    expect(release.alternates?.ar?.url).toMatch(/^https:\/\/eafs\.test\/ar\/press\//)
    expect(release.alternates?.en).toBeUndefined()
    const graphql = await as.public.query<{ PressReleases: { docs: { title: string }[] } }>(
      '{ PressReleases(locale: ru) { docs { title } } }',
    )
    expect(graphql.body.data?.PressReleases.docs.map((doc) => doc.title)).toEqual([release.title])
  })

  it('finds it in Russian with search, and only in its collection when asked', async () => {
    const found = await as.public.get(`/search?q=${encodeURIComponent('азербайджанского')}&locale=ru`)
    expect(found.status).toBe(200)
    const body = (await found.json()) as { docs: { collection: string; id: unknown }[] }
    expect(body.docs.map((doc) => [doc.collection, String(doc.id)])).toEqual([['press-releases', String(release.id)]])
    const scoped = await as.public.get(`/search?q=${encodeURIComponent('азербайджанского')}&locale=ru&collections=news`)
    expect(((await scoped.json()) as { docs: unknown[] }).docs).toEqual([])
    expect((await as.public.get('/search?q=x&collections=nope')).status).toBe(400)
  })

  it('has its feed in every language, and the sitemap lists it with its Russian alternate', async () => {
    const russian = await feed('/feeds/press.ru.xml')
    expect(russian.status).toBe(200)
    expect(russian.type).toMatch(/rss\+xml/)
    expect(russian.body).toContain('<language>ru</language>')
    expect(russian.body).toContain(release.title)
    expect(russian.body).toContain(`${SITES.ru}/press/`)
    expect((await feed('/feeds/news.ru.xml')).status).toBe(200)
    expect((await feed('/feeds/press.fr.xml')).status).toBe(404)
    const sitemap = await feed('/sitemap.xml')
    expect(sitemap.body).toContain(`${SITES.ru}/press/`)
    expect(sitemap.body).toContain('hreflang="ru"')
  })

  it('previews a Russian draft on the Russian site', async () => {
    const { previewURL } = await import('../../src/delivery/preview')
    const request = { payload: t.payload } as Parameters<typeof previewURL>[0]
    const url = new URL(
      previewURL(request, SITES, {
        collection: 'press-releases' as 'news',
        doc: { id: release.id, slug: release.alternates?.ru?.slug },
        locale: 'ru',
      }) ?? '',
    )
    expect(`${url.origin}${url.pathname}`).toBe(`${SITES.ru}/preview`)
    expect(url.searchParams.get('path')).toBe(release.alternates?.ru?.path)
    const read = await as.public.get(`/preview?token=${url.searchParams.get('token')}`)
    expect(read.status).toBe(200)
    expect(await read.json()).toMatchObject({
      collection: 'press-releases',
      locale: 'ru',
      doc: { title: release.title },
    })
  })

  it('tells the press site’s webhook of the Russian publication, signed', async () => {
    const { WEBHOOK_QUEUE } = await import('../../src/delivery/webhooks')
    await t.payload.jobs.run({ queue: WEBHOOK_QUEUE })
    const sent = receiver.received.map((request) => JSON.parse(request.body) as Record<string, unknown>)
    expect(sent).toEqual([
      expect.objectContaining({
        event: 'publish',
        collection: 'press-releases',
        entry: String(release.id),
        locale: 'ru',
      }),
    ])
    expect(receiver.verified(receiver.received[0])).toBe(true)
  })
})
