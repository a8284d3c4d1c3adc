#!/usr/bin/env node
"use strict";
// The `tongji` command: runs the compiled command line (npm run build:cli emits lib/cli/main.js).
const path = require("node:path");
const fs = require("node:fs");

const entry = path.join(__dirname, "..", "lib", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("错误:命令行尚未编译,请先运行 npm run build:cli\n");
  process.exit(1);
}
require(entry)
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`内部错误:${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 3;
    },
  );
