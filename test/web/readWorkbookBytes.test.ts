import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import { buildReport } from "../../src/report/buildReport";
import type { SheetGrid } from "../../src/report/types";
import { WorkbookReadError, decodeCsv, readWorkbookBytes, workbookFormat } from "../../src/workbook/readWorkbookBytes";
import { orderSheets, sheetChoice } from "../../src/web/sheetChoices";
import { jobMessage } from "../../src/web/workbookJobs";
import { SheetTooLarge } from "../../src/workbook/readLimits";
import { fixtureWorkbook } from "../cli/fixtureWorkbook";
import { toGrid } from "../fixtures/fixtureSheet";
import { dashesText } from "../fixtures/sheets/dashesText";
import { standardFilled } from "../fixtures/sheets/standardFilled";

async function xlsxBytes(book: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The fixture as SheetJS writes it in another format. */
async function converted(bookType: XLSX.BookType): Promise<Uint8Array> {
  const book = XLSX.read(await xlsxBytes(fixtureWorkbook(standardFilled)), { type: "array", cellNF: true });
  if (bookType === "csv")
    return new TextEncoder().encode(XLSX.utils.sheet_to_csv(book.Sheets[standardFilled.sheetName]!));
  return new Uint8Array(XLSX.write(book, { bookType, type: "array" }) as ArrayBuffer);
}

const cell = (grid: SheetGrid, row: number, column: number) => grid.cells[row]?.[column];

describe("one reader for every format: values, displayed text and number formats on the same grid", () => {
  it.each([
    ["指标.xls", "biff8"],
    ["指标.et", "biff8"],
    ["指标.ods", "ods"],
  ] as const)("%s reads as the .xlsx does, and gives the same paragraphs", async (name, bookType) => {
    const fromXlsx = await readWorkbookBytes("指标.xlsx", await xlsxBytes(fixtureWorkbook(standardFilled)));
    const grids = await readWorkbookBytes(name, await converted(bookType));
    expect(grids.map((grid) => grid.sheetName)).toEqual([standardFilled.sheetName]);
    const grid = grids[0]!;
    expect(cell(grid, 3, 2)).toEqual({ value: 168.24, text: "168.24", numberFormat: "0.00" });
    expect(cell(grid, 3, 0)).toEqual({ value: "规上工业总产值", text: "规上工业总产值", numberFormat: "General" });
    expect(cell(grid, 1, 5)).toEqual({ value: null, text: "", numberFormat: "General" });
    expect(buildReport(grid, {}).paragraphs).toEqual(buildReport(fromXlsx[0]!, {}).paragraphs);
  });

  it("a .csv reads its text as typed (numbers parsed), its sheet named after the file", async () => {
    const [grid, ...rest] = await readWorkbookBytes("D:\\报表\\10月指标.csv", await converted("csv"));
    expect(rest).toEqual([]);
    expect(grid!.sheetName).toBe("10月指标");
    expect(cell(grid!, 3, 2)).toMatchObject({ value: 168.24, text: "168.24" });
    expect(buildReport(grid!, {}).paragraphs[0]).toMatch(/^1-10月,实现规上工业总产值168.24亿元,同比增长11.9%/);
  });

  it("a .csv in GB18030 (as Excel and WPS save it on Chinese Windows) reads like UTF-8", () => {
    // "指标名称,本期" in GBK.
    const gbk = new Uint8Array([0xd6, 0xb8, 0xb1, 0xea, 0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xb1, 0xbe, 0xc6, 0xda]);
    expect(decodeCsv(gbk)).toBe("指标名称,本期");
    expect(decodeCsv(new TextEncoder().encode("\uFEFF指标名称,本期"))).toBe("指标名称,本期");
  });

  it("an .xls saved under .xlsx is read all the same", async () => {
    const grids = await readWorkbookBytes("改了扩展名.xlsx", await converted("biff8"));
    expect(cell(grids[0]!, 3, 2)).toMatchObject({ value: 168.24, text: "168.24" });
  });
});

describe("files it cannot read: a Chinese message saying what to do", () => {
  const encrypted = (): Uint8Array => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, "/EncryptionInfo", new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
    XLSX.CFB.utils.cfb_add(cfb, "/EncryptedPackage", new Uint8Array(4096));
    return new Uint8Array(XLSX.CFB.write(cfb, { type: "array" }) as ArrayBuffer);
  };
  it.each([
    [
      "加密.xlsx",
      encrypted,
      "“加密.xlsx”设有打开密码,统计助手无法读取:请在 Excel 或 WPS 中打开它,取消打开密码(“文件”→“信息”→“保护工作簿”)后另存一份再试",
    ],
    [
      "坏.xlsx",
      () => new TextEncoder().encode("PK\u0003\u0004 not really a zip"),
      "“坏.xlsx”已损坏或不是有效的 Excel 文件,无法读取:请在 Excel 或 WPS 中打开它并“另存为” .xlsx 后再试",
    ],
    [
      "坏.xls",
      () => new TextEncoder().encode("plain text"),
      "“坏.xls”已损坏或格式无法识别,无法读取:请在 Excel 或 WPS 中打开它并“另存为” .xlsx 后再试",
    ],
    ["空.ods", () => new Uint8Array(0), "“空.ods”是空文件(0 字节),请检查是否选对了文件"],
    [
      "报告.docx",
      () => new Uint8Array([1, 2, 3]),
      "不能读取“报告.docx”:统计助手读取 .xlsx、.xlsm、.xls、.et、.ods 和 .csv 文件,请在 Excel 或 WPS 中把它“另存为” .xlsx 后再试",
    ],
  ])("%s", async (name, bytes, message) => {
    await expect(readWorkbookBytes(name, bytes())).rejects.toEqual(new WorkbookReadError(message));
  });

  it.each([
    ["a.XLSX", "xlsx"],
    ["a.xlsm", "xlsx"],
    ["a.xls", "sheetjs"],
    ["a.et", "sheetjs"],
    ["a.ods", "sheetjs"],
    ["a.csv", "csv"],
    ["a.numbers", undefined],
    ["xlsx", undefined],
  ])("the format of %s is %s", (name, format) => {
    expect(workbookFormat(name)).toBe(format);
  });
});

describe("the sheet list: indicator sheets first, the latest period selected", () => {
  const renamed = (grid: SheetGrid, sheetName: string, from: string, to: string): SheetGrid => ({
    sheetName,
    cells: grid.cells.map((row) =>
      row.map((c) =>
        typeof c.value === "string" ? { ...c, value: c.value.replace(from, to), text: c.value.replace(from, to) } : c,
      ),
    ),
  });
  const notes: SheetGrid = { sheetName: "说明", cells: [[{ value: "填表说明", text: "填表说明" }]] };

  it("lists indicator sheets in the file's order, then the others, and selects the latest", () => {
    const october = toGrid(standardFilled);
    const july = renamed(october, "7月", "1-10月", "1-7月");
    const choices = [notes, october, july, toGrid(dashesText)].map(sheetChoice);
    const { sheets, selected } = orderSheets(choices);
    expect(sheets.map((s) => [s.name, s.indicator, s.period?.label])).toEqual([
      ["标准指标表", true, "1-10月"],
      ["7月", true, "1-7月"],
      ["录入表", true, "1-11月"],
      ["说明", false, undefined],
    ]);
    // 录入表 says 2020年1-11月; the others name no year, and a stated year ranks above none.
    expect(selected).toBe("录入表");
  });

  it("selects the first sheet when none is an indicator sheet", () => {
    expect(orderSheets([notes, { ...notes, sheetName: "封面" }].map(sheetChoice)).selected).toBe("说明");
  });
});

describe("the command line's limits, in every format: a sheet past them stops with SheetTooLarge", () => {
  /** The fixture's rows and cells holding data, as the readers count them. */
  async function held(): Promise<{ rows: number; cells: number }> {
    const [grid] = await readWorkbookBytes("指标.xlsx", await xlsxBytes(fixtureWorkbook(standardFilled)));
    const counts = grid!.cells.map(
      (row) => row.filter((c) => c.value !== null && String(c.value).trim() !== "").length,
    );
    return { rows: counts.filter((n) => n > 0).length, cells: counts.reduce((a, b) => a + b, 0) };
  }

  it.each([
    ["指标.xlsx", "xlsx"],
    ["指标.xls", "biff8"],
    ["指标.ods", "ods"],
    ["指标.csv", "csv"],
  ] as const)("%s", async (fileName, bookType) => {
    const bytes = bookType === "xlsx" ? await xlsxBytes(fixtureWorkbook(standardFilled)) : await converted(bookType);
    const { rows, cells } = await held();
    const sheet = bookType === "csv" ? "指标" : standardFilled.sheetName;
    // At the limits the sheet is read; one row or one cell less and it is not.
    await expect(readWorkbookBytes(fileName, bytes, { maxRows: rows, maxCells: cells })).resolves.toHaveLength(1);
    for (const [limits, what, limit] of [
      [{ maxRows: rows - 1, maxCells: cells }, "rows", rows - 1],
      [{ maxRows: rows, maxCells: cells - 1 }, "cells", cells - 1],
    ] as const) {
      const error = await readWorkbookBytes(fileName, bytes, limits).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SheetTooLarge);
      expect(error).toMatchObject({ sheetName: sheet, what, limit });
    }
  });

  it("the page words it as the command line does, with its own next step", () => {
    expect(jobMessage(new SheetTooLarge("明细", "rows", 300_000), "明细.csv")).toBe(
      "“明细.csv”:工作表“明细”有数据的行超过30万行,超出统计助手能处理的上限(每个工作表30万行、500万个有数据的单元格):" +
        "请把指标表拆成几个文件后分别选择;如果这个工作表不是指标表,请在 Excel 或 WPS 中把指标表另存为单独的文件后再选择",
    );
    expect(jobMessage(new SheetTooLarge("明细", "cells", 5_000_000), "明细.xls")).toBe(
      "“明细.xls”:工作表“明细”有数据的单元格超过500万个,超出统计助手能处理的上限(每个工作表30万行、500万个有数据的单元格):" +
        "请把指标表拆成几个文件后分别选择;如果这个工作表不是指标表,请在 Excel 或 WPS 中把指标表另存为单独的文件后再选择",
    );
  });
});
