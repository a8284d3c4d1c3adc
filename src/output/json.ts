import type { Period, ReportWarning, SummaryCell, SummaryTable } from "../report/types";
import type { DocumentTable, SummaryDocument } from "./summaryDocument";

/** The JSON rendering of a summary document (the command line's --json adds the file names). */
export interface DocumentJson {
  readonly period: Period;
  readonly paragraphs: readonly string[];
  /** The table as the engine gives it: cells hold their value (and formula); formats are the columns'. */
  readonly table: SummaryTable;
  /** A regions sheet's ranking table per indicator, as the sheet and the Word report show them. */
  readonly rankings?: readonly SummaryTable[];
  readonly warnings: readonly ReportWarning[];
}

/** The document as plain JSON data. */
export function renderJson(document: SummaryDocument): DocumentJson {
  const rankings = document.tables[0] === document.table ? undefined : document.tables.map(tableJson);
  return {
    period: document.period,
    paragraphs: document.paragraphs,
    table: tableJson(document.table),
    ...(rankings === undefined ? {} : { rankings }),
    warnings: document.warnings,
  };
}

function tableJson(table: DocumentTable): SummaryTable {
  return {
    title: table.title,
    columns: table.columns,
    rows: table.rows.map((row) => ({
      indicator: row.indicator,
      level: row.level,
      cells: row.cells.map((cell): SummaryCell =>
        cell.formula === undefined ? { value: cell.value } : { value: cell.value, formula: cell.formula },
      ),
    })),
  };
}
