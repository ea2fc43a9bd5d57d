import { describe, expect, it } from '@jest/globals'
import type { Report } from '../src/model.js'
import { renderAggregateHtml } from '../src/render/html-dashboard.js'
import { safeHref } from '../src/render/html-page.js'
import { renderHtml } from '../src/render/html.js'
import { trendWords } from '../src/render/report-view.js'
import { renderText } from '../src/render/text.js'
import { aggregateReports } from '../src/score/aggregate.js'
import { sampleReport } from './support/reports.js'
import { sampleReportForPages } from './support/sample-pages.js'

/** A report under the planned contract (issue 23): nothing to measure, null scores. */
function quietReport(): Report {
  const report = sampleReport('octo/quiet', 0, 0) as unknown as Record<string, unknown>
  report.index = null
  report.confidence = null
  report.activity = { state: 'bots-only', reason: 'only bots changed anything' }
  return report as unknown as Report
}

describe('render/html', () => {
  it('is one file: no stylesheet, script, image or font fetched from anywhere', () => {
    const page = renderHtml(sampleReportForPages())
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/)
    expect(page).not.toMatch(/<link|<script src|<img|<iframe|@import|url\(/)
    // Links to the changes are plain anchors; nothing else carries an address.
    const addresses = [...page.matchAll(/(?:src|href)="([^"]*)"/g)].map(match => match[0])
    expect(addresses.every(address => address.startsWith('href="https://github.com/octo/'))).toBe(
      true
    )
    expect(page).toContain('<svg viewBox="0 0 720 300" role="img"')
    expect(page).toContain('<table class="sortable short" id="history-table">')
  })

  it('escapes what people wrote and links only http(s) addresses', () => {
    const report = sampleReportForPages()
    report.repository = 'octo/<script>alert(1)</script>'
    report.repositoryUrl = 'javascript:alert(1)'
    report.changes[0]!.title = '<b onmouseover="x()">bold</b>'
    report.changes[1]!.url = 'javascript:alert(2)'
    const page = renderHtml(report)
    expect(page).not.toContain('<script>alert')
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(page).toContain('&lt;b onmouseover=&quot;x()&quot;&gt;bold&lt;/b&gt;')
    expect(page).not.toContain('javascript:')
    expect(safeHref('//evil.example/x')).toBeUndefined()
    expect(safeHref('octo/web.html')).toBe('octo/web.html')
    expect(safeHref('HTTPS://example.com')).toBe('HTTPS://example.com')
  })

  it('says "no activity" with the reason for a window with nothing to measure, never 0', () => {
    for (const report of [quietReport(), sampleReport('octo/empty', 0, 0)]) {
      const page = renderHtml(report)
      expect(page).toContain('<span class="quiet">no activity</span>')
      expect(page).not.toContain('0<span class="muted"> / 100')
      const text = renderText(report)
      expect(text).toMatch(/^Index: no activity \(/m)
      expect(text).not.toContain('0 / 100')
    }
    expect(renderText(quietReport())).toContain('Index: no activity (only bots changed anything)')
  })

  it('shows the planned interval and direction where the report has them', () => {
    const report = sampleReport('octo/web', 60, 20, { previousIndex: 58 })
    Object.assign(report, { indexInterval: { low: 52, high: 71 }, direction: 'steady' })
    Object.assign(report.categories.patterns, { interval: { low: 40, high: 66 }, direction: 'up' })
    const page = renderHtml(report)
    expect(page).toContain('likely 52–71 · medium confidence · trend no clear change (+2)')
    expect(page).toContain('likely 40–66 · medium confidence · trend —')
    expect(renderText(report)).toMatch(
      /^Index: 60 \/ 100 \(likely 52–71\) {3}medium confidence {3}trend no clear change \(\+2\)/m
    )
  })

  it('words a trend by its direction where the report has one', () => {
    expect(trendWords(60, 58, 'steady')).toBe('no clear change (+2)')
    expect(trendWords(70, 58, 'up')).toBe('up +12')
    expect(trendWords(40, 58)).toBe('−18')
    expect(trendWords(null, 58)).toBe('no activity')
    expect(trendWords(40, null)).toBe('—')
  })
})

describe('render/html-dashboard', () => {
  const aggregate = aggregateReports([
    sampleReport('octo/web', 70, 20, { previousIndex: 60, confidence: 'high' }),
    sampleReport('octo/api', 40, 10, { confidence: 'low' }),
    sampleReport('octo/old', 0, 0)
  ])

  it('marks a quiet repository "no activity" in every score, with no confidence or trend', () => {
    const page = renderAggregateHtml(aggregate)
    const quiet = page.split('\n').find(line => line.includes('data-name="octo/old"')) ?? ''
    expect(quiet).toContain('data-quiet="true"')
    expect(quiet.match(/no activity/g)).toHaveLength(5)
    // The only 0 is its count of changes.
    expect(quiet.match(/>0</g)).toEqual(['>0<'])
    expect(quiet).toContain('data-sort="0">0</td>')
    const web = page.split('\n').find(line => line.includes('data-name="octo/web"')) ?? ''
    expect(web).toContain('data-quiet="false"')
    expect(web).toContain('<td>high</td><td>+10</td>')
    expect(page).toContain('3 repositories (1 with no activity)')
  })

  it('words a repository’s trend by its direction where the row has one', () => {
    const rows = aggregate.repositories.map(row =>
      row.repository === 'octo/web' ? { ...row, direction: 'steady' as const } : row
    )
    const page = renderAggregateHtml({ ...aggregate, repositories: rows })
    const web = page.split('\n').find(line => line.includes('data-name="octo/web"')) ?? ''
    expect(web).toContain('<td>high</td><td>no clear change (+10)</td>')
  })

  it('links each repository by the template, names encoded, or not at all without one', () => {
    const linked = renderAggregateHtml(aggregate, { reportLink: 'reports/{owner}/{name}.html' })
    expect(linked).toContain('<a href="reports/octo/web.html">octo/web</a>')
    expect(renderAggregateHtml(aggregate)).not.toContain('<a href=')
  })
})
