// `npm run test:terraform`: real Terraform (validate, plan, apply to a local state) on every synthesized stack, against
// the offline provider. Kept out of `npm test` (seconds per stack); .ci/run calls it after `npm test`.
// Jest's default worker count (not npm test's two): these suites start heavy processes of their own.
const base = { ...require("./jest.config.js") };
delete base.maxWorkers;

module.exports = {
  ...base,
  roots: ["<rootDir>/test/terraform"],
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 180_000,
};
