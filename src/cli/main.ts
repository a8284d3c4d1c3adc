import type { BuildReport } from "./runCli";
import { runCli } from "./runCli";

/** Loads the report engine (src/report/buildReport). */
async function loadEngine(): Promise<BuildReport> {
  // A computed specifier keeps this entry compiling while the engine module is being written.
  const specifier = "../report/buildReport";
  const engine = (await import(specifier)) as { buildReport?: BuildReport };
  if (engine.buildReport === undefined) {
    throw new Error("report engine missing: src/report/buildReport.ts must export buildReport");
  }
  return engine.buildReport;
}

/** Entry of `npm run report`, `npm run demo` and the `tongji` bin. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  const helpOnly = argv.length === 0 || argv.includes("--help") || argv.includes("-h");
  const engine: BuildReport = helpOnly
    ? () => {
        throw new Error("no report needed for --help");
      }
    : await loadEngine();
  return runCli(
    argv,
    {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      stderrIsTty: process.stderr.isTTY,
    },
    engine,
  );
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`内部错误:${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 3;
    },
  );
}
