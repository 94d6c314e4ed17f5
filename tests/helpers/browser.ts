import fs from 'node:fs'
import { type Browser, chromium, type Page } from 'playwright-core'

/** Flags for a headless Chromium on a machine with no network beyond the loopback. */
const quiet = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface ChromiumChoice {
  executablePath: string
  args: string[]
  /** Said in the test output, so a run shows which browser it used. */
  description: string
}

/**
 * CHROMIUM_PATH when set, else a system Chromium, else the Chromium that the dev dependency
 * `@sparticuz/chromium` ships inside its npm package (unpacked to /tmp on first use): the browser
 * tests need nothing but `npm ci`.
 */
export async function chooseChromium(): Promise<ChromiumChoice> {
  const explicit = process.env.CHROMIUM_PATH?.trim()
  if (explicit) {
    if (!fs.existsSync(explicit)) throw new Error(`CHROMIUM_PATH=${explicit} does not exist.`)
    return { executablePath: explicit, args: quiet, description: `CHROMIUM_PATH (${explicit})` }
  }
  const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p))
  if (system) return { executablePath: system, args: quiet, description: `system Chromium (${system})` }
  const { default: sparticuz } = await import('@sparticuz/chromium')
  const executablePath = await sparticuz.executablePath()
  return {
    executablePath,
    // Its own flags (headless shell, single process), less the two that would weaken the page's
    // security model, which the tests are meant to see as a visitor's browser does.
    args: [
      ...new Set([
        ...sparticuz.args.filter(
          (flag) => !['--disable-web-security', '--allow-running-insecure-content'].includes(flag),
        ),
        ...quiet.filter((flag) => flag !== '--headless'),
      ]),
    ],
    description: `Chromium from the npm package @sparticuz/chromium (${executablePath})`,
  }
}

/** How often a launch that crashes the browser before it answers is tried again. */
const LAUNCH_RETRIES = 2

/**
 * Chromium, launched. The single-process Chromium of @sparticuz/chromium now and then dies at start
 * (SIGSEGV before its first answer, "Target page, context or browser has been closed" from
 * `launch`), on a busy machine more often; such a launch is tried again. A browser that crashes
 * after it started fails the test as before.
 */
export async function launchChromium(): Promise<Browser> {
  const choice = await chooseChromium()
  console.log(`[browser] ${choice.description}`)
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await chromium.launch({ executablePath: choice.executablePath, args: choice.args })
    } catch (error) {
      const crashedAtStart = /Target page, context or browser has been closed|signal=SIGSEGV/.test(String(error))
      if (!crashedAtStart || attempt >= LAUNCH_RETRIES) throw error
      console.log(`[browser] Chromium crashed at start (launch ${attempt + 1}); launching again`)
    }
  }
}

/** A browser with one page whose language (Accept-Language, navigator.language) is `locale`. */
export async function openBrowserPage(locale: string): Promise<{ browser: Browser; page: Page }> {
  const browser = await launchChromium()
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } })
  return { browser, page: await context.newPage() }
}
