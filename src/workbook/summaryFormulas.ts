import type { CellFormula, CellRef, SheetGrid } from "../report/types";
import { cellAddress } from "./a1Address";
import { excelFormula, sourceRefResolver, type RefResolver } from "./excelFormula";
import type { SummarySheetLayout } from "./summarySheet";

/** A cell as written in live-formula mode: formula text ("=…"), a constant, or null for an empty cell. */
export type FormulaCell = string | number | null;

const key = (ref: CellRef): string => `${ref.row},${ref.column}`;

/**
 * The summary sheet's cells for live-formula mode: every cell with a formula gets native formula text,
 * the others keep their value. Figures copied from the source refer to it ('指标表'!C5); a derived
 * figure (增减额, 增速, 完成率, 进度差) refers to the figures of its own row on the summary sheet when they
 * are there (=IFERROR(C5-D5,"—")), which keeps formulas short and readable, and to the source otherwise.
 */
export function summaryFormulaRows(layout: SummarySheetLayout, source: SheetGrid): FormulaCell[][] {
  const toSource = sourceRefResolver(source);
  const textSource = (ref: CellRef): boolean => typeof source.cells[ref.row]?.[ref.column]?.value === "string";
  return layout.rows.map((cells, sheetRow) => {
    const local = new Map<string, string>();
    cells.forEach((cell, column) => {
      const formula: CellFormula | undefined = cell.formula;
      if (formula?.op === "ref" && formula.scale === undefined) {
        local.set(key(formula), cellAddress(sheetRow, column));
      }
    });
    const resolve: RefResolver = (ref) => local.get(key(ref)) ?? toSource(ref);
    return cells.map((cell) => {
      if (cell.formula === undefined) return cell.value;
      // A copied figure always refers to the source itself, never to another summary cell.
      return cell.formula.op === "ref"
        ? excelFormula(cell.formula, toSource, { textSource })
        : excelFormula(cell.formula, resolve, { textSource, row: sheetRow });
    });
  });
}
