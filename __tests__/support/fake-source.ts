// Test doubles for the score/render/engine tests: factories for changes with defaults, and
// FakeSource, an in-memory Source that records what the engine asked of it.
import type { ScoreOptions } from '../../src/config/types.js'
import { scoreReport } from '../../src/score/score.js'
import type { ClassifierFor, Collection, Source } from '../../src/collect/source.js'
import type {
  ApiUsage,
  CategoryId,
  Change,
  ClassifiedChange,
  RepoContext,
  Report,
  SourceKind,
  Window
} from '../../src/model.js'

let sequence = 0

/** A commit with sensible defaults; override what the test is about. */
export function change(overrides: Partial<Change> = {}): Change {
  sequence += 1
  return {
    id: overrides.id ?? `${String(sequence).padStart(7, '0')}${'a'.repeat(33)}`,
    kind: 'commit',
    title: `change ${sequence}`,
    body: '',
    author: { name: 'Ada', email: 'ada@example.com' },
    time: '2024-05-02T10:00:00.000Z',
    labels: [],
    files: [{ path: 'src/app.ts', status: 'modified', additions: 1, deletions: 0 }],
    ...overrides
  }
}

/** A classified change feeding `categories`, with one reason per category. */
export function classified(
  categories: CategoryId[] = [],
  overrides: Partial<ClassifiedChange> = {}
): ClassifiedChange {
  return {
    ...change(overrides),
    categories,
    reasons: categories.map(category => ({
      category,
      file: `${category}/file.md`,
      signal: `path:${category}`,
      detail: `${category} file`
    })),
    authorIsBot: false,
    ...overrides
  }
}

export function person(name: string, login?: string): Change['author'] {
  return { name, email: `${name.toLowerCase()}@example.com`, ...(login ? { login } : {}) }
}

export interface FakeSourceOptions {
  changes: Change[]
  kind?: SourceKind
  repository?: string
  /** The context the source hands to the classifier (a clone's .gitattributes and CODEOWNERS). */
  context?: RepoContext
  notes?: string[]
  api?: ApiUsage
  /** Patches by change id and path, attached to the changes `wantsPatch` selects before they are classified. */
  patches?: Record<string, Record<string, string>>
}

/**
 * An in-memory Source: classifies its changes that fall in the asked window, as a source does
 * (patches attached where wanted, then classified), and remembers what it was asked.
 */
export class FakeSource implements Source {
  readonly kind: SourceKind
  readonly repository: string
  readonly calls: { window: Window; patchWanted: string[]; report: Window | undefined }[] = []

  constructor(private readonly options: FakeSourceOptions) {
    this.kind = options.kind ?? 'git'
    this.repository = options.repository ?? 'octo/widgets'
  }

  async collect<T extends object>(
    window: Window,
    classifierFor: ClassifierFor<T>,
    report?: Window
  ): Promise<Collection<T>> {
    const since = Date.parse(window.since)
    const until = Date.parse(window.until)
    // Copies, as a source reads afresh: attaching patches must not touch the caller's changes.
    const changes = this.options.changes
      .filter(c => {
        const at = Date.parse(c.time)
        return at >= since && at < until
      })
      .map(c => structuredClone(c))
    const classifier = classifierFor(this.options.context ?? {})
    const selected = changes.filter(change => classifier.wantsPatch(change))
    this.calls.push({ window, patchWanted: selected.map(c => c.id), report })
    for (const change of selected) {
      const byPath = this.options.patches?.[change.id] ?? {}
      for (const file of change.files) {
        const patch = byPath[file.path]
        if (patch !== undefined) file.patch = patch
      }
    }
    const collection: Collection<T> = {
      changes: changes.map(change => classifier.classify(change)),
      since: window.since,
      notes: this.options.notes ?? []
    }
    if (this.options.api) collection.api = this.options.api
    return collection
  }
}

/** A month to score, the month before it, and plain score options: the scorer's tests share them. */
export const SCORING_MAY_2024: {
  window: Window
  previousWindow: Window
  options: ScoreOptions
} = {
  window: { since: '2024-05-01T00:00:00.000Z', until: '2024-05-31T00:00:00.000Z' },
  previousWindow: { since: '2024-04-01T00:00:00.000Z', until: '2024-05-01T00:00:00.000Z' },
  options: {
    weights: { share: 0.5, people: 0.3, steadiness: 0.2 },
    targets: { documentation: 0.2, automation: 0.1, patterns: 0.1 }
  }
}

/** A report of May 2024 (`SCORING_MAY_2024`) scored from these changes, with optional extras. */
export function scoreMay2024(
  changes: ClassifiedChange[],
  previousChanges: ClassifiedChange[] = [],
  more: { bots?: ScoreOptions['bots']; notes?: string[]; api?: ApiUsage } = {}
): Report {
  const { window, previousWindow, options } = SCORING_MAY_2024
  return scoreReport({
    repository: 'octo/widgets',
    source: 'git',
    window,
    previousWindow,
    changes,
    previousChanges,
    options: { ...options, ...(more.bots ? { bots: more.bots } : {}) },
    generatedAt: '2024-05-31T00:00:00.000Z',
    ...(more.notes ? { notes: more.notes } : {}),
    ...(more.api ? { api: more.api } : {})
  })
}
