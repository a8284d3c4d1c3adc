// npm stop: end the debugging session that npm start began (desktop Excel only).
import { run } from "./run.mjs";

process.exit(run("npx", ["office-addin-debugging", "stop", "manifest.xml"]));
