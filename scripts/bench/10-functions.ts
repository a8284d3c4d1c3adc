// The custom functions as Excel calls them: the built bundle (dist/functions.js) run as a page runs it,
// in the main context with a stub CustomFunctions runtime on the global object (the tests load it in
// a separate vm context instead, where every global lookup such as Math or Number goes through the
// sandbox and costs several times more than in a page). Prints ns per call of TJ.YOY and
// TJ.YOYTEXT over 1,000,000 calls through the registered functions (median of several runs after a
// warm-up), and the gzipped size of the bundle. Prints figures, asserts nothing
// (aims: under 1 µs per numeric call, bundle under 30 KB gzipped). Build first: npm run build.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { formatDecimal } from "../../src/core/decimal";
import { runInThisContext } from "node:vm";
import { BUNDLE_PATH, ERROR_CODE, StubFunctionError, type CustomFunction } from "../../test/functions/functionsBundle";

const CALLS = 1_000_000;
const RUNS = 5;

/** Cell values like a column of a sheet: numbers, a few numeric texts, the bases never zero. */
const CURRENT: readonly unknown[] = Array.from({ length: 1024 }, (_, i) => (i % 16 === 0 ? "1,234.5" : 1000 + i * 3.7));
const PREVIOUS: readonly unknown[] = Array.from({ length: 1024 }, (_, i) => 900 + ((i * 7919) % 400));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Nanoseconds per call of `fn` over CALLS calls; the results are kept so nothing is optimised away. */
function nsPerCall(fn: CustomFunction): number {
  const kept: unknown[] = new Array<unknown>(1024);
  const run = (): number => {
    const start = performance.now();
    for (let i = 0; i < CALLS; i++) {
      const k = i & 1023;
      kept[k] = fn(CURRENT[k], PREVIOUS[k]);
    }
    return ((performance.now() - start) * 1e6) / CALLS;
  };
  run(); // warm-up
  const times = Array.from({ length: RUNS }, run);
  if (kept.some((value) => value === undefined)) {
    throw new Error("a call returned nothing");
  }
  return median(times);
}

/** Runs the bundle in this context and returns the registered functions by id. */
function loadInThisContext(source: string): Map<string, CustomFunction> {
  const byId = new Map<string, CustomFunction>();
  Object.assign(globalThis, {
    CustomFunctions: {
      associate: (id: string, fn: CustomFunction) => byId.set(id, fn),
      Error: StubFunctionError,
      ErrorCode: ERROR_CODE,
    },
  });
  runInThisContext(source, { filename: BUNDLE_PATH });
  return byId;
}

const bundle = readFileSync(BUNDLE_PATH);
const byId = loadInThisContext(bundle.toString("utf8"));
for (const id of ["YOY", "YOYTEXT"]) {
  const fn = byId.get(id);
  if (fn === undefined) {
    throw new Error(`TJ.${id} is not associated by ${BUNDLE_PATH}`);
  }
  console.log(`TJ.${id}: ${formatDecimal(nsPerCall(fn), 0)} ns per call (${CALLS.toLocaleString("en")} calls)`);
}

const kb = (bytes: number): string => formatDecimal(bytes / 1024, 1);
console.log(`functions bundle: ${kb(bundle.length)} KB, ${kb(gzipSync(bundle, { level: 9 }).length)} KB gzipped`);
