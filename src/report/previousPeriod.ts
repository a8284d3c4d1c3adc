import { MESSAGES } from "./messages";
import { normalizeText } from "./normalizeText";
import { rowName } from "./rowName";
import type { Analysis, Indicator, ReportWarning, SheetGrid } from "./types";

/** An indicator's name as two periods' sheets are matched: the engine's normalisation (half-width, no spaces). */
function matchKey(indicator: Indicator): string {
  return normalizeText(indicator.name);
}

/**
 * This period's analysis compared with an earlier period's sheet (another sheet of the workbook, or another
 * file): each indicator takes the earlier growth of the indicator of the same name (the first unused one, so
 * that a name given twice pairs in order); the sheet's own earlier-growth column wins where it has one. The
 * indicators found in only one of the two are named in one warning. The reference reads as the earlier
 * sheet's period ("1-8月"), or its sheet name when it states none.
 */
export function withPreviousPeriod(current: Analysis, previous: Analysis, grid: SheetGrid): Analysis {
  const earlier = new Map<string, Indicator[]>();
  for (const indicator of previous.indicators) {
    const key = matchKey(indicator);
    const list = earlier.get(key);
    if (list === undefined) earlier.set(key, [indicator]);
    else list.push(indicator);
  }
  const missing: string[] = [];
  const indicators = current.indicators.map((indicator) => {
    const match = earlier.get(matchKey(indicator))?.shift();
    if (match === undefined) {
      missing.push(indicator.name);
      return indicator;
    }
    if (indicator.previousGrowth !== undefined || match.growth === undefined) return indicator;
    return { ...indicator, previousGrowth: match.growth };
  });
  const extra = [...earlier.values()].flat().map((indicator) => indicator.name);
  const reference = previous.period.label !== "" ? previous.period.label : previous.sheetName;
  const warnings: ReportWarning[] = [...current.warnings];
  if (missing.length > 0 || extra.length > 0) {
    const row = current.layout.headerRow;
    warnings.push({
      code: "previous-unmatched",
      row,
      message: `${rowName(grid, row)}:${MESSAGES.previousUnmatched(previous.sheetName, missing, extra)}`,
    });
  }
  return {
    ...current,
    indicators,
    warnings,
    previousPeriod: current.previousPeriod ?? reference,
  };
}
