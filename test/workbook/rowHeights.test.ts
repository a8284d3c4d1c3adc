/**
 * The paragraphs of the summary sheet show whole: each wrapped paragraph row gets a height for its
 * lines, in the Office.js writer and in the .xlsx the command line writes (LibreOffice and some WPS
 * versions keep a default one-line height otherwise, cutting the text off).
 */
import { mkdtempSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { MAX_ROW_POINTS } from "../../src/workbook/excelLimits";
import { layoutSummarySheet, wrappedRowHeight } from "../../src/workbook/summarySheet";
import { OfficeWorkbookPort } from "../../src/workbook/office/OfficeWorkbookPort";
import { renderSummaryWorkbook } from "../../src/workbook/xlsx/writeSummaryWorkbook";
import { FakeWorkbook, fakeOfficeHost } from "../fakes/fakeExcel";
import { toGrid } from "../fixtures/fixtureSheet";
import { standardFilled } from "../fixtures/sheets/standardFilled";
import { summaryOf } from "../summary/summaryOf";

describe("wrappedRowHeight: 16 points a line, a CJK character two widths, at most Excel's 409", () => {
  test.each([
    ["empty", "", 60, 20],
    ["10 CJK", "一二三四五六七八九十", 60, 20],
    ["29 CJK fill one line", "一".repeat(29), 60, 20],
    ["30 CJK take two", "一".repeat(30), 60, 36],
    ["58 ASCII fill one line", "a".repeat(58), 60, 20],
    ["59 ASCII take two", "a".repeat(59), 60, 36],
    ["a clause of 47 widths", "1-9月,实现规上工业总产值128.6亿元,同比增长14.4%", 60, 20],
    ["ten lines", "一".repeat(29 * 10), 60, 164],
    ["past 409 points", "一".repeat(10000), 60, MAX_ROW_POINTS],
  ])("%s: %#", (_label, text, width, points) => {
    expect(wrappedRowHeight(text, width)).toBe(points);
  });
});

describe("the writers set the paragraph rows' heights", () => {
  const grid = toGrid(standardFilled);
  const report = summaryOf(grid);
  const layout = layoutSummarySheet(report);
  const expected = layout.paragraphRows.map(({ row, points }) => [row, points]);

  test("every paragraph row needs more than one line and gets its height", () => {
    expect(expected.length).toBe(report.paragraphs.length);
    for (const [, points] of expected) expect(points).toBeGreaterThan(20);
  });

  test("Office.js: one height per paragraph row, no extra sync", async () => {
    const workbook = new FakeWorkbook({ excelApi: "1.20" });
    workbook.addGridSheet(grid);
    const port = new OfficeWorkbookPort(fakeOfficeHost(workbook));
    const source = await port.readSource(false);
    await port.writeSummary(summaryOf(source), source, { sheetName: "指标汇总", mode: "values" });
    expect(workbook.syncCount).toBe(4);
    const heights = workbook.sheet("指标汇总")!.snapshot().rowHeights;
    expect(Object.entries(heights).map(([row, points]) => [Number(row), points])).toEqual(expected);
  });

  test(".xlsx: the heights are in the file ExcelJS reads back", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "tongji-heights-")), "out.xlsx");
    await writeFile(file, await renderSummaryWorkbook(report));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.worksheets[0]!;
    expect(expected.map(([row]) => [row, sheet.getRow(Number(row) + 1).height])).toEqual(expected);
  });
});
