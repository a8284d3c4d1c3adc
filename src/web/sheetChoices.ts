import { buildReport } from "../report/buildReport";
import type { Period, SheetGrid } from "../report/types";

/** A sheet of the picked file, as the sheet list shows it. */
export interface SheetChoice {
  readonly name: string;
  /** The engine finds an indicator table on it (with the default options). */
  readonly indicator: boolean;
  readonly period?: Period;
  readonly rows: number;
}

/** What the sheet list shows for a grid: whether it is an indicator sheet, and its period. */
export function sheetChoice(grid: SheetGrid): SheetChoice {
  const base = { name: grid.sheetName, rows: grid.cells.length };
  try {
    const report = buildReport(grid, {});
    return { ...base, indicator: true, period: report.period };
  } catch {
    return { ...base, indicator: false };
  }
}

/** A period's place in time: later years, then more months elapsed, come later; unknown parts first. */
function periodRank(period: Period | undefined): number {
  if (period === undefined) return -1;
  return (period.year ?? 0) * 100 + (period.months ?? 0);
}

/**
 * The sheets in the order the list shows them (indicator sheets first, each group in the file's order)
 * and the one selected at first: the indicator sheet of the latest period (the first of equals), else the
 * first sheet.
 */
export function orderSheets(choices: readonly SheetChoice[]): { sheets: SheetChoice[]; selected: string | undefined } {
  const sheets = [...choices.filter((c) => c.indicator), ...choices.filter((c) => !c.indicator)];
  let latest: SheetChoice | undefined;
  for (const choice of sheets) {
    if (!choice.indicator) break;
    if (latest === undefined || periodRank(choice.period) > periodRank(latest.period)) latest = choice;
  }
  return { sheets, selected: (latest ?? sheets[0])?.name };
}
