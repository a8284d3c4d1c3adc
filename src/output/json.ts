import type { Period, ReportWarning, SummaryCell, SummaryTable } from "../report/types";
import type { SummaryDocument } from "./summaryDocument";

/** The JSON rendering of a summary document (the command line's --json adds the file names). */
export interface DocumentJson {
  readonly period: Period;
  readonly paragraphs: readonly string[];
  /** The table as the engine gives it: cells hold their value (and formula); formats are the columns'. */
  readonly table: SummaryTable;
  readonly warnings: readonly ReportWarning[];
}

/** The document as plain JSON data. */
export function renderJson(document: SummaryDocument): DocumentJson {
  const { table } = document;
  return {
    period: document.period,
    paragraphs: document.paragraphs,
    table: {
      title: table.title,
      columns: table.columns,
      rows: table.rows.map((row) => ({
        indicator: row.indicator,
        level: row.level,
        cells: row.cells.map((cell): SummaryCell =>
          cell.formula === undefined ? { value: cell.value } : { value: cell.value, formula: cell.formula },
        ),
      })),
    },
    warnings: document.warnings,
  };
}
