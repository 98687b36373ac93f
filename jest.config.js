// ts-jest transpiles only (isolatedModules in tsconfig.jest.json); `npm test` type-checks once with tsc beforehand.
// jose 6 is ESM-only, so babel turns it into CommonJS for jest's runtime (DESIGN decision 11).
module.exports = {
  testEnvironment: "node",
  // Two workers even on two cores (jest's default there is one, in band): suites spend much of their time waiting on
  // child processes (Rhino, apigeelint, the main job), which the other worker's suites fill.
  maxWorkers: 2,
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // Real Terraform runs take seconds per stack: `npm run test:terraform` (jest.terraform.config.js) runs them; suites
  // that drive the cdktf CLI or a compiled copy of the package run in `npm run test:integration`.
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/terraform/", "<rootDir>/test/integration/"],
  // Rebuilds lib/ once when stale (suites run the compiled package), and points content-keyed caches of slow tools
  // (apigeelint) at jest's cache directory.
  globalSetup: "<rootDir>/test/support/jest-global-setup.js",
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
    "^.+\\.js$": ["babel-jest", { plugins: ["@babel/plugin-transform-modules-commonjs"], babelrc: false, configFile: false }],
  },
  // Examples import the package by name, as users do; tests resolve it to the sources.
  moduleNameMapper: {
    "^cdktf-gated-pipeline$": "<rootDir>/src/index.ts",
    "^cdktf-gated-pipeline/(okta|entra)$": "<rootDir>/src/$1/index.ts",
  },
  transformIgnorePatterns: ["/node_modules/(?!jose/)"],
  collectCoverageFrom: ["src/**/*.ts", "!src/gen/**"],
  coverageReporters: ["text-summary", "json-summary"],
};
