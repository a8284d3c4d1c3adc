// Runs a command with the terminal attached (npm and npx are .cmd shims on Windows, hence the shell there)
// and returns its exit status; shared by the test, bench, start and stop scripts.
import { spawnSync } from "node:child_process";

/** Exit status of `command args…`; 1 when it could not start. */
export function run(command, args, stdio = "inherit") {
  return spawnSync(command, args, { stdio, shell: process.platform === "win32" }).status ?? 1;
}
