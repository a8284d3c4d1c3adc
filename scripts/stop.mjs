// npm stop: end the debugging session that npm start began (desktop Excel only).
import { spawnSync } from "node:child_process";

const result = spawnSync("npx", ["office-addin-debugging", "stop", "manifest.xml"], {
  stdio: "inherit",
  shell: process.platform === "win32",
});
process.exit(result.status ?? 1);
