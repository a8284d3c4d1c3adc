import { readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderJson } from "../../src/output/json";
import { renderText } from "../../src/output/text";
import { buildReport } from "../../src/report";
import { renderSummaryWorkbook } from "../../src/workbook/xlsx/writeSummaryWorkbook";
import { libreOfficeCsv, SOFFICE } from "../cli/libreOfficeCsv";
import { fixtureOptions, toGrid, type FixtureSheet } from "../fixtures/fixtureSheet";
import { FIXTURE_SHEETS } from "../fixtures/sheets";
import { annual2018 } from "../fixtures/sheets/annual2018";
import { namesRates } from "../fixtures/sheets/namesRates";
import { cellIndent } from "../fixtures/sheets/cellIndent";
import { unitsMixed } from "../fixtures/sheets/unitsMixed";
import { summaryOf } from "./summaryOf";

const golden = (file: string): string => readFileSync(join(__dirname, "..", "golden", file), "utf8");

/** The document's table as the golden TSV writes it: title, headers, then each cell's displayed text. */
function documentTsv(fixture: FixtureSheet): string {
  const { table } = summaryOf(toGrid(fixture), fixtureOptions(fixture));
  const lines = [table.title, table.columns.map((column) => column.header).join("\t")];
  for (const row of table.rows) {
    lines.push(row.cells.map((cell, c) => (c === 0 ? "  ".repeat(row.level) + cell.text : cell.text)).join("\t"));
  }
  return lines.join("\n") + "\n";
}

describe("the summary document", () => {
  test.each(FIXTURE_SHEETS.map((fixture) => [fixture.name, fixture] as const))(
    "%s: every cell's displayed text is the golden table's",
    (name, fixture) => {
      expect(documentTsv(fixture)).toBe(golden(`${name}.table.txt`));
    },
  );

  test.each([
    // [what, value, format the cell is written with, text]
    ["a figure under its column's 0.00", 16.2, "0.00", "16.20"],
    ["a General figure", 128356, "General", "128356"],
    ["text is text-formatted", "财政总收入", "@", "财政总收入"],
  ] as const)("%s", (_what, value, numberFormat, text) => {
    const cells = [annual2018, unitsMixed].flatMap((fixture) =>
      summaryOf(toGrid(fixture)).table.rows.flatMap((row) => row.cells),
    );
    expect(cells.find((cell) => cell.value === value)).toMatchObject({ numberFormat, text });
  });

  test("an empty cell shows nothing and keeps its column's format; a rate it cannot compute is the text —", () => {
    const document = summaryOf(toGrid(namesRates));
    const row = document.table.rows.find((r) => r.cells[0]?.value === "服务业增加值")!;
    const current = document.table.columns.findIndex((column) => column.key === "current");
    expect(row.cells[current]).toEqual({
      value: null,
      numberFormat: document.table.columns[current]!.numberFormat,
      text: "",
    });
    const rateRow = document.table.rows.find((r) => r.cells[0]?.value === "规上工业增加值")!;
    const growth = document.table.columns.findIndex((column) => column.key === "growth");
    expect(rateRow.cells[growth]).toMatchObject({ value: null, text: "" });
  });

  test("title, period line, paragraphs and warnings come from the report", () => {
    const report = buildReport(toGrid(annual2018));
    const document = summaryOf(toGrid(annual2018));
    expect(document.title).toBe("开发区2018年主要经济指标完成情况");
    expect(document.periodLine).toBe("统计期:全年");
    expect(document.paragraphs).toEqual(report.paragraphs);
    expect(document.warnings).toEqual(report.warnings);
  });

  test("a sheet without a title row is titled <sheet>指标完成情况; its table keeps <sheet>指标汇总", () => {
    const document = summaryOf(toGrid(cellIndent));
    expect([document.title, document.table.title]).toEqual(["一季度指标完成情况", "一季度指标汇总"]);
  });

  test("plain text is the paragraphs one a line; JSON gives the engine's table unchanged", () => {
    const report = buildReport(toGrid(unitsMixed), { clauses: { highlights: true } });
    const document = summaryOf(toGrid(unitsMixed), { clauses: { highlights: true } });
    expect(renderText(document)).toBe(report.paragraphs.join("\n"));
    expect(JSON.stringify(renderJson(document))).toBe(
      JSON.stringify({
        period: report.period,
        paragraphs: report.paragraphs,
        table: report.table,
        warnings: report.warnings,
      }),
    );
  });
});

describe("the displayed texts are what LibreOffice shows for the written workbook", () => {
  test.each([annual2018, namesRates].map((fixture) => [fixture.name, fixture] as const))(
    "%s",
    async (_name, fixture) => {
      expect(SOFFICE).toBeTruthy();
      const document = summaryOf(toGrid(fixture));
      const dir = await mkdtemp(join(tmpdir(), "tongji-texts-"));
      const file = join(dir, "汇总.xlsx");
      await writeFile(file, await renderSummaryWorkbook(document));
      const csv = await libreOfficeCsv(file);
      // Rows 5… of the sheet are the table; LibreOffice quotes text and prints numbers as displayed.
      const shown = document.table.rows.map((_, r) => csv[4 + r]?.split(",").map((cell) => cell.replace(/^"|"$/g, "")));
      expect(shown).toEqual(document.table.rows.map((row) => row.cells.map((cell) => cell.text)));
    },
    120_000,
  );
});
