import { readdirSync, readFileSync } from 'node:fs'
import base from './jest.config.js'

// The jest configuration `npm run mutate` uses: the suite's own, limited to the test files that
// do no I/O of their own. Stryker reruns the tests that cover a mutant once per mutant, and most
// of the pure stages' mutants are "static" (run while a module loads or in a `beforeAll`), for
// which it reruns every related test file. A file that builds git repositories in temp folders,
// serves the loopback GitHub, starts Chromium or runs the bundle costs seconds per mutant and
// tests the pure stages only through the whole engine, which their own test files test directly
// (docs/mutation-testing.md has the figures). `npm test` still runs every file.
//
// A file counts as slow by what it imports or starts, so a new test file is sorted without an edit
// here.
const SLOW =
  /from '(\.\/support\/(git-repo|history|github-server|browser|bundle|action-runner|action-harness|real-history)\.js|node:child_process|\.\.\/src\/cli\/main\.js|\.\.\/src\/collect\/)/

const folder = new URL('./__tests__/', import.meta.url)
const pure = readdirSync(folder)
  .filter(name => name.endsWith('.test.ts'))
  .filter(name => !SLOW.test(readFileSync(new URL(name, folder), 'utf8')))
  .sort()

/** @type {import('jest').Config} */
export default {
  ...base,
  testMatch: pure.map(name => `<rootDir>/__tests__/${name}`)
}
