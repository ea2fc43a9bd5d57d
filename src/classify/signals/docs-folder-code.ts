import type { FileSignal } from '../signal.js'
import { revoke } from '../reading/reading.js'
import { SIGNAL } from '../signal-ids.js'

/** Folders inside a docs folder whose code teaches usage (and so is documentation). */
const TEACHING_SEGMENT =
  /(^|\/)(examples?|samples?|snippets?|tutorials?|demos?|cookbook|guides?|docs_src|doc_src)\//i

/**
 * Code kept in a docs-like folder is code (a docs generator, a doc-site plugin, tests), not
 * documentation by its folder: only prose, doc-site files and teaching code under an
 * examples-like sub-folder are. A comment-only edit of such code is still documentation (the
 * comment-only signal reads that).
 */
export const docsFolderCode: FileSignal = {
  id: 'docs-folder-code',
  reads: ['path'],
  vote(reading) {
    const documentation = reading.facts.categories.get('documentation')
    if (!reading.facts.code || documentation?.kind !== 'docs-folder') return
    if (!reading.categories.has('documentation') || TEACHING_SEGMENT.test(reading.file.path)) return
    revoke(
      reading,
      'documentation',
      SIGNAL.codeInDocsFolder,
      'code in a documentation folder (a generator, plugin or test), not prose'
    )
  }
}
