import { TEST_FILE, isProductSource, type NudgeRule } from './nudge.js'

/** Many product source files changed and not one test file. */
export const manyFilesWithoutTests: NudgeRule = {
  id: 'many-files-without-tests',
  find({ files, options }) {
    const sources = files.filter(file => file.status !== 'deleted' && isProductSource(file.path))
    const tests = files.filter(file => TEST_FILE.test(file.path))
    if (sources.length < options.manyFiles || tests.length > 0) return undefined
    return { id: this.id, files: [] }
  }
}
