// Test doubles for the score/render/engine tests: factories for changes with defaults, and
// FakeSource, an in-memory Source that records what the engine asked of it.
import type { Collection, Source } from '../../src/collect/source.js'
import type {
  ApiUsage,
  CategoryId,
  Change,
  ClassifiedChange,
  RepoContext,
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
  context?: RepoContext
  /** When set, the source offers `context()` up front with this value (a local clone does). */
  earlyContext?: RepoContext
  notes?: string[]
  api?: ApiUsage
  /**
   * Patches by change id and path, attached to the changes `wantsPatch` selects; each is then
   * handed to `patched`, as the git source does while it reads.
   */
  patches?: Record<string, Record<string, string>>
}

/** An in-memory Source: returns its changes that fall in the asked window, and remembers calls. */
export class FakeSource implements Source {
  readonly kind: SourceKind
  readonly repository: string
  readonly calls: { window: Window; patchWanted: string[] }[] = []
  readonly context?: () => Promise<RepoContext>

  constructor(private readonly options: FakeSourceOptions) {
    this.kind = options.kind ?? 'git'
    this.repository = options.repository ?? 'octo/widgets'
    const early = options.earlyContext
    if (early) this.context = async () => early
  }

  async collect(
    window: Window,
    wantsPatch: (change: Change) => boolean,
    patched?: (change: Change) => void
  ): Promise<Collection> {
    const since = Date.parse(window.since)
    const until = Date.parse(window.until)
    // Copies, as a source reads afresh: attaching patches must not touch the caller's changes.
    const changes = this.options.changes
      .filter(c => {
        const at = Date.parse(c.time)
        return at >= since && at < until
      })
      .map(c => structuredClone(c))
    const selected = changes.filter(wantsPatch)
    this.calls.push({ window, patchWanted: selected.map(c => c.id) })
    for (const change of selected) {
      const byPath = this.options.patches?.[change.id] ?? {}
      for (const file of change.files) {
        const patch = byPath[file.path]
        if (patch !== undefined) file.patch = patch
      }
      patched?.(change)
    }
    const collection: Collection = {
      changes,
      context: this.options.context ?? {},
      notes: this.options.notes ?? []
    }
    if (this.options.api) collection.api = this.options.api
    return collection
  }
}
