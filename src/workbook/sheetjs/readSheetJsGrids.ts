import * as XLSX from "@e965/xlsx";
import type { SheetCell, SheetGrid } from "../../report/types";
import { LimitCounter, READ_LIMITS, type ReadLimits } from "../readLimits";
import { holdsData } from "../xlsx/gridCells";

/** The blank cell every empty position of a grid shares. */
const BLANK: SheetCell = { value: null, text: "", numberFormat: "General" };

/** A grid cell from a SheetJS cell: raw value, the text SheetJS formatted for it, its number format. */
function gridCell(cell: XLSX.CellObject | undefined): SheetCell {
  if (cell === undefined || cell.t === "z" || cell.v === undefined || cell.v === null) return BLANK;
  const numberFormat = typeof cell.z === "string" && cell.z !== "" ? cell.z : "General";
  let value: string | number | boolean;
  switch (cell.t) {
    case "n":
    case "s":
    case "b":
      value = cell.v as string | number | boolean;
      break;
    case "e":
      // The error's text (#DIV/0!), as Office.js and the ExcelJS reader give it.
      value = cell.w ?? "#N/A";
      break;
    case "d":
      value = cell.v instanceof Date ? cell.v.getTime() / 86_400_000 + 25_569 : String(cell.v);
      break;
  }
  const text = cell.w ?? (typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value));
  return { value, text, numberFormat };
}

/**
 * One SheetJS worksheet (dense mode) as the engine's grid, from A1 to the end of its used range; past the
 * limits (rows and cells holding data, counted as the .xlsx readers count them) it throws SheetTooLarge.
 */
function sheetGrid(name: string, sheet: XLSX.WorkSheet, limits: ReadLimits): SheetGrid {
  const ref = sheet["!ref"];
  if (ref === undefined) return { sheetName: name, cells: [] };
  const range = XLSX.utils.decode_range(ref);
  const data = (sheet as XLSX.DenseSheet)["!data"] as (XLSX.CellObject[] | undefined)[] | undefined;
  const cells: SheetCell[][] = [];
  const counter = new LimitCounter(name, limits);
  for (let r = 0; r <= range.e.r; r += 1) {
    const source = data?.[r];
    const row: SheetCell[] = [];
    let held = 0;
    for (let c = 0; c <= range.e.c; c += 1) {
      const cell = gridCell(source?.[c]);
      if (holdsData(cell.value)) held += 1;
      row.push(cell);
    }
    counter.row(held);
    cells.push(row);
  }
  // Rows the sheet hides, as the .xlsx reader lists them.
  const hiddenRows = (sheet["!rows"] ?? []).flatMap((info, row) =>
    info?.hidden === true && row < cells.length ? [row] : [],
  );
  return hiddenRows.length === 0 ? { sheetName: name, cells } : { sheetName: name, cells, hiddenRows };
}

/** How the bytes of a file are handed to SheetJS. */
export type SheetJsInput = { readonly bytes: Uint8Array } | { readonly text: string };

/**
 * Reads every sheet of a workbook SheetJS understands (.xls, .et, .ods, .csv; also .xlsx) into the
 * engine's grids: values, the displayed text and the number format of each cell. Throws SheetJS's own
 * error for a file it cannot read (the caller words it for the user), SheetTooLarge past `limits`.
 */
export function readSheetJsGrids(input: SheetJsInput, limits: ReadLimits = READ_LIMITS): SheetGrid[] {
  const options: XLSX.ParsingOptions = {
    dense: true,
    cellNF: true,
    cellText: true,
    cellFormula: false,
    cellHTML: false,
  };
  // SheetJS reports some formats it approximates on console.error, in English ("ODS number format may be
  // incorrect"); the user reads the grid's texts, not that line, so it is kept off the console.
  const log = console.error;
  console.error = () => undefined;
  let book: XLSX.WorkBook;
  try {
    book =
      "text" in input
        ? XLSX.read(input.text, { ...options, type: "string" })
        : XLSX.read(input.bytes, { ...options, type: "array" });
  } finally {
    console.error = log;
  }
  return book.SheetNames.map((name) => {
    const sheet = book.Sheets[name];
    return sheet === undefined ? { sheetName: name, cells: [] } : sheetGrid(name, sheet, limits);
  });
}
