#!/usr/bin/env node
"use strict";
process.exitCode = require("../lib/src/cli/main.js").main(process.argv.slice(2));
