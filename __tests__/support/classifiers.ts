// For the sources' own tests: a classifier that keeps each change as the source completes it,
// so a test reads what was collected (files, patches where wanted) and the context handed over.
import type { ClassifierFor } from '../../src/collect/source.js'
import type { Change, RepoContext } from '../../src/model.js'

/** Keeps every change as read; `wantsPatch` chooses whose patches the source reads. */
export function keepChanges(
  wantsPatch: (change: Change) => boolean = () => false,
  contexts: RepoContext[] = []
): ClassifierFor<Change> {
  return context => {
    contexts.push(context)
    return { wantsPatch, classify: change => change }
  }
}
