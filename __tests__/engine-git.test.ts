// The engine on a real clone: the git source classifies each change as it reads it, with the
// context it read at HEAD, and keeps only what the classifier returns.
import { afterAll, describe, expect, it } from '@jest/globals'
import { createClassifier } from '../src/classify/classify.js'
import { gitSource } from '../src/collect/git.js'
import { DEFAULT_CONFIG } from '../src/config/defaults.js'
import { runReport } from '../src/engine.js'
import type { Change, RepoContext, Window } from '../src/model.js'
import { FakeSource } from './support/fake-source.js'
import { cleanupGitRepos, GitRepo } from './support/git-repo.js'

const NOW = new Date('2024-01-10T00:00:00Z')
const WINDOW: Window = { since: '2024-01-01T00:00:00.000Z', until: '2024-01-10T00:00:00.000Z' }
const CONFIG = { ...DEFAULT_CONFIG, history: 0, teams: true }
const HEAD_CONTEXT: RepoContext = {
  gitattributes: 'gen/** linguist-generated\n',
  codeowners: 'src/ @org/web\n'
}

/**
 * A window whose CODEOWNERS and .gitattributes change on its last day: every change is
 * classified and tallied with HEAD's, the context the report's window ends with.
 */
function buildRepo(): { repo: GitRepo; shas: string[] } {
  const repo = GitRepo.init()
  const day = (n: number): string => `2024-01-0${n}T12:00:00Z`
  const shas = repo.commitAll([
    { message: 'Initial', date: day(1), files: { 'src/app.ts': 'export const a = 1\n' } },
    { message: 'owners', date: day(2), files: { CODEOWNERS: '* @org/old\n' } },
    {
      message: 'docs: the guide',
      date: day(3),
      files: { 'docs/guide.md': '# Guide\n\nUse it.\n' }
    },
    {
      message: 'ci: pin checkout',
      date: day(4),
      files: { '.github/workflows/ci.yml': 'jobs:\n  a:\n    steps:\n      - uses: a/b@v3\n' }
    },
    { message: 'feat: more', date: day(5), files: { 'src/app.ts': 'export const a = 2\n' } },
    { message: 'generated client', date: day(6), files: { 'gen/client.md': '# Client\n' } },
    {
      message: 'docs: comment only',
      date: day(7),
      files: { 'src/app.ts': '// Why the constant is two.\nexport const a = 2\n' }
    },
    {
      message: 'ci: bump checkout',
      date: day(8),
      files: { '.github/workflows/ci.yml': 'jobs:\n  a:\n    steps:\n      - uses: a/b@v4\n' }
    },
    {
      message: 'owners and attributes',
      date: day(9),
      files: {
        CODEOWNERS: HEAD_CONTEXT.codeowners ?? '',
        '.gitattributes': 'gen/** linguist-generated\n'
      }
    }
  ])
  return { repo, shas }
}

describe('engine on the git source', () => {
  afterAll(() => cleanupGitRepos())

  it('keeps only what the classifier returns, in log order, each change classified once and with its patch where it asked', async () => {
    const { repo, shas } = buildRepo()
    const contexts: RepoContext[] = []
    const asked: string[] = []
    const classified: string[] = []
    const collection = await gitSource({ repoPath: repo.path }).collect(WINDOW, context => {
      contexts.push(context)
      const classifier = createClassifier(DEFAULT_CONFIG.rules, context)
      return {
        wantsPatch: (change: Change) => {
          asked.push(change.id)
          return classifier.wantsPatch(change)
        },
        classify: (change: Change) => {
          classified.push(change.id)
          const { categories } = classifier.classify(change)
          return { id: change.id, patched: change.files.some(file => file.patch), categories }
        }
      }
    })
    const newestFirst = [...shas].reverse()
    expect(contexts).toEqual([HEAD_CONTEXT])
    expect(asked).toEqual(newestFirst)
    // Each once; a change waiting for its patch is classified when the patch comes.
    expect([...classified].sort()).toEqual([...shas].sort())
    expect(collection.changes.map(record => record.id)).toEqual(newestFirst)
    expect(collection.changes.every(record => Object.keys(record).length === 3)).toBe(true)
    const recordOf = (index: number) => collection.changes[shas.length - 1 - index]
    // The comment-only edit, the workflow edit (a pin?) and the small code edits rewritten in
    // place or only added to (a comment?) asked for their patches; nothing else, not the
    // workflow's first version or the guide, did.
    expect(collection.changes.filter(record => record.patched).map(record => record.id)).toEqual(
      [shas[8], shas[7], shas[6], shas[4], shas[0]].map(String)
    )
    expect(recordOf(6)?.categories).toEqual(['documentation'])
    // HEAD's .gitattributes: the generated file is no documentation, though committed before it.
    expect(recordOf(5)?.categories).toEqual([])
  })

  it('reports what classifying the collected changes afterwards gives, teams by HEAD’s CODEOWNERS', async () => {
    const { repo } = buildRepo()
    const streamed = await runReport({
      source: gitSource({ repoPath: repo.path }),
      config: CONFIG,
      window: WINDOW,
      now: NOW
    })
    // The same changes, read whole (patches where the classifier wants them), classified after.
    const contexts: RepoContext[] = []
    const read = await gitSource({ repoPath: repo.path }).collect(WINDOW, context => {
      contexts.push(context)
      const { wantsPatch } = createClassifier(DEFAULT_CONFIG.rules, context)
      return { wantsPatch, classify: (change: Change) => change }
    })
    const [context = {}] = contexts
    const after = await runReport({
      source: new FakeSource({ changes: read.changes, context, repository: streamed.repository }),
      config: CONFIG,
      window: WINDOW,
      now: NOW
    })
    expect(read.changes.some(change => change.files.some(file => file.patch))).toBe(true)
    expect(streamed.changes).toEqual(after.changes)
    expect(streamed.categories).toEqual(after.categories)
    expect(streamed.hotspots).toEqual(after.hotspots)
    expect(streamed.teams).toEqual(after.teams)
    expect(streamed.teams?.map(team => team.team)).toEqual(['@org/web'])
  })
})
