import type { CellFormula, CellRef, SheetGrid } from "../report/types";
import { absoluteAddress, cellAddress, quoteSheetName } from "./a1Address";
import { NO_RATE } from "../report/buildSummaryTable";

/**
 * Native Excel formulas for the summary table's live mode. Only IF, IFERROR, OR, ASC, ROUND and RANK are
 * used, functions every Excel since 2007 has, so a colleague without the add-in sees numbers, never #NAME?;
 * a rank is RANK.EQ (Excel 2010 on, WPS, LibreOffice) falling back to RANK where RANK.EQ is unknown. Where the
 * values mode writes "—" (zero or negative base, target not positive) the formula gives "—" too, and
 * text or an error in a source cell gives "—" instead of #VALUE!.
 */

/** Every function name the formulas of this module use. */
export const FORMULA_FUNCTIONS: readonly string[] = ["IF", "IFERROR", "OR", "ASC", "ROUND", "RANK.EQ", "RANK"];

/**
 * Functions newer than Excel 2007 that a file must name with the `_xlfn.` prefix (Excel shows #NAME? for
 * RANK.EQ stored without it); Office.js and the formula bar take them without.
 */
const PREFIXED_IN_FILES = /(?<![A-Za-z0-9_.])RANK\.EQ\(/g;

/** A formula as an .xlsx file stores it: the functions newer than Excel 2007 named `_xlfn.RANK.EQ(`. */
export function fileFormula(text: string): string {
  return text.replace(PREFIXED_IN_FILES, (name) => `_xlfn.${name}`);
}

export interface FormulaOptions {
  /**
   * True for a source cell holding a number typed as text ("1,234.5", "１２３４５"): its copy becomes
   * =IFERROR(ASC(x)*1,x), which Excel turns into a number (ASC makes full-width digits half-width),
   * keeping the text itself ("—") when it is not a number.
   */
  readonly textSource?: (ref: CellRef) => boolean;
  /** The 0-based row of the cell on its own sheet, which a rank's range is relative to. */
  readonly row?: number;
}

/** The address text of a grid cell of the source, as the formula refers to it. */
export type RefResolver = (ref: CellRef) => string;

/** Refers to the source sheet: 'Sheet 1'!C5, grid coordinates moved by the grid's origin. */
export function sourceRefResolver(source: SheetGrid): RefResolver {
  const sheet = quoteSheetName(source.sheetName);
  const rowOffset = source.origin?.row ?? 0;
  const columnOffset = source.origin?.column ?? 0;
  return (ref) => `${sheet}!${cellAddress(ref.row + rowOffset, ref.column + columnOffset)}`;
}

const NO_RATE_LITERAL = `"${NO_RATE}"`;

const orNoRate = (expression: string): string => `IFERROR(${expression},${NO_RATE_LITERAL})`;

/** Formula text (with the leading "=") that recomputes a summary cell from the source cells. */
export function excelFormula(formula: CellFormula, resolve: RefResolver, options: FormulaOptions = {}): string {
  return `=${expression(formula, resolve, options)}`;
}

/** The formula's expression, without the "=" (a part of another formula for 比上期). */
function expression(formula: CellFormula, resolve: RefResolver, options: FormulaOptions): string {
  switch (formula.op) {
    case "ref": {
      const cell = resolve(formula);
      // A number typed as text ("１２.３%", "1,234.5") is made half-width by ASC; Excel's arithmetic reads the rest.
      const text = options.textSource?.(formula) === true;
      if (formula.scale !== undefined) return orNoRate(`${text ? `ASC(${cell})` : cell}*${formula.scale}`);
      return text ? `IFERROR(ASC(${cell})*1,${cell})` : cell;
    }
    case "change":
      return orNoRate(`${resolve(formula.current)}-${resolve(formula.previous)}`);
    case "growth": {
      const current = resolve(formula.current);
      const previous = resolve(formula.previous);
      return orNoRate(`IF(OR(${previous}<=0,${current}<0),${NO_RATE_LITERAL},(${current}/${previous}-1)*100)`);
    }
    case "ratio": {
      const part = resolve(formula.part);
      const whole = resolve(formula.whole);
      return orNoRate(`IF(${whole}<=0,${NO_RATE_LITERAL},${part}/${whole}*100)`);
    }
    case "progressGap": {
      const part = resolve(formula.part);
      const whole = resolve(formula.whole);
      return orNoRate(
        `IF(${whole}<=0,${NO_RATE_LITERAL},ROUND(${part}/${whole}*100,${formula.decimals})-${formula.months}/12*100)`,
      );
    }
    case "pointsChange":
      // "—" in either (no growth) makes the difference an error, which IFERROR turns into "—".
      return orNoRate(
        `(${expression(formula.growth, resolve, options)})-(${expression(formula.previous, resolve, options)})`,
      );
    case "contribution": {
      const change = `(${resolve(formula.wholeNow)}-${resolve(formula.wholeBefore)})`;
      return orNoRate(
        `IF(${change}=0,${NO_RATE_LITERAL},(${resolve(formula.partNow)}-${resolve(formula.partBefore)})/${change}*100)`,
      );
    }
    case "rank": {
      // The summary sheet's own cells: this row's figure among the places' rows of the same column.
      const row = options.row ?? 0;
      const value = cellAddress(row, formula.column);
      const range = `${absoluteAddress(row + formula.from, formula.column)}:${absoluteAddress(row + formula.to, formula.column)}`;
      return `IFERROR(RANK.EQ(${value},${range}),${orNoRate(`RANK(${value},${range})`)})`;
    }
  }
}
