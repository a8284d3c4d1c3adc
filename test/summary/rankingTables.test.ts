import { readFileSync } from "node:fs";
import { join } from "node:path";
import mammoth from "mammoth";
import { renderDocx } from "../../src/output/docx/renderDocx";
import { renderJson } from "../../src/output/json";
import { buildReport } from "../../src/report";
import { planSummaryWrite } from "../../src/workbook/office/summaryWritePlan";
import { layoutSummarySheet } from "../../src/workbook/summarySheet";
import { fixtureOptions, toGrid } from "../fixtures/fixtureSheet";
import { regionsRanking } from "../fixtures/sheets/regionsRanking";
import { regionsRows } from "../fixtures/sheets/regionsRows";
import { regionsTwoLevel } from "../fixtures/sheets/regionsTwoLevel";
import { summaryOf } from "./summaryOf";

/** A regions sheet's ranking tables reach every output through the one summary document. */

const golden = (file: string): string => readFileSync(join(__dirname, "..", "golden", file), "utf8");

describe("a regions sheet's summary document", () => {
  test.each([regionsRows, regionsTwoLevel, regionsRanking].map((fixture) => [fixture.name, fixture] as const))(
    "%s lays out its ranking tables, each cell shown as the golden prints it",
    (name, fixture) => {
      const document = summaryOf(toGrid(fixture), fixtureOptions(fixture));
      const tsv = document.tables
        .map((table) =>
          [
            table.title,
            table.columns.map((c) => c.header).join("\t"),
            ...table.rows.map((row) => row.cells.map((cell) => cell.text).join("\t")),
          ]
            .map((line) => `${line}\n`)
            .join(""),
        )
        .join("\n");
      expect(tsv).toBe(golden(`${name}.rankings.txt`));
      // The engine's table stays what JSON gives as `table`; the rankings come beside it.
      expect(document.table.columns[0]?.header).toBe("指标");
      expect(document.tables.every((table) => table.columns[0]?.header === "地区")).toBe(true);
    },
  );

  test("JSON gives the engine's table and the ranking tables; an indicator sheet's JSON has no rankings", () => {
    const report = buildReport(toGrid(regionsRows));
    const json = renderJson(summaryOf(toGrid(regionsRows)));
    expect(json.table).toEqual(report.table);
    expect(json.rankings).toEqual(report.rankings);
    expect(json.rankings?.map((table) => table.title)).toEqual([
      "规上工业总产值分地区排名",
      "社会消费品零售总额分地区排名",
    ]);
  });

  test("the sheet stacks the tables under the sheet's title, each under its own, a blank row between; the paragraphs after the last", () => {
    const layout = layoutSummarySheet(summaryOf(toGrid(regionsRows)));
    expect(layout.tables).toEqual([
      { headerRow: 4, firstRow: 5, lastRow: 10 },
      { headerRow: 13, firstRow: 14, lastRow: 19 },
    ]);
    expect(layout.rows.map((row) => row[0]?.value).slice(10, 15)).toEqual([
      "戊区",
      null,
      "社会消费品零售总额分地区排名",
      "地区",
      "全市",
    ]);
    expect(layout.rows[21]?.[0]?.value).toBe("文字材料");
    expect(layout.columnWidths).toEqual([60, 12, 12, 12, 12, 12]);
  });

  test("the Office pane writes RANK.EQ as the formula bar takes it (no _xlfn. prefix), with RANK after it", () => {
    const plan = planSummaryWrite(summaryOf(toGrid(regionsRows)), toGrid(regionsRows), "formulas");
    expect(plan.cells[6]?.[4]).toBe(`=IFERROR(RANK.EQ(B7,$B$7:$B$11),IFERROR(RANK(B7,$B$7:$B$11),"—"))`);
    expect(plan.cells[15]?.[5]).toBe(`=IFERROR(RANK.EQ(C16,$C$16:$C$20),IFERROR(RANK(C16,$C$16:$C$20),"—"))`);
  });

  test("the Word report captions each ranking table 表1, 表2 … by its own title", async () => {
    const bytes = await renderDocx(summaryOf(toGrid(regionsRows)));
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const lines = value.split(/\n+/).filter((line) => line !== "");
    expect(lines).toContain("表1 规上工业总产值分地区排名");
    expect(lines).toContain("表2 社会消费品零售总额分地区排名");
    const second = lines.indexOf("表2 社会消费品零售总额分地区排名");
    expect(lines.slice(second + 1, second + 13)).toEqual([
      "地区",
      "本期(亿元)",
      "增速(%)",
      "占全市(%)",
      "位次(按总量)",
      "位次(按增速)",
      "全市",
      "862.4",
      "5.1",
      "100.0",
      "甲区",
      "301.2",
    ]);
  });
});
