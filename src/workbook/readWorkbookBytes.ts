import ExcelJS from "exceljs";
import type { SheetGrid } from "../report/types";
import { READ_LIMITS, SheetTooLarge, type ReadLimits } from "./readLimits";
import { readSheetJsGrids } from "./sheetjs/readSheetJsGrids";
import { workbookFormat } from "./workbookFormat";
import { worksheetGrid } from "./xlsx/worksheetGrid";

/** A file the reader cannot read, with a Chinese message saying what to do. */
export class WorkbookReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookReadError";
  }
}

export { WORKBOOK_EXTENSIONS, workbookFormat, type WorkbookFormat } from "./workbookFormat";

/** The OLE compound file signature (.xls, .et, and an .xlsx encrypted with an open password). */
function isCompoundFile(bytes: Uint8Array): boolean {
  const signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 8 && signature.every((byte, index) => bytes[index] === byte);
}

/**
 * Whether the bytes can be a spreadsheet SheetJS reads as such: a compound file (.xls, .et), a zip
 * (.ods, or an .xlsx under another name), or markup (the HTML or XML tables many systems export as .xls).
 * Anything else SheetJS would read as plain text, so a damaged file would show as a one-cell sheet.
 */
function looksLikeSpreadsheet(bytes: Uint8Array): boolean {
  if (isCompoundFile(bytes)) return true;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return true;
  const head = new TextDecoder("utf-8")
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, "")
    .trimStart();
  return head.startsWith("<");
}

function passwordMessage(fileName: string): string {
  return `“${fileName}”设有打开密码,统计助手无法读取:请在 Excel 或 WPS 中打开它,取消打开密码(“文件”→“信息”→“保护工作簿”)后另存一份再试`;
}

/** CSV text: UTF-8 (with or without BOM) when the bytes are valid UTF-8, else GB18030 (what Excel and WPS write on Chinese Windows). */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/** The file's name without folder and extension, cut to Excel's 31 characters. */
function csvSheetName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  return [...(base === "" ? "Sheet1" : base)].slice(0, 31).join("");
}

async function readXlsx(fileName: string, bytes: Uint8Array, limits: ReadLimits): Promise<SheetGrid[]> {
  // An .xlsx in a compound file is encrypted (SheetJS says so), or an .xls under another name (SheetJS reads it).
  if (isCompoundFile(bytes)) return readWithSheetJs(fileName, bytes, false, limits);
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new WorkbookReadError(
      `“${fileName}”已损坏或不是有效的 Excel 文件,无法读取:请在 Excel 或 WPS 中打开它并“另存为” .xlsx 后再试`,
    );
  }
  return book.worksheets.map((sheet) => worksheetGrid(sheet, limits));
}

function damagedMessage(fileName: string): string {
  return `“${fileName}”已损坏或格式无法识别,无法读取:请在 Excel 或 WPS 中打开它并“另存为” .xlsx 后再试`;
}

function readWithSheetJs(fileName: string, bytes: Uint8Array, csv: boolean, limits: ReadLimits): SheetGrid[] {
  if (!csv && !looksLikeSpreadsheet(bytes)) throw new WorkbookReadError(damagedMessage(fileName));
  try {
    return readSheetJsGrids(csv ? { text: decodeCsv(bytes) } : { bytes }, limits);
  } catch (error) {
    // A CSV's one sheet is named after the file (below).
    if (error instanceof SheetTooLarge) {
      throw csv ? new SheetTooLarge(csvSheetName(fileName), error.what, error.limit) : error;
    }
    const text = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(text)) throw new WorkbookReadError(passwordMessage(fileName));
    throw new WorkbookReadError(damagedMessage(fileName));
  }
}

/**
 * Every sheet of a workbook file as the engine's grids: .xlsx and .xlsm with ExcelJS, .xls, .et, .ods
 * and .csv with SheetJS. A file it cannot read throws a WorkbookReadError whose message names the file
 * and says what to do; a sheet past `limits` (the command line's streaming reader's) throws SheetTooLarge,
 * which each face words with tooLargeMessage.
 */
export async function readWorkbookBytes(
  fileName: string,
  bytes: Uint8Array,
  limits: ReadLimits = READ_LIMITS,
): Promise<SheetGrid[]> {
  const format = workbookFormat(fileName);
  if (format === undefined) {
    throw new WorkbookReadError(
      `不能读取“${fileName}”:统计助手读取 .xlsx、.xlsm、.xls、.et、.ods 和 .csv 文件,请在 Excel 或 WPS 中把它“另存为” .xlsx 后再试`,
    );
  }
  if (bytes.length === 0) throw new WorkbookReadError(`“${fileName}”是空文件(0 字节),请检查是否选对了文件`);
  const read =
    format === "xlsx"
      ? await readXlsx(fileName, bytes, limits)
      : readWithSheetJs(fileName, bytes, format === "csv", limits);
  // A CSV's one sheet is named after the file, as Excel and WPS name it when they open one.
  const sheets = format === "csv" ? read.map((grid) => ({ ...grid, sheetName: csvSheetName(fileName) })) : read;
  if (sheets.length === 0) throw new WorkbookReadError(`“${fileName}”中没有工作表`);
  return sheets;
}
