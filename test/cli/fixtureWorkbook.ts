import ExcelJS from "exceljs";
import type { FixtureSheet } from "../fixtures/fixtureSheet";

/** Top-left and bottom-right (1-based row, column) of an A1 range such as "C2:D2". */
function rangeCorners(range: string): [number, number, number, number] {
  const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
  if (match === null) throw new Error(`bad merge range ${range}`);
  const column = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(match[2]), column(match[1] ?? ""), Number(match[4]), column(match[3] ?? "")];
}

/**
 * A fixture sheet as a real workbook: values, number formats, indentation and merged ranges, written by
 * ExcelJS as Excel would save them. The displayed text is not written (xlsx files hold none): the reader
 * must compute it from the number format.
 */
export function fixtureWorkbook(fixture: FixtureSheet): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(fixture.sheetName);
  fixture.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell === null) return;
      const target = sheet.getCell(r + 1, c + 1);
      if (typeof cell !== "object") {
        target.value = cell;
        return;
      }
      target.value = cell.value;
      if (cell.numberFormat !== undefined) target.numFmt = cell.numberFormat;
      if (cell.indent !== undefined) target.alignment = { indent: cell.indent };
    });
  });
  for (const range of fixture.merges ?? []) {
    const [top, left, bottom, right] = rangeCorners(range);
    for (let r = top; r <= bottom; r += 1) {
      for (let c = left; c <= right; c += 1) {
        const cell = fixture.rows[r - 1]?.[c - 1] ?? null;
        if ((r !== top || c !== left) && cell !== null) {
          throw new Error(`fixture ${fixture.name}: ${range} covers a non-empty cell at row ${r}, column ${c}`);
        }
      }
    }
    sheet.mergeCells(top, left, bottom, right);
  }
  return book;
}

/** Writes a fixture sheet to an .xlsx file. */
export async function writeFixtureXlsx(fixture: FixtureSheet, file: string): Promise<void> {
  await fixtureWorkbook(fixture).xlsx.writeFile(file);
}

/** Writes several fixture sheets to one .xlsx file, in the order given (values and number formats). */
export async function writeFixtureBook(sheets: readonly FixtureSheet[], file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  for (const fixture of sheets) {
    const source = fixtureWorkbook(fixture).getWorksheet(fixture.sheetName);
    const sheet = book.addWorksheet(fixture.sheetName);
    source?.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const target = sheet.getCell(r, c);
        target.value = cell.value;
        target.numFmt = cell.numFmt;
      });
    });
  }
  await book.xlsx.writeFile(file);
}
