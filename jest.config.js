/** Tests: ts-jest transpiles only (type checking is `npm run typecheck`, run by `npm test` first). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { isolatedModules: true, tsconfig: { jsx: 'react-jsx', module: 'commonjs', esModuleInterop: true } }],
  },
  // office-addin-manifest is ESM-only under its dependencies and breaks office-addin-mock on Node 20; the mock only needs a stub.
  moduleNameMapper: { '^office-addin-manifest$': '<rootDir>/test/support/office-addin-manifest-stub.js' },
  testTimeout: 60000,
  // A folder for the builds the run's test files share (the production pane, the CLI bundle): test/support/runCache.ts.
  globalSetup: '<rootDir>/test/support/globalSetup.ts',
  globalTeardown: '<rootDir>/test/support/globalTeardown.ts',
};
