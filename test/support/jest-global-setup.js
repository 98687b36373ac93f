// Once per jest run, before any worker starts: tests that cache expensive results (apigeelint's findings, keyed by
// content) keep them in jest's own cache directory, which `npx jest --clearCache` empties. Workers inherit the variable.
"use strict";
const path = require("path");

module.exports = async function globalSetup(_globalConfig, projectConfig) {
  process.env.GATED_PIPELINE_APIGEELINT_CACHE ??= path.join(projectConfig.cacheDirectory, "cdktf-gated-pipeline-apigeelint");
};
