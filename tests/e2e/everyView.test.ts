import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import axe from 'axe-core'
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'

import { launchChromium } from '../helpers/browser'
import { type AdminLanguage, artifacts, Journey, personContext, signIn } from '../helpers/journey'
import { ADMIN, type ServerProcess, startProductionServer } from '../helpers/serverProcess'

/**
 * Every edit view of the admin, in each admin language: the create view and an existing entry of
 * each collection people edit, with every relationship and upload control opened (the admin looks
 * related entries up as it does for people): no failed request, no console error, no chrome in
 * another language's script. axe-core (WCAG 2.2 AA) on each view finds no critical or serious
 * violation in the project's own components, with colour contrast checked on Arabic text too; what
 * it finds in Payload's own UI is written to test-results/journeys/axe-payload.json. A keyboard walk
 * through the Arabic edit view reaches the workflow panel's buttons without a trap, changing nothing.
 */
const collections = [
  'news',
  'activities',
  'courses',
  'bilateral-relations',
  'people',
  'categories',
  'media',
  'users',
  'api-clients',
  'webhooks',
]
const languages: AdminLanguage[] = ['ar', 'az', 'en']

/** The project's own components in the admin: the workflow's and the workbench's panels and notices. */
const OURS = [
  '.workflow-panel',
  '.workflow-notice',
  '.content-language',
  '.source-text',
  '.translation-queue',
  '.translation-coverage',
  '.workflow-waiting',
  '.review-filter',
  '.date-shown',
  '.partial-date__shown',
]

let server: ServerProcess
const payloadFindings = new Map<string, Set<string>>()

/** The first entry of each collection, where it has one. */
const firstIds = new Map<string, string>()

beforeAll(async () => {
  server = await startProductionServer()
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  const { token } = (await login.json()) as { token: string }
  for (const collection of collections) {
    const response = await fetch(`${server.url}/api/${collection}?limit=1&depth=0`, {
      headers: { Authorization: `JWT ${token}` },
    })
    const { docs } = (await response.json()) as { docs: { id: number | string }[] }
    if (docs[0]) firstIds.set(collection, String(docs[0].id))
  }
})

afterAll(async () => {
  fs.mkdirSync(artifacts, { recursive: true })
  fs.writeFileSync(
    path.join(artifacts, 'axe-payload.json'),
    JSON.stringify(
      Object.fromEntries([...payloadFindings].map(([rule, where]) => [rule, [...where].slice(0, 20)])),
      null,
      2,
    ),
  )
  await server?.stop()
})

interface AxeFinding {
  rule: string
  impact: string
  targets: string[]
  ours: boolean
}

/** axe-core's WCAG 2.2 AA rules on the page, contrast included for Arabic text. */
async function audit(page: Page): Promise<AxeFinding[]> {
  await page.evaluate(axe.source)
  return page.evaluate(async (ours: string[]) => {
    const engine = (window as unknown as { axe: typeof axe }).axe
    // axe takes Arabic words for icon ligatures and leaves them out of the contrast check. For the
    // audit, Arabic text stands in Latin letters of the same length (colours and sizes unchanged),
    // and is put back as soon as axe is done.
    const swapped: [Text, string][] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text
      if (/[\u0600-\u06FF]/.test(text.data)) {
        swapped.push([text, text.data])
        text.data = text.data.replace(/[\u0600-\u06FF]/g, 'x')
      }
    }
    let results: axe.AxeResults
    try {
      results = await engine.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        resultTypes: ['violations'],
      })
    } finally {
      for (const [text, data] of swapped) text.data = data
    }
    return results.violations
      .filter((violation) => violation.impact === 'critical' || violation.impact === 'serious')
      .map((violation) => {
        const targets = violation.nodes.map((node) => node.target.join(' '))
        const inOurs = violation.nodes.some((node) => {
          const element = document.querySelector(String(node.target[node.target.length - 1]))
          return element !== null && ours.some((selector) => element.closest(selector) !== null)
        })
        return { rule: violation.id, impact: violation.impact ?? '', targets, ours: inOurs }
      })
  }, OURS)
}

/** Opens each relationship and upload control of the view, as a person looking for an entry would. */
async function openControls(page: Page): Promise<void> {
  for (const control of await page.locator('.field-type.relationship .rs__control').all()) {
    if (!(await control.isVisible()) || (await control.locator('xpath=ancestor::*[@inert]').count()) > 0) continue
    const lookedUp = page
      .waitForResponse((response) => response.url().includes('/api/'), { timeout: 5000 })
      .catch(() => undefined)
    // As a keyboard user opens it (the picker's wrapper takes a pointer's click on some fields).
    await control.locator('input').focus()
    await page.keyboard.press('ArrowDown')
    await page.locator('.rs__menu').first().waitFor({ timeout: 5000 })
    await lookedUp
    await page.keyboard.press('Escape')
  }
  for (const toggler of await page.locator('.upload__listToggler').all()) {
    if (!(await toggler.isVisible())) continue
    await toggler.click()
    const drawer = page.locator('.list-drawer.drawer--is-open').last()
    // The drawer's list comes through a server function; it is there when its controls are.
    await drawer.locator('.collection-list .list-controls').waitFor({ timeout: 15000 })
    await page.keyboard.press('Escape')
    await drawer.waitFor({ state: 'detached' })
  }
}

describe.each(languages)('every edit view in the %s admin', (language) => {
  it('opens, looks up related entries, and passes axe in the project’s components', async () => {
    const browser = await launchChromium()
    try {
      const context = await personContext(browser, language, 'desktop', server.url)
      const page = await context.newPage()
      const journey = new Journey(page, language, 'desktop', 'every-view')
      await signIn(page, server.url, ADMIN.email, ADMIN.password)
      const ours: string[] = []
      for (const collection of collections) {
        const existing = firstIds.get(collection)
        for (const view of ['create', ...(existing ? [existing] : [])]) {
          await page.goto(`${server.url}/admin/collections/${collection}/${view}`)
          await page.locator('.render-fields').first().waitFor()
          const started = Date.now()
          await openControls(page)
          await journey.look(`${collection}-${view}`)
          const findings = await audit(page)
          console.log(`[every view] ${language} ${collection}/${view}: ${Date.now() - started} ms`)
          for (const finding of findings) {
            if (finding.ours)
              ours.push(
                `${collection}/${view}: ${finding.rule} (${finding.impact}) at ${finding.targets.slice(0, 3).join(' | ')}`,
              )
            else {
              const where = payloadFindings.get(finding.rule) ?? new Set<string>()
              finding.targets.slice(0, 3).forEach((target) => where.add(`${language} ${collection}/${view}: ${target}`))
              payloadFindings.set(finding.rule, where)
            }
          }
        }
      }
      await journey.shot('last-view')
      expect({ problems: await journey.verdict(), axe: ours }).toEqual({ problems: [], axe: [] })
    } finally {
      await browser.close()
    }
  })
})

describe('the keyboard in the Arabic edit view', () => {
  it('reaches the workflow panel’s buttons by Tab, through the article body, without changing the entry', async () => {
    const browser = await launchChromium()
    try {
      const context = await personContext(browser, 'ar', 'desktop', server.url)
      const page = await context.newPage()
      const journey = new Journey(page, 'ar', 'desktop', 'keyboard')
      await signIn(page, server.url, ADMIN.email, ADMIN.password)
      const before = await (
        await fetch(`${server.url}/api/news/1?locale=all&depth=0&draft=true`, {
          headers: { Cookie: (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ') },
        })
      ).text()
      await page.goto(`${server.url}/admin/collections/news/1?locale=ar`)
      await page.locator('.workflow-panel [id^="workflow-"]').first().waitFor()
      await page.locator('#field-title').focus()
      const visited: string[] = []
      let reached = false
      for (let press = 0; press < 120 && !reached; press++) {
        await page.keyboard.press('Tab')
        const where = await page.evaluate(() => {
          const active = document.activeElement
          if (!active) return ''
          const style = getComputedStyle(active)
          const focusVisible = style.outlineStyle !== 'none' || style.boxShadow !== 'none'
          return `${active.tagName.toLowerCase()}#${active.id}.${[...active.classList].join('.')}${focusVisible ? '' : ' (no visible focus)'}|${active.closest('.workflow-panel') ? 'panel' : ''}`
        })
        visited.push(where)
        reached = where.endsWith('|panel') && /button/.test(where)
        // A trap: the same control keeps the focus press after press.
        expect(visited.slice(-4).filter((seen) => seen === where).length).toBeLessThan(4)
      }
      expect(reached).toBe(true)
      await journey.shot('keyboard-reached-panel')
      const after = await (
        await fetch(`${server.url}/api/news/1?locale=all&depth=0&draft=true`, {
          headers: { Cookie: (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ') },
        })
      ).text()
      expect(JSON.parse(after)).toEqual(JSON.parse(before))
      expect(await journey.verdict()).toEqual([])
    } finally {
      await browser.close()
    }
  })
})
