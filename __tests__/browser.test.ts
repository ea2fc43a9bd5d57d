/// <reference lib="dom" />
// The pages people look at, in a real browser: the history chart's mermaid block as mermaid
// draws it, the HTML report and the aggregate dashboard from disk in headless Chromium. One browser
// for the file; every page refuses the network and records console errors.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { historyLines } from '../src/render/history-chart.js'
import { renderAggregateHtml } from '../src/render/html-dashboard.js'
import { renderHtml } from '../src/render/html.js'
import { SERIES } from '../src/render/palette.js'
import {
  browserAvailable,
  type BrowserSession,
  startBrowser,
  watchedPage,
  type WatchedPage
} from './support/browser.js'
import { contrast } from './support/contrast.js'
import { sampleAggregateForPages, sampleReportForPages } from './support/sample-pages.js'

/** The part of mermaid's browser API the test calls. */
interface MermaidApi {
  initialize(config: { startOnLoad: boolean; theme: string }): void
  render(id: string, code: string): Promise<{ svg: string }>
}

const run = browserAvailable('__tests__/browser.test.ts')
const suite = run ? describe : describe.skip

let session: BrowserSession
let folder: string
const files: Record<string, string> = {}

/** A hostile title: if the page did not escape it, the image would be a request out. */
const HOSTILE = '<img src="https://evil.example/x.png"> & "quotes" @team #12'

beforeAll(async () => {
  if (!run) return
  folder = mkdtempSync(join(tmpdir(), 'multiplier-browser-'))
  const report = sampleReportForPages()
  report.changes[0]!.title = HOSTILE
  const mermaid = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js')
  const pages: Record<string, string> = {
    report: renderHtml(report),
    dashboard: renderAggregateHtml(sampleAggregateForPages(), { reportLink: '{repository}.html' }),
    mermaid: `<!doctype html><html lang="en"><body><div id="out"></div><script src="${pathToFileURL(mermaid).href}"></script></body></html>`
  }
  for (const [name, html] of Object.entries(pages)) {
    files[name] = join(folder, `${name}.html`)
    writeFileSync(files[name], html)
  }
  session = await startBrowser()
}, 30_000)

afterAll(async () => {
  await session?.close()
  if (folder) rmSync(folder, { recursive: true, force: true })
})

async function open(
  name: string,
  options: Parameters<typeof watchedPage>[1] = {}
): Promise<WatchedPage> {
  const watched = await watchedPage(session, options)
  await watched.page.goto(pathToFileURL(files[name]!).href, { waitUntil: 'load' })
  return watched
}

/** The texts of one column of a table's body rows that are shown. */
async function column(watched: WatchedPage, table: string, at: number): Promise<string[]> {
  return watched.page.$$eval(
    `${table} tbody tr:not([hidden])`,
    (rows, at) => rows.map(row => (row as HTMLTableRowElement).cells[at]!.textContent!.trim()),
    at
  )
}

/** Distinct colours in a screenshot, counted in the page itself (no image library needed). */
async function screenshotColours(watched: WatchedPage): Promise<number> {
  const png = await watched.page.screenshot({ encoding: 'base64' })
  return watched.page.evaluate(async data => {
    const image = new Image()
    image.src = `data:image/png;base64,${data}`
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = image.width
    canvas.height = image.height
    const context = canvas.getContext('2d')!
    context.drawImage(image, 0, 0)
    const pixels = context.getImageData(0, 0, image.width, image.height).data
    const seen = new Set<number>()
    for (let i = 0; i < pixels.length; i += 4 * 7) {
      seen.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!)
    }
    return seen.size
  }, png)
}

suite('the pages in Chromium', () => {
  it('mermaid draws the history block in the palette, at 3:1 on its light and dark backgrounds', async () => {
    const block = historyLines(sampleReportForPages().history)
    const code = block.slice(1, block.indexOf('```', 1)).join('\n')
    const watched = await open('mermaid')
    for (const theme of ['default', 'dark']) {
      const drawn = await watched.page.evaluate(
        async (code, theme) => {
          const { mermaid } = window as unknown as { mermaid: MermaidApi }
          mermaid.initialize({ startOnLoad: false, theme })
          const { svg } = await mermaid.render(`chart-${theme}`, code)
          const out = document.getElementById('out')!
          out.innerHTML = svg
          // The chart's own background, as the browser resolves its fill ('white', '#333').
          const probe = document.createElement('div')
          probe.style.color = out.querySelector('rect.background')?.getAttribute('fill') ?? ''
          out.append(probe)
          return {
            background: getComputedStyle(probe).color,
            strokes: [...out.querySelectorAll('g[class*="line-plot"] path')].map(path =>
              path.getAttribute('stroke')
            )
          }
        },
        code,
        theme
      )
      expect(drawn.strokes).toEqual([...SERIES.slice(1), SERIES[0]!].map(series => series.colour))
      expect(drawn.background).toBe(theme === 'dark' ? 'rgb(51, 51, 51)' : 'rgb(255, 255, 255)')
      for (const stroke of drawn.strokes) {
        expect(contrast(stroke ?? '', drawn.background)).toBeGreaterThanOrEqual(3)
      }
    }
    expect(watched.errors).toEqual([])
    expect(watched.external).toEqual([])
    await watched.page.close()
  })

  it('opens the report from disk with no console error and no request outside the file', async () => {
    const watched = await open('report')
    const chart = await watched.page.$eval('figure.chart svg', svg => {
      const box = svg.getBoundingClientRect()
      return { width: box.width, height: box.height, paths: svg.querySelectorAll('path').length }
    })
    expect(chart.width).toBeGreaterThan(400)
    expect(chart.height).toBeGreaterThan(150)
    // One path per series; the quiet window is a gap inside each (a second `M`), not a 0.
    expect(chart.paths).toBe(4)
    const index = await watched.page.$eval('.series-index path', path => path.getAttribute('d'))
    expect(index?.match(/M/g)).toHaveLength(2)
    expect(await column(watched, '#history-table', 1)).toEqual([
      '38',
      '44',
      '41',
      'no activity',
      '52',
      '57',
      '55',
      '63'
    ])
    // The hostile title shows as text and fetched nothing.
    const titles = await column(watched, '#changes-table', 0)
    expect(titles).toContain(HOSTILE)
    expect(watched.errors).toEqual([])
    expect(watched.external).toEqual([])
    expect(await watched.page.$eval('html', html => html.lang)).toBe('en')
    await watched.page.close()
  })

  it('sorts a table by a click on its heading, up then down, quiet rows last', async () => {
    const watched = await open('report')
    const heading = '#history-table thead th:nth-child(2) button'
    await watched.page.click(heading)
    expect(await column(watched, '#history-table', 1)).toEqual([
      '38',
      '41',
      '44',
      '52',
      '55',
      '57',
      '63',
      'no activity'
    ])
    await watched.page.click(heading)
    expect(await column(watched, '#history-table', 1)).toEqual([
      '63',
      '57',
      '55',
      '52',
      '44',
      '41',
      '38',
      'no activity'
    ])
    expect(
      await watched.page.$eval('#history-table thead th:nth-child(2)', th =>
        th.getAttribute('aria-sort')
      )
    ).toBe('descending')
    await watched.page.close()
  })

  it('filters the dashboard by name and by activity, and marks quiet repositories', async () => {
    const watched = await open('dashboard')
    expect(await column(watched, '#repositories-table', 0)).toHaveLength(12)
    await watched.page.type('#filter', 'PAY')
    expect(await column(watched, '#repositories-table', 0)).toEqual(['octo/payments'])
    expect(await watched.page.$eval('#shown', span => span.textContent)).toBe(
      '1 of 12 repositories shown'
    )
    await watched.page.$eval('#filter', input => ((input as HTMLInputElement).value = ''))
    await watched.page.select('#activity', 'quiet')
    expect(await column(watched, '#repositories-table', 0)).toEqual([
      'octo/old-prototype',
      'octo/status-page'
    ])
    expect(new Set(await column(watched, '#repositories-table', 1))).toEqual(
      new Set(['no activity'])
    )
    const href = await watched.page.$eval('#repositories-table tbody tr:not([hidden]) a', a =>
      a.getAttribute('href')
    )
    expect(href).toBe('octo/old-prototype.html')
    expect(watched.errors).toEqual([])
    expect(watched.external).toEqual([])
    await watched.page.close()
  })

  it('shows the dashboard without scripts: every row, and no filter that would do nothing', async () => {
    const watched = await watchedPage(session)
    await watched.page.setJavaScriptEnabled(false)
    await watched.page.goto(pathToFileURL(files.dashboard!).href, { waitUntil: 'load' })
    expect(await column(watched, '#repositories-table', 0)).toHaveLength(12)
    expect(await watched.page.$eval('#filters', box => (box as HTMLElement).offsetHeight)).toBe(0)
    await watched.page.close()
  })

  it('keeps both pages within a phone’s width, drawn, in light and dark', async () => {
    for (const name of ['report', 'dashboard']) {
      for (const colourScheme of ['light', 'dark'] as const) {
        const watched = await open(name, { width: 400, height: 800, colourScheme })
        const layout = await watched.page.evaluate(() => ({
          page: document.documentElement.scrollWidth,
          view: window.innerWidth,
          tables: [...document.querySelectorAll('.table-box')].map(
            box => box.getBoundingClientRect().right
          ),
          background: getComputedStyle(document.body).backgroundColor
        }))
        expect(layout.page).toBeLessThanOrEqual(layout.view)
        for (const right of layout.tables) expect(right).toBeLessThanOrEqual(layout.view)
        expect(layout.background).toBe(
          colourScheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)'
        )
        // A blank or broken page has a handful of colours; a drawn one has many.
        expect(await screenshotColours(watched)).toBeGreaterThan(20)
        expect(watched.errors).toEqual([])
        await watched.page.close()
      }
    }
  })
})
