import { progressGapPoints } from "./rate";
import { fail, finiteResult, firstInvalid, ok, type MetricResult } from "./metricResult";

/** 开工率、竣工率、投产率、占比: part / whole, as a fraction. */
export function rate(part: number | undefined, whole: number | undefined): MetricResult {
  const missing = firstInvalid([
    ["分子(部分数)", part],
    ["分母(总数)", whole],
  ]);
  if (missing) return missing;
  if ((whole as number) === 0) {
    return fail("zero-base", "分母为零,无法计算比率");
  }
  return finiteResult((part as number) / (whole as number));
}

/** 完成率: actual / target, as a fraction. A target of zero or less has no ratio. */
export function completion(actual: number | undefined, target: number | undefined): MetricResult {
  const missing = firstInvalid([
    ["完成数", actual],
    ["全年目标", target],
  ]);
  if (missing) return missing;
  if ((target as number) === 0) {
    return fail("zero-base", "全年目标为零,无法计算完成率");
  }
  if ((target as number) < 0) {
    return fail("negative-base", `全年目标为负数(${target as number}),无法计算完成率`);
  }
  return finiteResult((actual as number) / (target as number));
}

/** 时序进度: months elapsed / 12, as a fraction. */
export function timeProgress(months: number | undefined): MetricResult {
  const missing = firstInvalid([["已过月数", months]]);
  if (missing) return missing;
  const m = months as number;
  if (m < 0 || m > 12) {
    return fail("undefined", `已过月数应在 0 到 12 之间(现为${m})`);
  }
  return ok(m / 12);
}

/** 进度差: completion − months/12, in percentage points (54.1% at 6 months is 4.1). */
export function progressGap(
  actual: number | undefined,
  target: number | undefined,
  months: number | undefined,
): MetricResult {
  const done = completion(actual, target);
  if (!done.ok) return done;
  const time = timeProgress(months);
  if (!time.ok) return time;
  return finiteResult(progressGapPoints(done.value, months as number));
}

/** 百分点: r − r₀ for two rates given as fractions, in percentage points. */
export function ppChange(rateNow: number | undefined, reference: number | undefined): MetricResult {
  const missing = firstInvalid([
    ["本期比率", rateNow],
    ["对比比率", reference],
  ]);
  if (missing) return missing;
  return finiteResult(((rateNow as number) - (reference as number)) * 100);
}
