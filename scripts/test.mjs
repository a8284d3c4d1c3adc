// The whole test suite: build (the tests load the built bundles), lint, then every Jest project
// (core, report, functions, manifest, workbook, CLI, components, browser end to end).
// Prints a closing "N passed, N failed" line.
import { mkdirSync, readFileSync } from "node:fs";
import { run } from "./run.mjs";

const steps = [
  ["npm", ["run", "build", "--silent"]],
  ["npm", ["run", "lint", "--silent"]],
];
for (const [cmd, args] of steps) {
  if (run(cmd, args) !== 0) {
    console.error(`\n${cmd} ${args.join(" ")} failed`);
    console.log("0 passed, 1 failed");
    process.exit(1);
  }
}

mkdirSync("test/output", { recursive: true });
const status = run("npx", ["jest", "--ci", "--json", "--outputFile=test/output/jest.json", ...process.argv.slice(2)]);
let passed = 0;
let failed = 1;
try {
  const summary = JSON.parse(readFileSync("test/output/jest.json", "utf8"));
  passed = summary.numPassedTests;
  failed = summary.numFailedTests + summary.numRuntimeErrorTestSuites;
} catch {
  // No summary: jest did not run; counted as one failure.
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(status !== 0 || failed > 0 || passed === 0 ? 1 : 0);
