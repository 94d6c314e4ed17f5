import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'

import { adminRequests } from '../helpers/adminRequests'
import { launchChromium } from '../helpers/browser'
import { type AdminLanguage, Journey, personContext, signIn, type ViewportName } from '../helpers/journey'
import { ADMIN, type ServerProcess, startProductionServer } from '../helpers/serverProcess'

/**
 * What the society's people do in the admin, each in their own admin language, on a desktop
 * (1440×900) and again on a phone (390×844): an author writes a news item with every kind of field
 * it has, takes an editor's request for changes, resubmits and later revises it once published; an
 * editor reviews, requests changes, approves, publishes and schedules; a translator into
 * Azerbaijani, and one into Arabic on an entry written in English, translate from the queue; an
 * administrator creates and edits activities, courses, relations entries and people. Each journey
 * fails on an unexpected 4xx/5xx from the API, a console error, a string of the chrome in another
 * language's script and, on the phone, overlapping header controls or sideways scrolling
 * (tests/helpers/journey.ts). Throughout, the other languages' stages and public answers are checked
 * over the API. Screenshots go to test-results/journeys/.
 */
const PASSWORD = 'a-long-staff-password'
const people = {
  author: { email: 'mona@eafs.test', name: 'منى', roles: ['author'], language: 'ar' },
  editor: { email: 'karim@eafs.test', name: 'كريم', roles: ['editor'], language: 'ar' },
  translatorAz: {
    email: 'aysel@eafs.test',
    name: 'Aysel',
    roles: ['translator'],
    translatorLocales: ['az'],
    language: 'az',
  },
  translatorArEn: {
    email: 'salma@eafs.test',
    name: 'سلمى',
    roles: ['translator'],
    translatorLocales: ['ar', 'en'],
    language: 'ar',
  },
}
type Person = keyof typeof people | 'admin'
type Locale = 'ar' | 'az' | 'en'
type Stage = 'draft' | 'in_review' | 'changes_requested' | 'approved' | 'published' | 'unpublished'

let server: ServerProcess
let token = ''

const api = async (method: string, url: string, body?: unknown): Promise<Record<string, unknown>> => {
  const response = await fetch(`${server.url}/api${url}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}`, 'Accept-Language': 'en' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await response.json()) as Record<string, unknown>
  if (response.status >= 300) throw new Error(`${method} ${url}: ${response.status} ${JSON.stringify(json)}`)
  return json
}

const workflowOf = async (collection: string, id: string) =>
  (await api('GET', `/${collection}/${id}/workflow`)) as {
    stages: Record<Locale, Stage>
    publishedIn: Record<Locale, boolean>
  }

const publicTitle = async (collection: string, id: string, locale: Locale): Promise<string | null> => {
  const response = await fetch(`${server.url}/api/${collection}/${id}?locale=${locale}&fallback-locale=none&depth=0`)
  return response.status === 200 ? ((await response.json()) as { title: string }).title : null
}

/** A site's public read, as the response cache answers it. */
const publicRead = async (path: string) => {
  const response = await fetch(`${server.url}/api${path}`)
  expect(response.status).toBe(200)
  return { cache: response.headers.get('x-cache'), etag: response.headers.get('etag'), body: await response.text() }
}

const move = async (collection: string, id: string, locale: Locale, to: Stage) =>
  api('POST', `/${collection}/${id}/workflow`, { locale, to })

beforeAll(async () => {
  server = await startProductionServer()
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  token = ((await login.json()) as { token: string }).token
  for (const person of Object.values(people)) await api('POST', '/users', { ...person, password: PASSWORD })
})

afterAll(async () => {
  await server?.stop()
})

/** One person's session: their own browser (Chromium's contexts here share cookies), language and screen. */
async function session(
  person: Person,
  language: AdminLanguage,
  viewport: ViewportName,
  name: string,
): Promise<{ browser: Browser; page: Page; journey: Journey }> {
  const browser = await launchChromium()
  const context = await personContext(browser, language, viewport, server.url)
  const page = await context.newPage()
  const journey = new Journey(page, language, viewport, name)
  const { email, password } = person === 'admin' ? ADMIN : { email: people[person].email, password: PASSWORD }
  await signIn(page, server.url, email, password)
  await journey.look('dashboard')
  return { browser, page, journey }
}

/** The admin's autosave after typing: waits for the PATCH it sends, and checks it is the one the integration tests replay. */
async function autosaved(page: Page, collection: string): Promise<void> {
  const response = await page.waitForResponse(
    (r) =>
      r.request().method() === 'PATCH' && r.url().includes(`/api/${collection}/`) && r.url().includes('autosave=true'),
  )
  expect(response.status()).toBe(200)
  const url = new URL(response.url())
  for (const [key, value] of Object.entries(adminRequests.autosave.query)) expect(url.searchParams.get(key)).toBe(value)
  const body = response.request().postData() ?? ''
  expect(response.request().headers()['content-type']).toMatch(/^multipart\/form-data/)
  const json = JSON.parse(body.slice(body.indexOf('{'), body.lastIndexOf('}') + 1)) as Record<string, unknown>
  // Every field the admin sends back is one the replayed request sends (or one of this collection's own).
  if (collection === 'news')
    expect(Object.keys(json).filter((key) => !adminRequests.autosave.keys.includes(key))).toEqual([])
}

/** Presses a move in the workflow panel and waits until the panel shows the language's new stage. */
async function press(page: Page, to: Stage, locale: Locale): Promise<void> {
  const button = page.locator(`#workflow-${to}`)
  await button.scrollIntoViewIfNeeded()
  const answered = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/workflow'))
  await button.click()
  expect((await answered).status()).toBe(200)
  await page
    .locator(`.workflow-panel li[data-locale="${locale}"] [data-stage="${to === 'unpublished' ? 'unpublished' : to}"]`)
    .waitFor()
}

const openEntry = async (page: Page, collection: string, id: string, locale: Locale) => {
  await page.goto(`${server.url}/admin/collections/${collection}/${id}?locale=${locale}`)
  await page.locator('.workflow-panel li[data-locale="ar"] [data-stage]').first().waitFor()
}

const viewportsToWalk: ViewportName[] = ['desktop', 'phone']

describe.each(viewportsToWalk)('journeys on a %s', (viewport) => {
  const tag = viewport === 'desktop' ? '' : ' (هاتف)'
  const title = `دورة جديدة لتعليم اللغة الأذربيجانية${tag}`
  let newsId = ''

  it('an author writes a news item with every kind of field it has, and submits it', async () => {
    const { browser, page, journey } = await session('author', 'ar', viewport, 'author')
    try {
      await page.goto(`${server.url}/admin/collections/news/create`)
      await page.locator('#field-title').fill(title)
      await page.locator('#field-excerpt').fill('تعلن الجمعية عن دورة جديدة بالمجان.')
      // Rich text with a link, made with the editor's toolbar and its link drawer.
      await page.locator('.rich-text-lexical [contenteditable="true"]').first().click()
      await page.keyboard.type('موقع الجمعية')
      const linkDrawer = page.locator('.lexical-link-edit-drawer')
      // The toolbar's link button acts on the selection; a click that lands before the editor has
      // taken the selection opens nothing, and the person selects and clicks again.
      for (let attempt = 0; attempt < 3 && !(await linkDrawer.isVisible()); attempt++) {
        await page.locator('.rich-text-lexical [contenteditable="true"]').first().click()
        await page.keyboard.press('Control+A')
        await page.locator('.fixed-toolbar .toolbar-popup__button-link').click()
        await linkDrawer.waitFor({ timeout: 5000 }).catch(() => undefined)
      }
      await linkDrawer.locator('#field-url').fill('https://eafs.example/ar')
      await journey.look('link-drawer')
      await linkDrawer.locator('.form-submit button[type="submit"]').click()
      await linkDrawer.waitFor({ state: 'detached' })
      // A relationship: a category, picked from the list the admin looks up.
      await page.locator('#field-categories .rs__control').click()
      await page.locator('.rs__option').first().click()
      // An upload: a new image, with its Arabic alt text, in the drawer.
      await page.locator('#field-heroImage .upload__createNewToggler').click()
      const drawer = page.locator('.drawer--is-open, [role="dialog"]').last()
      const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#1d4f91' } })
        .png()
        .toBuffer()
      await drawer
        .locator('input[type="file"]')
        .setInputFiles({ name: 'course.png', mimeType: 'image/png', buffer: png })
      await drawer.locator('#field-alt').fill('صورة الدورة')
      await drawer.locator('#action-save').click()
      await page
        .locator('#field-heroImage .upload-relationship-details, #field-heroImage .file-details')
        .first()
        .waitFor()
      await journey.look('create-filled')
      await journey.shot('1-create')
      await page.locator('#action-save-draft').click()
      await page.waitForURL(/\/admin\/collections\/news\/(?!create)[^/?]+/)
      newsId = new URL(page.url()).pathname.split('/').pop() ?? ''
      await openEntry(page, 'news', newsId, 'ar')
      await press(page, 'in_review', 'ar')
      await journey.look('submitted')
      await journey.shot('2-submitted')
      const saved = (await api('GET', `/news/${newsId}?locale=ar&draft=true&depth=0`)) as {
        body: unknown
        categories: unknown[]
        heroImage: unknown
      }
      expect(JSON.stringify(saved.body)).toContain('"url":"https://eafs.example/ar"')
      expect(saved.categories.length).toBe(1)
      expect(saved.heroImage).toBeTruthy()
      expect(await journey.verdict()).toEqual([])
    } finally {
      await browser.close()
    }
  })

  it('an editor reviews from the dashboard and requests changes with a comment', async () => {
    const { browser, page, journey } = await session('editor', 'ar', viewport, 'editor')
    try {
      await page.locator('.workflow-waiting a', { hasText: title }).click()
      await page.locator('textarea[name="workflowComment"]').waitFor()
      await page.locator('textarea[name="workflowComment"]').fill('أضف موعد بدء الدورة في العنوان.')
      await press(page, 'changes_requested', 'ar')
      await journey.look('changes-requested')
      await journey.shot('3-changes-requested')
      expect(await journey.verdict()).toEqual([])
    } finally {
      await browser.close()
    }
  })

  it('the author sees the comment above the fields, fixes and resubmits', async () => {
    const { browser, page, journey } = await session('author', 'ar', viewport, 'author')
    try {
      await openEntry(page, 'news', newsId, 'ar')
      const request = page.locator('.workflow-notice__request')
      await expect(request.textContent()).resolves.toContain('أضف موعد بدء الدورة في العنوان.')
      // Above the first field, where the author starts reading.
      const [notice, field] = await Promise.all([request.boundingBox(), page.locator('#field-title').boundingBox()])
      expect(notice && field && notice.y < field.y).toBe(true)
      await journey.shot('4-comment-above-fields')
      await page.locator('#field-title').fill(`${title} — تبدأ في يناير`)
      await autosaved(page, 'news')
      await press(page, 'in_review', 'ar')
      // Resubmitted, the request leaves the notice (it is read again after the move).
      await page.locator('.workflow-notice__request').waitFor({ state: 'detached' })
      await journey.look('resubmitted')
      expect(await journey.verdict()).toEqual([])
    } finally {
      await browser.close()
    }
  })

  it('the editor approves, publishes and schedules', async () => {
    const { browser, page, journey } = await session('editor', 'ar', viewport, 'editor')
    try {
      await openEntry(page, 'news', newsId, 'ar')
      await press(page, 'approved', 'ar')
      // A site's list, kept by the cache, until the publication changes it.
      const list = `/news?locale=ar&depth=0&sort=-publishedAt&limit=50`
      await publicRead(list)
      const kept = await publicRead(list)
      expect(kept.cache).toBe('HIT')
      await press(page, 'published', 'ar')
      const published = await publicRead(list)
      expect(published.cache).toBe('MISS')
      expect(published.etag).not.toBe(kept.etag)
      expect(published.body).toContain(`${title} — تبدأ في يناير`)
      expect(await publicTitle('news', newsId, 'ar')).toBe(`${title} — تبدأ في يناير`)
      // A publication leaves the published version newest: no "changed" status, no revert offered.
      await page.reload()
      await page.locator('.workflow-panel').waitFor()
      await expect(page.locator('.workflow-panel__revision').count()).resolves.toBe(0)
      // Scheduling: taking the language off the site next month, at a time picked in the calendar.
      await page.locator('#workflow-at').click()
      await page.locator('.react-datepicker__navigation--next').click()
      await page.locator('.react-datepicker__day--015:not(.react-datepicker__day--outside-month)').click()
      await page.locator('.react-datepicker__time-list-item').nth(20).click()
      const scheduled = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/workflow'))
      await page.locator('#workflow-unpublished').click()
      expect((await scheduled).status()).toBe(200)
      await page.locator('.workflow-panel__scheduled li').first().waitFor()
      await journey.look('scheduled')
      await journey.shot('5-scheduled')
      expect((await workflowOf('news', newsId)).stages.ar).toBe('published')
      expect(await journey.verdict()).toEqual([])
    } finally {
      await browser.close()
    }
  })

  it('the author revises her published entry: a draft on top, the public text unchanged', async () => {
    const { browser, page, journey } = await session('author', 'ar', viewport, 'author')
    try {
      await openEntry(page, 'news', newsId, 'ar')
      await expect(page.locator('.workflow-notice__locked').count()).resolves.toBe(0)
      // The site's answers, kept by the cache before she types…
      const reads = [`/news/${newsId}?locale=ar&depth=0`, '/news?locale=ar&depth=0&sort=-publishedAt&limit=50']
      const kept = []
      for (const path of reads) {
        await publicRead(path)
        kept.push(await publicRead(path))
      }
      await page.locator('#field-excerpt').fill('تعلن الجمعية عن دورة جديدة بالمجان، والتسجيل حتى نهاية الشهر.')
      await autosaved(page, 'news')
      await page.locator('.workflow-panel__revision').waitFor()
      // …are still kept after the admin's autosave: a draft on top changes nothing public.
      for (const [i, path] of reads.entries())
        expect(await publicRead(path)).toMatchObject({ cache: 'HIT', etag: kept[i].etag })
      await journey.look('revising')
      await journey.shot('6-revision')
      expect(await publicTitle('news', newsId, 'ar')).toBe(`${title} — تبدأ في يناير`)
      expect(await workflowOf('news', newsId)).toMatchObject({ stages: { ar: 'draft' }, publishedIn: { ar: true } })
      expect(await journey.verdict()).toEqual([])
    } finally {
      await browser.close()
    }
  })

  it('a translator into Azerbaijani translates from the queue, and nothing else moves', async () => {
    const arabic = `أمسية موسيقى المقام${tag}`
    const created = (await api('POST', '/news?locale=ar', {
      title: arabic,
      excerpt: 'تنظم الجمعية أمسية موسيقية.',
      _status: 'published',
    })) as { doc: { id: number } }
    const id = String(created.doc.id)
    const { browser, page, journey } = await session('translatorAz', 'az', viewport, 'translator-az')
    try {
      await page.locator('.translation-queue li[data-status="missing"] a', { hasText: arabic }).click()
      await page.waitForURL(new RegExp(`/admin/collections/news/${id}\\?locale=az`))
      // Untranslated, the entry is headed by its Arabic title, marked as such, never by its id.
      await page.locator('.doc-header__title', { hasText: arabic }).waitFor()
      expect(await page.locator('.doc-header__title').innerText()).toBe(`(tərcümə olunmayıb, Ərəb dili): ${arabic}`)
      await page.locator('.source-text[data-source-for="title"] .source-text__copy').click()
      await autosaved(page, 'news')
      await page.locator('#field-title').fill(`Muğam axşamı${viewport === 'phone' ? ' (telefon)' : ''}`)
      await autosaved(page, 'news')
      await page.locator('#field-excerpt').fill('Cəmiyyət musiqi axşamı təşkil edir.')
      await autosaved(page, 'news')
      await journey.look('translated')
      await journey.shot('7-translated')
      // Arabic, published, stayed as it was; the slug is the Azerbaijani title's.
      expect((await workflowOf('news', id)).stages.ar).toBe('published')
      expect(await publicTitle('news', id, 'ar')).toBe(arabic)
      const draft = (await api('GET', `/news/${id}?locale=az&draft=true&depth=0&fallback-locale=none`)) as {
        slug: string
      }
      expect(draft.slug).toMatch(/^muğam-axşamı/)
      await press(page, 'in_review', 'az')
      expect(await workflowOf('news', id)).toMatchObject({ stages: { ar: 'published', az: 'in_review', en: 'draft' } })
      // The source changes: the field is marked outdated for the translator.
      await move('news', id, 'az', 'approved')
      await move('news', id, 'az', 'published')
      // The translator leaves the entry (Payload's lock on it goes with them), and an editor changes the Arabic.
      await page.goto(`${server.url}/admin`)
      await api('DELETE', `/payload-locked-documents?where[document.value][equals]=${id}`)
      await api('PATCH', `/news/${id}?locale=ar&draft=true`, { title: `${arabic} في القاهرة` })
      await page.goto(`${server.url}/admin/collections/news/${id}?locale=az`)
      await page.locator('.source-text[data-source-for="title"] .source-text__changed').waitFor()
      await journey.look('outdated')
      await journey.shot('8-outdated')
      expect(await publicTitle('news', id, 'az')).toMatch(/^Muğam axşamı/)
      expect(await journey.verdict()).toEqual([])
    } finally {
      await browser.close()
    }
  })

  it('a translator into Arabic translates an entry written in English, and may not touch the English', async () => {
    const english = `An evening of Azerbaijani poetry${tag}`
    const created = (await api('POST', '/news?locale=en', {
      title: english,
      excerpt: 'Poems of Nizami and Vagif.',
      sourceLocale: 'en',
    })) as { doc: { id: number } }
    const id = String(created.doc.id)
    for (const to of ['in_review', 'approved', 'published'] as const) await move('news', id, 'en', to)
    const { browser, page, journey } = await session('translatorArEn', 'ar', viewport, 'translator-ar')
    try {
      await page.locator('.translation-queue li[data-status="missing"][data-locale="ar"] a').first().waitFor()
      await page.goto(`${server.url}/admin/collections/news/${id}?locale=ar`)
      await page.locator('.source-text[data-source-for="title"] .source-text__copy').click()
      await autosaved(page, 'news')
      await page.locator('#field-title').fill('أمسية للشعر الأذربيجاني')
      await autosaved(page, 'news')
      await press(page, 'in_review', 'ar')
      await journey.look('translated')
      await journey.shot('9-translated-from-english')
      // The English source is read-only for this translator, with the reason above the fields.
      await openEntry(page, 'news', id, 'en')
      await page.locator('.workflow-notice__locked').waitFor()
      expect(await page.locator('#field-title').evaluate((input) => input.closest('[inert]') !== null)).toBe(true)
      await journey.look('source-read-only')
      await journey.shot('10-source-read-only')
      expect(await workflowOf('news', id)).toMatchObject({ stages: { en: 'published', ar: 'in_review', az: 'draft' } })
      expect(await publicTitle('news', id, 'en')).toBe(english)
      expect(await journey.verdict()).toEqual([])
    } finally {
      await browser.close()
    }
  })

  it('an administrator creates and edits activities, courses, relations entries and people', async () => {
    const { browser, page, journey } = await session('admin', 'en', viewport, 'admin')
    try {
      const forms: Record<string, (page: Page) => Promise<void>> = {
        activities: async (p) => {
          await p.locator('#field-title').fill(`Open day${tag}`)
          await p.locator('#field-kind .rs__control').click()
          await p.locator('.rs__option').first().click()
          await p.locator('#field-startsAt .react-datepicker__input-container input').click()
          await p.locator('.react-datepicker__navigation--next').click()
          await p.locator('.react-datepicker__day--010:not(.react-datepicker__day--outside-month)').click()
          await p.keyboard.press('Escape')
        },
        courses: async (p) => p.locator('#field-title').fill(`Azerbaijani for travellers${tag}`),
        'bilateral-relations': async (p) => {
          await p.locator('#field-title').fill(`Cultural agreement${tag}`)
          await p.locator('#field-date .react-datepicker__input-container input').click()
          await p.locator('.react-datepicker__day--010:not(.react-datepicker__day--outside-month)').first().click()
          await p.keyboard.press('Escape')
          await p.locator('#field-kind .rs__control').click()
          await p.locator('.rs__option').first().click()
        },
        people: async (p) => p.locator('#field-name').fill(`Leyla Aliyeva${tag}`),
      }
      for (const [collection, fill] of Object.entries(forms)) {
        await page.goto(`${server.url}/admin/collections/${collection}/create?locale=en`)
        await page.locator(collection === 'people' ? '#field-name' : '#field-title').waitFor()
        await fill(page)
        await journey.look(`${collection}-create`)
        await page.locator(collection === 'people' ? '#action-save' : '#action-save-draft').click()
        await page.waitForURL(new RegExp(`/admin/collections/${collection}/(?!create)[^/?]+`))
        await journey.shot(`11-${collection}-created`)
        // And an existing (seeded) entry, opened and saved.
        await page.goto(`${server.url}/admin/collections/${collection}/1?locale=en`)
        const field = page.locator(collection === 'people' ? '#field-name' : '#field-title')
        await field.waitFor()
        await field.fill(`${await field.inputValue()} `)
        await page.locator(collection === 'people' ? '#action-save' : '#action-save-draft').click()
        await page
          .locator('.payload-toast-container .toast-success, .payload-toast-container [data-type="success"]')
          .first()
          .waitFor()
        await journey.look(`${collection}-edit`)
        await journey.shot(`12-${collection}-edited`)
      }
      expect(await journey.verdict()).toEqual([])
    } finally {
      await browser.close()
    }
  })
})
