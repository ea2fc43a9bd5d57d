import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { DEFAULT_NUDGE_OPTIONS, type Nudge } from '../src/advise/nudge.js'
import { nudgesFor } from '../src/advise/nudges.js'
import type { PublicApiFacts } from '../src/advise/public-api.js'
import { quietReason, type QuietReason } from '../src/advise/voice.js'
import { createClassifier } from '../src/classify/classify.js'
import { DEFAULT_RULESET } from '../src/classify/rules/defaults.js'
import type { Author, Change, ClassifiedChange, FileChange } from '../src/model.js'
import { truncate } from '../src/render/escape.js'
import { COMMENT_BODY_LIMIT } from '../src/render/limits.js'
import { changeLine } from '../src/render/change-lines.js'
import { PR_COMMENT_MARKER, renderPullRequestComment } from '../src/render/pr-comment.js'

// Real pull requests of public repositories (__tests__/fixtures/pull-requests/, see its
// README), each run through the PR-comment path as the action runs it: classify, nudges,
// whether the comment speaks, and the body it would post.

interface FixturePull {
  number: number
  title: string
  body: string
  author: Author
  mergedAt: string
  mergeSha: string
  labels: string[]
  files: FileChange[]
}

interface Fixture {
  repository: string
  publicApi: PublicApiFacts
  pulls: FixturePull[]
}

const FOLDER = path.join(import.meta.dirname, 'fixtures', 'pull-requests')
const fixtures: Fixture[] = fs
  .readdirSync(FOLDER)
  .filter(name => name.endsWith('.json'))
  .map(name => JSON.parse(fs.readFileSync(path.join(FOLDER, name), 'utf8')) as Fixture)

interface Outcome {
  repository: string
  change: ClassifiedChange
  nudges: Nudge[]
  quiet: QuietReason | undefined
  /** The body the action would post when it speaks (rendered for every PR, to check the text). */
  body: string
}

function outcomes(): Outcome[] {
  return fixtures.flatMap(fixture => {
    const changes: Change[] = fixture.pulls.map(pull => ({
      id: String(pull.number),
      kind: 'pull_request',
      title: pull.title,
      body: pull.body,
      author: pull.author,
      time: pull.mergedAt,
      labels: pull.labels,
      files: pull.files,
      url: `https://github.com/${fixture.repository}/pull/${pull.number}`
    }))
    return changes.map(createClassifier(DEFAULT_RULESET, {}).classify).map((change, index) => {
      const nudges = nudgesFor(change, { ...DEFAULT_NUDGE_OPTIONS, publicApi: fixture.publicApi })
      return {
        repository: fixture.repository,
        change,
        nudges,
        quiet: quietReason(change, nudges),
        body: renderPullRequestComment({
          change,
          nudges,
          headSha: fixture.pulls[index]?.mergeSha ?? '',
          ruleSources: ['defaults']
        })
      }
    })
  })
}

const DOCS_FILE =
  /\.(?:md|mdx|rst|txt)$|(?:^|\/)docs?\/|PULL_REQUEST_TEMPLATE|ISSUE_TEMPLATE|CONTRIBUTING/i
const NOT_PRODUCT =
  /(?:^|\/)(?:__tests__|tests?|fixtures?|testdata|playgrounds?|examples?|samples?|demos?|bench(?:mark)?s?|e2e|scripts?|docs?|internal)\/|_test\.go$|\.test\.[jt]sx?$/

describe('the PR comment over real pull requests (fixtures/pull-requests)', () => {
  const all = outcomes()

  it('holds at least 80 real pull requests, bots among them', () => {
    expect(all.length).toBeGreaterThanOrEqual(80)
    expect(all.filter(outcome => outcome.change.authorIsBot).length).toBeGreaterThanOrEqual(10)
  })

  it('posts no comment on a bot’s pull request and none on output with nothing to act on', () => {
    for (const { change, nudges, quiet } of all) {
      if (change.authorIsBot) expect(quiet).toBe('bot')
      else if (change.categories.length === 0 && nudges.length === 0)
        expect(quiet).toBe('nothing-to-say')
      else expect(quiet).toBeUndefined()
    }
    // Quiet is the common case, and some still get a comment.
    const speaking = all.filter(outcome => outcome.quiet === undefined).length
    expect(speaking).toBeGreaterThan(0)
    expect(speaking).toBeLessThan(all.length / 2)
  })

  it('never nudges against its own comment: docs-nudges only where no docs file changed', () => {
    for (const { change, nudges } of all) {
      const files = new Map(change.files.map(file => [file.path, file]))
      for (const nudge of nudges) {
        if (nudge.id !== 'many-files-without-tests') {
          expect(change.files.some(file => DOCS_FILE.test(file.path))).toBe(false)
          expect(change.categories).not.toContain('documentation')
        }
        for (const file of nudge.files) {
          expect(files.has(file)).toBe(true)
          if (nudge.id !== 'workflow-without-docs') expect(file).not.toMatch(NOT_PRODUCT)
        }
        if (nudge.id === 'workflow-without-docs') {
          const pinsOnly = change.reasons.filter(r => r.signal === 'diff:version-pin-only')
          for (const reason of pinsOnly) expect(nudge.files).not.toContain(reason.file)
        }
      }
    }
  })

  it('keeps the text rules on every comment', () => {
    for (const { body } of all) {
      expect(body.startsWith(`${PR_COMMENT_MARKER}\n**Multiplier**: `)).toBe(true)
      expect(body.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT)
      // No invisible characters, no needless escapes, no recipe for the number.
      expect(body).not.toMatch(/[\u200b-\u200f\u2060-\u2064\ufeff\u202a-\u202e\u2066-\u2069]/)
      expect(body).not.toMatch(/\\[()#!.]/)
      expect(body).not.toMatch(/What would make it multiply|of the diff\)/)
      // No bare @mention or #N reference: each shows as code or stays out.
      expect(body).not.toMatch(/(?:^|[\s(])@[A-Za-z0-9]/m)
      expect(body).not.toMatch(/(?:^|[\s(])#\d/m)
      // A footer of one line, saying how to overrule the comment.
      const footer = body.split('\n').at(-1) ?? ''
      expect(footer).toMatch(/^<sub>For [0-9a-f]{7} · rules: .*multiplier:skip.*\[how it works\]/)
    }
  })

  it('cuts every title on a word, never inside #N or a code span, and links the pull request', () => {
    for (const fixture of fixtures) {
      for (const pull of fixture.pulls) {
        // Titles of these repositories run to 110 characters; cut short to test the cut often.
        for (const length of [30, 45, 60]) {
          const cut = truncate(pull.title, length)
          if (cut === pull.title) continue
          expect(Array.from(cut).length).toBeLessThanOrEqual(length)
          const kept = cut.slice(0, -1)
          expect(pull.title.startsWith(kept)).toBe(true)
          // The cut falls where a word (or a part of a path or package name) ends.
          const next = pull.title.slice(kept.length)
          expect(`${kept.slice(-1)}${next.slice(0, 1)}`).toMatch(/[\s([{,;:\-–—/._)]/)
          expect(kept).not.toMatch(/#\d*$/)
          expect((kept.match(/`/g) ?? []).length % 2).toBe(0)
        }
        const line = changeLine(
          {
            id: String(pull.number),
            kind: 'pull_request',
            title: pull.title,
            author: pull.author.login ?? pull.author.name,
            time: pull.mergedAt,
            url: `https://github.com/${fixture.repository}/commit/${pull.mergeSha}`,
            categories: ['documentation'],
            reasons: []
          },
          'documentation'
        )
        expect(line).toContain(`](https://github.com/${fixture.repository}/pull/${pull.number})`)
        expect(line).not.toContain('/commit/')
        expect(line).not.toMatch(/\\[()#]|[\u200b-\u200f]/)
      }
    }
  })
})
