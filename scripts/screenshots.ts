// `npm run screenshots`: the README's pictures of the HTML report and the aggregate dashboard,
// light and dark, taken in headless Chromium (Debian's `chromium`, as the browser tests use)
// from the sample report and aggregate of `__tests__/support/sample-pages.ts`. Writes
// docs/images/*.png.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { startBrowser, watchedPage } from '../__tests__/support/browser.js'
import { sampleAggregateForPages, sampleReportForPages } from '../__tests__/support/sample-pages.js'
import { renderAggregateHtml } from '../src/render/html-dashboard.js'
import { renderHtml } from '../src/render/html.js'

const OUT = resolve('docs/images')
const pages = {
  'html-report': renderHtml(sampleReportForPages()),
  dashboard: renderAggregateHtml(sampleAggregateForPages(), { reportLink: '{repository}.html' })
}

const folder = mkdtempSync(join(tmpdir(), 'multiplier-screenshots-'))
mkdirSync(OUT, { recursive: true })
const session = await startBrowser()
try {
  for (const [name, html] of Object.entries(pages)) {
    const file = join(folder, `${name}.html`)
    writeFileSync(file, html)
    for (const colourScheme of ['light', 'dark'] as const) {
      const { page, errors, external } = await watchedPage(session, {
        width: 1280,
        height: name === 'dashboard' ? 980 : 1500,
        colourScheme
      })
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' })
      if (errors.length > 0 || external.length > 0) {
        throw new Error(`${name}: ${[...errors, ...external].join('; ')}`)
      }
      const path = join(OUT, `${name}-${colourScheme}.png`)
      await page.screenshot({ path: path as `${string}.png` })
      await page.close()
      process.stdout.write(`wrote ${path}\n`)
    }
  }
} finally {
  await session.close()
  rmSync(folder, { recursive: true, force: true })
}
