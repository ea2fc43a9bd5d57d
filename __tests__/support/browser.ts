// Headless Chromium for the browser tests: Debian's `chromium` (installed by `.ci/run`), driven
// by puppeteer-core, which downloads no browser of its own. One browser serves a whole test
// file; each page refuses every request that is not a file: or data: address and records it,
// with every console error and uncaught exception, so a test can assert there were none.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launch, type Browser, type Page } from 'puppeteer-core'

/** Where the browser is: `CHROMIUM_PATH`, else Debian's. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * Whether this machine can run the browser tests. In CI they must run: a missing browser is a
 * failure there (the test says so), not a skip. Elsewhere a missing browser skips them, and the
 * file says so plainly on standard error.
 */
export function browserAvailable(file: string): boolean {
  if (existsSync(CHROMIUM) || process.env.CI) return true
  process.stderr.write(
    `\n${file}: browser tests SKIPPED: no Chromium at ${CHROMIUM} ` +
      '(apt-get install chromium, or set CHROMIUM_PATH); in CI they run and fail instead.\n\n'
  )
  return false
}

export interface BrowserSession {
  browser: Browser
  close(): Promise<void>
}

export async function startBrowser(): Promise<BrowserSession> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`)
  }
  const profile = mkdtempSync(join(tmpdir(), 'multiplier-chromium-'))
  const browser = await launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: profile,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage'
    ]
  })
  return {
    browser,
    async close() {
      await browser.close()
      rmSync(profile, { recursive: true, force: true })
    }
  }
}

export interface WatchedPage {
  page: Page
  /** Console errors and uncaught exceptions, as text. */
  errors: string[]
  /** Requests to anything but file: and data: addresses, each refused. */
  external: string[]
}

/** A new page that refuses the network and records errors; `colourScheme` sets the theme. */
export async function watchedPage(
  session: BrowserSession,
  options: { width?: number; height?: number; colourScheme?: 'light' | 'dark' } = {}
): Promise<WatchedPage> {
  const page = await session.browser.newPage()
  await page.setViewport({ width: options.width ?? 1200, height: options.height ?? 900 })
  await page.emulateMediaFeatures([
    { name: 'prefers-color-scheme', value: options.colourScheme ?? 'light' }
  ])
  const errors: string[] = []
  const external: string[] = []
  page.on('console', message => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', error => errors.push(String(error)))
  await page.setRequestInterception(true)
  page.on('request', request => {
    const url = request.url()
    if (url.startsWith('file:') || url.startsWith('data:') || url === 'about:blank') {
      void request.continue()
    } else {
      external.push(url)
      void request.abort('blockedbyclient')
    }
  })
  return { page, errors, external }
}
