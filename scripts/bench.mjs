// Benchmarks: builds (the functions and task pane figures are of the built bundles), then runs every
// scripts/bench/*.ts in name order and lets each print its figures.
// Nothing here is asserted: figures are for people; tests assert machine-independent counts.
import { readdirSync } from "node:fs";
import { run } from "./run.mjs";

const only = process.argv.slice(2);
if (!process.env.TONGJI_BENCH_NO_BUILD) {
  if (run("npm", ["run", "build", "--silent"], ["ignore", "ignore", "inherit"]) !== 0) {
    console.error("npm run build failed; no figures.");
    process.exit(1);
  }
}

const files = readdirSync("scripts/bench")
  .filter((f) => f.endsWith(".ts"))
  .filter((f) => only.length === 0 || only.some((name) => f.includes(name)))
  .sort();
let status = 0;
for (const file of files) {
  console.log(`\n== ${file.replace(/\.ts$/, "")}`);
  status ||= run("npx", ["tsx", `scripts/bench/${file}`]);
}
process.exit(status);
