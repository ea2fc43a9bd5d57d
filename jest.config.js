/** @type {import('jest').Config} */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: '<rootDir>/__tests__/support/github-schema-environment.mjs',
  // One worker per core: jest's default (cores - 1) runs the whole suite on one of two cores.
  maxWorkers: '100%',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1'
  },
  transform: {
    // Type errors are caught by `npm run lint` (tsc over src and tests); transpiling
    // each file in isolation keeps the suite fast on two cores.
    '^.+\\.ts$': ['ts-jest', { useESM: true, isolatedModules: true, tsconfig: 'tsconfig.json' }]
  },
  testTimeout: 30000
}
