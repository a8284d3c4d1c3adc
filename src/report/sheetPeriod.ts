import type { DetectedLayout } from "./detectLayout";
import { readPeriod } from "./readPeriod";
import type { Period } from "./types";

/** The period named by the current column's header, the title rows, or any header cell. */
function findPeriod(texts: readonly string[]): Period {
  for (const text of texts) {
    const period = readPeriod(text);
    if (period !== undefined) {
      if (period.year !== undefined) return period;
      const year = texts.map((t) => /((?:19|20)\d{2})年/.exec(t)?.[1]).find((y) => y !== undefined);
      return year === undefined ? period : { ...period, year: Number(year) };
    }
  }
  return { label: "" };
}

/**
 * A monthly report titled by its month ("2024年8月经济运行主要指标") whose 本期 column is the year's cumulative
 * figure ("本年累计", "累计"): the period is 1-8月; when it is the month's own figure ("本月"), 8月. Undefined
 * when the title names no single month.
 */
function cumulativePeriod(currentHeader: string, titleTexts: readonly string[]): Period | undefined {
  const cumulative = /累计|本年/.test(currentHeader);
  // A 本月 column states the month alone: "8月", with no months elapsed for 时序进度.
  const month = !cumulative && /本月|当月/.test(currentHeader);
  if (!cumulative && !month) return undefined;
  for (const text of titleTexts) {
    const match = /(?:^|[^\d\-—~～])(\d{1,2})月(?:份)?/.exec(text.replace(/\s+/g, ""));
    const months = match?.[1] !== undefined ? Number(match[1]) : 0;
    if (months >= 1 && months <= 12) {
      const year = /((?:19|20)\d{2})年/.exec(text)?.[1];
      if (month) return year === undefined ? { label: `${months}月` } : { label: `${months}月`, year: Number(year) };
      const label = months === 1 ? "1月" : months === 12 ? "全年" : `1-${months}月`;
      return year === undefined ? { label, months } : { label, months, year: Number(year) };
    }
  }
  return undefined;
}

/** The header text of the 本期 column ("" without one). */
export function currentHeaderText(detected: DetectedLayout): string {
  const column = detected.layout.columns.current;
  return column !== undefined ? (detected.headerTexts[column] ?? "") : "";
}

/**
 * The header texts that may name the period: not those of the 全年目标 and 完成率 columns, whose "全年"
 * names what the target covers, not the period the sheet reports.
 */
function periodHeaderTexts(detected: DetectedLayout): string[] {
  const { target, completion } = detected.layout.columns;
  return detected.headerTexts.filter((_, column) => column !== target && column !== completion);
}

/**
 * The period a sheet reports: named by the 本期 header, a title row or another period header cell; else a
 * month title's cumulative period.
 */
export function sheetPeriod(detected: DetectedLayout): Period {
  const currentHeader = currentHeaderText(detected);
  const found = findPeriod([currentHeader, ...detected.titleTexts, ...periodHeaderTexts(detected)]);
  return found.label === "" ? (cumulativePeriod(currentHeader, detected.titleTexts) ?? found) : found;
}
