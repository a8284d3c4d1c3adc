/**
 * The part of the Excel JavaScript API (Office.js) that the workbook adapter uses, as TypeScript
 * interfaces. The real `Excel` namespace satisfies them (checked at compile time in officeHost.ts),
 * and the strict fake in test/fakes implements exactly them, so the adapter cannot use anything the
 * fake does not check. Api sets: ExcelApi 1.1 unless noted.
 */

/** A cell value as Office.js writes it; null in a written array leaves that cell unchanged. */
export type CellInput = string | number | boolean | null;

export interface RunOptionsSubset {
  /** Wait for the user to leave cell edit mode instead of failing (ExcelApi 1.11; ignored before). */
  delayForCellEdit?: boolean;
  /** ExcelApi 1.20: every sync of the run is one undo step. */
  mergeUndoGroup?: boolean;
}

export interface RangeFormatSubset {
  readonly font: { bold: boolean };
  wrapText: boolean;
  /** Points. ExcelApi 1.2. */
  columnWidth: number;
  /** Points. ExcelApi 1.2. */
  rowHeight: number;
  /** ExcelApi 1.9. */
  indentLevel: number;
  verticalAlignment: "Top" | "Center" | "Bottom" | "Justify" | "Distributed";
}

export interface CellPropertiesSubset {
  format?: { indentLevel?: number };
}

export interface RangeSubset {
  readonly isNullObject: boolean;
  values: CellInput[][];
  readonly text: string[][];
  numberFormat: CellInput[][];
  formulas: CellInput[][];
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly format: RangeFormatSubset;
  readonly worksheet: WorksheetSubset;
  load(propertyNames: string): unknown;
  getColumn(column: number): RangeSubset;
  getRow(row: number): RangeSubset;
  /** ExcelApi 1.2. */
  getResizedRange(deltaRows: number, deltaColumns: number): RangeSubset;
  /** ExcelApi 1.9. */
  getCellProperties(options: { format: { indentLevel: true } }): { readonly value: CellPropertiesSubset[][] };
  /** ExcelApi 1.9: one entry per row of the range. */
  getRowProperties(options: { rowIndex: true; rowHidden: true }): {
    readonly value: readonly { readonly rowIndex?: number; readonly rowHidden?: boolean }[];
  };
  select(): void;
}

export interface WorksheetSubset {
  readonly isNullObject: boolean;
  readonly id: string;
  readonly name: string;
  /** 0-based place among the sheets; setting it moves the sheet. */
  position: number;
  load(propertyNames: string): unknown;
  getRange(address?: string): RangeSubset;
  getCell(row: number, column: number): RangeSubset;
  /** The used range; A1 on an empty sheet. */
  getUsedRange(valuesOnly?: boolean): RangeSubset;
  activate(): void;
  delete(): void;
}

export interface WorksheetCollectionSubset {
  readonly items: WorksheetSubset[];
  load(propertyNames: string): unknown;
  getActiveWorksheet(): WorksheetSubset;
  getItem(key: string): WorksheetSubset;
  /** ExcelApi 1.4. */
  getItemOrNullObject(key: string): WorksheetSubset;
  add(name?: string): WorksheetSubset;
}

export interface RequestContextSubset {
  readonly workbook: {
    readonly worksheets: WorksheetCollectionSubset;
    getSelectedRange(): RangeSubset;
  };
  readonly application: {
    /** ExcelApi 1.6. */
    suspendApiCalculationUntilNextSync(): void;
  };
  sync(): Promise<void>;
}

export interface ExcelSubset {
  run<T>(options: RunOptionsSubset, batch: (context: RequestContextSubset) => Promise<T>): Promise<T>;
}

/** Office.context.document.settings: values saved inside the workbook file. */
export interface DocumentSettingsSubset {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: string; error: { message: string } | null }) => void): void;
}

/** What the adapter needs from the host: Excel, the document settings, and requirement-set checks. */
export interface OfficeHost {
  readonly excel: ExcelSubset;
  readonly settings: DocumentSettingsSubset;
  /** Office.context.platform ("OfficeOnline" for Excel on the web, "PC", "Mac"…), when the host says it. */
  readonly platform?: string;
  isSetSupported(name: string, version: string): boolean;
}
