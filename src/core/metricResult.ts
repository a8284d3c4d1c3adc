import { OVERFLOW_MESSAGE } from "./nonFiniteError";

/**
 * The outcome of a metric: a value, or the reason there is none, with a Chinese message that the
 * custom functions show in the cell and the report engine puts in its warnings.
 */
export type MetricProblem =
  /** An input is blank or missing. */
  | "missing"
  /** The base (denominator) is zero. */
  | "zero-base"
  /** The base is negative, so a rate would mislead (losses, negative balances). */
  | "negative-base"
  /**
   * The inputs cannot give a value (for example a zero total change for 贡献率), or an input or the result
   * lies beyond the range of a double (1e308-scale figures; the message then says 数值过大).
   */
  | "undefined";

export type MetricResult =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly problem: MetricProblem; readonly message: string };

export const ok = (value: number): MetricResult => ({ ok: true, value });

export const fail = (problem: MetricProblem, message: string): MetricResult => ({ ok: false, problem, message });

/** A computed value as a result: ok when finite, else 数值过大,无法计算 (never Infinity or NaN). */
export function finiteResult(value: number): MetricResult {
  return Number.isFinite(value) ? ok(value) : fail("undefined", OVERFLOW_MESSAGE);
}

/** An input of a metric with the words a message uses for it ("上年同期数"). */
export type Input = readonly [label: string, value: number | undefined];

/** The first missing input as a result ("缺少上年同期数"), or undefined when all are present. */
export function firstMissing(inputs: readonly Input[]): MetricResult | undefined {
  for (const [label, value] of inputs) {
    if (value === undefined || Number.isNaN(value)) {
      return fail("missing", `缺少${label}`);
    }
  }
  return undefined;
}

/**
 * The first input that cannot enter a metric, as a result: a missing one ("缺少上年同期数") first, then
 * an infinite one ("上年同期数超出数值范围,无法计算"); undefined when all are finite numbers.
 */
export function firstInvalid(inputs: readonly Input[]): MetricResult | undefined {
  const missing = firstMissing(inputs);
  if (missing) return missing;
  for (const [label, value] of inputs) {
    if (!Number.isFinite(value)) {
      return fail("undefined", `${label}超出数值范围,无法计算`);
    }
  }
  return undefined;
}
