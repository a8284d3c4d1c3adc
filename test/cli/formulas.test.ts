import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { summaryOf } from "../summary/summaryOf";
import { summaryFormulaRows } from "../../src/workbook/summaryFormulas";
import { layoutSummarySheet } from "../../src/workbook/summarySheet";
import { toGrid, type FixtureSheet } from "../fixtures/fixtureSheet";
import { halfYearTargets } from "../fixtures/sheets/halfYearTargets";
import { writeFixtureXlsx } from "./fixtureWorkbook";
import { libreOfficeCsv } from "./libreOfficeCsv";
import { runTongji, sha256 } from "./runTongji";

/** --out --formulas: the summary table as native Excel formulas over a copy of the source sheet. */

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tongji-formulas-"));
});

async function writeWithFormulas(
  fixture: FixtureSheet,
): Promise<{ input: string; out: string; book: ExcelJS.Workbook }> {
  const input = join(dir, `${fixture.name}.xlsx`);
  await writeFixtureXlsx(fixture, input);
  const before = await sha256(input);
  const out = join(dir, `${fixture.name}_公式.xlsx`);
  const result = await runTongji([input, "--out", out, "--formulas"]);
  expect(result.code).toBe(0);
  expect(await sha256(input)).toBe(before);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  return { input, out, book };
}

describe("--out with --formulas", () => {
  it("writes every summary figure as the formula the task pane writes, with the value as its cached result", async () => {
    const { book } = await writeWithFormulas(halfYearTargets);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(["指标汇总", "上半年"]);
    const grid = toGrid(halfYearTargets);
    const layout = layoutSummarySheet(summaryOf(grid));
    const expected = summaryFormulaRows(layout, grid);
    const summary = book.getWorksheet("指标汇总");
    const written = layout.rows.map((cells, r) =>
      cells.map((cell, c) => {
        const value = summary?.getCell(r + 1, c + 1).value ?? null;
        return value !== null && typeof value === "object" && "formula" in value
          ? { formula: `=${value.formula}`, result: value.result }
          : value;
      }),
    );
    const wanted = layout.rows.map((cells, r) =>
      cells.map((cell, c) => {
        const formula = expected[r]?.[c];
        return cell.formula !== undefined && typeof formula === "string" ? { formula, result: cell.value } : cell.value;
      }),
    );
    expect(written).toEqual(wanted);
    // Spot checks a reader can follow: the copied figure and the change of the first row.
    expect(summary?.getCell("C5").value).toEqual({ formula: "'上半年'!C3", result: 96.4 });
    expect(summary?.getCell("E5").value).toEqual({ formula: 'IFERROR(C5-D5,"—")', result: 11.3 });
  });

  it("copies the source sheet's values, number formats and indents under its own name", async () => {
    const { book } = await writeWithFormulas(halfYearTargets);
    const copy = book.getWorksheet("上半年");
    const grid = toGrid(halfYearTargets);
    const values = grid.cells.map((row, r) => row.map((_, c) => copy?.getCell(r + 1, c + 1).value ?? null));
    expect(values).toEqual(grid.cells.map((row) => row.map((cell) => cell.value)));
  });

  it("recalculates in LibreOffice when a figure of the copied source changes", async () => {
    const { out, book } = await writeWithFormulas(halfYearTargets);
    // Change 工业总产值's 本期 in the copy and drop every cached result, so the reader must compute.
    book.getWorksheet("上半年")!.getCell("C3").value = 100;
    book.getWorksheet("指标汇总")!.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value;
        if (value !== null && typeof value === "object" && "formula" in value) cell.value = { formula: value.formula };
      }),
    );
    const changed = out.replace(/\.xlsx$/, "_改.xlsx");
    await book.xlsx.writeFile(changed);
    const csv = await libreOfficeCsv(changed);
    expect(csv[3]).toBe('"指标","单位","本期","上年同期","增减额","增速(%)","全年目标","完成率(%)","进度差(百分点)"');
    // 本期 and 增减额 follow the new figure; 增速 and 完成率 are the sheet's own columns, as in values mode.
    expect(csv[4]).toBe('"工业总产值","亿元",100,85.1,14.9,13.3,180,53.6,3.6');
    expect(csv[5]).toBe('"税收收入","万元",21860,23540,-1680,-7.1,48000,45.5,-4.5');
  }, 120_000);

  it("names the summary sheet apart from a source sheet already called 指标汇总", async () => {
    const { book } = await writeWithFormulas({ ...halfYearTargets, name: "same-name", sheetName: "指标汇总" });
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(["指标汇总 (2)", "指标汇总"]);
    expect(book.getWorksheet("指标汇总 (2)")?.getCell("C5").value).toEqual({ formula: "'指标汇总'!C3", result: 96.4 });
  });

  it("is refused without --out", async () => {
    const result = await runTongji(["表.xlsx", "--formulas"]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("错误:--formulas 只用于 --out 另存的工作簿,请同时给出 --out 文件.xlsx");
  });
});
