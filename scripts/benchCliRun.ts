// One command-line run for scripts/bench/30-cli.ts, in a process of its own: reads the input, writes
// --out, and prints its wall time and peak resident memory as one JSON line.
import { performance } from "node:perf_hooks";
import { runCli } from "../src/cli/runCli";
import { buildReport } from "../src/report/buildReport";

async function main(): Promise<void> {
  const [input, out] = process.argv.slice(2);
  if (input === undefined || out === undefined) throw new Error("usage: benchCliRun input.xlsx out.xlsx");
  const quiet = { stdout: () => undefined, stderr: () => undefined, stderrIsTty: false };
  const start = performance.now();
  const exit = await runCli([input, "--out", out, "--force"], quiet, buildReport);
  const ms = performance.now() - start;
  // maxRSS is in kilobytes.
  console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, exit }));
}

void main();
