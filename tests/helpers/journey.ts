import fs from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContext, Page, Response } from 'playwright-core'

import { projectRoot } from '../../src/paths'

/**
 * A person's walk through the admin in Chromium, watched as they would notice it: a journey fails on
 * any answer ≥ 400 from `/api/` that the step did not expect, any console error (React's hydration
 * errors included) or uncaught exception, any string of the admin's chrome in another admin
 * language's script, and, on a phone, header controls that overlap or a page wider than the screen.
 */
export type AdminLanguage = 'ar' | 'az' | 'en'

export const viewports = {
  desktop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
} as const
export type ViewportName = keyof typeof viewports

export const artifacts = path.join(projectRoot, 'test-results', 'journeys')

/**
 * Latin words that may stand in the Arabic admin's chrome: names of formats and protocols, the
 * society's initials, units. Everything else Latin there is a string in the wrong language.
 */
const LATIN_ALLOWED = new Set([
  'api',
  'cors',
  'hmac',
  'sha256',
  'hmac-sha256',
  'smtp',
  'get',
  'post',
  'eafs',
  'seo',
  'url',
  'json',
  'graphql',
  'rest',
  'pdf',
  'webp',
  'png',
  'jpeg',
  'jpg',
  'svg',
  'slug',
  'id',
  'ics',
  'rss',
  'xml',
  'mb',
  'kb',
  'px',
  'iso',
  'utc',
  'gmt',
  'cefr',
  'a1',
  'a2',
  'b1',
  'b2',
  'c1',
  'c2',
  'http',
  'https',
  'www',
  'eafs.test',
  'payload',
])

/** What a person reads that is the admin's, not the content: text, labels, tooltips, placeholders. */
async function chromeTexts(page: Page): Promise<{ text: string; where: string }[]> {
  return page.evaluate(() => {
    // Content (what people wrote, in whatever language), and the values of fields, are not chrome.
    const CONTENT = [
      '[contenteditable]',
      'input',
      'textarea',
      'select',
      'code',
      'pre',
      '[lang]:not(html)',
      '.source-text',
      '.cell-title',
      'td',
      '.doc-header__title',
      '.render-title',
      '.json-field',
      '.code-editor',
      '.rs__single-value',
      '.rs__multi-value',
      '.relationship--single-value',
      '.file-details',
      '.upload-relationship-details',
      '.thumbnail',
      '.step-nav__last',
      '.step-nav a',
      '.workflow-notice blockquote',
      '.workflow-panel q',
      '.workflow-panel__history',
      '.nav__link',
      '.collection-list__title',
      '.doc-controls__value',
      '.rs__option',
      '.card__title',
      '.field-type.slug',
      '.translation-queue',
      '.coverage-grid',
      '.link-editor',
      '.workflow-waiting',
      '.account',
      '.app-header__account',
      '[data-content]',
    ].join(', ')
    const isContent = (element: Element): boolean =>
      element.closest(CONTENT) !== null ||
      // A relationship's chosen entries are their titles; only its placeholder is chrome.
      (element.closest('.rs__value-container, .rs__control .value-container') !== null &&
        element.closest('.rs__placeholder') === null) ||
      // The SEO plugin's search-result preview shows the entry's title and description.
      (element.closest('#field-meta') !== null &&
        [null, element.closest('#field-meta')].includes(
          element.closest('.field-type, .field-label, .field-description, .group-field__header'),
        ))
    const texts: { text: string; where: string }[] = []
    const where = (element: Element): string => {
      const names: string[] = []
      for (let at: Element | null = element; at && at !== document.body && names.length < 4; at = at.parentElement) {
        const named = at.id ? `#${at.id}` : at.classList[0] ? `.${at.classList[0]}` : ''
        if (named) names.unshift(named)
      }
      return names.join(' ')
    }
    const visible = (element: Element) => {
      const style = getComputedStyle(element)
      return style.display !== 'none' && style.visibility !== 'hidden' && (element as HTMLElement).offsetParent !== null
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      if (!parent || parent.closest('script, style, noscript') || isContent(parent) || !visible(parent)) continue
      const text = (node.textContent ?? '').trim()
      if (text) texts.push({ text, where: where(parent) })
    }
    for (const element of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
      if ((isContent(element) && !element.matches('input, textarea')) || element.closest('[aria-hidden="true"]'))
        continue
      for (const name of ['aria-label', 'placeholder', 'title']) {
        const value = element.getAttribute(name)?.trim()
        if (value && !(element.matches('input, textarea') && name === 'title'))
          texts.push({ text: value, where: `${where(element)}[${name}]` })
      }
    }
    return texts
  })
}

/** Codes that are names in every language: countries and currencies (ISO 3166, ISO 4217). */
const CODES = /^(EG|AZ|TR|RU|US|GB|EGP|AZN|USD|EUR)$/

/** Chrome strings in another admin language's script. */
export function wrongScript<T extends { text: string }>(texts: T[], language: AdminLanguage, names: Set<string>): T[] {
  if (language === 'ar') {
    return texts.filter(({ text }) =>
      // Addresses, links, file paths and IANA time-zone names ("Africa/Cairo") are identifiers, the same in every language.
      (
        text
          .replace(/\S+@\S+|https?:\/\/\S+|[\w./-]+\.md\b|\b[A-Z][A-Za-z]+\/[A-Z][A-Za-z_]+\b/g, '')
          .match(/[A-Za-z][A-Za-z.-]*[A-Za-z0-9]|[A-Za-z]/g) ?? []
      ).some((word) => !LATIN_ALLOWED.has(word.toLowerCase()) && !names.has(word.toLowerCase()) && !CODES.test(word)),
    )
  }
  return texts.filter(
    ({ text }) =>
      /[\u0600-\u06FF]/.test(text) &&
      ![...text.matchAll(/[\u0600-\u06FF][\u0600-\u06FF\s]*/g)].every((match) => names.has(match[0].trim())),
  )
}

/** The header's controls that overlap each other, and whether the page scrolls sideways. */
async function phoneLayout(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    const scroller = document.scrollingElement ?? document.documentElement
    if (scroller.scrollWidth > window.innerWidth + 1)
      problems.push(`the page is ${scroller.scrollWidth}px wide on a ${window.innerWidth}px screen`)
    const parts = [
      ['breadcrumb', '.app-header .step-nav'],
      ['language picker', '.app-header .localizer'],
      ['account', '.app-header .app-header__account'],
      ['menu', '.app-header .app-header__mobile-nav-toggler'],
    ] as const
    const boxes = parts.flatMap(([name, selector]) => {
      const element = document.querySelector(selector)
      if (!element) return []
      const box = element.getBoundingClientRect()
      return box.width > 0 && box.height > 0 ? [{ name, box }] : []
    })
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].box
        const b = boxes[j].box
        const overlap =
          Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
          Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1
        if (overlap) problems.push(`${boxes[i].name} overlaps ${boxes[j].name}`)
      }
    }
    for (const [name, selector] of parts) {
      const element = document.querySelector(selector)
      if (!element) continue
      const box = element.getBoundingClientRect()
      if (box.width > 0 && (box.left < -1 || box.right > window.innerWidth + 1))
        problems.push(`${name} is cut at the screen's edge`)
    }
    return problems
  })
}

export class Journey {
  readonly findings: string[] = []
  private allowed: { status: number; path: RegExp }[] = []
  /** The browser reports each refused request on the console too: the expected ones are not errors. */
  private allowedOnConsole: { status: number; path: RegExp }[] = []
  private pending = new Set<Promise<unknown>>()

  constructor(
    readonly page: Page,
    readonly language: AdminLanguage,
    readonly viewport: ViewportName,
    readonly name: string,
    private readonly names: Set<string> = new Set(),
  ) {
    page.on('response', (response) => this.onResponse(response))
    page.on('console', (message) => {
      if (message.type() !== 'error' || this.expectedOnConsole(message.text(), message.location().url)) return
      this.findings.push(`console error on ${page.url()}: ${message.text().slice(0, 400)}`)
    })
    page.on('pageerror', (error) => this.findings.push(`uncaught on ${page.url()}: ${error.message.slice(0, 400)}`))
  }

  private onResponse(response: Response): void {
    const url = new URL(response.url())
    if (!url.pathname.startsWith('/api/') || response.status() < 400) return
    const expected = this.allowed.findIndex(
      (allowance) => allowance.status === response.status() && allowance.path.test(url.pathname),
    )
    if (expected !== -1) {
      this.allowed.splice(expected, 1)
      return
    }
    const request = response.request()
    const noted = response.text().then(
      (body) =>
        this.findings.push(
          `${request.method()} ${url.pathname}${url.search} answered ${response.status()}: ${body.slice(0, 300)}`,
        ),
      () => this.findings.push(`${request.method()} ${url.pathname}${url.search} answered ${response.status()}`),
    )
    this.pending.add(noted)
    void noted.finally(() => this.pending.delete(noted))
  }

  /** Whether a console error is the browser's report of a refusal the step expects, and takes it off the list. */
  private expectedOnConsole(text: string, location: string): boolean {
    const status = /^Failed to load resource: the server responded with a status of (\d+)/.exec(text)?.[1]
    if (!status || !location) return false
    const { pathname } = new URL(location)
    const expected = this.allowedOnConsole.findIndex(
      (allowance) => allowance.status === Number(status) && allowance.path.test(pathname),
    )
    if (expected === -1) return false
    this.allowedOnConsole.splice(expected, 1)
    return true
  }

  /** The next answer with this status on this path is the step's own (a refusal the person should see). */
  expectRefusal(status: number, pathPattern: RegExp): void {
    this.allowed.push({ status, path: pathPattern })
    this.allowedOnConsole.push({ status, path: pathPattern })
  }

  /** Checks what the person sees now: the chrome's language and, on a phone, the header and width. */
  async look(step: string): Promise<void> {
    // The admin keeps a connection or two busy (locking, autosave); a moment of quiet is enough.
    await this.page.waitForLoadState('networkidle', { timeout: 500 }).catch(() => undefined)
    const wrong = wrongScript(await chromeTexts(this.page), this.language, this.names)
    for (const line of new Set(
      wrong.map(({ text, where }) => `${step}: "${text.slice(0, 100)}" (${where}) is not ${this.language} chrome`),
    ))
      this.findings.push(line)
    if (this.viewport === 'phone')
      for (const problem of await phoneLayout(this.page)) this.findings.push(`${step}: ${problem}`)
  }

  async shot(step: string): Promise<void> {
    fs.mkdirSync(artifacts, { recursive: true })
    await this.page.screenshot({
      path: path.join(artifacts, `${this.name}-${this.language}-${this.viewport}-${step}.png`),
    })
  }

  /** Everything noticed so far, or nothing: the journey's verdict. */
  async verdict(): Promise<string[]> {
    await Promise.all([...this.pending])
    return [...this.findings]
  }
}

/** A browser context for one person: their admin language, on a desktop or a phone. */
export async function personContext(
  browser: Browser,
  language: AdminLanguage,
  viewport: ViewportName,
  serverURL: string,
): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: language === 'ar' ? 'ar-EG' : language,
    viewport: viewports[viewport],
  })
  await context.addCookies([{ name: 'payload-lng', value: language, url: serverURL }])
  // A TypeScript loader may name the functions it passes to `evaluate` through a helper of its own.
  await context.addInitScript('globalThis.__name = (target) => target')
  return context
}

/** Signs in through the admin's own form and waits for the dashboard. */
export async function signIn(page: Page, serverURL: string, email: string, password: string): Promise<void> {
  await page.goto(`${serverURL}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(`${serverURL}/admin`)
}
