// jsdom 29 depends on ESM-only packages that jest cannot require on Node 20: compile them to CJS.
const ESM_PACKAGES = '(@exodus/bytes|entities|parse5|@asamuzakjp/[^/]+|@csstools/[^/]+)';

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
    [`^.+/node_modules/${ESM_PACKAGES}/.+\\.m?js$`]: [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs', target: 'es2020', esModuleInterop: true }, isolatedModules: true },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!${ESM_PACKAGES}/)`],
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/test/stubs/office-addin-manifest.js',
  },
};
