import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'

import { projectRoot } from '../../src/paths'
import { openBrowserPage } from '../helpers/browser'
import { ADMIN, type ServerProcess, startProductionServer } from '../helpers/serverProcess'

const artifacts = path.join(projectRoot, 'test-results')
/** The society's Arabic site, which does not exist here: the live preview's frame is checked, not loaded. */
const SITE_AR = 'https://site.example/ar'

let server: ServerProcess
let browser: Browser
let page: Page
/** What the browser refused under the Content-Security-Policy, on every page this file opens. */
const cspViolations: string[] = []

beforeAll(async () => {
  fs.mkdirSync(artifacts, { recursive: true })
  server = await startProductionServer({ SITE_URL_AR: SITE_AR })
  ;({ browser, page } = await openBrowserPage('ar'))
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text())
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`),
    )
  })
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** Opens the seeded news item and checks the SEO group of @payloadcms/plugin-seo in one admin language. */
async function expectSeoFields(language: string, groupLabel: string, texts: string[]): Promise<void> {
  const list = (await (await fetch(`${server.url}/api/news?limit=1&depth=0`)).json()) as { docs: { id: number }[] }
  await page.goto(`${server.url}/admin/collections/news/${list.docs[0].id}`)
  const group = page.locator('#field-meta')
  await group.waitFor()
  await group.getByText(groupLabel, { exact: true }).first().waitFor()
  for (const text of texts) await group.getByText(text).first().waitFor()
  // Filled from the news item's own title when it was seeded.
  expect(await page.locator('#field-meta__title').inputValue()).not.toBe('')
  await group.scrollIntoViewIfNeeded()
  await group.screenshot({ path: path.join(artifacts, `admin-seo-${language}.png`) })
}

describe('the admin in a browser', () => {
  it('logs in and shows the dashboard in Arabic, right to left', async () => {
    await page.goto(`${server.url}/admin/login`)
    await page.locator('#field-email').fill(ADMIN.email)
    await page.locator('#field-password').fill(ADMIN.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL(`${server.url}/admin`)
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ])
    await page.getByText('الأخبار').first().waitFor()
    await page.screenshot({ path: path.join(artifacts, 'admin-dashboard-ar.png'), fullPage: true })
  })

  it('shows the SEO plugin’s fields on a news item, in Arabic', async () => {
    await expectSeoFields('ar', 'تحسين الظهور في محركات البحث (SEO)', ['عنوان الصفحة', 'وصف الصفحة', 'توليد تلقائي'])
  })

  it('opens the draft in the live preview, on the society’s site, through a token that reads it', async () => {
    const list = (await (await fetch(`${server.url}/api/news?limit=1&depth=0`)).json()) as {
      docs: { id: number; slug: string }[]
    }
    await page.goto(`${server.url}/admin/collections/news/${list.docs[0].id}`)
    await page.locator('#live-preview-toggler').click()
    const frame = page.locator('iframe').first()
    await frame.waitFor()
    const src = new URL((await frame.getAttribute('src')) ?? '')
    expect(`${src.origin}${src.pathname}`).toBe(`${SITE_AR}/preview`)
    expect(src.searchParams.get('path')).toBe(`/news/${encodeURIComponent(list.docs[0].slug)}`)
    await page.screenshot({ path: path.join(artifacts, 'admin-live-preview-ar.png') })
    // What the site's preview page would read with the token: the draft, in Arabic.
    const preview = await fetch(`${server.url}/api/preview?token=${src.searchParams.get('token') ?? ''}`)
    expect(preview.status).toBe(200)
    expect(((await preview.json()) as { locale: string; doc: { id: number } }).doc.id).toBe(list.docs[0].id)
    await page.locator('#live-preview-toggler').click()
  })

  it('creates and publishes an activity in the Arabic admin, readable through REST', async () => {
    const title = 'أمسية ثقافية أذربيجانية'
    await page.goto(`${server.url}/admin/collections/activities/create`)
    await page.locator('#field-title').fill(title)
    // Right to left, the page is no wider than the window (Lexical's parked menus once made it ~10,000 px).
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true)
    await page.locator('#field-startsAt input').first().click()
    await page
      .locator('.react-datepicker__day:not(.react-datepicker__day--outside-month)', { hasText: /^15$/ })
      .first()
      .click()
    await page.locator('.react-datepicker__time-list-item').nth(36).click()
    await page.locator('#field-title').click()
    await page.screenshot({ path: path.join(artifacts, 'admin-activity-ar.png') })
    await page.locator('#action-save').click()
    await page.waitForURL(/\/admin\/collections\/activities\/(?!create)[^/]+$/)

    const response = await fetch(
      `${server.url}/api/activities?locale=ar&where[title][equals]=${encodeURIComponent(title)}`,
    )
    const { docs } = (await response.json()) as {
      docs: { title: string; slug: string; _status: string; startsAt: string; startsAt_tz: string }[]
    }
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      title,
      slug: 'أمسية-ثقافية-أذربيجانية',
      _status: 'published',
      startsAt_tz: 'Africa/Cairo',
    })
    expect(new Date(docs[0].startsAt).getUTCDate()).toBeGreaterThanOrEqual(14)
  })

  it('switches the admin to Azerbaijani from the account page', async () => {
    await page.goto(`${server.url}/admin/account`)
    await page.locator('#language-select').click()
    await page.locator('.rs__option', { hasText: 'Azərbaycan' }).first().click()
    await page.waitForFunction(() => document.documentElement.lang === 'az')
    await page.goto(`${server.url}/admin`)
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'az',
      'ltr',
    ])
    await page.getByText('Xəbərlər').first().waitFor()
    await page.screenshot({ path: path.join(artifacts, 'admin-dashboard-az.png'), fullPage: true })
    await expectSeoFields('az', 'Axtarış sistemləri üçün (SEO)', [
      'Səhifənin başlığı',
      'Səhifənin təsviri',
      'Avtomatik yaradılacaq',
    ])
  })

  it('shows the SEO fields in English too', async () => {
    await page.goto(`${server.url}/admin/account`)
    await page.locator('#language-select').click()
    await page.locator('.rs__option', { hasText: 'English' }).first().click()
    await page.waitForFunction(() => document.documentElement.lang === 'en')
    await expectSeoFields('en', 'SEO', ['Meta title', 'Meta description', 'Auto-generate'])
  })

  it('works under the Content-Security-Policy: every page above loaded with nothing refused', async () => {
    const response = await page.goto(`${server.url}/admin`)
    const policy = response?.headers()['content-security-policy'] ?? ''
    expect(policy).toContain("default-src 'self'")
    expect(policy).toContain(`frame-ancestors 'self' ${new URL(SITE_AR).origin}`)
    await page.waitForLoadState('networkidle')
    expect(cspViolations).toEqual([])
  })
})
