// The reference set against git: a report the engine makes from a real repository placed against
// it, and `npm run calibrate` building it from clones. Apart from score-percentile.test.ts, whose
// tests need neither git nor the file system, so that mutation runs (jest.mutate.config.js) can
// run those alone.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DEFAULT_CONFIG, DEFAULT_SCORE_OPTIONS } from '../src/config/defaults.js'
import { runReport } from '../src/engine.js'
import type { Report } from '../src/model.js'
import { percentileOf, placeAgainstReference } from '../src/score/percentile.js'
import type { ReferenceRepository, ReferenceSet } from '../src/score/percentile.js'
import { REFERENCE_SET } from '../src/score/reference.js'
import { calibrate as runCalibrate } from '../scripts/calibrate-lib.js'
import { scoringFingerprint } from '../scripts/calibration-fingerprint.js'
import { GitRepo, cleanupGitRepos } from './support/git-repo.js'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')

const scoring = { scoring: DEFAULT_SCORE_OPTIONS, referenceScoring: DEFAULT_SCORE_OPTIONS }

describe('score/reference-set.json against git', () => {
  it('places a report the engine makes against the 30-day windows of every repository but its own', async () => {
    const repo = GitRepo.init()
    repo.commit({
      message: 'docs: guide',
      files: { 'docs/guide.md': '# Guide\n' },
      date: '2024-05-02T10:00:00Z'
    })
    repo.commit({
      message: 'Add feature',
      files: { 'src/a.ts': 'export const a = 1\n' },
      date: '2024-05-03T10:00:00Z'
    })
    const { gitSource } = await import('../src/collect/git.js')
    // Two changes give a low-confidence index, which gets no rank (tested above); placed again
    // as if it were of medium confidence, the engine's report shows whom it is ranked against.
    const report = async (repository: string): Promise<Report> => {
      const made = await runReport({
        source: gitSource({ repoPath: repo.path, repository }),
        config: DEFAULT_CONFIG,
        window: { since: '2024-05-01T00:00:00.000Z', until: '2024-05-31T00:00:00.000Z' },
        now: new Date('2024-05-31T00:00:00Z')
      })
      expect(made.percentile).toBeUndefined()
      return placeAgainstReference({ ...made, confidence: 'medium' }, REFERENCE_SET, scoring)
    }
    const monthsOf = (entries: ReferenceRepository[]): number[] =>
      entries.flatMap(entry =>
        (entry.windows['30'] ?? []).flatMap(window =>
          window.index !== null && window.changes > 0 ? [window.index] : []
        )
      )
    const all = REFERENCE_SET.repositories
    const named = all.find(entry => entry.repository === 'pallets/flask') as ReferenceRepository
    const unrelated = await report('octo/widgets')
    expect(unrelated.percentile).toBe(percentileOf(unrelated.index ?? NaN, monthsOf(all)))
    expect(unrelated.reference).toMatchObject({ windowDays: 30, windows: monthsOf(all).length })
    // Reported as one of the reference repositories, in other letters: its own months are left out.
    const flask = await report('Pallets/Flask')
    const others = all.filter(entry => entry !== named)
    expect(flask.reference).toMatchObject({ windows: monthsOf(others).length })
    expect(flask.reference?.repositories).toBe(
      others.filter(entry => monthsOf([entry]).length > 0).length
    )
    expect(flask.percentile).toBe(percentileOf(flask.index ?? NaN, monthsOf(others)))
    expect(monthsOf(others).length).toBeLessThan(monthsOf(all).length)
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
      date: '2023-11-01T00:00:00Z'
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
    // A clone whose head is more than a year older than the newest, and one quiet for 90 days.
    const stale = GitRepo.init()
    stale.commit({ message: 'Add', files: { 'a.c': 'int a;\n' }, date: '2023-05-01T00:00:00Z' })
    execFileSync('git', ['clone', '-q', stale.path, path.join(folder, 'octo', 'stale')])
    const quiet = GitRepo.init()
    quiet.commit({
      message: 'Release',
      files: { 'a.c': 'int a;\n' },
      date: '2024-04-01T00:00:00Z',
      author: { name: 'dependabot[bot]', email: 'bot@example.com' }
    })
    execFileSync('git', ['clone', '-q', quiet.path, path.join(folder, 'octo', 'quiet')])
    // A repository with no commit: its head cannot be read.
    fs.mkdirSync(path.join(folder, 'octo', 'broken'), { recursive: true })
    execFileSync('git', ['init', '-q', path.join(folder, 'octo', 'broken')])
    const list = (names: string[]): string =>
      JSON.stringify({ repositories: names.map(repository => ({ repository, language: 'Go' })) })
    fs.writeFileSync(
      path.join(folder, 'list.json'),
      list(['octo/second', 'octo/absent', 'octo/first', 'octo/stale', 'octo/quiet', 'octo/broken'])
    )
    fs.writeFileSync(path.join(folder, 'missing.json'), list(['octo/absent']))
  })
  afterAll(() => {
    fs.rmSync(folder, { recursive: true, force: true })
    cleanupGitRepos()
  })

  // These small histories have one or two changes a quarter; the real set asks for MIN_QUARTER_CHANGES.
  const calibrate = (output: string, list = 'list.json'): ReturnType<typeof runCalibrate> =>
    runCalibrate({ root, clones: folder, list: path.join(folder, list), output, minChanges: 1 })

  it('scores 12 weeks, 3 months and a quarter back from each head, in name order, the same every run', async () => {
    const output = path.join(folder, 'out.json')
    const result = await calibrate(output)
    const text = fs.readFileSync(output, 'utf8')
    const data = JSON.parse(text) as ReferenceSet
    expect(data.repositories.map(entry => entry.repository)).toEqual(['octo/first', 'octo/second'])
    const [first, second] = data.repositories as [ReferenceRepository, ReferenceRepository]
    expect(first.windows['90']).toEqual([
      expect.objectContaining({
        since: '2023-12-02T00:00:01Z',
        until: '2024-03-01T00:00:01Z',
        changes: 2
      })
    ])
    // The months back from 2024-03-01: only the last holds the docs and the workflow change.
    expect(
      first.windows['30']?.map(window => [window.since, window.changes, window.index])
    ).toEqual([
      ['2023-12-02T00:00:01Z', 0, null],
      ['2024-01-01T00:00:01Z', 0, null],
      ['2024-01-31T00:00:01Z', 2, expect.any(Number)]
    ])
    // Twelve weeks: the workflow in the last, the guide (2024-02-01) in the fifth from last.
    const weeks = first.windows['7'] ?? []
    expect(weeks).toHaveLength(12)
    expect(weeks.map(window => window.changes)).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1])
    expect(weeks.filter(window => window.index === null)).toHaveLength(10)
    expect(weeks.at(-1)?.automation).toBeGreaterThan(weeks.at(-1)?.documentation ?? 100)
    expect(weeks.at(-5)?.documentation).toBeGreaterThan(weeks.at(-5)?.automation ?? 100)
    // A window of feature work only scores below one with docs and CI in it.
    const secondQuarter = second.windows['90']?.[0]
    expect(secondQuarter?.changes).toBe(1)
    expect(secondQuarter?.documentation).toBeLessThan(first.windows['90']?.[0]?.documentation ?? 0)
    expect(data.date).toBe('2024-06-01')
    expect(data.fingerprint).toBe(scoringFingerprint(root))
    expect(data.lengths).toEqual([
      { days: 7, windows: 12 },
      { days: 30, windows: 3 },
      { days: 90, windows: 1 }
    ])
    // What could not be scored is named with its reason, and the rest is scored all the same.
    expect(result.skipped.map(entry => entry.repository)).toEqual([
      'octo/absent',
      'octo/broken',
      'octo/quiet',
      'octo/stale'
    ])
    expect(data.skipped?.map(entry => entry.reason)).toEqual([
      expect.stringMatching(/^no clone in /),
      expect.stringMatching(/^failed: /),
      '0 counted changes in the 90 days before its head (1 needed)',
      'its head (2023-05-01) is more than 365 days older than the newest head'
    ])
    await calibrate(path.join(folder, 'again.json'))
    expect(fs.readFileSync(path.join(folder, 'again.json'), 'utf8')).toBe(text)
  })

  it('fails, writing nothing, when no listed repository can be scored', async () => {
    const output = path.join(folder, 'never.json')
    await expect(calibrate(output, 'missing.json')).rejects.toThrow(
      /no repository of .*missing\.json could be scored/
    )
    expect(fs.existsSync(output)).toBe(false)
  })
})
