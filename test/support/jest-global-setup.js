// Once per jest run, before any worker starts:
// - lib/ is rebuilt when a source is newer than the last build. Suites run the compiled package (the main job through
//   scripts/synth.js, bin/gated-pipeline.js, an init project linked to this package); without this, two suites in two
//   workers could each find lib/ stale and run tsc into it at the same time, and the ones that read lib/ directly
//   would run an old build.
// - tests that cache expensive results (apigeelint's findings, keyed by content) keep them in jest's own cache
//   directory, which `npx jest --clearCache` empties. Workers inherit the variable.
"use strict";
const path = require("path");
const { build, isStale } = require("../../scripts/build");

module.exports = async function globalSetup(_globalConfig, projectConfig) {
  if (isStale()) build();
  process.env.GATED_PIPELINE_APIGEELINT_CACHE ??= path.join(projectConfig.cacheDirectory, "cdktf-gated-pipeline-apigeelint");
};
