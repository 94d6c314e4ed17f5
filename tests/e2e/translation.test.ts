import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'

import { projectRoot } from '../../src/paths'
import { launchChromium } from '../helpers/browser'
import { ADMIN, type ServerProcess, startProductionServer } from '../helpers/serverProcess'

/**
 * A translator's day in the Azerbaijani admin: the queue shows an entry whose Arabic changed,
 * the entry shows the old and the new Arabic beside the Azerbaijani field, the translator
 * updates the translation, and the entry leaves the queue. A screenshot of each step.
 */
const artifacts = path.join(projectRoot, 'test-results')
const PASSWORD = 'a-long-staff-password'
const translator = {
  email: 'leyla@eafs.test',
  name: 'Leyla',
  roles: ['translator'],
  translatorLocales: ['az'],
  language: 'az',
}

const before = { ar: 'أمسية موسيقية أذربيجانية في القاهرة', az: 'Qahirədə Azərbaycan musiqisi axşamı' }
const changedArabic = 'أمسية موسيقية أذربيجانية في دار الأوبرا بالقاهرة'
const newAzerbaijani = 'Qahirə Opera Teatrında Azərbaycan musiqisi axşamı'
const untranslated = 'معرض السجاد الأذربيجاني'

let server: ServerProcess
let browser: Browser
let page: Page
let token = ''
let id = ''

const shot = (name: string) =>
  page.screenshot({ path: path.join(artifacts, `translation-${name}.png`), fullPage: true })

const api = async (method: string, url: string, body?: unknown) => {
  const response = await fetch(`${server.url}/api${url}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}`, 'Accept-Language': 'en' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  expect(response.status).toBeLessThan(300)
  return (await response.json()) as { doc: { id: number | string } }
}

beforeAll(async () => {
  fs.mkdirSync(artifacts, { recursive: true })
  server = await startProductionServer()
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  token = ((await login.json()) as { token: string }).token
  await api('POST', '/users', { ...translator, password: PASSWORD })
  // An entry translated into Azerbaijani, whose Arabic title then changes.
  const created = await api('POST', '/news?locale=ar', {
    title: before.ar,
    excerpt: 'تحيي فرقة من باكو أمسية موسيقية.',
    _status: 'published',
  })
  id = String(created.doc.id)
  await api('PATCH', `/news/${id}?locale=az`, {
    title: before.az,
    excerpt: 'Bakıdan bir ansambl musiqi axşamı keçirir.',
  })
  await api('PATCH', `/news/${id}?locale=ar&draft=true`, { title: changedArabic })
  // And one not translated at all.
  await api('POST', '/news?locale=ar', { title: untranslated })
  browser = await launchChromium()
  page = await (await browser.newContext({ locale: 'az', viewport: { width: 1366, height: 900 } })).newPage()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('a translator brings a translation up to date, in the Azerbaijani admin', () => {
  it('1. signs in to the Azerbaijani admin', async () => {
    await page.context().addCookies([{ name: 'payload-lng', value: 'az', url: server.url }])
    await page.goto(`${server.url}/admin/login`)
    await page.locator('#field-email').fill(translator.email)
    await page.locator('#field-password').fill(PASSWORD)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL(`${server.url}/admin`)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('az')
    // The admin opens in the language the translator translates into.
    await page.getByRole('button', { name: 'Lokal' }).getByText('Azərbaycan dili').waitFor()
    await shot('1-signed-in')
  })

  it('2. finds the outdated entry in the queue and opens it', async () => {
    const item = page.locator('.translation-queue li[data-status="outdated"]', { hasText: before.az })
    await item.waitFor()
    await expect(item.textContent()).resolves.toContain('Köhnəlib')
    await expect(
      page.locator('.translation-queue li[data-status="missing"]', { hasText: untranslated }).count(),
    ).resolves.toBe(1)
    await shot('2-queue')
    // The list names the untranslated entry by its Arabic title.
    await page.goto(`${server.url}/admin/collections/news?locale=az`)
    await page.getByText(`(tərcümə olunmayıb, Ərəb dili): ${untranslated}`).waitFor()
    await shot('2b-list')
    await page.goto(`${server.url}/admin`)
    await item.locator('a').click()
    await page.waitForURL(new RegExp(`/admin/collections/news/${id}\\?locale=az`))
  })

  it('3. sees the changed Arabic beside the field, right to left', async () => {
    const source = page.locator('.source-text[data-source-for="title"]')
    await source.waitFor()
    await expect(page.locator('.content-language').textContent()).resolves.toContain('Azərbaycan dili')
    await expect(source.locator('.source-text__before').textContent()).resolves.toBe(before.ar)
    await expect(source.locator('.source-text__after').textContent()).resolves.toBe(changedArabic)
    expect(await source.locator('.source-text__value').getAttribute('dir')).toBe('rtl')
    // The excerpt did not change: it shows its source, without a change.
    await expect(page.locator('.source-text[data-source-for="excerpt"] .source-text__changed').count()).resolves.toBe(0)
    await shot('3-source-beside-field')
  })

  it('4. updates the translation', async () => {
    // Direction follows the text: Arabic copied into the Azerbaijani field runs right to left.
    await page.locator('.source-text[data-source-for="title"] .source-text__copy').click()
    await expect(page.locator('#field-title').inputValue()).resolves.toBe(changedArabic)
    expect(await page.locator('#field-title').evaluate((input) => getComputedStyle(input).unicodeBidi)).toBe(
      'plaintext',
    )
    await shot('4a-source-copied')
    await page.locator('#field-title').fill(newAzerbaijani)
    await page.locator('#action-save-draft').click()
    await page.locator('.payload-toast-container').getByText(/./).first().waitFor()
    await page.reload()
    await page.locator('.source-text[data-source-for="title"]').waitFor()
    await expect(page.locator('.source-text[data-source-for="title"] .source-text__changed').count()).resolves.toBe(0)
    await shot('4-translated')
  })

  it('5. the entry has left the queue', async () => {
    await page.goto(`${server.url}/admin`)
    await page.locator('.translation-queue').waitFor()
    await expect(page.locator('.translation-queue li', { hasText: newAzerbaijani }).count()).resolves.toBe(0)
    await expect(page.locator('.translation-queue li', { hasText: before.az }).count()).resolves.toBe(0)
    const status = await fetch(`${server.url}/api/news/${id}?locale=az&draft=true&depth=0`, {
      headers: { Authorization: `JWT ${token}` },
    })
    expect(((await status.json()) as { translationStatus: Record<string, string> }).translationStatus.az).toBe(
      'up_to_date',
    )
    await shot('5-queue-empty')
    // The grid's number of Azerbaijani news missing a translation opens the list of exactly those.
    await page
      .locator('.translation-coverage tr[data-collection="news"] td[data-locale="az"] li[data-status="missing"] a')
      .click()
    await page.waitForURL(/translationStatus/)
    await page.waitForLoadState('networkidle')
    await shot('5b-grid-link')
    await page.getByText(untranslated).waitFor()
    await expect(page.getByText(newAzerbaijani).count()).resolves.toBe(0)
    await shot('5b-grid-link')
  })
})
