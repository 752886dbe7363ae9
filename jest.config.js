/**
 * One Jest run for the whole repository. Unit tests sit beside the code
 * (`src/**\/*.test.ts`); integration tests live in each package's `test/` and
 * share one real stack (PostgreSQL, NATS, six subgraphs, gateway) that the
 * global setup starts once. Integration tests run in band because several of
 * them read process-wide counters (SQL queries per table) before and after a request.
 */
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }] };
// ESM-only dependencies that Jest's CommonJS runtime must have transformed.
const esm = ['get-port'].join('|');
const common = {
  transform,
  transformIgnorePatterns: [`node_modules/(?!(${esm})/)`],
  testEnvironment: 'node',
};
module.exports = {
  // Jest reads testTimeout only here, not per project: integration tests wait on a real stack.
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{packages,subgraphs,gateway,scripts,clients}/**/src/**/*.test.ts', '<rootDir>/scripts/**/*.test.ts', '<rootDir>/deploy/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{packages,subgraphs}/*/test/**/*.test.ts', '<rootDir>/clients/test/**/*.test.ts', '<rootDir>/gateway/test/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
    },
  ],
};
