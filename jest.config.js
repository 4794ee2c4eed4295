// One jest run over every workspace. Workspace imports are mapped to their TypeScript source so a
// test never runs a stale dist/ build; @swc/jest only transpiles, type-checking is `tsc -b`.
const path = require('node:path');

const workspaces = {
  platform: 'packages/platform',
  contracts: 'packages/contracts',
  'all-in-one': 'packages/all-in-one',
  gateway: 'services/gateway',
  account: 'services/account',
  issuance: 'services/issuance',
  redemption: 'services/redemption',
  payment: 'services/payment',
  settlement: 'services/settlement',
  notification: 'services/notification',
};

const moduleNameMapper = {};
for (const [name, dir] of Object.entries(workspaces)) {
  moduleNameMapper[`^@ecticket/${name}$`] = path.join(__dirname, dir, 'src/index.ts');
}

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/packages', '<rootDir>/services', '<rootDir>/tests'],
  testMatch: ['**/test/**/*.test.ts', '<rootDir>/tests/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  modulePathIgnorePatterns: ['<rootDir>/.*/dist/'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }],
  },
  moduleNameMapper,
  testTimeout: 60000,
  // A failing test can leave a server or bus open; CI must end with its verdict, never hang.
  forceExit: true,
  maxWorkers: 2,
};
