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
const cli = require(entry);
if (typeof cli.runCommand !== "function") {
  // lib/ was compiled from an older version of the sources.
  process.stderr.write("错误:编译好的命令行不是最新的,请重新运行 npm run build:cli\n");
  process.exit(1);
}
void cli.runCommand(process.argv.slice(2));
