import type { Period } from "./types";
import { normalizeText } from "./normalizeText";

const QUARTERS: readonly (readonly [RegExp, string, number])[] = [
  [/前三季度|1-3季度/, "前三季度", 9],
  [/上半年|1-2季度/, "上半年", 6],
  [/第?一季度|1季度/, "一季度", 3],
  [/全年|全年度/, "全年", 12],
];

/**
 * The period a header or title names: "1-9月", "1—9月", "1~9月", "1-6月累计" -> 1-N月 with N months;
 * 一季度 / 上半年 / 前三季度 / 全年; "2018年" alone -> 全年 of 2018. Undefined when the text names none.
 */
export function readPeriod(text: string): Period | undefined {
  const t = normalizeText(text).replace(/[—–~～－至到]/g, "-");
  const yearMatch = /((?:19|20)\d{2})年(?!度?目标|度?计划)/.exec(t);
  const year = yearMatch?.[1] !== undefined ? Number(yearMatch[1]) : undefined;
  const withYear = (period: Period): Period => (year === undefined ? period : { ...period, year });
  const range = /(?:^|[^\d])(\d{1,2})-(\d{1,2})月/.exec(t);
  if (range?.[1] !== undefined && range[2] !== undefined) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (from >= 1 && to <= 12 && from < to) {
      return withYear(from === 1 ? { label: `1-${to}月`, months: to } : { label: `${from}-${to}月` });
    }
  }
  for (const [pattern, label, months] of QUARTERS) {
    if (pattern.test(t)) {
      return withYear({ label, months });
    }
  }
  const single = /(?:^|[^\d-])(\d{1,2})月(?:份)?(?:止|末)?累计/.exec(t);
  if (single?.[1] !== undefined) {
    const to = Number(single[1]);
    if (to >= 1 && to <= 12) {
      return withYear({ label: to === 1 ? "1月" : `1-${to}月`, months: to });
    }
  }
  if (year !== undefined && /^(?:19|20)\d{2}年(?:度)?(?:累计|实际|完成)?(?:数)?(?:\(.*\))?$/.test(t)) {
    return { label: "全年", months: 12, year };
  }
  return undefined;
}
