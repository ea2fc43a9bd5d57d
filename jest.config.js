import { availableParallelism } from 'node:os'

// `npm test` starts jest as `node --experimental-vm-modules --interrupt-budget=1000000 …`, and
// jest's workers inherit both flags. The first is jest's ESM support. The second lets V8 spend
// its optimising compiler only on code that runs long: test code mostly runs once per file,
// and TurboFan took about an eighth of the suite's CPU (`perf record -a`) for little return.

/** @type {import('jest').Config} */
export default {
  testEnvironment: '<rootDir>/__tests__/support/github-schema-environment.mjs',
  // More workers than cores: a test waiting on a child process or the loopback server leaves
  // its core to another worker. On 2 cores, 3 workers ran the suite in 61 s where 2 took 70 s
  // (jest's default, cores - 1, runs it all on one core); 4 gained nothing more.
  maxWorkers: Math.ceil(availableParallelism() * 1.5),
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1'
  },
  transform: {
    // ts-jest, loaded only on a cache miss (the reason is in the file). Type errors are caught
    // by `npm run lint` (tsc over src and tests); transpiling each file in isolation keeps the
    // suite fast on two cores.
    '^.+\\.ts$': [
      '<rootDir>/__tests__/support/ts-transform.mjs',
      { useESM: true, isolatedModules: true, tsconfig: 'tsconfig.json' }
    ]
  },
  testTimeout: 30000
}
