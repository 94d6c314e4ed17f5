import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'

import { projectRoot } from '../../src/paths'
import { launchChromium } from '../helpers/browser'
import { ADMIN, type ServerProcess, startProductionServer } from '../helpers/serverProcess'

const artifacts = path.join(projectRoot, 'test-results')

let server: ServerProcess
let browser: Browser
let page: Page

beforeAll(async () => {
  fs.mkdirSync(artifacts, { recursive: true })
  server = await startProductionServer()
  browser = await launchChromium()
  const context = await browser.newContext({ locale: 'ar', viewport: { width: 1280, height: 900 } })
  page = await context.newPage()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('the admin in a browser', () => {
  it('logs in and shows the dashboard in Arabic, right to left', async () => {
    await page.goto(`${server.url}/admin/login`)
    await page.locator('#field-email').fill(ADMIN.email)
    await page.locator('#field-password').fill(ADMIN.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL(`${server.url}/admin`)
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl'])
    await page.getByText('الأخبار').first().waitFor()
    await page.screenshot({ path: path.join(artifacts, 'admin-dashboard-ar.png'), fullPage: true })
  })

  it('switches the admin to Azerbaijani from the account page', async () => {
    await page.goto(`${server.url}/admin/account`)
    await page.locator('#language-select').click()
    await page.locator('.rs__option', { hasText: 'Azərbaycan' }).first().click()
    await page.waitForFunction(() => document.documentElement.lang === 'az')
    await page.goto(`${server.url}/admin`)
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['az', 'ltr'])
    await page.getByText('Xəbərlər').first().waitFor()
    await page.screenshot({ path: path.join(artifacts, 'admin-dashboard-az.png'), fullPage: true })
  })
})
