import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'

import { projectRoot } from '../../src/paths'
import { launchChromium } from '../helpers/browser'
import { ADMIN, type ServerProcess, startProductionServer } from '../helpers/serverProcess'

/**
 * The editorial workflow as people do it in the Arabic admin, one browser context per person:
 * an author writes and submits, an editor asks for a change, the author fixes it, the editor
 * approves and publishes, the public API shows it, an Azerbaijani translator translates and
 * submits, and the editor publishes Azerbaijani alone. A screenshot of each step.
 */
const artifacts = path.join(projectRoot, 'test-results')
const PASSWORD = 'a-long-staff-password'
const people = {
  author: { email: 'mona@eafs.test', name: 'منى', roles: ['author'], language: 'ar' },
  editor: { email: 'karim@eafs.test', name: 'كريم', roles: ['editor'], language: 'ar' },
  translator: {
    email: 'aysel@eafs.test',
    name: 'Aysel',
    roles: ['translator'],
    translatorLocales: ['az'],
    language: 'az',
  },
}
type Person = keyof typeof people

let server: ServerProcess
let browser: Browser
let page: Page
let id = ''
const title = 'محاضرة عن الشاعر نظامي الكنجوي'

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(artifacts, `workflow-${name}.png`) })

/**
 * Signs `person` in, in one admin language, on the one page the test drives. (Chromium's contexts
 * here share one cookie store, so people take turns on one page rather than each having their own.)
 */
async function signIn(person: Person, language: string): Promise<Page> {
  // Whoever was signed in leaves: the entries they were editing are theirs no longer (Payload locks
  // an entry after ten seconds of editing, and a slow machine reaches that).
  if (page.url().startsWith(server.url)) {
    await page.evaluate(async (url) => {
      const me = (await (await fetch(`${url}/api/users/me`)).json()) as { user?: { id: number | string } | null }
      if (me.user)
        await fetch(`${url}/api/payload-locked-documents?where[user.value][equals]=${me.user.id}`, { method: 'DELETE' })
    }, server.url)
  }
  await page.context().clearCookies()
  await page.context().addCookies([{ name: 'payload-lng', value: language, url: server.url }])
  await page.goto(`${server.url}/admin/login`)
  await page.locator('#field-email').fill(people[person].email)
  await page.locator('#field-password').fill(PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(`${server.url}/admin`)
  const me = (await page.evaluate(async (url) => (await fetch(url)).json(), `${server.url}/api/users/me`)) as {
    user: { email: string }
  }
  expect(me.user.email).toBe(people[person].email)
  return page
}

/** Opens the entry in a content language and waits for the workflow panel. */
async function open(page: Page, locale: string): Promise<void> {
  await page.goto(`${server.url}/admin/collections/news/${id}?locale=${locale}`)
  await page.locator('.workflow-panel').waitFor()
  await page.locator('.workflow-panel li[data-locale="ar"] span').first().waitFor()
}

/** Presses a move in the panel and waits until the panel shows the language in `stage`. */
async function press(page: Page, move: string, locale: string, stageLabel: string): Promise<void> {
  await page.locator(`#workflow-${move}`).click()
  await page.locator(`.workflow-panel li[data-locale="${locale}"]`, { hasText: stageLabel }).waitFor()
}

const publicTitle = async (locale: string): Promise<string | null> => {
  const response = await fetch(`${server.url}/api/news/${id}?locale=${locale}&fallback-locale=none&depth=0`)
  return response.status === 200 ? ((await response.json()) as { title: string }).title : null
}

beforeAll(async () => {
  fs.mkdirSync(artifacts, { recursive: true })
  server = await startProductionServer()
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  const { token } = (await login.json()) as { token: string }
  for (const person of Object.values(people)) {
    const created = await fetch(`${server.url}/api/users`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ ...person, password: PASSWORD }),
    })
    expect(created.status).toBe(201)
  }
  browser = await launchChromium()
  page = await (await browser.newContext({ locale: 'ar', viewport: { width: 1366, height: 900 } })).newPage()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('review before publishing, in the Arabic admin', () => {
  it('1. an author writes an Arabic news draft and submits it', async () => {
    await signIn('author', 'ar')
    await page.goto(`${server.url}/admin/collections/news/create`)
    expect(await page.locator('#action-save').count()).toBe(0)
    await page.locator('#field-title').fill(title)
    await page.locator('#field-excerpt').fill('تنظم الجمعية محاضرة عن الشاعر.')
    await page.locator('#action-save-draft').click()
    await page.waitForURL(/\/admin\/collections\/news\/(?!create)[^/?]+/)
    id = new URL(page.url()).pathname.split('/').pop() ?? ''
    await open(page, 'ar')
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl')
    await press(page, 'in_review', 'ar', 'قيد المراجعة')
    await shot(page, '1-author-submits')
    expect(await publicTitle('ar')).toBeNull()
  })

  it('2. an editor requests a change, with a comment', async () => {
    await signIn('editor', 'ar')
    await page.goto(`${server.url}/admin`)
    await page.locator('.workflow-waiting a', { hasText: title }).waitFor()
    await shot(page, '2a-editor-dashboard')
    await open(page, 'ar')
    await page.locator('textarea[name="workflowComment"]').fill('أضف موعد المحاضرة ومكانها.')
    await press(page, 'changes_requested', 'ar', 'مطلوب تعديلات')
    await shot(page, '2b-editor-requests-changes')
  })

  it('3. the author fixes it and submits again', async () => {
    await signIn('author', 'ar')
    await open(page, 'ar')
    // The editor's comment stands above the fields, and in the panel's history.
    await page.locator('.workflow-notice__request').getByText('أضف موعد المحاضرة ومكانها.').waitFor()
    await page.locator('.workflow-panel details summary').click()
    await page.locator('.workflow-panel__history').getByText('أضف موعد المحاضرة ومكانها.').waitFor()
    await page.locator('#field-excerpt').fill('تنظم الجمعية محاضرة عن الشاعر يوم الخميس في مقرها بالقاهرة.')
    await page.locator('#action-save-draft').click()
    await page.locator('.payload-toast-container').getByText(/./).first().waitFor()
    await press(page, 'in_review', 'ar', 'قيد المراجعة')
    await shot(page, '3-author-fixes')
  })

  it('4. the editor approves and publishes', async () => {
    await signIn('editor', 'ar')
    await open(page, 'ar')
    await press(page, 'approved', 'ar', 'معتمد')
    await press(page, 'published', 'ar', 'منشور')
    await shot(page, '4-editor-publishes')
  })

  it('5. the public API shows it', async () => {
    expect(await publicTitle('ar')).toBe(title)
    const response = await fetch(`${server.url}/api/news/${id}?locale=ar&depth=0`)
    expect(((await response.json()) as { excerpt: string }).excerpt).toContain('يوم الخميس')
    await signIn('editor', 'ar')
    await page.goto(`${server.url}/api/news/${id}?locale=ar&depth=0`)
    await shot(page, '5-public-api')
  })

  it('6. an Azerbaijani translator translates the entry and submits az', async () => {
    await signIn('translator', 'az')
    await open(page, 'az')
    // What all languages share is not the translator's to change.
    expect(await page.locator('#field-publishedAt input').first().isDisabled()).toBe(true)
    await page.locator('#field-title').fill('Nizami Gəncəvi haqqında mühazirə')
    await page.locator('#action-save-draft').click()
    await page.locator('.payload-toast-container').getByText(/./).first().waitFor()
    await press(page, 'in_review', 'az', 'Yoxlamada')
    await shot(page, '6-translator-submits-az')
    expect(await publicTitle('az')).toBeNull()
  })

  it('7. the editor publishes az alone', async () => {
    await signIn('editor', 'ar')
    await open(page, 'az')
    await press(page, 'approved', 'az', 'معتمد')
    await press(page, 'published', 'az', 'منشور')
    await shot(page, '7-editor-publishes-az')
    expect(await publicTitle('az')).toBe('Nizami Gəncəvi haqqında mühazirə')
    expect(await publicTitle('ar')).toBe(title)
    expect(await publicTitle('en')).toBeNull()
  })
})
