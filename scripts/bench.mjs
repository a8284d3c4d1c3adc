// Benchmarks: builds (the functions and task pane figures are of the built bundles), then runs every
// scripts/bench/*.ts in name order and lets each print its figures.
// Nothing here is asserted: figures are for people; tests assert machine-independent counts.
import { readdirSync } from "node:fs";
import { spawnSync } from "node:child_process";

const shell = process.platform === "win32";
const only = process.argv.slice(2);
if (!process.env.TONGJI_BENCH_NO_BUILD) {
  const build = spawnSync("npm", ["run", "build", "--silent"], { stdio: ["ignore", "ignore", "inherit"], shell });
  if (build.status !== 0) {
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
  const result = spawnSync("npx", ["tsx", `scripts/bench/${file}`], { stdio: "inherit", shell });
  status ||= result.status ?? 1;
}
process.exit(status);
