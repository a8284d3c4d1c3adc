// Long runs of the engine's property-based test (test/report/engineProperties.test.ts) with a fresh seed:
// `npm run fuzz` (20,000 sheets), `npm run fuzz -- 100000` for more. CI runs the same test with a fixed
// seed and fewer sheets. A failure prints its seed and the smallest sheet that shows it; FUZZ_SEED=<seed>
// replays it.
import { run } from "./run.mjs";

const runs = process.argv[2] ?? process.env.FUZZ_RUNS ?? "20000";
const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
console.log(`fuzz: ${runs} sheets, seed ${seed}`);
process.env.FUZZ_RUNS = runs;
process.env.FUZZ_SEED = seed;
process.exit(run("npx", ["jest", "--ci", "test/report/engineProperties.test.ts"]));
