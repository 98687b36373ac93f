// Preloaded into every Node process a benchmark case starts (NODE_OPTIONS=--require): appends the process's peak
// resident set size (KiB) to the file named by BENCH_RSS_FILE when it exits, so the harness can take the maximum over
// npm, tsc, jest workers and the synth itself without depending on /usr/bin/time.
"use strict";
const fs = require("fs");
const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on("exit", () => {
    try {
      fs.appendFileSync(file, `${process.resourceUsage().maxRSS}\n`);
    } catch {
      // a probe must never change the measured program's outcome
    }
  });
}
