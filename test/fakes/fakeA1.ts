import { FakeOfficeError } from "./fakeOfficeError";

/** A block of cells, 0-based and inclusive. */
export interface Rect {
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly lastRow: number;
  readonly lastColumn: number;
}

export const SHEET_ROWS = 1048576;
export const SHEET_COLUMNS = 16384;

/*
 * The fake shares no A1 code with src/workbook/a1Address.ts (these letters, the parser below): it
 * stands for Excel, so an address the adapter gets wrong fails or lands elsewhere here instead of
 * being agreed with by the same code.
 */
function letters(column: number): string {
  let n = column + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function columnIndex(text: string): number {
  let n = 0;
  for (const ch of text.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "A1", "A1:C5", "A:C", "3:5" (an optional "Sheet!" prefix is not accepted: the fake's callers pass plain addresses). */
export function parseAddress(address: string): Rect {
  const part = /^(?:\$?([A-Za-z]{1,3})\$?(\d{1,7})|\$?([A-Za-z]{1,3})|\$?(\d{1,7}))$/;
  const pieces = address.split(":");
  if (pieces.length < 1 || pieces.length > 2) throw FakeOfficeError.invalidArgument();
  const parsed = pieces.map((piece) => {
    const match = part.exec(piece.trim());
    if (match === null) throw FakeOfficeError.invalidArgument();
    if (match[1] !== undefined && match[2] !== undefined)
      return { kind: "cell" as const, row: Number(match[2]) - 1, column: columnIndex(match[1]) };
    if (match[3] !== undefined) return { kind: "column" as const, row: 0, column: columnIndex(match[3]) };
    return { kind: "row" as const, row: Number(match[4]) - 1, column: 0 };
  });
  const first = parsed[0]!;
  const last = parsed[1] ?? first;
  if (first.kind !== last.kind || (parsed.length === 1 && first.kind !== "cell"))
    throw FakeOfficeError.invalidArgument();
  const rect: Rect =
    first.kind === "column"
      ? { firstRow: 0, lastRow: SHEET_ROWS - 1, firstColumn: first.column, lastColumn: last.column }
      : first.kind === "row"
        ? { firstRow: first.row, lastRow: last.row, firstColumn: 0, lastColumn: SHEET_COLUMNS - 1 }
        : { firstRow: first.row, lastRow: last.row, firstColumn: first.column, lastColumn: last.column };
  if (
    rect.firstRow < 0 ||
    rect.firstColumn < 0 ||
    rect.lastRow >= SHEET_ROWS ||
    rect.lastColumn >= SHEET_COLUMNS ||
    rect.lastRow < rect.firstRow ||
    rect.lastColumn < rect.firstColumn
  ) {
    throw FakeOfficeError.invalidArgument();
  }
  return rect;
}

export function rectAddress(rect: Rect): string {
  const first = `${letters(rect.firstColumn)}${rect.firstRow + 1}`;
  const last = `${letters(rect.lastColumn)}${rect.lastRow + 1}`;
  return first === last ? first : `${first}:${last}`;
}
