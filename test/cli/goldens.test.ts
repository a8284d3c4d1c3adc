import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { SummaryTable } from "../../src/report/types";
import { readWorkbookGrids } from "../../src/workbook/xlsx/readWorkbook";
import { fixtureFlags, toGrid } from "../fixtures/fixtureSheet";
import { FIXTURE_SHEETS } from "../fixtures/sheets";
import { tableTsv } from "../report/tableTsv";
import { writeFixtureXlsx, fixtureWorkbook } from "./fixtureWorkbook";
import { runTongji, sha256 } from "./runTongji";

/**
 * Every fixture sheet written to a real .xlsx and run through the command line must give the very goldens
 * the engine tests pin (test/golden): the xlsx path (displayed text computed by numfmt from the number
 * formats, merged cells, indentation) and the engine path agree.
 */
const GOLDEN_DIR = join(__dirname, "..", "golden");
const golden = (file: string): Promise<string> => readFile(join(GOLDEN_DIR, file), "utf8");
const lines = (text: string): string[] => text.split("\n").filter((line) => line !== "");

interface JsonOutput {
  readonly file: string;
  readonly sheet: string;
  readonly period: { readonly label: string };
  readonly paragraphs: string[];
  readonly table: SummaryTable;
  readonly rankings?: SummaryTable[];
  readonly warnings: { code: string; row: number; message: string }[];
  readonly out?: string;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tongji-goldens-"));
});

describe.each(FIXTURE_SHEETS.map((fixture) => [fixture.name, fixture] as const))(
  "fixture %s as .xlsx",
  (name, fixture) => {
    const file = (): string => join(dir, `${name}.xlsx`);
    let before: string;
    beforeAll(async () => {
      await writeFixtureXlsx(fixture, file());
      before = await sha256(file());
    });
    afterAll(async () => {
      // Every run below reads the file; none may change a byte of it.
      expect(await sha256(file())).toBe(before);
    });

    it("reads every cell with the value and displayed text the engine tests use", async () => {
      const sheet = (await readWorkbookGrids(file())).grids.get(fixture.sheetName);
      if (sheet === undefined) throw new Error("sheet lost");
      const read = sheet.cells;
      const expected = toGrid(fixture).cells;
      expected.forEach((row, r) =>
        row.forEach((cell, c) => {
          const got = read[r]?.[c];
          const pick = (x: typeof cell | undefined) => ({
            value: x?.value ?? null,
            text: x?.value === null || x?.value === undefined ? "" : x.text,
            indent: x?.indent ?? 0,
          });
          expect([r, c, pick(got)]).toEqual([r, c, pick(cell)]);
        }),
      );
    });

    it("prints the golden narrative on stdout and the golden warnings on stderr", async () => {
      const result = await runTongji([file(), ...fixtureFlags(fixture)]);
      expect(result.code).toBe(0);
      expect(result.out).toBe(await golden(`${name}.txt`));
      const prefix = `提示(${name}.xlsx / ${fixture.sheetName}):`;
      expect(lines(result.err)).toEqual(lines(await golden(`${name}.warnings.txt`)).map((w) => prefix + w));
    });

    it("gives the golden paragraphs, table and warnings with --json", async () => {
      const result = await runTongji([file(), ...fixtureFlags(fixture), "--json"]);
      expect(result.code).toBe(0);
      const json = JSON.parse(result.out) as JsonOutput;
      expect(json.file).toBe(file());
      expect(json.sheet).toBe(fixture.sheetName);
      expect(json.paragraphs).toEqual(lines(await golden(`${name}.txt`)));
      expect(tableTsv(json.table)).toBe(await golden(`${name}.table.txt`));
      expect(json.warnings.map((w) => w.message)).toEqual(lines(await golden(`${name}.warnings.txt`)));
    });

    it("writes a summary workbook with --out whose cells hold the table and the paragraphs", async () => {
      const out = join(dir, `${name}_汇总.xlsx`);
      const result = await runTongji([file(), ...fixtureFlags(fixture), "--json", "--out", out]);
      expect(result.code).toBe(0);
      expect(result.err).toBe(`已写入 ${out}\n`);
      const json = JSON.parse(result.out) as JsonOutput;
      expect(json.out).toBe(out);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(out);
      expect(book.worksheets.map((s) => s.name)).toEqual(["指标汇总"]);
      const sheet = book.getWorksheet("指标汇总");
      if (sheet === undefined) throw new Error("sheet lost");
      const value = (row: number, column: number): ExcelJS.CellValue => sheet.getCell(row, column).value;
      const goldenTable = lines(await golden(`${name}.table.txt`));
      expect(value(1, 1)).toBe(goldenTable[0]);
      expect(value(2, 1)).toBe(`统计期:${json.period.label}`);
      // An indicator sheet's table from row 4; a regions sheet's ranking tables each under its title, a blank row between.
      const tables = json.rankings ?? [json.table];
      // The rankings golden holds one block per table (title, headers, rows), a blank line between.
      const goldenHeaders =
        json.rankings === undefined
          ? [goldenTable[1]]
          : (await golden(`${name}.rankings.txt`)).split("\n\n").map((block) => block.split("\n")[1]);
      let at = 4;
      tables.forEach((table, t) => {
        if (t > 0) at += 1;
        if (json.rankings !== undefined) {
          expect(value(at, 1)).toBe(table.title);
          at += 1;
        }
        expect(table.columns.map((_, c) => value(at, c + 1))).toEqual(goldenHeaders[t]?.split("\t"));
        at += 1;
        table.rows.forEach((row) => {
          const written = row.cells.map((_, c) => value(at, c + 1));
          expect(written).toEqual(row.cells.map((cell) => cell.value));
          table.columns.forEach((column, c) => {
            if (typeof row.cells[c]?.value === "number")
              expect(sheet.getCell(at, c + 1).numFmt ?? "General").toBe(column.numberFormat);
          });
          at += 1;
        });
      });
      const firstParagraphRow = at + 2;
      expect(value(firstParagraphRow - 1, 1)).toBe("文字材料");
      const paragraphs = json.paragraphs.map((_, p) => value(firstParagraphRow + p, 1));
      expect(paragraphs).toEqual(lines(await golden(`${name}.txt`)));
    });
  },
);

describe("the fixture workbooks", () => {
  it("hold the merged ranges the fixtures declare", () => {
    const merged = FIXTURE_SHEETS.filter((fixture) => (fixture.merges ?? []).length > 0).map((fixture) => {
      const sheet = fixtureWorkbook(fixture).getWorksheet(fixture.sheetName);
      return [fixture.name, fixture.merges?.every((range) => sheet?.getCell(range.split(":")[1] ?? "").isMerged)];
    });
    expect(merged.length).toBeGreaterThanOrEqual(5);
    expect(merged.filter(([, ok]) => ok !== true)).toEqual([]);
  });
});
