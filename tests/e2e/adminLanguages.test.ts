import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'

import { en } from '@payloadcms/translations/languages/en'
import { az } from '@payloadcms/translations/languages/az'

import { collections as collectionConfigs } from '../../collections'
import { Society } from '../../globals/Society'
import { projectRoot } from '../../src/paths'
import { translationFields } from '../../src/translation/fields'
import { workflowFields } from '../../src/workflow/fields'
import { launchChromium } from '../helpers/browser'
import { ADMIN, type ServerProcess, startProductionServer } from '../helpers/serverProcess'

/**
 * Every list and edit view of the Arabic and the Azerbaijani admin, on a laptop (1366 px) and on a
 * phone (390 px): no "[object Object]", no English word of Payload's interface left untranslated,
 * dates in the language's own digits, and nothing wider than the screen. A screenshot of each view.
 */
const artifacts = path.join(projectRoot, 'test-results', 'admin-languages')
const widths = [1366, 390] as const
const languages = ['ar', 'az'] as const
const collections = [
  'news',
  'activities',
  'courses',
  'categories',
  'bilateral-relations',
  'people',
  'media',
  'users',
  'api-clients',
  'webhooks',
  'webhook-deliveries',
  'workflow-events',
  'search-index',
]

/** Names, formats and protocols that stay as they are in every language. */
const allowed = new Set([
  'api',
  'eafs',
  'payload',
  'seo',
  'url',
  'urls',
  'json',
  'graphql',
  'rest',
  'pdf',
  'webp',
  'png',
  'jpeg',
  'svg',
  'slug',
  'email',
  'e-mail',
  'id',
])

/** The words of every field's name in the code ("workflowPanel": workflow, panel), which Payload shows when a label is missing. */
const fieldNameWords = (fields: unknown[]): string[] =>
  fields.flatMap((field) => {
    if (typeof field !== 'object' || field === null) return []
    const { name, fields: inner, tabs } = field as { name?: unknown; fields?: unknown; tabs?: unknown }
    const own =
      typeof name === 'string'
        ? (name
            .replace(/([a-z])([A-Z])/g, '$1 $2')
            .toLowerCase()
            .match(/[a-z]{3,}/g) ?? [])
        : []
    return [
      ...own,
      ...(Array.isArray(inner) ? fieldNameWords(inner) : []),
      ...(Array.isArray(tabs) ? fieldNameWords(tabs) : []),
    ]
  })

/** The words of Payload's English interface and of the code's field names that are not also Azerbaijani words of the interface. */
const englishWords = (() => {
  const words = (language: typeof en) =>
    Object.values(language.translations).flatMap((group) =>
      Object.values(group as Record<string, string>).flatMap((text) => text.toLowerCase().match(/[a-z]{3,}/g) ?? []),
    )
  const azerbaijani = new Set(words(az))
  const names = [
    ...[...collectionConfigs, Society].flatMap((entity) => fieldNameWords(entity.fields)),
    ...fieldNameWords([...workflowFields, ...translationFields]),
  ]
  return new Set([...words(en), ...names].filter((word) => !azerbaijani.has(word) && !allowed.has(word)))
})()

let server: ServerProcess
let browser: Browser
let page: Page | undefined
const firstIds = new Map<string, string>()

interface Finding {
  objectObject: string[]
  english: string[]
  overflow: string[]
  dates: string[]
}

/** Where the admin shows a date: list cells, a document's "Last modified" and "Created", the line under a picker. */
const DATES =
  '.admin-date, .doc-controls__value-wrap .doc-controls__value, .date-shown, .partial-date__shown, .versions td.cell-updatedAt'

/** What the page shows outside the content being edited: its text, labels, tooltips and placeholders. */
async function inspect(page: Page): Promise<Finding> {
  return page.evaluate(
    ([english, dateSelector]: [string[], string]) => {
      const words = new Set(english)
      const width = window.innerWidth
      const skipped = (element: Element) =>
        element.closest(
          '[contenteditable], .source-text, .cell-title, td, .doc-header__title, .render-title, .field-type.text, .field-type.textarea, .json-field, .code-editor',
        ) !== null
      const texts: string[] = []
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement
        if (!parent || skipped(parent) || parent.closest('script, style, noscript')) continue
        const style = getComputedStyle(parent)
        if (style.display === 'none' || style.visibility === 'hidden') continue
        texts.push(node.textContent ?? '')
      }
      for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
        if (skipped(element)) continue
        for (const name of ['aria-label', 'title', 'placeholder']) texts.push(element.getAttribute(name) ?? '')
      }
      const objectObject = texts.filter((text) => text.includes('[object Object]'))
      // Each untranslated word with the text it stands in, so a failure says where to look.
      // Paths (/api/search) and identifiers (select-all) are not words anyone reads.
      const wordsOf = (text: string) =>
        text
          .replace(/\/[\w/.-]*/g, ' ')
          .replace(/\b[a-z]+(?:-[a-z]+)+\b/g, ' ')
          .match(/[A-Za-z]{3,}/g) ?? []
      const found = texts.flatMap((text) =>
        wordsOf(text).some((word) => words.has(word.toLowerCase())) ? [text.trim().slice(0, 80)] : [],
      )
      const clipped = (element: Element) => {
        for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
          const overflow = getComputedStyle(parent).overflowX
          if (overflow !== 'visible') return true
        }
        return false
      }
      const overflow: string[] = []
      for (const element of document.body.querySelectorAll('*')) {
        const rect = element.getBoundingClientRect()
        if (rect.width === 0 || rect.height === 0 || rect.right < -1000 || rect.left > width + 1000) continue
        if ((rect.right > width + 1 || rect.left < -1) && !clipped(element)) {
          overflow.push(
            `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} [${Math.round(rect.left)}, ${Math.round(rect.right)}]`,
          )
        }
      }
      const dates = [...document.querySelectorAll(dateSelector)]
        .map((element) => element.textContent?.trim() ?? '')
        .filter(Boolean)
      return { objectObject, english: [...new Set(found)], overflow: overflow.slice(0, 10), dates }
    },
    [[...englishWords], DATES] as [string[], string],
  )
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
  for (const collection of collections) {
    const response = await fetch(`${server.url}/api/${collection}?limit=1&depth=0&draft=true`, {
      headers: { Authorization: `JWT ${token}` },
    })
    const { docs } = (await response.json()) as { docs: { id: number | string }[] }
    if (docs[0]) firstIds.set(collection, String(docs[0].id))
  }
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const views = () => [
  { name: 'dashboard', url: '/admin' },
  ...collections.flatMap((collection) => [
    { name: `${collection}-list`, url: `/admin/collections/${collection}` },
    firstIds.has(collection)
      ? { name: `${collection}-edit`, url: `/admin/collections/${collection}/${firstIds.get(collection)}` }
      : { name: `${collection}-create`, url: `/admin/collections/${collection}/create` },
  ]),
  { name: 'society', url: '/admin/globals/society' },
  { name: 'account', url: '/admin/account' },
]

describe.each(languages)('the %s admin', (language) => {
  describe.each(widths)('at %i px', (width) => {
    beforeAll(async () => {
      // One page throughout: Chromium's contexts here share one cookie store and closing one ends the browser.
      page ??= await (await browser.newContext({ locale: language })).newPage()
      await page.setViewportSize({ width, height: 900 })
      await page.context().clearCookies()
      await page.context().addCookies([{ name: 'payload-lng', value: language, url: server.url }])
      await page.goto(`${server.url}/admin/login`)
      await page.locator('#field-email').fill(ADMIN.email)
      await page.locator('#field-password').fill(ADMIN.password)
      await page.locator('button[type="submit"]').click()
      await page.waitForURL(`${server.url}/admin`)
    })

    it('shows every view in its language, within the screen', async () => {
      const problems: string[] = []
      const dates: string[] = []
      if (!page) throw new Error('no page')
      for (const view of views()) {
        await page.goto(`${server.url}${view.url}`)
        await page.locator('.template-default, .template-minimal').first().waitFor()
        await page.waitForLoadState('networkidle')
        await page.screenshot({ path: path.join(artifacts, `${language}-${width}-${view.name}.png`) })
        const found = await inspect(page)
        const { objectObject, english, overflow } = found
        dates.push(...found.dates)
        // Arabic writes its dates in Arabic-Indic digits (ar-EG); Azerbaijani in Latin ones.
        const foreign = found.dates.filter((date) => (language === 'ar' ? /[0-9]/ : /[٠-٩]/).test(date))
        if (foreign.length)
          problems.push(`${view.name}: dates in the wrong digits ${JSON.stringify(foreign.slice(0, 3))}`)
        if (objectObject.length)
          problems.push(`${view.name}: [object Object] in ${JSON.stringify(objectObject.slice(0, 3))}`)
        if (english.length) problems.push(`${view.name}: English ${JSON.stringify(english)}`)
        if (overflow.length) problems.push(`${view.name}: wider than ${width} px: ${overflow.join('; ')}`)
      }
      expect(problems).toEqual([])
      // Every list has dates and every entry its "Created": the check above had dates to look at.
      expect(dates.length).toBeGreaterThan(collections.length * 2)
    })
  })
})
