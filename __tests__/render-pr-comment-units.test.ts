import { describe, expect, it } from '@jest/globals'
import type { Nudge } from '../src/advise/nudge.js'
import { SIGNAL } from '../src/classify/signal-ids.js'
import type { CategoryId, ClassifiedChange, Reason } from '../src/model.js'
import { renderPullRequestComment, renderQuietComment } from '../src/render/pr-comment.js'
import { classified } from './support/fake-source.js'

const MARKER = '<!-- multiplier:pr-comment -->'

function pr(categories: CategoryId[], reasons: Reason[], extra: Partial<ClassifiedChange> = {}) {
  return classified(categories, { reasons, ...extra })
}

const reason = (category: Reason['category'], detail: string, file?: string): Reason => ({
  category,
  signal: category === 'output' ? SIGNAL.direct : SIGNAL.featureDocs,
  detail,
  ...(file === undefined ? {} : { file })
})

describe('render/pr-comment headline and categories', () => {
  it('starts with the hidden marker and names every category fed, joined as a reader says them', () => {
    const body = renderPullRequestComment({
      change: pr(
        ['documentation', 'automation', 'patterns'],
        [
          reason('documentation', 'a guide', 'docs/a.md'),
          reason('automation', 'a workflow', '.github/workflows/ci.yml'),
          reason('patterns', 'a template', 'templates/x.md')
        ]
      ),
      nudges: []
    })
    expect(body.startsWith(`${MARKER}\n`)).toBe(true)
    expect(body).toContain(
      'this pull request feeds **documentation**, **automation** and **patterns**.'
    )
    expect(body).toContain('**Documentation**\n- `docs/a.md`: a guide')
    expect(body).toContain('**Automation**\n- `.github/workflows/ci.yml`: a workflow')
    expect(body).toContain('**Patterns**\n- `templates/x.md`: a template')
    expect(body).not.toContain('Not counted')
    expect(body).not.toContain('Why output')
  })

  it('names two categories with "and" and one alone', () => {
    const two = renderPullRequestComment({
      change: pr(
        ['documentation', 'patterns'],
        [reason('documentation', 'd'), reason('patterns', 'p')]
      ),
      nudges: []
    })
    expect(two).toContain('feeds **documentation** and **patterns**.')
    const one = renderPullRequestComment({
      change: pr(['automation'], [reason('automation', 'a')]),
      nudges: []
    })
    expect(one).toContain('feeds **automation**.')
  })

  it('lists under each category only its own reasons, one line per file with its details joined', () => {
    const body = renderPullRequestComment({
      change: pr(
        ['documentation', 'automation'],
        [
          reason('documentation', 'a guide', 'docs/a.md'),
          reason('documentation', 'linked from the README', 'docs/a.md'),
          reason('documentation', 'a guide', 'docs/a.md'),
          reason('automation', 'a workflow', 'ci.yml'),
          reason('documentation', 'title says *docs*')
        ]
      ),
      nudges: []
    })
    expect(body).toContain(
      '**Documentation**\n- `docs/a.md`: a guide; linked from the README\n- title says \\*docs\\*\n\n'
    )
    expect(body).toContain('**Automation**\n- `ci.yml`: a workflow\n\n')
  })

  it('lists reasons up to the limit and counts the rest, at the limit and one past it', () => {
    const reasons = ['a', 'b', 'c'].map(name => reason('documentation', 'd', `${name}.md`))
    const at = renderPullRequestComment({
      change: pr(['documentation'], reasons),
      nudges: [],
      reasonsPerCategory: 3
    })
    expect(at).toContain('- `c.md`: d')
    expect(at).not.toContain('more')
    const past = renderPullRequestComment({
      change: pr(['documentation'], reasons),
      nudges: [],
      reasonsPerCategory: 2
    })
    expect(past).toContain('- `b.md`: d\n- and 1 more')
    expect(past).not.toContain('`c.md`')
  })

  it('lists at most eight reasons by default', () => {
    const reasons = Array.from({ length: 10 }, (_, i) => reason('documentation', 'd', `f${i}.md`))
    const body = renderPullRequestComment({ change: pr(['documentation'], reasons), nudges: [] })
    expect(body).toContain('- `f7.md`: d\n- and 2 more')
  })
})

describe('render/pr-comment output and what was not counted', () => {
  it('says why a pull request is output, with its reasons', () => {
    const body = renderPullRequestComment({
      change: pr([], [reason('output', 'only source code changed', 'src/a.ts')]),
      nudges: []
    })
    expect(body).toContain(
      '**Multiplier**: this pull request is direct output: it feeds none of documentation, automation or patterns.'
    )
    expect(body).toContain('**Why output**\n- `src/a.ts`: only source code changed')
  })

  it('gives a reason for output even when the change carries none', () => {
    const body = renderPullRequestComment({ change: pr([], []), nudges: [] })
    expect(body).toContain(
      '**Why output**\n- no documentation, automation or pattern files changed'
    )
  })

  it('shows an overruled hint or an incidental category as not counted, and no other output reason', () => {
    const body = renderPullRequestComment({
      change: pr(
        ['documentation'],
        [
          reason('documentation', 'a guide', 'docs/a.md'),
          { category: 'output', signal: SIGNAL.teamVerdict, detail: 'label overruled' },
          { category: 'output', signal: SIGNAL.incidental, detail: 'tests too small a part' },
          { category: 'output', signal: SIGNAL.direct, detail: 'plain code' }
        ]
      ),
      nudges: []
    })
    expect(body).toContain('**Not counted**\n- label overruled\n- tests too small a part')
    expect(body).not.toContain('plain code')
    expect(body).not.toContain('Why output')
  })
})

describe('render/pr-comment nudges', () => {
  const nudge = (files: number, names?: number): Nudge => ({
    id: 'exported-api-without-docs',
    files: Array.from({ length: files }, (_, i) => `src/f${i}.ts`),
    ...(names === undefined ? {} : { names: Array.from({ length: names }, (_, i) => `n${i}`) })
  })
  const body = (nudges: Nudge[]): string => renderPullRequestComment({ change: pr([], []), nudges })

  it('leaves the section out without nudges', () => {
    expect(body([])).not.toContain('Worth a look')
  })

  it('names up to three files, and counts the rest one past the bound', () => {
    expect(body([nudge(3)])).toContain(
      '**Worth a look**\n- This pull request adds public API without touching docs; a line in the README or the reference helps whoever calls it next (`src/f0.ts`, `src/f1.ts`, `src/f2.ts`).'
    )
    expect(body([nudge(4)])).toContain('`src/f2.ts` and 1 more).')
  })

  it('names up to five public names before the files, and counts the rest one past the bound', () => {
    expect(body([nudge(1, 5)])).toContain(
      'calls it next (`n0`, `n1`, `n2`, `n3`, `n4` in `src/f0.ts`).'
    )
    expect(body([nudge(1, 6)])).toContain('`n4` and 1 more in `src/f0.ts`).')
    expect(body([nudge(1, 0)])).toContain('calls it next (`src/f0.ts`).')
  })

  it('ends the sentence without brackets when the nudge names no file', () => {
    expect(body([{ id: 'many-files-without-tests', files: [] }])).toContain(
      '- This pull request changes many source files and no tests; a test that would catch a regression here helps whoever changes it next.\n'
    )
  })

  it('has a sentence for every nudge', () => {
    const ids: Nudge['id'][] = [
      'public-surface-without-docs',
      'workflow-without-docs',
      'hotspot-without-docs'
    ]
    const text = body(ids.map(id => ({ id, files: [] })))
    expect(text).toContain('adds a module the package offers its users without touching docs;')
    expect(text).toContain('changes a workflow without touching docs;')
    expect(text).toContain('changes a docs-debt hotspot (code that changed most lately')
  })
})

describe('render/pr-comment files and footer', () => {
  it('says only part of the files were read when GitHub listed fewer than the total, not when equal', () => {
    const files = [{ path: 'a.md', additions: 1, deletions: 0 }] as ClassifiedChange['files']
    const cut = renderPullRequestComment({
      change: pr([], [], { files, filesTotal: 3001 }),
      nudges: []
    })
    expect(cut).toContain(
      '_Only the first 1 of 3001 files were read (GitHub lists at most 3,000)._'
    )
    const whole = renderPullRequestComment({
      change: pr([], [], { files, filesTotal: 1 }),
      nudges: []
    })
    expect(whole).not.toContain('Only the first')
  })

  it('names the commit, the rule sources in order and how to overrule', () => {
    const body = renderPullRequestComment({
      change: pr([], []),
      nudges: [],
      headSha: '0123456789abcdef',
      ruleSources: ['defaults', 'org/rules', '.github/multiplier.yml']
    })
    expect(body).toContain(
      '<sub>For 0123456 · rules: the built-in defaults, `org/rules` and `.github/multiplier.yml` · ' +
        'a `multiplier:skip` label silences this comment, a `multiplier:<category>` or ' +
        '`multiplier:output` label overrules the verdict · [how it works]('
    )
    expect(body.endsWith('docs/classification.md)</sub>')).toBe(true)
  })

  it('says the built-in defaults without sources given or with none', () => {
    for (const ruleSources of [undefined, []]) {
      const body = renderPullRequestComment({ change: pr([], []), nudges: [], ruleSources })
      expect(body).toContain('<sub>rules: the built-in defaults · ')
    }
  })

  it('cuts a body over GitHub’s limit and points at the run’s summary', () => {
    const reasons = Array.from({ length: 2000 }, (_, i) =>
      reason('documentation', 'x'.repeat(60), `docs/${i}.md`)
    )
    const change = pr(['documentation'], reasons)
    const linked = renderPullRequestComment({
      change,
      nudges: [],
      reasonsPerCategory: 2000,
      runUrl: 'https://github.com/o/r/actions/runs/1'
    })
    expect(linked.length).toBeLessThanOrEqual(65_536)
    expect(linked).toContain(
      "_Cut to fit GitHub's comment limit; the [job summary](https://github.com/o/r/actions/runs/1) has everything._"
    )
    const plain = renderPullRequestComment({ change, nudges: [], reasonsPerCategory: 2000 })
    expect(plain).toContain("_Cut to fit GitHub's comment limit; the job summary has everything._")
    expect(plain).toContain('this pull request feeds **documentation**.')
  })
})

describe('render/pr-comment quiet comment', () => {
  it('replaces the comment with one line per reason, with the commit when known', () => {
    expect(renderQuietComment('skip-label', 'abcdef0123')).toBe(
      `${MARKER}\n**Multiplier**: silenced by the \`multiplier:skip\` label. <sub>For abcdef0</sub>`
    )
    expect(renderQuietComment('bot')).toBe(
      `${MARKER}\n**Multiplier**: no comment on a bot’s pull request.`
    )
    expect(renderQuietComment('nothing-to-say')).toContain(
      'nothing to act on now: this pull request is direct output with no nudge.'
    )
  })
})
