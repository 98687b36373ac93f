// Lint for the whole project. The import rules keep DESIGN §2's layers visible: only the facade (src/internal/) and
// the generated bindings (src/gen/) may import the framework and provider packages, and nobody imports a provider barrel.
const tseslint = require("typescript-eslint");

const BARREL_BAN = [
  { name: "@cdktf/provider-google", message: "deep-import one module (@cdktf/provider-google/lib/<module>) through src/internal/: the barrel costs seconds and hundreds of MiB" },
  { name: "@cdktf/provider-time", message: "deep-import @cdktf/provider-time/lib/<module> through src/internal/" },
  { name: "@cdktf/provider-http", message: "deep-import @cdktf/provider-http/lib/<module> through src/internal/" },
  { name: "@cdktf/provider-random", message: "deep-import @cdktf/provider-random/lib/<module> through src/internal/" },
  { name: "@cdktf/provider-okta", message: "deep-import @cdktf/provider-okta/lib/<module> through src/internal/" },
  { name: "@cdktf/provider-azuread", message: "deep-import @cdktf/provider-azuread/lib/<module> through src/internal/" },
];

const FACADE_ONLY = {
  group: ["cdktf", "cdktf/*", "@cdktf/*"],
  message: "only src/internal/ (the facade) and src/gen/ import cdktf and @cdktf/*; import from src/internal/ instead",
};

module.exports = tseslint.config(
  { ignores: ["node_modules/**", "lib/**", "cdktf.out/**", "coverage/**", "src/gen/**", "test/fixtures/**"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-restricted-imports": ["error", { paths: BARREL_BAN }],
    },
  },
  {
    files: ["src/**/*.ts"],
    ignores: ["src/internal/**", "src/gen/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: BARREL_BAN, patterns: [FACADE_ONLY] }],
    },
  },
  {
    files: ["**/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
