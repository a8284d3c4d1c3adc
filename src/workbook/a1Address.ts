/** A1-style addresses from 0-based sheet coordinates, as Excel formulas and Office.js `getRange` take them. */

/** "A" for 0, "Z" for 25, "AA" for 26. */
export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "C5" for row 4, column 2. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** "A1:C5" for the block from (0, 0) to (4, 2) inclusive; a single cell gives "A1". */
export function rangeAddress(firstRow: number, firstColumn: number, lastRow: number, lastColumn: number): string {
  const first = cellAddress(firstRow, firstColumn);
  return firstRow === lastRow && firstColumn === lastColumn ? first : `${first}:${cellAddress(lastRow, lastColumn)}`;
}

/** A sheet name as a formula refers to it: always quoted, apostrophes doubled ('Sheet 1', 'O''Brien'). */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "C:C" for column 2, "B:G" for columns 1 to 6: whole columns, as for column widths. */
export function columnsAddress(firstColumn: number, lastColumn: number): string {
  return `${columnLetters(firstColumn)}:${columnLetters(lastColumn)}`;
}

/** "$C$5" for row 4, column 2: an address that stays put when a formula is copied. */
export function absoluteAddress(row: number, column: number): string {
  return `$${columnLetters(column)}$${row + 1}`;
}
