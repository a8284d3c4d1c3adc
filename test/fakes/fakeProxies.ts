import { parseAddress, rectAddress, SHEET_COLUMNS, SHEET_ROWS, type Rect } from "./fakeA1";
import { FakeOfficeError } from "./fakeOfficeError";
import type { FakeRequestContext } from "./fakeRequestContext";
import type { FakeCell, FakeSheet } from "./fakeWorkbook";

/**
 * Proxy objects of the fake Excel (Workbook, WorksheetCollection, Worksheet, Range, RangeFormat).
 * As in Office.js they hold no data: setters and methods queue operations, `load` queues a read, and a
 * property is readable only after the sync that loaded it.
 */

type Primitive = string | number | boolean | null;

/** Excel refuses to read more cells than this in one request. */
const MAX_READ_CELLS = 5_000_000;
/** The fake refuses to format more cells than this one by one (whole columns take column widths only). */
const MAX_FORMAT_CELLS = 2_000_000;

const splitNames = (names: string | string[] | undefined, all: readonly string[]): string[] => {
  const list = names === undefined ? [...all] : Array.isArray(names) ? names : names.split(",");
  return list.map((name) => name.trim().replace(/^items\//, "")).filter((name) => name !== "");
};

const isProxy = (value: unknown): boolean => value instanceof FakeClientObject;

/** A 2D array of plain values, checked when set (a proxy, an object or a ragged array is refused). */
function checkMatrix(property: string, value: unknown): Primitive[][] {
  if (isProxy(value)) throw FakeOfficeError.invalidArgument(`A proxy object is not a value for '${property}'.`);
  if (!Array.isArray(value) || !value.every((row) => Array.isArray(row))) {
    throw FakeOfficeError.invalidArgument(`'${property}' takes a two-dimensional array.`);
  }
  const rows = value as unknown[][];
  for (const row of rows) {
    for (const item of row) {
      if (item !== null && typeof item !== "string" && typeof item !== "number" && typeof item !== "boolean") {
        throw FakeOfficeError.invalidArgument(`'${property}' holds something that is not a cell value.`);
      }
      if (typeof item === "number" && !Number.isFinite(item)) throw FakeOfficeError.invalidArgument();
    }
  }
  return rows.map((row) => [...row]) as Primitive[][];
}

/** Fails a load at sync, as Office does, when a name is not a property of `type`. */
function checkProperties(type: string, names: readonly string[], allowed: readonly string[]): void {
  for (const name of names) {
    if (!allowed.includes(name)) {
      throw FakeOfficeError.invalidArgument(`The property '${name}' does not exist on '${type}'.`);
    }
  }
}

export abstract class FakeClientObject {
  protected readonly loaded = new Map<string, unknown>();

  constructor(readonly context: FakeRequestContext) {}

  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) throw FakeOfficeError.propertyNotLoaded(property);
    return this.loaded.get(property) as T;
  }

  /** Queues a load of `names` (all of `allowed` when none); `snapshot` runs at sync and may throw. */
  protected queueLoad(
    type: string,
    names: string | string[] | undefined,
    allowed: readonly string[],
    snapshot: (name: string) => unknown,
  ): void {
    const list = splitNames(names, allowed);
    this.context.enqueue(`${type}.load`, list, () => {
      checkProperties(type, list, allowed);
      const data = list.map((name) => [name, snapshot(name)] as const);
      this.context.respond(Object.fromEntries(data), () => {
        for (const [name, value] of data) this.loaded.set(name, value);
      });
    });
  }
}

export class FakeApplication extends FakeClientObject {
  suspendApiCalculationUntilNextSync(): void {
    this.context.requireApi("1.6");
    this.context.enqueue("Application.suspendApiCalculationUntilNextSync", null, () => undefined);
  }
}

export class FakeWorkbookProxy extends FakeClientObject {
  readonly worksheets: FakeWorksheetCollection;

  constructor(context: FakeRequestContext) {
    super(context);
    this.worksheets = new FakeWorksheetCollection(context);
  }

  getSelectedRange(): FakeRangeProxy {
    this.context.assertOpen();
    const state = this.context.state;
    const sheet = new FakeWorksheetProxy(this.context, () => {
      const id = state.selection?.sheetId ?? state.activeSheetId;
      return state.sheets.find((one) => one.id === id);
    });
    return new FakeRangeProxy(this.context, sheet, () => {
      if (state.selectionHasManyAreas) {
        throw new FakeOfficeError("InvalidSelection", "The current selection is invalid for this operation.");
      }
      return state.selection?.rect ?? parseAddress("A1");
    });
  }
}

const SHEET_PROPERTIES = ["id", "name", "position"] as const;

const sheetProperty = (sheets: readonly FakeSheet[], sheet: FakeSheet, name: string): unknown =>
  name === "position" ? sheets.indexOf(sheet) : sheet[name as "id" | "name"];

export class FakeWorksheetCollection extends FakeClientObject {
  get items(): FakeWorksheetProxy[] {
    return this.read<FakeWorksheetProxy[]>("items");
  }

  load(names?: string | string[]): this {
    const list = splitNames(names, SHEET_PROPERTIES);
    this.context.enqueue("WorksheetCollection.load", list, () => {
      checkProperties("Worksheet", list, SHEET_PROPERTIES);
      const sheets = [...this.context.state.sheets];
      const data = sheets.map((sheet) =>
        Object.fromEntries(list.map((name) => [name, sheetProperty(sheets, sheet, name)])),
      );
      this.context.respond(data, () => {
        this.loaded.set(
          "items",
          sheets.map((sheet, index) => FakeWorksheetProxy.bound(this.context, sheet, data[index] ?? {})),
        );
      });
    });
    return this;
  }

  getActiveWorksheet(): FakeWorksheetProxy {
    this.context.assertOpen();
    const state = this.context.state;
    return new FakeWorksheetProxy(this.context, () => state.sheets.find((sheet) => sheet.id === state.activeSheetId));
  }

  private find(key: string): FakeSheet | undefined {
    const upper = key.toUpperCase();
    return this.context.state.sheets.find((sheet) => sheet.id === key || sheet.name.toUpperCase() === upper);
  }

  getItem(key: string): FakeWorksheetProxy {
    this.context.assertOpen();
    return new FakeWorksheetProxy(this.context, () => this.find(key));
  }

  getItemOrNullObject(key: string): FakeWorksheetProxy {
    this.context.requireApi("1.4");
    this.context.assertOpen();
    const proxy = new FakeWorksheetProxy(this.context, () => this.find(key), true);
    proxy.probe();
    return proxy;
  }

  add(name?: string): FakeWorksheetProxy {
    const proxy = new FakeWorksheetProxy(this.context, () => undefined);
    this.context.enqueue("WorksheetCollection.add", name ?? null, () => {
      const state = this.context.state;
      if (state.structureProtected) throw FakeOfficeError.accessDenied();
      let chosen = name;
      if (chosen === undefined) {
        let n = state.sheets.length + 1;
        while (this.find(`Sheet${n}`) !== undefined) n++;
        chosen = `Sheet${n}`;
      }
      if (!validSheetName(chosen)) throw FakeOfficeError.invalidArgument();
      if (this.find(chosen) !== undefined) throw FakeOfficeError.itemAlreadyExists();
      proxy.bind(state.addSheet(chosen));
    });
    return proxy;
  }
}

/** Excel's rules: 1-31 characters, none of : \ / ? * [ ], no apostrophe at either end, not "History". */
export function validSheetName(name: string): boolean {
  const length = [...name].length;
  return (
    length >= 1 &&
    length <= 31 &&
    name.trim() !== "" &&
    !/[:\\/?*[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toUpperCase() !== "HISTORY"
  );
}

export class FakeWorksheetProxy extends FakeClientObject {
  private target: FakeSheet | null | undefined;

  constructor(
    context: FakeRequestContext,
    private readonly locate: () => FakeSheet | undefined,
    private readonly nullable = false,
  ) {
    super(context);
  }

  /** A collection item: already bound to its sheet, with the properties the collection loaded. */
  static bound(context: FakeRequestContext, sheet: FakeSheet, properties: Record<string, unknown>): FakeWorksheetProxy {
    const proxy = new FakeWorksheetProxy(context, () => sheet);
    proxy.target = sheet;
    for (const [name, value] of Object.entries(properties)) proxy.loaded.set(name, value);
    return proxy;
  }

  bind(sheet: FakeSheet): void {
    this.target = sheet;
  }

  /** Queues the check that tells a null object from a sheet (isNullObject after the next sync). */
  probe(): void {
    this.context.enqueue("Worksheet.isNullObject", null, () => {
      const found = this.locate() ?? null;
      if (this.target === undefined) this.target = found;
      const isNull = this.target === null;
      this.context.respond(isNull, () => this.loaded.set("isNullObject", isNull));
    });
  }

  /** The sheet this proxy stands for, at sync time. */
  sheet(): FakeSheet {
    if (this.target === undefined) this.target = this.locate() ?? (this.nullable ? null : undefined);
    const sheet = this.target;
    if (sheet === undefined || sheet === null || !this.context.state.sheets.includes(sheet)) {
      throw FakeOfficeError.itemNotFound();
    }
    return sheet;
  }

  get isNullObject(): boolean {
    return this.read<boolean>("isNullObject");
  }

  get id(): string {
    return this.read<string>("id");
  }

  get name(): string {
    return this.read<string>("name");
  }

  load(names?: string | string[]): this {
    this.queueLoad("Worksheet", names, SHEET_PROPERTIES, (name) =>
      sheetProperty(this.context.state.sheets, this.sheet(), name),
    );
    return this;
  }

  getRange(address?: string): FakeRangeProxy {
    this.context.assertOpen();
    return new FakeRangeProxy(this.context, this, () =>
      address === undefined
        ? { firstRow: 0, firstColumn: 0, lastRow: SHEET_ROWS - 1, lastColumn: SHEET_COLUMNS - 1 }
        : parseAddress(address),
    );
  }

  getCell(row: number, column: number): FakeRangeProxy {
    this.context.assertOpen();
    return new FakeRangeProxy(this.context, this, () => {
      if (row < 0 || column < 0 || row >= SHEET_ROWS || column >= SHEET_COLUMNS)
        throw FakeOfficeError.invalidArgument();
      return { firstRow: row, firstColumn: column, lastRow: row, lastColumn: column };
    });
  }

  /** The used range; A1 on an empty sheet, as Excel returns it. */
  getUsedRange(valuesOnly = false): FakeRangeProxy {
    this.context.assertOpen();
    return new FakeRangeProxy(this.context, this, () => this.sheet().usedRect(valuesOnly) ?? parseAddress("A1"));
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRangeProxy {
    this.context.requireApi("1.4");
    this.context.assertOpen();
    const range = new FakeRangeProxy(this.context, this, () => this.sheet().usedRect(valuesOnly) ?? null, true);
    range.probe();
    return range;
  }

  get position(): number {
    return this.read<number>("position");
  }
  set position(value: number) {
    if (!Number.isInteger(value)) throw FakeOfficeError.invalidArgument();
    this.context.enqueue("Worksheet.position", value, () => {
      const sheets = this.context.state.sheets;
      const sheet = this.sheet();
      if (value < 0 || value >= sheets.length) throw FakeOfficeError.invalidArgument();
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(value, 0, sheet);
    });
  }

  activate(): void {
    this.context.enqueue("Worksheet.activate", null, () => {
      this.context.state.activeSheetId = this.sheet().id;
    });
  }

  delete(): void {
    this.context.enqueue("Worksheet.delete", null, () => {
      const state = this.context.state;
      const sheet = this.sheet();
      if (state.structureProtected) throw FakeOfficeError.accessDenied();
      if (state.sheets.length <= 1) throw FakeOfficeError.invalidOperation();
      const index = state.sheets.indexOf(sheet);
      state.sheets.splice(index, 1);
      if (state.activeSheetId === sheet.id) state.activeSheetId = state.sheets[Math.max(0, index - 1)]?.id ?? "";
      if (state.selection?.sheetId === sheet.id) state.selection = undefined;
    });
  }
}

const RANGE_PROPERTIES = [
  "values",
  "text",
  "numberFormat",
  "formulas",
  "address",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
] as const;

interface Located {
  readonly sheet: FakeSheet;
  readonly rect: Rect;
}

const cellCount = (rect: Rect): number => (rect.lastRow - rect.firstRow + 1) * (rect.lastColumn - rect.firstColumn + 1);

function matrix<T>(sheet: FakeSheet, rect: Rect, pick: (cell: FakeCell | undefined) => T): T[][] {
  if (cellCount(rect) > MAX_READ_CELLS) {
    throw new FakeOfficeError(
      "RangeExceedsLimit",
      "The cell count in the range has exceeded the maximum supported number. See the documentation for more information.",
    );
  }
  const out: T[][] = [];
  for (let r = rect.firstRow; r <= rect.lastRow; r++) {
    const row: T[] = [];
    for (let c = rect.firstColumn; c <= rect.lastColumn; c++) row.push(pick(sheet.cell(r, c)));
    out.push(row);
  }
  return out;
}

const displayed = (cell: FakeCell | undefined): string => {
  if (cell === undefined) return "";
  if (cell.text !== undefined) return cell.text;
  return cell.formula !== undefined ? "" : String(cell.value);
};

/**
 * Writing `values` or `formulas`: Excel treats both alike, as if the item were typed into the cell.
 * A string starting with "=" becomes a formula, except in a text ("@") cell, where it stays text.
 */
const typeIn = (cell: FakeCell, item: Primitive): void => {
  if (item === null) return;
  if (typeof item === "string" && item.startsWith("=") && cell.numberFormat !== "@") {
    cell.formula = item;
    cell.value = "";
  } else {
    delete cell.formula;
    cell.value = item;
  }
  delete cell.text;
};

export class FakeRangeProxy extends FakeClientObject {
  private located: Located | null | undefined;
  readonly format: FakeRangeFormat;

  constructor(
    context: FakeRequestContext,
    readonly worksheet: FakeWorksheetProxy,
    private readonly locate: () => Rect | null,
    private readonly nullable = false,
  ) {
    super(context);
    this.format = new FakeRangeFormat(context, this);
  }

  probe(): void {
    this.context.enqueue("Range.isNullObject", null, () => {
      const isNull = this.locateOnce() === null;
      this.context.respond(isNull, () => this.loaded.set("isNullObject", isNull));
    });
  }

  /** The sheet and block this proxy stands for, fixed at its first use in a sync. */
  where(): Located {
    const located = this.locateOnce();
    if (located === null) {
      if (this.nullable) throw FakeOfficeError.itemNotFound();
      throw FakeOfficeError.invalidArgument();
    }
    if (!this.context.state.sheets.includes(located.sheet)) throw FakeOfficeError.itemNotFound();
    return located;
  }

  /** Resolves the sheet, then the block, at the first use in a sync; later uses see the same. */
  private locateOnce(): Located | null {
    if (this.located === undefined) {
      const sheet = this.worksheet.sheet();
      const rect = this.locate();
      this.located = rect === null ? null : { sheet, rect };
    }
    return this.located;
  }

  get isNullObject(): boolean {
    return this.read<boolean>("isNullObject");
  }
  get values(): Primitive[][] {
    return this.read<Primitive[][]>("values");
  }
  set values(value: Primitive[][]) {
    this.queueWrite("values", value, typeIn);
  }
  get text(): string[][] {
    return this.read<string[][]>("text");
  }
  get numberFormat(): Primitive[][] {
    return this.read<Primitive[][]>("numberFormat");
  }
  set numberFormat(value: Primitive[][]) {
    this.queueWrite("numberFormat", value, (cell, item) => {
      if (item !== null) cell.numberFormat = String(item);
    });
  }
  get formulas(): Primitive[][] {
    return this.read<Primitive[][]>("formulas");
  }
  set formulas(value: Primitive[][]) {
    this.queueWrite("formulas", value, typeIn);
  }
  get address(): string {
    return this.read<string>("address");
  }
  get rowIndex(): number {
    return this.read<number>("rowIndex");
  }
  get columnIndex(): number {
    return this.read<number>("columnIndex");
  }
  get rowCount(): number {
    return this.read<number>("rowCount");
  }
  get columnCount(): number {
    return this.read<number>("columnCount");
  }

  private queueWrite(property: string, value: unknown, apply: (cell: FakeCell, item: Primitive) => void): void {
    const rows = checkMatrix(property, value);
    this.context.enqueue(`Range.${property}`, rows, () => {
      const { sheet, rect } = this.where();
      const height = rect.lastRow - rect.firstRow + 1;
      const width = rect.lastColumn - rect.firstColumn + 1;
      if (rows.length !== height || rows.some((row) => row.length !== width)) throw FakeOfficeError.dimensionMismatch();
      rows.forEach((row, r) =>
        row.forEach((item, c) => {
          if (item === null && sheet.cell(rect.firstRow + r, rect.firstColumn + c) === undefined) return;
          apply(sheet.ensure(rect.firstRow + r, rect.firstColumn + c), item);
        }),
      );
    });
  }

  load(names?: string | string[]): this {
    this.queueLoad("Range", names, RANGE_PROPERTIES, (name) => {
      const { sheet, rect } = this.where();
      switch (name as (typeof RANGE_PROPERTIES)[number]) {
        case "values":
          return matrix(sheet, rect, (cell) => (cell === undefined || cell.formula !== undefined ? "" : cell.value));
        case "text":
          return matrix(sheet, rect, displayed);
        case "numberFormat":
          return matrix(sheet, rect, (cell) => cell?.numberFormat ?? "General");
        case "formulas":
          return matrix(sheet, rect, (cell) => (cell === undefined ? "" : (cell.formula ?? cell.value)));
        case "address":
          return `${/^[A-Za-z0-9_]+$/.test(sheet.name) ? sheet.name : `'${sheet.name.replace(/'/g, "''")}'`}!${rectAddress(rect)}`;
        case "rowIndex":
          return rect.firstRow;
        case "columnIndex":
          return rect.firstColumn;
        case "rowCount":
          return rect.lastRow - rect.firstRow + 1;
        case "columnCount":
          return rect.lastColumn - rect.firstColumn + 1;
      }
    });
    return this;
  }

  getColumn(column: number): FakeRangeProxy {
    this.context.assertOpen();
    return new FakeRangeProxy(this.context, this.worksheet, () => {
      const { rect } = this.where();
      const at = rect.firstColumn + column;
      if (column < 0 || at >= SHEET_COLUMNS) throw FakeOfficeError.invalidArgument();
      return { firstRow: rect.firstRow, lastRow: rect.lastRow, firstColumn: at, lastColumn: at };
    });
  }

  getRow(row: number): FakeRangeProxy {
    this.context.assertOpen();
    return new FakeRangeProxy(this.context, this.worksheet, () => {
      const { rect } = this.where();
      const at = rect.firstRow + row;
      if (row < 0 || at >= SHEET_ROWS) throw FakeOfficeError.invalidArgument();
      return { firstRow: at, lastRow: at, firstColumn: rect.firstColumn, lastColumn: rect.lastColumn };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRangeProxy {
    this.context.requireApi("1.2");
    this.context.assertOpen();
    return new FakeRangeProxy(this.context, this.worksheet, () => {
      const { rect } = this.where();
      const resized = { ...rect, lastRow: rect.lastRow + deltaRows, lastColumn: rect.lastColumn + deltaColumns };
      if (
        resized.lastRow < resized.firstRow ||
        resized.lastColumn < resized.firstColumn ||
        resized.lastRow >= SHEET_ROWS ||
        resized.lastColumn >= SHEET_COLUMNS
      ) {
        throw FakeOfficeError.invalidArgument();
      }
      return resized;
    });
  }

  /** ExcelApi 1.9; the fake answers format.indentLevel only. */
  getCellProperties(options: { format: { indentLevel: true } }): {
    readonly value: { format: { indentLevel: number } }[][];
  } {
    this.context.requireApi("1.9");
    if (options.format.indentLevel !== true) throw FakeOfficeError.invalidArgument();
    let result: { format: { indentLevel: number } }[][] | undefined;
    this.context.enqueue("Range.getCellProperties", options, () => {
      const { sheet, rect } = this.where();
      const data = matrix(sheet, rect, (cell) => ({ format: { indentLevel: cell?.indent ?? 0 } }));
      this.context.respond(data, () => {
        result = data;
      });
    });
    return {
      get value() {
        if (result === undefined) throw FakeOfficeError.propertyNotLoaded("value");
        return result;
      },
    };
  }

  /** ExcelApi 1.9; the fake answers rowIndex and rowHidden only, one entry per row of the range. */
  getRowProperties(options: { rowIndex: true; rowHidden: true }): {
    readonly value: { rowIndex: number; rowHidden: boolean }[];
  } {
    this.context.requireApi("1.9");
    if (options.rowIndex !== true || options.rowHidden !== true || Object.keys(options).length !== 2) {
      throw FakeOfficeError.invalidArgument();
    }
    let result: { rowIndex: number; rowHidden: boolean }[] | undefined;
    this.context.enqueue("Range.getRowProperties", options, () => {
      const { sheet, rect } = this.where();
      const data: { rowIndex: number; rowHidden: boolean }[] = [];
      for (let r = rect.firstRow; r <= rect.lastRow; r++)
        data.push({ rowIndex: r, rowHidden: sheet.hiddenRows.has(r) });
      this.context.respond(data, () => {
        result = data;
      });
    });
    return {
      get value() {
        if (result === undefined) throw FakeOfficeError.propertyNotLoaded("value");
        return result;
      },
    };
  }

  select(): void {
    this.context.enqueue("Range.select", null, () => {
      const { sheet, rect } = this.where();
      this.context.state.activeSheetId = sheet.id;
      this.context.state.selection = { sheetId: sheet.id, rect };
    });
  }

  /** Applies a format to every cell of the block (refused for blocks too large to hold cell by cell). */
  applyFormat(name: string, value: unknown, apply: (cell: FakeCell) => void): void {
    if (isProxy(value)) throw FakeOfficeError.invalidArgument();
    this.context.enqueue(`RangeFormat.${name}`, value, () => {
      const { sheet, rect } = this.where();
      if (cellCount(rect) > MAX_FORMAT_CELLS) {
        throw new Error(
          `fake Excel: formatting ${cellCount(rect)} cells one by one is not supported; use a smaller block`,
        );
      }
      for (let r = rect.firstRow; r <= rect.lastRow; r++) {
        for (let c = rect.firstColumn; c <= rect.lastColumn; c++) apply(sheet.ensure(r, c));
      }
    });
  }

  setRowHeight(points: number): void {
    this.context.requireApi("1.2");
    // Excel refuses heights outside 0-409 points.
    if (typeof points !== "number" || !(points >= 0 && points <= 409)) throw FakeOfficeError.invalidArgument();
    this.context.enqueue("RangeFormat.rowHeight", points, () => {
      const { sheet, rect } = this.where();
      for (let r = rect.firstRow; r <= rect.lastRow; r++) sheet.rowHeights.set(r, points);
    });
  }

  setColumnWidth(points: number): void {
    this.context.requireApi("1.2");
    if (typeof points !== "number" || !(points >= 0)) throw FakeOfficeError.invalidArgument();
    this.context.enqueue("RangeFormat.columnWidth", points, () => {
      const { sheet, rect } = this.where();
      for (let c = rect.firstColumn; c <= rect.lastColumn; c++) sheet.columnWidths.set(c, points);
    });
  }
}

export class FakeRangeFormat extends FakeClientObject {
  readonly font: { bold: boolean };

  constructor(
    context: FakeRequestContext,
    private readonly range: FakeRangeProxy,
  ) {
    super(context);
    const readBold = (): boolean => this.read<boolean>("font/bold");
    this.font = {
      get bold(): boolean {
        return readBold();
      },
      set bold(value: boolean) {
        if (typeof value !== "boolean") throw FakeOfficeError.invalidArgument();
        range.applyFormat("font.bold", value, (cell) => {
          cell.bold = value;
        });
      },
    };
  }

  get wrapText(): boolean {
    return this.read<boolean>("wrapText");
  }
  set wrapText(value: boolean) {
    if (typeof value !== "boolean") throw FakeOfficeError.invalidArgument();
    this.range.applyFormat("wrapText", value, (cell) => {
      cell.wrap = value;
    });
  }
  get indentLevel(): number {
    return this.read<number>("indentLevel");
  }
  set indentLevel(value: number) {
    this.context.requireApi("1.9");
    if (!Number.isInteger(value) || value < 0 || value > 250) throw FakeOfficeError.invalidArgument();
    this.range.applyFormat("indentLevel", value, (cell) => {
      cell.indent = value;
    });
  }
  get verticalAlignment(): "Top" | "Center" | "Bottom" | "Justify" | "Distributed" {
    return this.read<"Top">("verticalAlignment");
  }
  set verticalAlignment(value: "Top" | "Center" | "Bottom" | "Justify" | "Distributed") {
    if (!["Top", "Center", "Bottom", "Justify", "Distributed"].includes(value)) throw FakeOfficeError.invalidArgument();
    this.range.applyFormat("verticalAlignment", value, (cell) => {
      cell.verticalAlignment = value;
    });
  }
  get columnWidth(): number {
    return this.read<number>("columnWidth");
  }
  set columnWidth(value: number) {
    this.range.setColumnWidth(value);
  }
  get rowHeight(): number {
    return this.read<number>("rowHeight");
  }
  set rowHeight(value: number) {
    this.range.setRowHeight(value);
  }

  load(names?: string | string[]): this {
    const allowed = ["wrapText", "indentLevel", "verticalAlignment", "columnWidth", "rowHeight", "font/bold"];
    this.queueLoad("RangeFormat", names, allowed, (name) => {
      const { sheet, rect } = this.range.where();
      if (name === "rowHeight") {
        const heights = new Set<number>();
        for (let r = rect.firstRow; r <= rect.lastRow; r++) heights.add(sheet.rowHeights.get(r) ?? 15);
        return heights.size === 1 ? [...heights][0] : null;
      }
      if (name === "columnWidth") {
        const widths = new Set<number>();
        for (let c = rect.firstColumn; c <= rect.lastColumn; c++) widths.add(sheet.columnWidths.get(c) ?? 48);
        return widths.size === 1 ? [...widths][0] : null;
      }
      const pick = (cell: FakeCell | undefined): unknown =>
        name === "wrapText"
          ? (cell?.wrap ?? false)
          : name === "indentLevel"
            ? (cell?.indent ?? 0)
            : name === "font/bold"
              ? (cell?.bold ?? false)
              : (cell?.verticalAlignment ?? "Bottom");
      const seen = new Set(matrix(sheet, rect, pick).flat());
      return seen.size === 1 ? [...seen][0] : null;
    });
    return this;
  }
}
