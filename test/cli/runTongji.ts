import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { buildReport } from "../../src/report/buildReport";
import { runCli } from "../../src/cli/runCli";

/** What one run of the command line printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs the command line in-process with the real engine, capturing stdout and stderr (not a terminal). */
export async function runTongji(argv: readonly string[]): Promise<CliRun> {
  let out = "";
  let err = "";
  const code = await runCli(
    argv,
    {
      stdout: (text) => {
        out += text;
      },
      stderr: (text) => {
        err += text;
      },
      stderrIsTty: false,
    },
    buildReport,
  );
  return { code, out, err };
}

/** SHA-256 of a file's bytes, to prove an input file is unchanged by a run. */
export async function sha256(file: string): Promise<string> {
  return createHash("sha256")
    .update(await readFile(file))
    .digest("hex");
}
