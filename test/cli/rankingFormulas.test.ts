import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { fileFormula } from "../../src/workbook/excelFormula";
import { summaryFormulaRows } from "../../src/workbook/summaryFormulas";
import { layoutSummarySheet } from "../../src/workbook/summarySheet";
import { toGrid } from "../fixtures/fixtureSheet";
import { regionsRows } from "../fixtures/sheets/regionsRows";
import { summaryOf } from "../summary/summaryOf";
import { writeFixtureXlsx } from "./fixtureWorkbook";
import { libreOfficeCsv } from "./libreOfficeCsv";
import { runTongji, sha256 } from "./runTongji";

/** A regions sheet's ranking tables in the written workbook: values, live formulas (RANK.EQ) and LibreOffice's recalculation. */

let dir: string;
let input: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tongji-ranking-"));
  input = join(dir, "分地区.xlsx");
  await writeFixtureXlsx(regionsRows, input);
});

async function written(flags: readonly string[]): Promise<{ out: string; book: ExcelJS.Workbook }> {
  const before = await sha256(input);
  const out = join(dir, `汇总${flags.join("")}.xlsx`);
  const result = await runTongji([input, "--out", out, ...flags]);
  expect(result.code).toBe(0);
  expect(await sha256(input)).toBe(before);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  return { out, book };
}

/** The values of a block of the summary sheet, row by row (a formula cell as its cached result). */
function block(sheet: ExcelJS.Worksheet | undefined, firstRow: number, lastRow: number, width: number): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = firstRow; r <= lastRow; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= width; c++) {
      const value = sheet?.getCell(r, c).value ?? null;
      row.push(value !== null && typeof value === "object" && "result" in value ? value.result : value);
    }
    rows.push(row);
  }
  return rows;
}

/** A share as the table holds it: percent, binary noise removed at 10 decimals. */
const share = (part: number, whole: number): number => Math.round((part / whole) * 100 * 1e10) / 1e10;

describe("the ranking tables of a regions sheet in the written workbook", () => {
  it("hold one table per indicator, 地区 first, the total row first, the places by growth with ties sharing a rank", async () => {
    const { book } = await written(["--place-order", "增速"]);
    const sheet = book.getWorksheet("指标汇总");
    expect(block(sheet, 1, 2, 1)).toEqual([["2024年1-9月各区主要经济指标"], ["统计期:1-9月"]]);
    expect(block(sheet, 4, 11, 6)).toEqual([
      ["规上工业总产值分地区排名", null, null, null, null, null],
      ["地区", "本期(亿元)", "增速(%)", "占全市(%)", "位次(按总量)", "位次(按增速)"],
      ["全市", 1512.1, 7.2, 100, null, null],
      ["甲区", 555.37, 9.3, share(555.37, 1512.1), 1, 1],
      ["乙区", 301.2, 8.1, share(301.2, 1512.1), 2, 2],
      ["丙区", 288.05, 8.1, share(288.05, 1512.1), 3, 2],
      ["丁区", 247.18, 3.5, share(247.18, 1512.1), 4, 4],
      ["戊区", 120.3, -2.4, share(120.3, 1512.1), 5, 5],
    ]);
    expect(block(sheet, 13, 20, 6)).toEqual([
      ["社会消费品零售总额分地区排名", null, null, null, null, null],
      ["地区", "本期(亿元)", "增速(%)", "占全市(%)", "位次(按总量)", "位次(按增速)"],
      ["全市", 862.4, 5.1, 100, null, null],
      ["丁区", 120.6, 7.9, share(120.6, 862.4), 4, 1],
      ["甲区", 301.2, 6.8, share(301.2, 862.4), 1, 2],
      ["丙区", 160.3, 5.1, share(160.3, 862.4), 3, 3],
      ["乙区", 188.5, 4.2, share(188.5, 862.4), 2, 4],
      ["戊区", 91.8, -1.5, share(91.8, 862.4), 5, 5],
    ]);
    expect(sheet?.getCell("D8").numFmt).toBe("0.0");
    expect(sheet?.getCell("A22").value).toBe("文字材料");
  });

  it("writes native formulas (RANK.EQ, RANK where Excel has no RANK.EQ) with the values as cached results", async () => {
    const { book } = await written(["--formulas"]);
    const sheet = book.getWorksheet("指标汇总");
    const grid = toGrid(regionsRows);
    const layout = layoutSummarySheet(summaryOf(grid));
    const expected = summaryFormulaRows(layout, grid);
    layout.rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const formula = expected[r]?.[c];
        const value = sheet?.getCell(r + 1, c + 1).value ?? null;
        if (cell.formula !== undefined && typeof formula === "string") {
          expect(value).toEqual({ formula: fileFormula(formula).replace(/^=/, ""), result: cell.value });
        } else {
          expect(value).toEqual(cell.value);
        }
      }),
    );
    expect(sheet?.getCell("B7").value).toEqual({ formula: "'分地区'!B4", result: 555.37 });
    expect(sheet?.getCell("D7").value).toEqual({
      formula: `IFERROR(IF('分地区'!B3<=0,"—",B7/'分地区'!B3*100),"—")`,
      result: share(555.37, 1512.1),
    });
    expect(sheet?.getCell("E7").value).toEqual({
      formula: `IFERROR(_xlfn.RANK.EQ(B7,$B$7:$B$11),IFERROR(RANK(B7,$B$7:$B$11),"—"))`,
      result: 1,
    });
    expect(sheet?.getCell("F10").value).toEqual({
      formula: `IFERROR(_xlfn.RANK.EQ(C10,$C$7:$C$11),IFERROR(RANK(C10,$C$7:$C$11),"—"))`,
      result: 4,
    });
  });

  it("recalculate in LibreOffice when a place's figure changes: its share and every rank follow", async () => {
    const { out, book } = await written(["--formulas"]);
    // 甲区 falls from 555.37 to 100 and its growth to 3.5 (a tie with 丁区); every cached result is dropped.
    book.getWorksheet("分地区")!.getCell("B4").value = 100;
    book.getWorksheet("分地区")!.getCell("C4").value = 3.5;
    book.getWorksheet("指标汇总")!.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value;
        if (value !== null && typeof value === "object" && "formula" in value) cell.value = { formula: value.formula };
      }),
    );
    const changed = out.replace(/\.xlsx$/, "_改.xlsx");
    await book.xlsx.writeFile(changed);
    const csv = await libreOfficeCsv(changed);
    expect(csv.slice(4, 11)).toEqual([
      '"地区","本期(亿元)","增速(%)","占全市(%)","位次(按总量)","位次(按增速)"',
      '"全市",1512.10,7.2,100.0,,',
      '"甲区",100.00,3.5,6.6,5,3',
      '"乙区",301.20,8.1,19.9,1,1',
      '"丙区",288.05,8.1,19.0,2,1',
      '"丁区",247.18,3.5,16.3,3,3',
      '"戊区",120.30,-2.4,8.0,4,5',
    ]);
  }, 120_000);

  it("--place-order takes 原表, 总量, 增速 or their ids, and names them when given another", async () => {
    const result = await runTongji([input, "--place-order", "拼音"]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("错误:--place-order 应为 原表(sheet)、总量(value)、增速(growth) 之一,而不是“拼音”");
  });
});
