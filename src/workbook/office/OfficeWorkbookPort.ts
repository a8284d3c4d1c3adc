import { STANDARD_TEMPLATE_HEADER_ROW, standardTemplate } from "../../report/standardTemplate";
import type { SheetCell, SheetGrid } from "../../report/types";
import type { SummaryDocument } from "../../output/summaryDocument";
import { columnsAddress, rangeAddress } from "../a1Address";
import { cleanSheetName, sameSheetName, uniqueSheetName } from "../sheetName";
import { browserDownload } from "../browserDownload";
import {
  SHEET_HEAD_ROWS,
  type DownloadFile,
  type PaneSettings,
  type WorkbookPort,
  type WriteSummaryOptions,
  type WriteSummaryResult,
} from "../workbookPort";

import { WorkbookAdvice } from "../WorkbookAdvice";
import type {
  CellInput,
  OfficeHost,
  RangeSubset,
  RequestContextSubset,
  RunOptionsSubset,
  WorksheetSubset,
} from "./excelSubset";
import { readGeneratedSheets, saveSettingsAsync, writeGeneratedSheets } from "./generatedSheets";
import { officeAdvice, officeErrorCode } from "./officeAdvice";
import { PANE_SETTINGS_KEY, parsePaneSettings } from "./storedPaneSettings";
import { REQUEST_BUDGET } from "./payloadSize";
import { columnPoints, planSummaryWrite, type SummaryWritePlan } from "./summaryWritePlan";

/** Office.PlatformType.OfficeOnline: Excel on the web. */
const OFFICE_ONLINE = "OfficeOnline";

/** Name of the sheet 插入标准指标表 adds (made unique). */
export const TEMPLATE_SHEET_NAME = "指标表";

/** Columns of a source range whose indent levels are read (the indicator names sit in the first ones). */
const INDENT_COLUMNS = 3;

/** Runs that only read or select: wait for the user to leave cell edit mode instead of failing. */
const READ_OPTIONS: RunOptionsSubset = { delayForCellEdit: true };

/**
 * The error of a write that failed after its first request made the sheet: says in Chinese what is left
 * and what to do, with Excel's own message as the detail; keeps Excel's error code.
 */
function halfWritten(sheetName: string, error: unknown): Error {
  const detail = error instanceof Error && error.message !== "" ? `(${error.message})` : "";
  return new WorkbookAdvice(
    `汇总表“${sheetName}”没有写完,Excel 中途出错${detail}。请再点一次“生成汇总表”,它会替换这张没写完的表;不需要时也可以点“删除生成的表”。`,
    { cause: error, code: officeErrorCode(error) },
  );
}

/** A grid cell from what Office.js returns for one cell. */
function toSheetCell(value: unknown, text: unknown, numberFormat: unknown, indent: number | undefined): SheetCell {
  const raw = typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : null;
  const cell: { value: SheetCell["value"]; text?: string; numberFormat?: string; indent?: number } = {
    value: raw === "" ? null : raw,
  };
  if (typeof text === "string" && text !== "") cell.text = text;
  if (typeof numberFormat === "string") cell.numberFormat = numberFormat;
  if (indent !== undefined && indent > 0) cell.indent = indent;
  return cell;
}

/** A sheet's head as a grid (the rows past the used range left out); no indents, no hidden rows. */
function headGrid(sheetName: string, range: RangeSubset): SheetGrid {
  const texts = range.text;
  const formats = range.numberFormat;
  const cells = range.values.map((row, r) =>
    row.map((value, c) => toSheetCell(value, texts[r]?.[c], formats[r]?.[c], undefined)),
  );
  while (cells.length > 0 && (cells[cells.length - 1] ?? []).every((cell) => cell.value === null)) cells.pop();
  return { sheetName, cells, origin: { row: range.rowIndex, column: range.columnIndex } };
}

/**
 * The workbook port over Office.js. Every method is one `Excel.run` with a fixed number of syncs:
 * readSource 1; readSheet 1; readSheetHeads 2 (the sheets' names, then every head at once); writeSummary 3 (one to list the sheets, WRITE_REQUESTS = 2 to write, the rows spread
 * evenly over them) as long as each half stays within REQUEST_BUDGET (4 MiB; a 10,000-row table in
 * formulas mode is about 5 MB in all), one more per further 4 MiB beyond; deleteGenerated 2;
 * insertTemplate 2; selectCell 2.
 * The source sheet is only read; only sheets recorded as generated (see generatedSheets.ts) are
 * replaced or deleted.
 */
export class OfficeWorkbookPort implements WorkbookPort {
  /** Only Excel on the web runs the pane in a browser that saves downloads. */
  readonly download?: (file: DownloadFile) => Promise<void>;

  constructor(private readonly host: OfficeHost) {
    if (host.platform === OFFICE_ONLINE) this.download = (file) => browserDownload(file);
  }

  /** One undo step for the whole run where ExcelApi 1.20 allows it. */
  private runOptions(): RunOptionsSubset {
    // While the user is typing in a cell, Excel waits for the edit to end instead of failing the run.
    return this.host.isSetSupported("ExcelApi", "1.20")
      ? { delayForCellEdit: true, mergeUndoGroup: true }
      : { delayForCellEdit: true };
  }

  /** Excel.run, with Excel's errors that have advice (officeAdvice.ts) turned into it. */
  private async run<T>(options: RunOptionsSubset, batch: (context: RequestContextSubset) => Promise<T>): Promise<T> {
    try {
      return await this.host.excel.run(options, batch);
    } catch (error) {
      throw officeAdvice(error);
    }
  }

  readSource(selectionOnly: boolean): Promise<SheetGrid> {
    return this.readRange((context) =>
      selectionOnly
        ? context.workbook.getSelectedRange()
        : context.workbook.worksheets.getActiveWorksheet().getUsedRange(false),
    );
  }

  readSheet(name: string): Promise<SheetGrid> {
    return this.readRange((context) => context.workbook.worksheets.getItem(name).getUsedRange(false));
  }

  async readSheetHeads(except: string): Promise<readonly SheetGrid[]> {
    const generated = readGeneratedSheets(this.host.settings);
    return this.run(READ_OPTIONS, async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/id,items/name");
      await context.sync();
      const heads = sheets.items
        .filter((sheet) => generated[sheet.id] === undefined && !sameSheetName(sheet.name, except))
        .map((sheet) => {
          const range = sheet
            .getUsedRange(false)
            .getRow(0)
            .getResizedRange(SHEET_HEAD_ROWS - 1, 0);
          range.load("values,text,numberFormat,rowIndex,columnIndex");
          return { name: sheet.name, range };
        });
      // One request for every sheet's head, however many sheets there are.
      await context.sync();
      return heads.map(({ name, range }) => headGrid(name, range));
    });
  }

  /** One range read whole (values, texts, formats, the first columns' indents, hidden rows): one sync. */
  private async readRange(locate: (context: RequestContextSubset) => RangeSubset): Promise<SheetGrid> {
    const withCellProperties = this.host.isSetSupported("ExcelApi", "1.9");
    return this.run(READ_OPTIONS, async (context) => {
      const range = locate(context);
      range.load("values,text,numberFormat,rowIndex,columnIndex");
      const sheet = range.worksheet;
      sheet.load("name");
      const indents = withCellProperties
        ? range
            .getColumn(0)
            .getResizedRange(0, INDENT_COLUMNS - 1)
            .getCellProperties({ format: { indentLevel: true } })
        : undefined;
      // Hidden rows are read in the same request: the engine names them instead of stating them as visible.
      const rowProperties = withCellProperties
        ? range.getRowProperties({ rowIndex: true, rowHidden: true })
        : undefined;
      await context.sync();

      const values = range.values;
      const texts = range.text;
      const formats = range.numberFormat;
      const indentRows = indents?.value;
      const cells = values.map((row, r) =>
        row.map((value, c) =>
          toSheetCell(value, texts[r]?.[c], formats[r]?.[c], indentRows?.[r]?.[c]?.format?.indentLevel),
        ),
      );
      const empty = cells.every((row) => row.every((cell) => cell.value === null));
      const hiddenRows = empty
        ? []
        : (rowProperties?.value ?? []).flatMap((row, r) => (row.rowHidden === true ? [r] : []));
      return {
        sheetName: sheet.name,
        cells: empty ? [] : cells,
        origin: { row: range.rowIndex, column: range.columnIndex },
        ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
      };
    });
  }

  async writeSummary(
    document: SummaryDocument,
    source: SheetGrid,
    options: WriteSummaryOptions,
  ): Promise<WriteSummaryResult> {
    const progress = options.onProgress ?? (() => undefined);
    const plan = planSummaryWrite(
      document,
      source,
      options.mode,
      REQUEST_BUDGET,
      this.host.isSetSupported("ExcelApi", "1.9"),
    );
    const suspendCalculation = this.host.isSetSupported("ExcelApi", "1.6");
    const wish = cleanSheetName(options.sheetName);
    const generated = readGeneratedSheets(this.host.settings);
    progress(5, "正在读取工作簿");

    // The name of the new sheet once a request has made it: a failure after that leaves it half-written.
    let made: string | undefined;
    const written = await this.host.excel
      .run(this.runOptions(), async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/id,items/name");
        await context.sync();

        const existing = sheets.items.map((sheet) => ({ id: sheet.id, name: sheet.name }));
        // The sheet this wish generated before (even if renamed since) is replaced; never the source.
        const previous = existing.find(
          (sheet) =>
            generated[sheet.id] !== undefined &&
            sameSheetName(generated[sheet.id] ?? "", wish) &&
            !sameSheetName(sheet.name, source.sheetName),
        );
        const name = uniqueSheetName(
          wish,
          existing.filter((other) => other !== previous).map((other) => other.name),
        );
        if (previous !== undefined) sheets.getItem(previous.id).delete();
        const sheet = sheets.add(name);
        sheet.load("id,name");
        // Right after the source sheet (items come in sheet order; the replaced sheet is gone by then).
        const remaining = existing.filter((other) => other !== previous);
        const sourceAt = remaining.findIndex((other) => sameSheetName(other.name, source.sheetName));
        if (sourceAt >= 0 && sourceAt + 1 < remaining.length) sheet.position = sourceAt + 1;

        const marks: Record<string, string> = {};
        for (const other of existing) {
          const wished = generated[other.id];
          if (wished !== undefined && other !== previous) marks[other.id] = wished;
        }
        // The new sheet is marked as soon as the first request has made it, so that a write failing
        // later leaves a sheet that regenerating replaces and 删除生成的表 removes.
        const markNewSheet = async (): Promise<void> => {
          if (made !== undefined) return;
          made = sheet.name;
          marks[sheet.id] = wish;
          await writeGeneratedSheets(this.host.settings, marks);
        };
        progress(20, "正在写入汇总表");
        await this.queueChunks(context, sheet, plan, suspendCalculation, async (done) => {
          await markNewSheet();
          progress(20 + Math.round((70 * done) / plan.chunks.length), "正在写入汇总表");
        });
        this.queueFormats(sheet, plan);
        sheet.activate();
        sheet.getRange("A1").select();
        await context.sync();
        await markNewSheet();
        return sheet.name;
      })
      .catch((error: unknown) => {
        // Only Excel's own errors (they carry a code); the adapter's Chinese ones already say what to do.
        const fromExcel = officeErrorCode(error) !== undefined;
        throw made !== undefined && fromExcel ? halfWritten(made, error) : officeAdvice(error);
      });
    progress(100, "已完成");
    return { sheetName: written, rows: plan.cells.length };
  }

  /**
   * Queues the row blocks of the plan. Every block but the last is sent by its own sync; the last goes
   * with the formats in the caller's final sync. So a fixed number of requests (WRITE_REQUESTS), more
   * only past REQUEST_BUDGET each, never one per row. Calculation is suspended in each request. Number formats go first so that text lands in "@"
   * cells as text.
   */
  private async queueChunks(
    context: RequestContextSubset,
    sheet: WorksheetSubset,
    plan: SummaryWritePlan,
    suspendCalculation: boolean,
    onChunk: (done: number) => Promise<void>,
  ): Promise<void> {
    for (const [index, chunk] of plan.chunks.entries()) {
      if (index > 0) {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per request-sized block (WRITE_REQUESTS), never per row
        await context.sync();
        await onChunk(index);
      }
      if (suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
      if (chunk.endRow <= chunk.firstRow) continue;
      const range = sheet.getRange(rangeAddress(chunk.firstRow, 0, chunk.endRow - 1, plan.width - 1));
      range.numberFormat = plan.numberFormats.slice(chunk.firstRow, chunk.endRow) as CellInput[][];
      const cells = plan.cells.slice(chunk.firstRow, chunk.endRow) as CellInput[][];
      if (plan.mode === "formulas") range.formulas = cells;
      else range.values = cells;
    }
  }

  private queueFormats(sheet: WorksheetSubset, plan: SummaryWritePlan): void {
    for (const operation of plan.formats) {
      const range = sheet.getRange(operation.address);
      if (operation.kind === "bold") range.format.font.bold = true;
      else if (operation.kind === "wrap") {
        range.format.wrapText = true;
        range.format.verticalAlignment = "Top";
      } else range.format.indentLevel = operation.level;
    }
    plan.columnWidths.forEach((points, column) => {
      sheet.getRange(columnsAddress(column, column)).format.columnWidth = points;
    });
    for (const { row, points } of plan.rowHeights) {
      sheet.getRange(`A${row + 1}`).format.rowHeight = points;
    }
  }

  async deleteGenerated(): Promise<number> {
    const generated = readGeneratedSheets(this.host.settings);
    const removed = await this.run(this.runOptions(), async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/id,items/name");
      await context.sync();
      const all = sheets.items;
      const ours = all.filter((sheet) => generated[sheet.id] !== undefined);
      // Excel keeps at least one sheet: if every sheet is generated, the first one stays.
      const doomed = ours.length === all.length ? ours.slice(1) : ours;
      for (const sheet of doomed) sheet.delete();
      await context.sync();
      const left: Record<string, string> = {};
      for (const sheet of ours.filter((one) => !doomed.includes(one))) left[sheet.id] = generated[sheet.id] ?? "";
      return { count: doomed.length, left };
    });
    await writeGeneratedSheets(this.host.settings, removed.left);
    return removed.count;
  }

  async insertTemplate(): Promise<string> {
    const template = standardTemplate();
    const header = STANDARD_TEMPLATE_HEADER_ROW;
    const width = template[header]?.length ?? 1;
    return this.run(this.runOptions(), async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const name = uniqueSheetName(
        TEMPLATE_SHEET_NAME,
        sheets.items.map((sheet) => sheet.name),
      );
      const sheet = sheets.add(name);
      const all = sheet.getRange(rangeAddress(0, 0, template.length - 1, width - 1));
      all.numberFormat = template.map((row) => row.map(() => "@"));
      all.values = template;
      sheet.getRange("A1").format.font.bold = true;
      sheet.getRange(rangeAddress(header, 0, header, width - 1)).format.font.bold = true;
      sheet.getRange(columnsAddress(0, 0)).format.columnWidth = columnPoints(28);
      sheet.getRange(columnsAddress(1, width - 1)).format.columnWidth = columnPoints(12);
      sheet.activate();
      sheet.getRange(rangeAddress(header + 1, 0, header + 1, 0)).select();
      sheet.load("name");
      await context.sync();
      return sheet.name;
    });
  }

  async selectCell(sheetName: string, row: number, column: number): Promise<void> {
    await this.run(READ_OPTIONS, async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      await context.sync();
      if (sheet.isNullObject) {
        throw new WorkbookAdvice(`找不到工作表“${sheetName}”,它可能已被删除或改名。请重新读取表格后再试。`);
      }
      sheet.activate();
      sheet.getCell(row, column).select();
      await context.sync();
    });
  }

  loadSettings(): Promise<Partial<PaneSettings> | undefined> {
    return Promise.resolve(parsePaneSettings(this.host.settings.get(PANE_SETTINGS_KEY)));
  }

  async saveSettings(settings: PaneSettings): Promise<void> {
    this.host.settings.set(PANE_SETTINGS_KEY, settings);
    await saveSettingsAsync(this.host.settings);
  }
}
