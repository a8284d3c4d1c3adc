import type { ColumnRole } from "./types";
import { normalizeText } from "./normalizeText";

/** Header synonyms per role, tried in this order (growth before previous: "比上年增长"). */
const ROLE_PATTERNS: readonly (readonly [ColumnRole, RegExp])[] = [
  ["change", /^(?:同比)?增减(?:额|量|数)|^增(?:加|长)额|^增减$/],
  [
    "completion",
    /完成率|完成目标\(?%|完成目标$|完成(?:全年|年度)?(?:目标|任务|计划)?(?:的)?(?:%|百分比|比例)|占(?:全年|年度)?(?:目标|任务|计划)|^完成%|进度%?$/,
  ],
  ["growth", /增长|增速|增幅|同比|±|增减.*%|^%$|比上年|比去年/],
  ["target", /目标|任务|计划|预期/],
  ["previous", /上年|去年|同期/],
  ["month", /^本月(?:数|完成)?$|^当月/],
  ["current", /本期|累计|本年|本月止|实际完成|完成数|^完成$|实绩|^\d{1,2}-\d{1,2}月|季度|上半年|^(?:19|20)\d{2}年/],
  ["name", /^(?:主要)?(?:经济)?(?:指标|项目)(?:名称)?$|^名称$/],
  ["unit", /^(?:计量)?单位$/],
];

/** The role a header cell names ("1-9月累计" -> current, "同比±%" -> growth), or undefined. */
export function headerRole(text: string): ColumnRole | undefined {
  const t = normalizeText(text).replace(/[—–~～－至到]/g, "-");
  if (t === "" || /^单位[:：]/.test(t)) {
    return undefined;
  }
  for (const [role, pattern] of ROLE_PATTERNS) {
    if (pattern.test(t)) {
      return role;
    }
  }
  return undefined;
}

/** The year a header names ("2018年" -> 2018), used to tell this year's column from last year's. */
export function headerYear(text: string): number | undefined {
  const match = /^((?:19|20)\d{2})年/.exec(normalizeText(text));
  return match?.[1] !== undefined ? Number(match[1]) : undefined;
}
