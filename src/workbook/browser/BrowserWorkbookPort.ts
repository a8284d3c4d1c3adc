import { FILE_FORMATS } from "../../output/formats";
import type { SummaryDocument } from "../../output/summaryDocument";
import type { SheetGrid } from "../../report/types";
import { parsePaneSettings } from "../office/storedPaneSettings";
import { WorkbookAdvice } from "../WorkbookAdvice";
import { sameSheetName } from "../sheetName";
import {
  SHEET_HEAD_ROWS,
  type DownloadFile,
  type PaneSettings,
  type WorkbookPort,
  type WriteSummaryOptions,
  type WriteSummaryResult,
} from "../workbookPort";

/** Builds the summary workbook's bytes (in a Web Worker on the page; directly in tests). */
export type SummaryWriter = (
  document: SummaryDocument,
  options: { readonly sheetName: string; readonly source?: SheetGrid },
) => Promise<Uint8Array>;

/** The part of `localStorage` the port uses. */
export type SettingsStorage = Pick<Storage, "getItem" | "setItem">;

export interface BrowserWorkbook {
  /** The file's name as picked ("2024年9月.xls"): the downloads and the stored settings are named after it. */
  readonly fileName: string;
  /** The sheet the pane reads. */
  readonly sheet: SheetGrid;
  /** Every sheet of the file, the one read among them (the earlier period's sheet is one of the others). */
  readonly sheets?: readonly SheetGrid[];
}

export interface BrowserPortServices {
  readonly writeSummary: SummaryWriter;
  /** Offers a file to the user as a download. */
  readonly download: (file: DownloadFile) => Promise<void>;
  readonly storage: SettingsStorage;
}

/** Where the settings of a file are kept in the browser. */
export function settingsKey(fileName: string): string {
  return `tongji.paneSettings:${fileName}`;
}

/** A picked file's name without its extension: the downloads are named after it, as the command line names its outputs. */
export function fileStem(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

/** The file name a summary workbook is downloaded under: "<name>_汇总.xlsx", like the command line writes. */
export function summaryFileName(fileName: string): string {
  const format = FILE_FORMATS.xlsx;
  return `${fileStem(fileName)}${format.suffix}${format.extension}`;
}

/**
 * The pane's workbook on the web page: one sheet of a file the user picked, held in memory. Nothing is
 * written back to the file: the summary workbook is a new file offered as a download, and settings are
 * kept in the browser's storage under the file's name. There is no sheet to select cells in or to add.
 * The Word report is offered as a download too, named after the file (<name>_报告.docx).
 */
export class BrowserWorkbookPort implements WorkbookPort {
  readonly outputStem: string;
  readonly download: (file: DownloadFile) => Promise<void>;

  constructor(
    private readonly workbook: BrowserWorkbook,
    private readonly services: BrowserPortServices,
  ) {
    this.outputStem = fileStem(workbook.fileName);
    this.download = (file) => services.download(file);
  }

  readSource(): Promise<SheetGrid> {
    return Promise.resolve(this.workbook.sheet);
  }

  readSheetHeads(except: string): Promise<readonly SheetGrid[]> {
    const others = (this.workbook.sheets ?? []).filter((grid) => !sameSheetName(grid.sheetName, except));
    return Promise.resolve(others.map((grid) => ({ ...grid, cells: grid.cells.slice(0, SHEET_HEAD_ROWS) })));
  }

  readSheet(name: string): Promise<SheetGrid> {
    const grid = (this.workbook.sheets ?? []).find((one) => sameSheetName(one.sheetName, name));
    return grid === undefined
      ? Promise.reject(new WorkbookAdvice(`文件中没有名为“${name}”的工作表,请重新选择文件`))
      : Promise.resolve(grid);
  }

  async writeSummary(
    document: SummaryDocument,
    source: SheetGrid,
    options: WriteSummaryOptions,
  ): Promise<WriteSummaryResult> {
    options.onProgress?.(10, "正在生成汇总表文件…");
    const bytes = await this.services.writeSummary(document, {
      sheetName: options.sheetName,
      ...(options.mode === "formulas" ? { source } : {}),
    });
    options.onProgress?.(90, "正在下载…");
    const file = summaryFileName(this.workbook.fileName);
    await this.services.download({ name: file, bytes, mediaType: FILE_FORMATS.xlsx.mediaType });
    options.onProgress?.(100, "");
    return { sheetName: options.sheetName, rows: document.table.rows.length, file };
  }

  deleteGenerated(): Promise<number> {
    // Nothing is generated inside the picked file: downloads are separate files.
    return Promise.resolve(0);
  }

  insertTemplate(): Promise<string> {
    return Promise.reject(
      new WorkbookAdvice("网页版不能在文件中插入工作表,请在 Excel 或 WPS 中编辑指标表后重新选择文件"),
    );
  }

  selectCell(): Promise<void> {
    return Promise.resolve();
  }

  loadSettings(): Promise<Partial<PaneSettings> | undefined> {
    let text: string | null;
    try {
      text = this.services.storage.getItem(settingsKey(this.workbook.fileName));
    } catch {
      return Promise.resolve(undefined);
    }
    if (text === null) return Promise.resolve(undefined);
    try {
      return Promise.resolve(parsePaneSettings(JSON.parse(text)));
    } catch {
      return Promise.resolve(undefined);
    }
  }

  saveSettings(settings: PaneSettings): Promise<void> {
    try {
      this.services.storage.setItem(settingsKey(this.workbook.fileName), JSON.stringify(settings));
      return Promise.resolve();
    } catch {
      return Promise.reject(new WorkbookAdvice("浏览器没有保存设置(可能处于无痕模式或存储已满);本次的设置仍然有效"));
    }
  }
}
