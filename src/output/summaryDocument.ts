import type { CellFormula, Period, Report, ReportWarning, SummaryColumnKey, SummaryTable } from "../report/types";
import { displayText } from "./displayText";
import { periodLine } from "./labels";

/**
 * The summary document: what every output shows, built once from a report and rendered by each face
 * (the Office sheet, the .xlsx workbook, plain text, JSON, the Word report). Pure data.
 */

/** Excel's text format, given to every text cell of the table. */
export const TEXT_FORMAT = "@";

/** A cell of the summary table: its value, the number format it is written with and the text it shows. */
export interface DocumentCell {
  /** Percentages as percent numbers (30.5, not 0.305); null for an empty cell, "—" for no rate. */
  readonly value: string | number | null;
  /** "@" for text; the column's format for figures and empty cells ("0.00", "General"…). */
  readonly numberFormat: string;
  /** As the sheet displays the value under that format ("30.50"); "" for an empty cell. */
  readonly text: string;
  /** How a live-formula sheet recomputes the value from the source sheet. */
  readonly formula?: CellFormula;
}

export interface DocumentColumn {
  readonly key: SummaryColumnKey;
  /** 指标 | 单位 | 本期 | 上年同期 | 增减额 | 增速(%) | 全年目标 | 完成率(%) | 进度差(百分点) */
  readonly header: string;
  /** The column's number format ("@" for text). */
  readonly numberFormat: string;
}

export interface DocumentRow {
  /** Index in the analysis's indicators. */
  readonly indicator: number;
  /** 0 for a top-level indicator, 1 for a 其中 child… */
  readonly level: number;
  readonly cells: readonly DocumentCell[];
}

export interface DocumentTable {
  /** The title of the summary table (the sheet's title row, or "<sheet>指标汇总"). */
  readonly title: string;
  readonly columns: readonly DocumentColumn[];
  readonly rows: readonly DocumentRow[];
}

export interface SummaryDocument {
  /** The sheet the report was made from. */
  readonly sheetName: string;
  /** The document's title: the sheet's title row, or "<sheet>指标完成情况". */
  readonly title: string;
  readonly period: Period;
  /** "统计期:1-9月". */
  readonly periodLine: string;
  /** The engine's summary table (its rows are the analysis's indicators), as JSON gives it. */
  readonly table: DocumentTable;
  /**
   * The tables the sheet and the Word report lay out, in order: the summary table of an indicator sheet; a
   * regions sheet's ranking table per indicator (地区 | 本期 | 增速 | 占全市 | 位次).
   */
  readonly tables: readonly DocumentTable[];
  /** The narrative paragraphs (the highlights paragraph last, when asked for). */
  readonly paragraphs: readonly string[];
  readonly warnings: readonly ReportWarning[];
}

function documentTable(table: SummaryTable): DocumentTable {
  return {
    title: table.title,
    columns: table.columns.map(({ key, header, numberFormat }) => ({ key, header, numberFormat })),
    rows: table.rows.map((row) => ({
      indicator: row.indicator,
      level: row.level,
      cells: row.cells.map((cell, index): DocumentCell => {
        const numberFormat =
          typeof cell.value === "string" ? TEXT_FORMAT : (table.columns[index]?.numberFormat ?? "General");
        const base = { value: cell.value, numberFormat, text: displayText(cell.value, numberFormat) };
        return cell.formula === undefined ? base : { ...base, formula: cell.formula };
      }),
    })),
  };
}

/** Builds the summary document of a report. */
export function buildSummaryDocument(report: Report): SummaryDocument {
  const { analysis } = report;
  const table = documentTable(report.table);
  return {
    sheetName: analysis.sheetName,
    title: analysis.title ?? `${analysis.sheetName}指标完成情况`,
    period: report.period,
    periodLine: periodLine(report.period.label),
    table,
    tables: report.rankings === undefined ? [table] : report.rankings.map(documentTable),
    paragraphs: report.paragraphs,
    warnings: report.warnings,
  };
}
