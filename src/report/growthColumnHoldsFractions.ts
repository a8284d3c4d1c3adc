import { readFigure } from "./readFigure";
import type { SheetGrid, SheetLayout } from "./types";

/** Rows that tell one reading from the other; the column is decided after this many. */
const ENOUGH_ROWS = 20;

/** Data rows looked at, at most: a column is typed one way, so its top decides. */
const ROWS_LOOKED_AT = 500;

/**
 * Whether the growth column holds fractions in cells not formatted as % (0.305 typed, or =C5/D5-1
 * left in General, for 30.5%), which would otherwise be read as percent numbers (0.305%). Decided by
 * the sheet's own figures: a row tells when its growth matches the one computed from 本期 and 上年同期
 * read one way and not the other (within `tolerance` points). The column holds fractions when at
 * least one row says so and none says percent; rows of % figures and growths near zero say nothing.
 * Only the first rows are looked at, so that the engine does not read a long sheet twice.
 */
export function growthColumnHoldsFractions(grid: SheetGrid, layout: SheetLayout, tolerance: number): boolean {
  const { growth, current, previous } = layout.columns;
  if (growth === undefined || current === undefined || previous === undefined) return false;
  let fractions = 0;
  let percents = 0;
  const last = Math.min(layout.lastDataRow, grid.cells.length - 1, layout.firstDataRow + ROWS_LOOKED_AT - 1);
  for (let r = layout.firstDataRow; r <= last; r++) {
    const row = grid.cells[r] ?? [];
    const given = readFigure(row[growth], r, growth);
    if (given.kind !== "figure" || given.percent) continue;
    const now = readFigure(row[current], r, current);
    const before = readFigure(row[previous], r, previous);
    if (now.kind !== "figure" || before.kind !== "figure" || now.percent || before.percent) continue;
    if (!(before.figure.value > 0) || now.figure.value < 0) continue;
    const computedPoints = (now.figure.value / before.figure.value - 1) * 100;
    const asFraction = Math.abs(given.figure.value * 100 - computedPoints) <= tolerance;
    const asPercent = Math.abs(given.figure.value - computedPoints) <= tolerance;
    if (asFraction === asPercent) continue;
    if (asFraction) fractions++;
    else percents++;
    if (fractions + percents >= ENOUGH_ROWS) break;
  }
  return fractions > 0 && percents === 0;
}
