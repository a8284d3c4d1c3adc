import { buildReport } from "../report/buildReport";
import { latestPeriod } from "../report/periodOrder";
import type { Period, SheetGrid } from "../report/types";

/** Another indicator sheet of the workbook, as 与上期比较 offers it. */
export interface SheetProbe {
  readonly name: string;
  readonly period: Period;
}

/** 与上期比较's value for 不比较 (no sheet is named ""). */
export const NO_COMPARISON = "";

/** A sheet's head read by the engine (default options): its period, or undefined when it is no indicator sheet. */
export function probeSheet(head: SheetGrid): SheetProbe | undefined {
  try {
    const report = buildReport(head, {});
    // A regions sheet is not an earlier period of an indicator sheet.
    return report.analysis.places === undefined ? { name: head.sheetName, period: report.period } : undefined;
  } catch {
    return undefined;
  }
}

/** The indicator sheets among the heads of a workbook's other sheets, in sheet order. */
export function probeSheets(heads: readonly SheetGrid[]): SheetProbe[] {
  return heads.flatMap((head) => {
    const probe = probeSheet(head);
    return probe === undefined ? [] : [probe];
  });
}

/**
 * The sheet compared with: the one the user chose when it is among the other indicator sheets, none for
 * 不比较, else the sheet of the latest period before the one read (as the command line's
 * `--previous-sheet auto`), none when there is none.
 */
export function chosenPrevious(
  choice: string | undefined,
  sheets: readonly SheetProbe[],
  current: Period | undefined,
): string | undefined {
  if (choice === NO_COMPARISON) return undefined;
  if (choice !== undefined && sheets.some((sheet) => sheet.name === choice)) return choice;
  if (current === undefined) return undefined;
  return latestPeriod(sheets, (sheet) => sheet.period, current)?.name;
}
