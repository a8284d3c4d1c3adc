import type { SheetGrid } from "../../src/report/types";
import { type Rect } from "./fakeA1";

/** One cell of the fake workbook. The fake does not calculate: a formula cell holds its formula and value "". */
export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  /** Displayed text when seeded; otherwise the fake shows String(value). */
  text?: string;
  numberFormat: string;
  bold: boolean;
  wrap: boolean;
  indent: number;
  verticalAlignment: string;
}

const blankCell = (): FakeCell => ({
  value: "",
  numberFormat: "General",
  bold: false,
  wrap: false,
  indent: 0,
  verticalAlignment: "Bottom",
});

const key = (row: number, column: number): number => row * 16384 + column;

/** A worksheet's state. */
export class FakeSheet {
  readonly cells = new Map<number, FakeCell>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  /** 0-based rows the user hid. */
  readonly hiddenRows = new Set<number>();

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  cell(row: number, column: number): FakeCell | undefined {
    return this.cells.get(key(row, column));
  }

  ensure(row: number, column: number): FakeCell {
    const k = key(row, column);
    let cell = this.cells.get(k);
    if (cell === undefined) {
      cell = blankCell();
      this.cells.set(k, cell);
    }
    return cell;
  }

  /** The used range: cells with a value or formula (valuesOnly), or also with any formatting; undefined when empty. */
  usedRect(valuesOnly: boolean): Rect | undefined {
    let firstRow = Infinity;
    let firstColumn = Infinity;
    let lastRow = -1;
    let lastColumn = -1;
    for (const [k, cell] of this.cells) {
      const hasValue = cell.value !== "" || cell.formula !== undefined;
      const formatted =
        cell.numberFormat !== "General" ||
        cell.bold ||
        cell.wrap ||
        cell.indent > 0 ||
        cell.verticalAlignment !== "Bottom";
      if (!hasValue && (valuesOnly || !formatted)) continue;
      const row = Math.floor(k / 16384);
      const column = k % 16384;
      firstRow = Math.min(firstRow, row);
      firstColumn = Math.min(firstColumn, column);
      lastRow = Math.max(lastRow, row);
      lastColumn = Math.max(lastColumn, column);
    }
    return lastRow < 0 ? undefined : { firstRow, firstColumn, lastRow, lastColumn };
  }

  /** Plain copy of every cell and width, for deep comparison before and after an operation. */
  snapshot(): {
    cells: Record<string, FakeCell>;
    columnWidths: Record<string, number>;
    rowHeights: Record<string, number>;
    name: string;
  } {
    const cells: Record<string, FakeCell> = {};
    for (const [k, cell] of [...this.cells].sort((a, b) => a[0] - b[0])) cells[String(k)] = { ...cell };
    const columnWidths: Record<string, number> = {};
    for (const [column, width] of this.columnWidths) columnWidths[String(column)] = width;
    const rowHeights: Record<string, number> = {};
    for (const [row, height] of this.rowHeights) rowHeights[String(row)] = height;
    return { cells, columnWidths, rowHeights, name: this.name };
  }

  /** Values from A1 to the last used cell, "" for blanks; formula cells show their formula. For test assertions. */
  grid(): (string | number | boolean)[][] {
    const used = this.usedRect(true);
    if (used === undefined) return [];
    const out: (string | number | boolean)[][] = [];
    for (let r = 0; r <= used.lastRow; r++) {
      const row: (string | number | boolean)[] = [];
      for (let c = 0; c <= used.lastColumn; c++) {
        const cell = this.cell(r, c);
        row.push(cell === undefined ? "" : (cell.formula ?? cell.value));
      }
      out.push(row);
    }
    return out;
  }
}

/** One request (one `context.sync()`) as the fake saw it. */
export interface FakeRequest {
  /** Estimated request bytes (JSON of every queued operation). */
  readonly bytes: number;
  readonly responseBytes: number;
  /** application.suspendApiCalculationUntilNextSync() was queued in this request. */
  readonly calculationSuspended: boolean;
  /** Operations queued, by name ("Range.values", "Worksheet.delete"…). */
  readonly operations: readonly string[];
}

/** Options of the fake host. */
export interface FakeWorkbookOptions {
  /** The highest ExcelApi version the host supports (default "1.20"). */
  readonly excelApi?: string;
}

/**
 * The state behind the fake Excel: sheets, the active sheet and selection, document settings, and a
 * record of every run and request, for tests to assert on.
 */
export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  activeSheetId = "";
  selection: { sheetId: string; rect: Rect } | undefined;
  /** The user selected several areas (Ctrl+click): getSelectedRange fails with InvalidSelection. */
  selectionHasManyAreas = false;
  /** Settings as saved in the document (by saveAsync). */
  savedSettings: Record<string, string> = {};
  /** The workbook's structure is protected (审阅 > 保护工作簿): adding or deleting a sheet fails with AccessDenied. */
  structureProtected = false;
  /** When true, settings.saveAsync reports failure (a read-only file). */
  failSettingsSave = false;
  /** When set, the request with this number (1-based, over the workbook's life) fails with GeneralException. */
  failAtRequest: number | undefined;
  readonly requests: FakeRequest[] = [];
  readonly runs: { mergeUndoGroup?: boolean; delayForCellEdit?: boolean }[] = [];
  readonly excelApi: string;
  private nextId = 1;

  constructor(options: FakeWorkbookOptions = {}) {
    this.excelApi = options.excelApi ?? "1.20";
  }

  get syncCount(): number {
    return this.requests.length;
  }

  newSheetId(): string {
    const n = String(this.nextId++).padStart(12, "0");
    return `{00000000-0001-0000-0000-${n}}`;
  }

  /** Adds a sheet with the given rows from A1 (or from `origin`), as a user would have typed them. */
  addSheet(name: string, rows: readonly (readonly (string | number | boolean | null)[])[] = []): FakeSheet {
    const sheet = new FakeSheet(this.newSheetId(), name);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== "") sheet.ensure(r, c).value = value;
      }),
    );
    this.sheets.push(sheet);
    if (this.activeSheetId === "") this.activeSheetId = sheet.id;
    return sheet;
  }

  /** Adds a sheet holding a grid (values, displayed text, number formats, indents) at the grid's origin. */
  addGridSheet(grid: SheetGrid): FakeSheet {
    const sheet = this.addSheet(grid.sheetName);
    const top = grid.origin?.row ?? 0;
    const left = grid.origin?.column ?? 0;
    grid.cells.forEach((row, r) =>
      row.forEach((source, c) => {
        const hasFormat = source.numberFormat !== undefined && source.numberFormat !== "General";
        if (source.value === null && !hasFormat && (source.indent ?? 0) === 0) return;
        const cell = sheet.ensure(top + r, left + c);
        cell.value = source.value ?? "";
        if (source.text !== undefined) cell.text = source.text;
        if (source.numberFormat !== undefined) cell.numberFormat = source.numberFormat;
        if (source.indent !== undefined) cell.indent = source.indent;
      }),
    );
    for (const r of grid.hiddenRows ?? []) sheet.hiddenRows.add(top + r);
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.name.toUpperCase() === name.toUpperCase());
  }

  sheetNames(): string[] {
    return this.sheets.map((sheet) => sheet.name);
  }

  activate(name: string): void {
    const sheet = this.sheet(name);
    if (sheet === undefined) throw new Error(`fake workbook: no sheet ${name}`);
    this.activeSheetId = sheet.id;
  }

  get activeSheet(): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.id === this.activeSheetId);
  }

  isSetSupported(name: string, version: string): boolean {
    if (name !== "ExcelApi") return false;
    const [major = 0, minor = 0] = version.split(".").map(Number);
    const [topMajor = 0, topMinor = 0] = this.excelApi.split(".").map(Number);
    return major < topMajor || (major === topMajor && minor <= topMinor);
  }
}
