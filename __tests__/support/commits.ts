import { createClassifier } from '../../src/classify/classify.js'
import { DEFAULT_RULESET } from '../../src/classify/rules/defaults.js'
import type { Change, ClassifiedChange, FileChange } from '../../src/model.js'

// Realistic commits for the classifier's tests: files as git gives them (a patch with the
// counts read from its hunks, or counts alone), a commit around them, and its verdict under
// the default rules.

/** A file from its patch: additions and deletions are counted from the hunks. */
export function patchedFile(
  path: string,
  patch: string,
  extra: Partial<FileChange> = {}
): FileChange {
  const lines = patch.split('\n')
  return {
    path,
    status: 'modified',
    additions: lines.filter(line => line.startsWith('+')).length,
    deletions: lines.filter(line => line.startsWith('-')).length,
    patch,
    ...extra
  }
}

/** A file known by its line counts only (no patch). */
export function sizedFile(
  path: string,
  additions: number,
  deletions = 0,
  extra: Partial<FileChange> = {}
): FileChange {
  return { path, status: 'modified', additions, deletions, ...extra }
}

/** A commit of these files (one author, one time), as a source hands it over. */
export function commitOf(title: string, files: FileChange[], extra: Partial<Change> = {}): Change {
  return {
    id: 'f'.repeat(40),
    kind: 'commit',
    title,
    body: '',
    author: { name: 'Ana Lima' },
    time: '2026-03-02T10:00:00Z',
    labels: [],
    files,
    ...extra
  }
}

/** The verdict on a commit of these files under the default rules. */
export function classifyCommit(
  title: string,
  files: FileChange[],
  extra: Partial<Change> = {}
): ClassifiedChange {
  return createClassifier(DEFAULT_RULESET, {}).classify(commitOf(title, files, extra))
}
