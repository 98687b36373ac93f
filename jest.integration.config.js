// `npm run test:integration`: suites that run the project as a user's machine would, through other processes: the
// cdktf CLI on the main job, and the package's entry points resolved from a compiled copy. Seconds each, so kept out of
// `npm test` (whose budget is 45 s on two cores); .ci/run calls it after `npm test`.
// Jest's default worker count (not npm test's two): these suites start heavy processes of their own.
const base = { ...require("./jest.config.js") };
delete base.maxWorkers;

module.exports = {
  ...base,
  roots: ["<rootDir>/test/integration"],
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 120_000,
};
