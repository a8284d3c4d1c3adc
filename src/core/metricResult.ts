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
  /** The inputs cannot give a value (for example a zero total change for 贡献率). */
  | "undefined";

export type MetricResult =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly problem: MetricProblem; readonly message: string };

export const ok = (value: number): MetricResult => ({ ok: true, value });

export const fail = (problem: MetricProblem, message: string): MetricResult => ({ ok: false, problem, message });

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
