// The phrase functions of src/core as the custom functions and the report engine call them. Prints ns
// per call of growthPhrase, pointsPhrase and completionPhrase over 1,000,000 calls each (median of
// several runs after a warm-up), on inputs that reach every branch: rises, falls, 持平, 倍, 降幅收窄,
// 超额完成 and the time-progress clause. Prints figures, asserts nothing.
import { performance } from "node:perf_hooks";
import { completionPhrase } from "../../src/core/completionPhrase";
import { formatDecimal } from "../../src/core/decimal";
import { growthPhrase } from "../../src/core/growthPhrase";
import { pointsPhrase } from "../../src/core/pointsPhrase";

const CALLS = 1_000_000;
const RUNS = 5;
const SIZE = 1024;

/** Growths from −60% to +260% (some 持平, some in 倍), rates around zero, completion ratios to 130%. */
const GROWTH: readonly number[] = Array.from({ length: SIZE }, (_, i) =>
  i % 32 === 0 ? 0.00004 : -0.6 + ((i * 7919) % 3200) / 1000,
);
const RATE_NOW: readonly number[] = Array.from({ length: SIZE }, (_, i) => -0.2 + ((i * 104729) % 600) / 1000);
const RATE_BEFORE: readonly number[] = Array.from({ length: SIZE }, (_, i) => -0.2 + ((i * 7919) % 600) / 1000);
const ACTUAL: readonly number[] = Array.from({ length: SIZE }, (_, i) => 10 + ((i * 7919) % 1300) / 10);
const MONTHS: readonly number[] = Array.from({ length: SIZE }, (_, i) => 1 + (i % 12));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Nanoseconds per call of `fn(k)` over CALLS calls; the results are kept so nothing is optimised away. */
function nsPerCall(fn: (k: number) => string): number {
  const kept: string[] = new Array<string>(SIZE).fill("");
  const run = (): number => {
    const start = performance.now();
    for (let i = 0; i < CALLS; i++) {
      const k = i & (SIZE - 1);
      kept[k] = fn(k);
    }
    return ((performance.now() - start) * 1e6) / CALLS;
  };
  run(); // warm-up
  const times = Array.from({ length: RUNS }, run);
  if (kept.some((text) => text === "")) {
    throw new Error("a call returned nothing");
  }
  return median(times);
}

const figures: readonly (readonly [string, (k: number) => string])[] = [
  ["growthPhrase", (k) => growthPhrase(GROWTH[k] ?? 0)],
  ["pointsPhrase", (k) => pointsPhrase(RATE_NOW[k] ?? 0, RATE_BEFORE[k] ?? 0)],
  ["completionPhrase", (k) => completionPhrase(ACTUAL[k] ?? 0, 100, MONTHS[k])],
];

for (const [name, fn] of figures) {
  console.log(`${name.padEnd(18)} ${formatDecimal(nsPerCall(fn), 0).padStart(6)} ns per call`);
}
