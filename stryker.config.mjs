// `npm run mutate`: StrykerJS over the pure stages, with the test files that do no I/O
// (jest.mutate.config.js) and a type checker over the mutated folders (tsconfig.mutate.json).
// It is not part of .ci/run: a folder takes minutes to half an hour on two cores, the four
// together over an hour (docs/mutation-testing.md has the figures). The incremental file lets a
// rerun test only the mutants whose source or covering tests changed.

export default {
  packageManager: 'npm',
  testRunner: 'jest',
  jest: {
    projectType: 'custom',
    configFile: 'jest.mutate.config.js',
    config: {
      // Stryker wraps the test environment to learn which test ran which mutant, and loads the
      // wrapped one with require.resolve from the sandbox, which knows no `<rootDir>`.
      testEnvironment: './__tests__/support/github-schema-environment.mjs'
    }
  },
  // The flags `npm test` gives node: jest's ESM support, and less optimising of run-once code.
  testRunnerNodeArgs: ['--experimental-vm-modules', '--interrupt-budget=1000000'],
  // Mutants that do not type-check are dropped before any test runs (they count as errors, not
  // as kills).
  checkers: ['typescript'],
  // The mutated folders and what they import (tsconfig.mutate.json), not the whole project: the
  // checker type-checks every mutant with the files that depend on it, and over the whole
  // project it kept the test runner waiting (docs/mutation-testing.md).
  tsconfigFile: 'tsconfig.mutate.json',
  // Each mutant runs only the tests that executed it in the first, instrumented run.
  coverageAnalysis: 'perTest',
  mutate: [
    'src/score/**/*.ts',
    'src/render/**/*.ts',
    'src/insight/**/*.ts',
    'src/classify/**/*.ts'
  ],
  ignorePatterns: ['.bench', '.scratch', 'coverage', 'reports'],
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  // One checker and one test runner: the machines this runs on have two cores.
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp'
}
