import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DEFAULT_CONFIG, DEFAULT_SCORE_OPTIONS } from '../src/config/defaults.js'
import { runReport } from '../src/engine.js'
import { CATEGORY_IDS } from '../src/model.js'
import type { Report } from '../src/model.js'
import { scoreReport } from '../src/score/score.js'
import { renderJson } from '../src/render/json.js'
import { renderMarkdown } from '../src/render/markdown.js'
import {
  CUSTOM_SCORING_NOTE,
  percentileOf,
  placeAgainstReference
} from '../src/score/percentile.js'
import type { ReferenceRepository, ReferenceSet } from '../src/score/percentile.js'
import { REFERENCE_SET } from '../src/score/reference.js'
import { calibrate as runCalibrate } from '../scripts/calibrate-lib.js'
import { scoringFingerprint } from '../scripts/calibration-fingerprint.js'
import { GitRepo, cleanupGitRepos } from './support/git-repo.js'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')

function reference(scores: number[]): ReferenceSet {
  const repositories: ReferenceRepository[] = scores.map((score, i) => ({
    repository: `owner/repo-${i}`,
    language: 'Go',
    head: 'f'.repeat(40),
    window: { since: '2024-01-01T00:00:00.000Z', until: '2024-03-31T00:00:00.000Z' },
    changes: 10,
    people: 2,
    index: score,
    categories: { documentation: score, automation: 100 - score, patterns: 50 }
  }))
  return { about: '', fingerprint: '', windowDays: 90, date: '2024-03-31', repositories }
}

const scoring = { scoring: DEFAULT_SCORE_OPTIONS, referenceScoring: DEFAULT_SCORE_OPTIONS }

describe('score/percentile', () => {
  it('counts the reference scores strictly below, rounded down', () => {
    const ten = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90]
    expect(percentileOf(75, ten)).toBe(80)
    expect(percentileOf(70, ten)).toBe(70)
    expect(percentileOf(0, ten)).toBe(0)
    expect(percentileOf(100, ten)).toBe(100)
    // 1 of 3 below is 33.3 %: never rounded up to an overstatement.
    expect(percentileOf(5, [0, 9, 9])).toBe(33)
    expect(percentileOf(50, [])).toBe(0)
  })

  it('places the index and every category, and says what against', () => {
    const base = emptyReport({ index: 55, documentation: 55, automation: 55, patterns: 55 })
    const placed = placeAgainstReference(
      base,
      reference([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]),
      scoring
    )
    expect(placed.percentile).toBe(60)
    expect(placed.categories.documentation.percentile).toBe(60)
    // automation's reference is 100 − score: 100, 90, ..., 10; 5 of them are below 55.
    expect(placed.categories.automation.percentile).toBe(50)
    expect(placed.categories.patterns.percentile).toBe(100)
    expect(placed.reference).toEqual({ repositories: 10, date: '2024-03-31', windowDays: 90 })
    expect(base.percentile).toBeUndefined()
  })

  it('leaves percentiles out, with a note, when the config changes the formula', () => {
    const base = emptyReport({ index: 55, documentation: 55, automation: 55, patterns: 55 })
    const custom = { ...DEFAULT_SCORE_OPTIONS, weights: { share: 1, people: 0, steadiness: 0 } }
    const placed = placeAgainstReference(base, reference([10, 20]), {
      scoring: custom,
      referenceScoring: DEFAULT_SCORE_OPTIONS
    })
    expect(placed.percentile).toBeUndefined()
    expect(placed.categories.documentation.percentile).toBeUndefined()
    expect(placed.notes).toContain(CUSTOM_SCORING_NOTE)
    expect(renderMarkdown(placed)).not.toContain('reference repositories (')
  })

  it('writes percentile and reference into the JSON and one line into the markdown', () => {
    const placed = placeAgainstReference(
      emptyReport({ index: 55, documentation: 55, automation: 25, patterns: 55 }),
      reference([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]),
      scoring
    )
    const json = JSON.parse(renderJson(placed)) as Record<string, unknown>
    expect(Object.keys(json).slice(6, 11)).toEqual([
      'index',
      'previousIndex',
      'confidence',
      'percentile',
      'reference'
    ])
    expect(json.percentile).toBe(60)
    expect((json.categories as Record<string, { percentile: number }>).automation?.percentile).toBe(
      20
    )
    const markdown = renderMarkdown(placed)
    expect(markdown).toContain(
      'Higher than **60 %** of the 10 reference repositories (90-day windows up to 2024-03-31) · ' +
        'Documentation 60 % · Automation 20 % · Patterns 100 %.'
    )
  })
})

describe('score/reference-set.json', () => {
  it('was computed with the classifier and formula of this code (else run `npm run calibrate`)', () => {
    expect(REFERENCE_SET.fingerprint).toBe(scoringFingerprint(root))
  })

  it('holds at least 30 repositories of at least 6 languages, each with its head and window', () => {
    const { repositories } = REFERENCE_SET
    expect(repositories.length).toBeGreaterThanOrEqual(30)
    expect(new Set(repositories.map(entry => entry.language)).size).toBeGreaterThanOrEqual(6)
    for (const entry of repositories) {
      expect(entry.head).toMatch(/^[0-9a-f]{40}$/)
      const days = (Date.parse(entry.window.until) - Date.parse(entry.window.since)) / 86_400_000
      expect(days).toBe(REFERENCE_SET.windowDays)
    }
    const names = repositories.map(entry => entry.repository)
    expect(names).toEqual([...names].sort())
    for (const kept of ['spf13/cobra', 'BurntSushi/ripgrep', 'vuejs/core', 'pydantic/pydantic'])
      expect(names).not.toContain(kept)
  })

  it('places every report the engine makes with the default config', async () => {
    const repo = GitRepo.init()
    repo.commit({
      message: 'docs: guide',
      files: { 'docs/guide.md': '# Guide\n' },
      date: '2024-05-02T10:00:00Z'
    })
    const { gitSource } = await import('../src/collect/git.js')
    const report = await runReport({
      source: gitSource({ repoPath: repo.path }),
      config: DEFAULT_CONFIG,
      window: { since: '2024-05-01T00:00:00.000Z', until: '2024-05-31T00:00:00.000Z' },
      now: new Date('2024-05-31T00:00:00Z')
    })
    const indexes = REFERENCE_SET.repositories.map(entry => entry.index)
    expect(report.percentile).toBe(percentileOf(report.index, indexes))
    expect(report.reference?.repositories).toBe(REFERENCE_SET.repositories.length)
  })
})

describe('npm run calibrate', () => {
  let folder: string
  beforeAll(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'calibrate-'))
    // Two clones laid out as fetched (owner+name/repo, bare) and as a plain checkout (owner/name).
    const first = GitRepo.init()
    first.commit({
      message: 'Add feature',
      files: { 'src/a.ts': 'export const a = 1\n' },
      date: '2023-01-01T00:00:00Z'
    })
    first.commit({
      message: 'docs: guide',
      files: { 'docs/guide.md': '# Guide\n' },
      date: '2024-02-01T00:00:00Z'
    })
    first.commit({
      message: 'ci: add workflow',
      files: { '.github/workflows/ci.yml': 'on: push\n' },
      date: '2024-03-01T00:00:00Z'
    })
    execFileSync('git', [
      'clone',
      '-q',
      '--bare',
      first.path,
      path.join(folder, 'octo+first', 'repo')
    ])
    const second = GitRepo.init()
    second.commit({
      message: 'Add feature',
      files: { 'main.go': 'package main\n' },
      date: '2024-06-01T00:00:00Z'
    })
    execFileSync('git', ['clone', '-q', second.path, path.join(folder, 'octo', 'second')])
    fs.writeFileSync(
      path.join(folder, 'list.json'),
      JSON.stringify({
        repositories: [
          { repository: 'octo/second', language: 'Go' },
          { repository: 'octo/first', language: 'TypeScript' }
        ]
      })
    )
  })
  afterAll(() => {
    fs.rmSync(folder, { recursive: true, force: true })
    cleanupGitRepos()
  })

  const calibrate = (output: string, list = 'list.json'): Promise<ReferenceSet> =>
    runCalibrate({ root, clones: folder, list: path.join(folder, list), output })

  it('scores each clone over the 90 days before its own head, in name order, the same every run', async () => {
    const output = path.join(folder, 'out.json')
    await calibrate(output)
    const text = fs.readFileSync(output, 'utf8')
    const data = JSON.parse(text) as ReferenceSet
    expect(data.repositories.map(entry => entry.repository)).toEqual(['octo/first', 'octo/second'])
    const [first, second] = data.repositories
    expect(first?.window).toEqual({
      since: '2023-12-02T00:00:01.000Z',
      until: '2024-03-01T00:00:01.000Z'
    })
    // The 2023 commit is outside the window: only the docs and the workflow change count.
    expect(first?.changes).toBe(2)
    expect(first?.categories.documentation).toBeGreaterThan(0)
    expect(first?.categories.automation).toBeGreaterThan(0)
    expect(second?.changes).toBe(1)
    // A window of feature work only scores below one with docs and CI in it.
    expect(second?.categories.documentation).toBeLessThan(first?.categories.documentation ?? 0)
    expect(second?.categories.automation).toBeLessThan(first?.categories.automation ?? 0)
    expect(data.date).toBe('2024-06-01')
    expect(data.fingerprint).toBe(scoringFingerprint(root))
    await calibrate(path.join(folder, 'again.json'))
    expect(fs.readFileSync(path.join(folder, 'again.json'), 'utf8')).toBe(text)
  })

  it('names the repositories it has no clone of, and writes nothing', async () => {
    fs.writeFileSync(
      path.join(folder, 'missing.json'),
      JSON.stringify({ repositories: [{ repository: 'octo/absent', language: 'C' }] })
    )
    const output = path.join(folder, 'never.json')
    await expect(calibrate(output, 'missing.json')).rejects.toThrow(
      /no clone in .* of: octo\/absent/
    )
    expect(fs.existsSync(output)).toBe(false)
  })
})

/** A report of an empty window (every field as the scorer makes it), with the scores given. */
function emptyReport(scores: {
  index: number
  documentation: number
  automation: number
  patterns: number
}): Report {
  const report = scoreReport({
    repository: 'octo/widgets',
    source: 'git',
    window: { since: '2024-05-01T00:00:00.000Z', until: '2024-05-31T00:00:00.000Z' },
    previousWindow: { since: '2024-04-01T00:00:00.000Z', until: '2024-05-01T00:00:00.000Z' },
    changes: [],
    previousChanges: [],
    options: DEFAULT_SCORE_OPTIONS,
    generatedAt: '2024-05-31T00:00:00.000Z'
  })
  report.index = scores.index
  for (const id of CATEGORY_IDS) report.categories[id].score = scores[id]
  return { ...report, notes: [] }
}
