/**
 * The contract of the report engine: what the workbook adapters hand in (a grid of cells) and what
 * the faces (CLI, task pane) get back (a detected layout, indicators, a summary table, paragraphs,
 * warnings). Pure data: no Office, no DOM, no Node.
 */
import type { Rate } from "../core/rate";
import type { ClauseSwitches, PlaceOrder } from "./clauses";
import type { PlacesInfo } from "./places/placesTypes";
import type { ColumnRole } from "./roles/columnRoles";

/** One cell as a sheet holds it. Rows and columns are 0-based everywhere in the engine. */
export interface SheetCell {
  /** The raw value (Office.js `values`, ExcelJS `cell.value` resolved to a plain value). */
  readonly value: string | number | boolean | null;
  /** The text the sheet displays (Office.js `text`; for .xlsx computed from the number format). */
  readonly text?: string;
  /** The cell's number format ("0.00", "0.0%", "General"…). */
  readonly numberFormat?: string;
  /** The cell's indent level (Office.js `format.indentLevel`, ExcelJS `alignment.indent`). */
  readonly indent?: number;
  /** A formula whose result the file does not hold (never calculated): `value` is then null. */
  readonly uncalculated?: true;
}

/** A rectangular block of a sheet, row by row. `origin` places it on the sheet (for addresses). */
export interface SheetGrid {
  readonly sheetName: string;
  readonly cells: readonly (readonly SheetCell[])[];
  /** Row and column of cells[0][0] on the sheet, 0-based (default 0, 0). */
  readonly origin?: { readonly row: number; readonly column: number };
  /** Rows of `cells` (0-based, ascending) that the sheet hides. */
  readonly hiddenRows?: readonly number[];
}

/** The layout found on a sheet (or given by the user to override detection). */
export interface SheetLayout {
  /** Grid row of the (last) header row. */
  readonly headerRow: number;
  /** First and last grid row holding indicators (inclusive). */
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  /** Grid column of each role found; roles absent from the sheet are absent here. */
  readonly columns: Readonly<Partial<Record<ColumnRole, number>>>;
  /** A unit for the whole sheet from a "单位:亿元" note, if any. */
  readonly sheetUnit?: string;
  /** How sure detection is (0-1); the pane asks the user to check below 0.6. */
  readonly confidence: number;
}

/** The period the sheet reports: "1-9月" with 9 months elapsed, "2018年" with 12. */
export interface Period {
  /** As it opens a paragraph: "1-9月", "上半年", "全年". */
  readonly label: string;
  /** Months elapsed, 1-12, for 时序进度; undefined when the sheet does not say. */
  readonly months?: number;
  /** The year, when the sheet says it. */
  readonly year?: number;
}

/** A number read from a cell, with the text the sheet shows for it. */
export interface Figure {
  readonly value: number;
  /** As displayed ("37.57", "9.29%"); what the narrative prints unless the unit is converted. */
  readonly text: string;
  /** The grid position it came from. */
  readonly row: number;
  readonly column: number;
}

/** One row of the indicator table. */
export interface Indicator {
  /** Grid row. */
  readonly row: number;
  /** Name without unit, prefixes and indentation ("工业有效投资"). */
  readonly name: string;
  /** The name as the sheet writes it ("其中:工业有效投资"). */
  readonly label: string;
  readonly unit: string;
  /** 0 for a top-level indicator, 1 for a 其中 child, 2 for a child of a child. */
  readonly level: number;
  /** Index (in Analysis.indicators) of the parent of a 其中 row. */
  readonly parent?: number;
  /** The group heading ("一、工业经济") the row sits under, if any. */
  readonly group?: string;
  readonly current?: Figure;
  readonly previous?: Figure;
  /** The sheet's 增减额 when it has such a column (printed and referenced instead of current − previous). */
  readonly change?: Figure;
  /** The growth the text states: the sheet's growth column when it holds one (official), else computed. */
  readonly growth?: Rate;
  /** The sheet's growth cell when it holds a readable growth. */
  readonly growthFigure?: Figure;
  /** The growth of the earlier period the text compares with (Analysis.previousPeriod names it). */
  readonly previousGrowth?: Rate;
  /** Its cell, when the sheet gives it in a column (absent when it comes from another sheet). */
  readonly previousGrowthFigure?: Figure;
  /** The figure of the same period two years before (两年前同期), for 两年平均增长. */
  readonly twoYearsBefore?: Figure;
  readonly target?: Figure;
  /** Completion of the target (the sheet's column wins, else computed). */
  readonly completion?: Rate;
  /** The sheet's completion cell when it holds a readable completion. */
  readonly completionFigure?: Figure;
  /** A place's sheet with the whole beside it (朝阳区 | 全市 | 全市增速 | 占全市比重 | 全市位次): the whole's figure. */
  readonly whole?: Figure;
  readonly wholeGrowth?: Rate;
  /** The place's share of the whole as the sheet gives it. */
  readonly share?: Rate;
  /** The place's rank in the whole as the sheet gives it (1 is first). */
  readonly rank?: number;
  /** The place's rank by growth in the whole as the sheet gives it (增速居全市第二位). */
  readonly growthRank?: number;
}

export type WarningCode =
  | "unreadable-number"
  | "growth-mismatch"
  /** The growth column holds fractions in cells not formatted as % (0.305 for 30.5%); read as fractions. */
  | "growth-fractions"
  /** The sheet's growth cell holds a mark ("—", "/", "…"); the narrative states the computed growth. */
  | "computed-growth"
  | "missing-current"
  | "missing-base"
  | "zero-base"
  | "negative-base"
  | "no-target"
  | "unit-unknown"
  | "not-stated"
  | "duplicate-name"
  | "layout-unsure"
  /** Columns whose header the engine recognises but that neither the text nor the summary table uses. */
  | "unused-columns"
  /** The header has no 本期 column: only the sheet's own growth and completion can be stated. */
  | "no-current-column"
  /** The row is hidden in the sheet; it is stated as the others are. */
  | "hidden-row"
  /** A formula whose result the file does not hold, read as blank. */
  | "uncalculated-formula"
  /** A rate past what the figures allow (a growth below -100% for a figure that is not negative). */
  | "growth-out-of-range"
  /** Indicators found in only one of this period's sheet and the earlier period's it is compared with. */
  | "previous-unmatched"
  /** The earlier period's sheet chosen to compare with holds no readable indicator table. */
  | "previous-sheet-unreadable";

/** Something the user should look at, naming the row (1-based, as Excel shows it) and the issue. */
export interface ReportWarning {
  readonly code: WarningCode;
  /** Grid position (0-based) of the cell concerned, for the pane to select it. */
  readonly row: number;
  readonly column?: number;
  /** Chinese, self-contained: "第12行 固定资产投资:上年同期数“—”不是数字,未计算增速". */
  readonly message: string;
}

/** Everything read from a sheet before any output is built. */
export interface Analysis {
  readonly sheetName: string;
  readonly layout: SheetLayout;
  readonly period: Period;
  readonly indicators: readonly Indicator[];
  readonly warnings: readonly ReportWarning[];
  /** The header text of each grid column, as the sheet shows it (a two-row header's upper and lower texts joined by a space). */
  readonly headerTexts: readonly string[];
  /** The earlier period the indicators' previousGrowth belongs to, as the sheet names it ("1-8月", "上月", "上年同期"). */
  readonly previousPeriod?: string;
  /** The year of the 两年前同期 column ("2022" of "2022年1-9月"), when its header names one. */
  readonly twoYearsBeforeYear?: number;
  /** The sheet's title row ("2018年主要经济指标完成情况表"), if it has one. */
  readonly title?: string;
  /** The number format of each number column when all its cells share one ("0.00"), for the summary table. */
  readonly columnFormats?: Readonly<Partial<Record<ColumnRole, string>>>;
  /**
   * A regions sheet (places as rows with a total row): the whole, its places and each indicator across them.
   * Its indicators are then, per indicator, the total's row (level 0) followed by one row per place (level 1).
   */
  readonly places?: PlacesInfo;
  /**
   * A place's indicator sheet with the whole beside it: the place its 本期 column names ("朝阳区") and the scope
   * word of the whole (全市), which the text names in its share, rank and comparison of growth.
   */
  readonly across?: { readonly place?: string; readonly scope: string };
}

/** Options of the summary table and the narrative. All optional; the defaults are a statistician's. */
export interface ReportOptions {
  /** Decimals of computed percentages and percentage points (default 1). */
  readonly decimals?: number;
  /** Move large money figures to 亿元 (default true). */
  readonly convertUnits?: boolean;
  /** 完成/实现 before indicators (default true). */
  readonly verbs?: boolean;
  /** Which optional clauses and paragraphs to include. */
  readonly clauses?: Partial<ClauseSwitches>;
  /** Replaces the period found in the sheet ("1-9月"). */
  readonly periodLabel?: string;
  /** A given growth that differs from the computed one by more than this (percentage points) is a warning (default 0.5). */
  readonly growthTolerance?: number;
  /** Decimals of a money figure moved to another unit (45000万元 -> 4.5亿元; default 2, trailing zeros dropped). */
  readonly amountDecimals?: number;
  /** A regions sheet: the place whose paragraph leads, with its share and ranks ("朝阳区"). */
  readonly place?: string;
  /** A regions sheet's ranking tables: the places in the sheet's order (default), by value or by growth. */
  readonly placeOrder?: PlaceOrder;
  /** The indicator sheet of an earlier period (another sheet of the workbook, or another file) to compare growths with. */
  readonly previousPeriod?: SheetGrid;
  /** Overrides detected layout (the pane's role dropdowns). */
  readonly layout?: Partial<Pick<SheetLayout, "headerRow" | "firstDataRow" | "lastDataRow" | "columns">>;
}

/** How a summary cell can be recomputed by a native Excel formula from the source sheet. */
export type CellFormula =
  /** The source cell itself, times `scale` when given (100 for a growth the sheet stores as a fraction, 0.0929 shown as 9.29%). */
  | { readonly op: "ref"; readonly row: number; readonly column: number; readonly scale?: number }
  /** current − previous. */
  | { readonly op: "change"; readonly current: CellRef; readonly previous: CellRef }
  /** (current / previous − 1) × 100, blank when previous ≤ 0. */
  | { readonly op: "growth"; readonly current: CellRef; readonly previous: CellRef }
  /** part / whole × 100, blank when whole ≤ 0. */
  | { readonly op: "ratio"; readonly part: CellRef; readonly whole: CellRef }
  /** part / whole × 100 − months / 12 × 100. */
  | {
      readonly op: "progressGap";
      readonly part: CellRef;
      readonly whole: CellRef;
      readonly months: number;
      /** The decimals the 完成率 column prints: the gap is taken from the completion rounded so. */
      readonly decimals: number;
    }
  /** growth − previous growth, in percentage points (比上期), each as its own formula. */
  | { readonly op: "pointsChange"; readonly growth: CellFormula; readonly previous: CellFormula }
  /** (partNow − partBefore) / (wholeNow − wholeBefore) × 100, "—" when the whole did not change (贡献率). */
  | {
      readonly op: "contribution";
      readonly partNow: CellRef;
      readonly partBefore: CellRef;
      readonly wholeNow: CellRef;
      readonly wholeBefore: CellRef;
    }
  /**
   * The rank (1 for the largest; ties share a rank, as RANK.EQ) of the figure in table column `column` of this
   * row among the rows `from`..`to` of the same column, given relative to this row (-2 is two rows up): a
   * regions sheet's ranking table ranks its places in its own cells. "—" when the figure is not a number.
   */
  | { readonly op: "rank"; readonly column: number; readonly from: number; readonly to: number };

export interface CellRef {
  readonly row: number;
  readonly column: number;
}

export type SummaryColumnKey =
  | "name"
  | "unit"
  | "current"
  | "previous"
  | "change"
  | "growth"
  | "versus"
  | "contribution"
  | "target"
  | "completion"
  | "progressGap"
  /** A regions sheet's ranking table: the place's share of the whole, its rank by value and by growth. */
  | "share"
  | "rank"
  | "growthRank";

export interface SummaryColumn {
  readonly key: SummaryColumnKey;
  /** 指标 | 单位 | 本期 | 上年同期 | 增减额 | 增速(%) | 比上期(百分点) | 贡献率(%) | 全年目标 | 完成率(%) | 进度差(百分点) */
  readonly header: string;
  /** Excel number format for the column's cells ("@" for text). */
  readonly numberFormat: string;
}

export interface SummaryCell {
  /** The value to write (percentages as percent numbers: 30.5, not 0.305); null for an empty cell, "—" for no rate. */
  readonly value: string | number | null;
  /** How to recompute it in live-formula mode; absent for text and for cells with no formula. */
  readonly formula?: CellFormula;
}

export interface SummaryRow {
  /** Index in Analysis.indicators. */
  readonly indicator: number;
  readonly level: number;
  /** One cell per table column, in column order. */
  readonly cells: readonly SummaryCell[];
}

/** The summary table: only the columns the data supports. */
export interface SummaryTable {
  readonly title: string;
  readonly columns: readonly SummaryColumn[];
  readonly rows: readonly SummaryRow[];
}

/** The full result for one sheet. */
export interface Report {
  readonly analysis: Analysis;
  readonly period: Period;
  readonly table: SummaryTable;
  /**
   * A regions sheet's ranking table per indicator (地区 | 本期 | 增速 | 占全市 | 位次(按总量) | 位次(按增速)), the
   * total first or last and the places in the order `placeOrder` asks for; absent for other sheets.
   */
  readonly rankings?: readonly SummaryTable[];
  /** Narrative paragraphs, each a complete Chinese text ending with "。". */
  readonly paragraphs: readonly string[];
  /** Analysis warnings plus those of building the narrative. */
  readonly warnings: readonly ReportWarning[];
}

/** A sheet that cannot be read at all (no header, empty): thrown as ReportError with a Chinese message. */
export class ReportError extends Error {
  constructor(
    readonly code: "empty-sheet" | "no-header" | "no-indicators" | "place-not-found",
    message: string,
  ) {
    super(message);
    this.name = "ReportError";
  }
}
