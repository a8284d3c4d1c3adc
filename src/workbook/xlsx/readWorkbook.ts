import { readFile } from "node:fs/promises";
import { PassThrough, type Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { SheetCell, SheetGrid } from "../../report/types";
import { BLANK, cellOf, holdsData, isUncalculatedFormula } from "./gridCells";
import { LimitCounter, READ_LIMITS, type ReadLimits } from "../readLimits";
import { plainValue } from "./readSheetGrid";

/**
 * Reading an .xlsx file into the engine's grids with ExcelJS's streaming reader: rows are parsed one at a
 * time from the zip and only the cells that hold something are kept, so memory and time grow with the
 * cells that hold data, not with the sheet's extent (one space in XFD1048576 costs one cell) nor with
 * ExcelJS's own cell objects (never held for a whole sheet).
 */

export { READ_LIMITS, SheetTooLarge, type ReadLimits } from "../readLimits";

/** The sheets of a workbook, in the workbook's order, and the grids of those that were read. */
export interface WorkbookGrids {
  readonly sheetNames: readonly string[];
  /** By sheet name; every sheet, or only the one asked for. */
  readonly grids: ReadonlyMap<string, SheetGrid>;
}

/** What ExcelJS's streaming reader keeps of workbook.xml (lib/stream/xlsx/workbook-reader.js, 4.4). */
interface ReaderModel {
  readonly model?: { readonly sheets?: readonly { readonly name?: string }[] };
}

/** The chunks of a worksheet's XML as ExcelJS's reader consumes them. */
type XmlChunks = AsyncIterable<Buffer | string>;

/** What the XML says beyond ExcelJS's rows: hidden rows (1-based numbers). */
interface SheetExtras {
  readonly hiddenRows: Set<number>;
}

/**
 * Decodes a worksheet's XML as UTF-8 across chunk boundaries, and notes the rows marked hidden
 * (`<row r="5" hidden="1">`), which ExcelJS's streaming reader does not report. ExcelJS decodes every zip
 * chunk on its own, which garbles a Chinese character cut between two chunks ("其��:分项"); strings pass
 * through it as they are. Tags cut between two chunks are joined before they are looked at.
 */
async function* decodeNotingHiddenRows(chunks: XmlChunks, extras: SheetExtras): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  let carry = "";
  for await (const chunk of chunks) {
    const decoded = typeof chunk === "string" ? chunk : decoder.write(chunk);
    const text = carry + decoded;
    const cut = text.lastIndexOf("<");
    const complete = cut > text.lastIndexOf(">") ? text.slice(0, cut) : text;
    carry = text.slice(complete.length);
    for (const match of complete.matchAll(/<row\b([^>]*)>/g)) {
      const attributes = match[1] ?? "";
      if (/\bhidden="(?:1|true)"/.test(attributes)) {
        const number = /\br="(\d+)"/.exec(attributes)?.[1];
        if (number !== undefined) extras.hiddenRows.add(Number(number));
      }
    }
    if (decoded !== "") yield decoded;
  }
  const rest = decoder.end();
  if (rest !== "") yield rest;
}

/** A zip entry made to give strings decoded across chunk boundaries (see decodeNotingHiddenRows). */
function decoded(entry: Readable): Readable {
  return entry.setEncoding("utf8");
}

/** The parts of ExcelJS's streaming reader that read one zip entry each. */
interface EntryParsers {
  _parseWorksheet(this: unknown, iterator: XmlChunks, sheetNo: string): Generator<unknown>;
  _parseSharedStrings(this: unknown, entry: Readable): AsyncGenerator<unknown>;
  _parseWorkbook(this: unknown, entry: Readable): Promise<void>;
  _parseStyles(this: unknown, entry: Readable): Promise<void>;
  _parseRels(this: unknown, entry: Readable): Promise<void>;
}

const base = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as EntryParsers;

/**
 * ExcelJS's streaming reader, with every part decoded as UTF-8 across chunks and each worksheet's XML
 * passed through decodeNotingHiddenRows. (ExcelJS 4.4's reader calls these methods per zip entry.)
 */
class NotingReader extends ExcelJS.stream.xlsx.WorkbookReader {
  /** What was noted in each worksheet, in the order the worksheets are yielded. */
  readonly extras: SheetExtras[] = [];

  *_parseWorksheet(iterator: XmlChunks, sheetNo: string): Generator<unknown> {
    const extras: SheetExtras = { hiddenRows: new Set() };
    this.extras.push(extras);
    yield* base._parseWorksheet.call(this, decodeNotingHiddenRows(iterator, extras), sheetNo);
  }

  async *_parseSharedStrings(entry: Readable): AsyncGenerator<unknown> {
    yield* base._parseSharedStrings.call(this, decoded(entry));
  }

  _parseWorkbook(entry: Readable): Promise<void> {
    return base._parseWorkbook.call(this, decoded(entry));
  }

  _parseStyles(entry: Readable): Promise<void> {
    return base._parseStyles.call(this, decoded(entry));
  }

  _parseRels(entry: Readable): Promise<void> {
    return base._parseRels.call(this, decoded(entry));
  }
}

/** Where a part goes in the zip handed to ExcelJS: what a worksheet needs comes before the worksheets. */
function partRank(name: string): number {
  if (name === "xl/workbook.xml") return 0;
  if (name === "xl/_rels/workbook.xml.rels") return 1;
  if (name === "xl/sharedStrings.xml") return 2;
  if (name === "xl/styles.xml") return 3;
  return /^xl\/worksheets\/sheet\d+\.xml$/.test(name) ? 5 : 4;
}

/**
 * The workbook's zip as a stream with the workbook, its relationships, the shared strings and the styles
 * before the worksheets, stored uncompressed. ExcelJS's streaming reader parks a worksheet that comes
 * before the shared strings (as Excel orders its files) in a temporary file, and that path sometimes ends
 * the reading early (a third of the runs over such a file, in a loop of 40); in this order it never parks.
 * The file is held compressed, and each part is decompressed in turn.
 */
async function orderedZip(file: string): Promise<Readable> {
  const source = await JSZip.loadAsync(await readFile(file));
  const names = Object.keys(source.files)
    .filter((name) => source.files[name]?.dir === false)
    .sort((a, b) => partRank(a) - partRank(b));
  const ordered = new JSZip();
  for (const name of names) {
    const part = source.file(name);
    if (part !== null) ordered.file(name, part.nodeStream("nodebuffer"), { binary: true });
  }
  // jszip's stream is of its own stream library; ExcelJS takes a Node stream.
  return ordered
    .generateNodeStream({ type: "nodebuffer", compression: "STORE", streamFiles: false })
    .pipe(new PassThrough());
}

/** Reads the rows of one worksheet into a grid of the cells holding data (rows cut after their last such cell). */
async function readGrid(
  sheet: ExcelJS.stream.xlsx.WorksheetReader,
  name: string,
  limits: ReadLimits,
): Promise<{ grid: SheetGrid; lastRow: number }> {
  const cells: SheetCell[][] = [];
  const EMPTY: SheetCell[] = [];
  const counter = new LimitCounter(name, limits);
  for await (const row of sheet) {
    const out: SheetCell[] = [];
    let last = -1;
    let held = 0;
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const value = plainValue(cell.value);
      const uncalculated = value === null && isUncalculatedFormula(cell.value);
      if (!holdsData(value) && !uncalculated) return;
      for (let c = out.length; c < column - 1; c += 1) out.push(BLANK);
      const read = cellOf(value, cell.numFmt, cell.alignment?.indent);
      out[column - 1] = uncalculated ? { ...read, uncalculated: true } : read;
      last = column - 1;
      held += 1;
    });
    if (last < 0) continue;
    counter.row(held);
    for (let r = cells.length; r < row.number - 1; r += 1) cells.push(EMPTY);
    cells[row.number - 1] = out;
  }
  return { grid: { sheetName: name, cells }, lastRow: cells.length };
}

/**
 * Reads the sheets of an .xlsx file (or only the sheet named `only`) into grids: each cell's plain value
 * (formulas give their cached result, dates their serial), displayed text, number format and indent.
 * Only cells holding data are kept; blank cells before them in a row are one shared blank, trailing blank
 * cells and rows are left out. Rows the sheet hides are listed in the grid's `hiddenRows`.
 * Throws SheetTooLarge past `limits`, and the zip reader's error for a file that is not a zip.
 */
export async function readWorkbookGrids(
  file: string,
  options: { readonly only?: string; readonly limits?: ReadLimits } = {},
): Promise<WorkbookGrids> {
  const limits = options.limits ?? READ_LIMITS;
  const reader = new NotingReader(await orderedZip(file), {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  const grids = new Map<string, SheetGrid>();
  const seen: string[] = [];
  for await (const sheet of reader) {
    const extras = reader.extras[reader.extras.length - 1];
    const name = (sheet as unknown as { name?: string }).name ?? `Sheet${seen.length + 1}`;
    seen.push(name);
    if (options.only !== undefined && options.only !== name) continue;
    const { grid } = await readGrid(sheet, name, limits);
    const hidden = [...(extras?.hiddenRows ?? [])].map((row) => row - 1).filter((row) => row < grid.cells.length);
    grids.set(name, hidden.length === 0 ? grid : { ...grid, hiddenRows: hidden.sort((a, b) => a - b) });
  }
  const ordered = ((reader as unknown as ReaderModel).model?.sheets ?? [])
    .map((sheet) => sheet.name)
    .filter((name): name is string => name !== undefined && seen.includes(name));
  return { sheetNames: ordered.length === seen.length ? ordered : seen, grids };
}
