/**
 * Five projects, all run by `npm test`:
 *  - unit: pure functions (environment, slugs, seed source);
 *  - sqlite, mongodb: the integration suite (Local API, REST and GraphQL handlers) on each adapter;
 *  - http: the built production server through express;
 *  - browser: the admin in Chromium.
 * Jest runs ESM (`--experimental-vm-modules`), transpiled by SWC.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'es6' },
  },
]

const base = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns: ['/node_modules/(?!.*\\.(ts|tsx)$)'],
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    '\\.(css|scss)$': '<rootDir>/tests/helpers/styleMock.cjs',
    '^@openapi-contrib/json-schema-to-openapi-schema$': '<rootDir>/tests/helpers/openapi30Unused.cjs',
  },
  setupFiles: ['<rootDir>/tests/helpers/setupEnv.ts'],
}

/** @type {import('jest').Config} */
export default {
  testTimeout: 180_000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    {
      ...base,
      displayName: 'sqlite',
      globals: { testDatabase: 'sqlite' },
      globalSetup: '<rootDir>/tests/helpers/sqliteGlobalSetup.ts',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
    },
    {
      ...base,
      displayName: 'mongodb',
      globals: { testDatabase: 'mongodb' },
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/mongoGlobalSetup.ts',
      globalTeardown: '<rootDir>/tests/helpers/mongoGlobalTeardown.ts',
    },
    { ...base, displayName: 'http', testMatch: ['<rootDir>/tests/http/**/*.test.ts'] },
    { ...base, displayName: 'browser', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'] },
  ],
}
