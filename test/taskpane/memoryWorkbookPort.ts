import type { SheetGrid } from "../../src/report/types";
import type { SummaryDocument } from "../../src/output/summaryDocument";
import {
  SHEET_HEAD_ROWS,
  type DownloadFile,
  type PaneSettings,
  type WorkbookPort,
  type WriteSummaryOptions,
  type WriteSummaryResult,
} from "../../src/workbook/workbookPort";

/** One call of writeSummary as the pane made it. */
export interface WriteCall {
  readonly document: SummaryDocument;
  readonly source: SheetGrid;
  readonly sheetName: string;
  readonly mode: WriteSummaryOptions["mode"];
  readonly written: string;
}

type Method = keyof WorkbookPort;

/**
 * A WorkbookPort over grids in memory, recording what the pane asks of it: the workbook as the
 * component tests see it. Sheets the add-in did not create are never overwritten (a "(2)" name instead).
 */
export class MemoryWorkbookPort implements WorkbookPort {
  readonly sheets = new Map<string, SheetGrid>();
  readonly generated = new Set<string>();
  readonly writes: WriteCall[] = [];
  readonly selected: { sheetName: string; row: number; column: number }[] = [];
  readonly saved: PaneSettings[] = [];
  readonly reads: boolean[] = [];
  stored: Partial<PaneSettings> | undefined;
  /** Errors the next call of a method rejects with. */
  readonly failures = new Map<Method, Error>();
  /** When set, writeSummary waits for this promise before finishing (to see the progress). */
  hold: Promise<void> | undefined;
  /** The files handed to download, once allowDownloads made the port a host that downloads. */
  readonly downloads: DownloadFile[] = [];
  download?: (file: DownloadFile) => Promise<void>;

  constructor(
    private active: SheetGrid,
    private selection?: SheetGrid,
  ) {
    this.sheets.set(active.sheetName, active);
  }

  private fail(method: Method): void {
    const error = this.failures.get(method);
    if (error !== undefined) {
      this.failures.delete(method);
      throw error;
    }
  }

  /** Makes the port a host that lets the pane download files (Excel on the web, the web page). */
  allowDownloads(): void {
    this.download = (file) => {
      this.downloads.push(file);
      return Promise.resolve();
    };
  }

  activate(grid: SheetGrid): void {
    this.sheets.set(grid.sheetName, grid);
    this.active = grid;
  }

  readSource(selectionOnly: boolean): Promise<SheetGrid> {
    this.reads.push(selectionOnly);
    this.fail("readSource");
    return Promise.resolve(selectionOnly && this.selection !== undefined ? this.selection : this.active);
  }

  async writeSummary(
    document: SummaryDocument,
    source: SheetGrid,
    options: WriteSummaryOptions,
  ): Promise<WriteSummaryResult> {
    this.fail("writeSummary");
    options.onProgress?.(40, "正在写入表格");
    if (this.hold !== undefined) await this.hold;
    let name = options.sheetName;
    for (let n = 2; this.sheets.has(name) && !this.generated.has(name); n++) name = `${options.sheetName} (${n})`;
    this.generated.add(name);
    this.sheets.set(name, { sheetName: name, cells: [] });
    this.writes.push({ document, source, sheetName: options.sheetName, mode: options.mode, written: name });
    options.onProgress?.(100, "完成");
    return { sheetName: name, rows: document.table.rows.length + 2 };
  }

  deleteGenerated(): Promise<number> {
    this.fail("deleteGenerated");
    const count = this.generated.size;
    for (const name of this.generated) this.sheets.delete(name);
    this.generated.clear();
    return Promise.resolve(count);
  }

  insertTemplate(): Promise<string> {
    this.fail("insertTemplate");
    this.sheets.set("标准指标表", { sheetName: "标准指标表", cells: [] });
    return Promise.resolve("标准指标表");
  }

  /** The sheets whose heads or whole used ranges the pane asked for, in order ("head:1-8月", "sheet:1-8月"). */
  readonly sheetReads: string[] = [];

  /** Adds a sheet that is not the active one. */
  addSheet(grid: SheetGrid): void {
    this.sheets.set(grid.sheetName, grid);
  }

  async readSheetHeads(except: string): Promise<readonly SheetGrid[]> {
    await Promise.resolve();
    this.fail("readSheetHeads");
    const others = [...this.sheets.values()].filter(
      (grid) => grid.sheetName !== except && !this.generated.has(grid.sheetName),
    );
    this.sheetReads.push(...others.map((grid) => `head:${grid.sheetName}`));
    return others.map((grid) => ({ ...grid, cells: grid.cells.slice(0, SHEET_HEAD_ROWS) }));
  }

  async readSheet(name: string): Promise<SheetGrid> {
    await Promise.resolve();
    this.fail("readSheet");
    this.sheetReads.push(`sheet:${name}`);
    const grid = this.sheets.get(name);
    if (grid === undefined) throw new Error(`no sheet ${name}`);
    return grid;
  }

  selectCell(sheetName: string, row: number, column: number): Promise<void> {
    this.fail("selectCell");
    this.selected.push({ sheetName, row, column });
    return Promise.resolve();
  }

  loadSettings(): Promise<Partial<PaneSettings> | undefined> {
    this.fail("loadSettings");
    return Promise.resolve(this.stored);
  }

  saveSettings(settings: PaneSettings): Promise<void> {
    this.fail("saveSettings");
    this.saved.push(settings);
    this.stored = settings;
    return Promise.resolve();
  }
}
