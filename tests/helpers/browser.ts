import fs from 'node:fs'
import { type Browser, chromium } from 'playwright-core'

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  (p): p is string => Boolean(p),
)

/** Debian's Chromium (`apt-get install chromium`), or CHROMIUM_PATH. */
export function chromiumPath(): string {
  const found = candidates.find((p) => fs.existsSync(p))
  if (!found) {
    throw new Error(
      'The browser tests need Chromium: `sudo apt-get install chromium` (Debian/Ubuntu), or set CHROMIUM_PATH.',
    )
  }
  return found
}

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
