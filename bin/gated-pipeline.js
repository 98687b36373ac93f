#!/usr/bin/env node
"use strict";
// main resolves to the exit code (simulate is async); Promise.resolve also accepts an older build returning a number.
Promise.resolve(require("../lib/src/cli/main.js").main(process.argv.slice(2))).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`gated-pipeline: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
  },
);
