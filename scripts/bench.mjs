// Benchmarks: runs every scripts/bench/*.ts in name order and lets each print its figures.
// Nothing here is asserted: figures are for people; tests assert machine-independent counts.
import { readdirSync } from "node:fs";
import { spawnSync } from "node:child_process";

const files = readdirSync("scripts/bench").filter((f) => f.endsWith(".ts")).sort();
let status = 0;
for (const file of files) {
  console.log(`\n== ${file.replace(/\.ts$/, "")}`);
  const result = spawnSync("npx", ["tsx", `scripts/bench/${file}`], { stdio: "inherit" });
  status ||= result.status ?? 1;
}
process.exit(status);
