import { HEADER_SEARCH_ROWS } from "../report/detectLayout";
import type { ClauseSwitches, PlaceOrder } from "../report/clauses";
import type { SheetGrid } from "../report/types";
import type { SummaryDocument } from "../output/summaryDocument";

/** How the summary table is written: computed values, or native Excel formulas over the source. */
export type TableMode = "values" | "formulas";

/** Rows of a sheet's head: those the engine looks for the header in, and a few data rows after it. */
export const SHEET_HEAD_ROWS = HEADER_SEARCH_ROWS + 4;

/** Settings of the pane that persist in the workbook (Office settings; nothing leaves the file). */
export interface PaneSettings {
  readonly periodLabel?: string;
  /** A regions sheet's focus place ("朝阳区"), chosen among the places the sheet lists; not kept with the workbook. */
  readonly place?: string;
  /** The order of the places in a regions sheet's ranking tables (the sheet's when absent); kept with the workbook. */
  readonly placeOrder?: PlaceOrder;
  /**
   * 与上期比较: the sheet of the earlier period the growth is compared with; "" for 不比较; absent for the
   * default, the indicator sheet of the period just before the one read (none when there is none).
   */
  readonly previousSheet?: string;
  readonly decimals: number;
  readonly convertUnits: boolean;
  readonly clauses: ClauseSwitches;
  readonly outputSheetName: string;
  readonly mode: TableMode;
}

export interface WriteSummaryOptions {
  /** Wished-for name; a sheet the add-in did not create is never overwritten ("指标汇总 (2)" instead). */
  readonly sheetName: string;
  readonly mode: TableMode;
  /** 0-100, called as the write goes on. */
  readonly onProgress?: (percent: number, step: string) => void;
}

export interface WriteSummaryResult {
  /** The sheet actually written. */
  readonly sheetName: string;
  readonly rows: number;
  /** The file the summary was written to, when it is a new file (the web page's download). */
  readonly file?: string;
}

/** A file for the user to save (the Word report), as the pane hands it to the host. */
export interface DownloadFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly mediaType: string;
}

/**
 * What the task pane needs from a workbook. The Office.js adapter implements it over Excel.run;
 * tests implement it over the fake Excel. Every method is one Excel.run with a fixed number of syncs.
 */
export interface WorkbookPort {
  /** The used range of the active sheet, or the selection when `selectionOnly`. */
  readSource(selectionOnly: boolean): Promise<SheetGrid>;
  /** Writes (or regenerates) the summary sheet of a summary document made from `source`. */
  writeSummary(document: SummaryDocument, source: SheetGrid, options: WriteSummaryOptions): Promise<WriteSummaryResult>;
  /** Removes every sheet the add-in generated; returns how many. */
  deleteGenerated(): Promise<number>;
  /** Adds an empty standard indicator sheet; returns its name. */
  insertTemplate(): Promise<string>;
  /**
   * The first SHEET_HEAD_ROWS rows of each other sheet of the workbook (not `except`, not the sheets the
   * add-in generated), in sheet order: enough for the engine to tell an indicator sheet and its period.
   */
  readSheetHeads(except: string): Promise<readonly SheetGrid[]>;
  /** The used range of the sheet of that name (the earlier period's sheet to compare with). */
  readSheet(name: string): Promise<SheetGrid>;
  /** Selects a cell of a sheet (grid coordinates of that sheet, 0-based). */
  selectCell(sheetName: string, row: number, column: number): Promise<void>;
  loadSettings(): Promise<Partial<PaneSettings> | undefined>;
  /**
   * Offers a file for the user to save where the host lets a pane download one (Excel on the web, the web
   * page); absent where it does not (Excel's desktop panes drop downloads).
   */
  readonly download?: (file: DownloadFile) => Promise<void>;
  /**
   * What the files offered for download are named after ("9月指标" for the web page's 9月指标.xls: 9月指标_报告.docx);
   * the sheet's name where absent.
   */
  readonly outputStem?: string;
  saveSettings(settings: PaneSettings): Promise<void>;
}
