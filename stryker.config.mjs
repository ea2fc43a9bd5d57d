// `npm run mutate`: StrykerJS over the pure stages. It is not part of .ci/run: it reruns the
// covering jest tests once per mutant, which takes hours for the whole set on two cores
// (docs/mutation-testing.md has the figures). The incremental file lets a rerun test only the
// mutants whose source or covering tests changed.

export default {
  packageManager: 'npm',
  testRunner: 'jest',
  jest: {
    projectType: 'custom',
    configFile: 'jest.config.js',
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
  tsconfigFile: 'tsconfig.json',
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
