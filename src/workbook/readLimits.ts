/**
 * How much one sheet may hold for any reader of the tool (the command line's streaming .xlsx reader, the
 * in-memory readers the web page and the command line use for the other formats): past it, reading
 * stops with SheetTooLarge, so memory stays bounded whatever file is given.
 */

/** How much a sheet may hold before reading stops with SheetTooLarge. */
export interface ReadLimits {
  /** Rows holding data (not counting blank rows between them). */
  readonly maxRows: number;
  /** Cells holding data, over the whole sheet. */
  readonly maxCells: number;
}

/**
 * The documented limit (docs/cli.md): 300,000 rows or 5,000,000 cells holding data per sheet. A sheet of
 * 200,000 indicator rows is read, reported and written in well under 1.5 GB (npm run bench).
 */
export const READ_LIMITS: ReadLimits = { maxRows: 300_000, maxCells: 5_000_000 };

/** A sheet past the limits; reading stopped there (nothing of the sheet is reported). */
export class SheetTooLarge extends Error {
  constructor(
    readonly sheetName: string,
    readonly what: "rows" | "cells",
    readonly limit: number,
  ) {
    super(`sheet ${sheetName} holds more than ${limit} ${what}`);
    this.name = "SheetTooLarge";
  }
}

/** Counts a sheet's rows and cells holding data as a reader meets them, and stops it past the limits. */
export class LimitCounter {
  private rows = 0;
  private cells = 0;

  constructor(
    private readonly sheetName: string,
    private readonly limits: ReadLimits,
  ) {}

  /** A row holding `cells` cells with data (a row with none is not counted). */
  row(cells: number): void {
    if (cells === 0) return;
    this.rows += 1;
    this.cells += cells;
    if (this.rows > this.limits.maxRows) throw new SheetTooLarge(this.sheetName, "rows", this.limits.maxRows);
    if (this.cells > this.limits.maxCells) throw new SheetTooLarge(this.sheetName, "cells", this.limits.maxCells);
  }
}

/** A count in the words of a Chinese reader: 300000 -> "30万". */
function wan(count: number): string {
  return count % 10_000 === 0 ? `${count / 10_000}万` : String(count);
}

/** What to say about a sheet past the limits, every face alike; `advice` is the face's own next step. */
export function tooLargeMessage(file: string, error: SheetTooLarge, advice: string): string {
  const what =
    error.what === "rows" ? `有数据的行超过${wan(error.limit)}行` : `有数据的单元格超过${wan(error.limit)}个`;
  return (
    `“${file}”:工作表“${error.sheetName}”${what},超出统计助手能处理的上限(每个工作表${wan(READ_LIMITS.maxRows)}行、` +
    `${wan(READ_LIMITS.maxCells)}个有数据的单元格):${advice}`
  );
}
