import { buildReport } from "../report/buildReport";
import { internalErrorMessage } from "./internalErrorMessage";
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

/** Runs the command line as a process: sets the exit code, and an error of the program itself exits 3 with a Chinese message. */
export async function runCommand(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  try {
    process.exitCode = await main(argv);
  } catch (error) {
    process.stderr.write(internalErrorMessage(error));
    process.exitCode = 3;
  }
}

if (require.main === module) {
  void runCommand();
}
