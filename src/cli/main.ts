import { buildReport } from "../report/buildReport";
import { runCli } from "./runCli";

/** Entry of `npm run report`, `npm run demo` and the `tongji` bin. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  return runCli(
    argv,
    {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      stderrIsTty: process.stderr.isTTY,
    },
    buildReport,
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
