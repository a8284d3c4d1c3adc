/**
 * docs/sheets.md shows a regions sheet and the text the engine writes for it: the table in the doc is the fixture
 * (test/fixtures/sheets/regionsRows.ts) and each quoted paragraph is what the engine states, exactly.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildReport } from "../../src/report/buildReport";
import { toGrid } from "../fixtures/fixtureSheet";
import { placeColumns } from "../fixtures/sheets/placeColumns";
import { regionsRows } from "../fixtures/sheets/regionsRows";

const DOC = readFileSync(join(__dirname, "..", "..", "docs", "sheets.md"), "utf8");
const SECTION = /## 分地区的表[^\n]*\n([\s\S]*?)\n## /.exec(DOC)?.[1] ?? "";

/** The runs of "> " lines, each run's paragraphs without the blank quote lines. */
function quotes(markdown: string): string[][] {
  const runs: string[][] = [];
  let run: string[] | undefined;
  for (const line of markdown.split("\n")) {
    if (line.startsWith(">")) {
      run ??= [];
      const text = line.replace(/^>\s?/, "").trim();
      if (text !== "") run.push(text);
    } else if (run !== undefined) {
      runs.push(run);
      run = undefined;
    }
  }
  if (run !== undefined) runs.push(run);
  return runs;
}

describe("docs/sheets.md: the regions sheet", () => {
  it("shows the fixtures' tables", () => {
    const rows = SECTION.split("\n")
      .filter((line) => line.startsWith("|") && !/^\|\s*-/.test(line))
      .map((line) =>
        line
          .split("|")
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
    const shown = (row: readonly unknown[]): string[] =>
      row.map((cell) => (typeof cell === "number" || typeof cell === "string" ? String(cell) : ""));
    expect(rows).toEqual([...regionsRows.rows.slice(1).map(shown), ...placeColumns.rows.slice(1).map(shown)]);
  });

  it("quotes the text the engine writes, without and with a focus place, and beside the whole", () => {
    const [plain, focus, besideWhole] = quotes(SECTION);
    expect(plain).toEqual(buildReport(toGrid(regionsRows)).paragraphs);
    expect(focus).toEqual(buildReport(toGrid(regionsRows), { place: "甲区" }).paragraphs);
    expect(besideWhole).toEqual(buildReport(toGrid(placeColumns)).paragraphs);
  });
});
