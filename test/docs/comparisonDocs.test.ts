/**
 * The examples of comparisons in the user docs, checked against what the tool says: each sheet shown after a
 * "<!-- 示例 [flags] -->" marker in docs/sheets.md and docs/taskpane.md gives exactly the paragraph quoted under
 * it, and docs/cli.md's 与上期比较 section shows exactly what the command line prints for a month-per-sheet workbook.
 */
import { mkdtemp } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { buildReport } from "../../src/report/buildReport";
import { CLAUSE_TABLE, type ClauseSwitches } from "../../src/report/clauses";
import { fixtureWorkbook } from "../cli/fixtureWorkbook";
import { runTongji } from "../cli/runTongji";
import { august, SEPTEMBER_VERSUS_AUGUST, september, UNMATCHED_WARNING } from "../fixtures/periodSheets";
import { gridOf } from "../report/gridOf";

const DOCS = join(__dirname, "..", "..", "docs");
const read = (name: string): string => readFileSync(join(DOCS, name), "utf8");

interface DocExample {
  readonly doc: string;
  readonly flags: readonly string[];
  readonly rows: (string | number | null)[][];
  readonly text: string;
}

/** A markdown table cell as a sheet holds it: a number, text, or nothing. */
function cellOf(text: string): string | number | null {
  const t = text.trim();
  if (t === "") return null;
  return /^-?\d+(?:\.\d+)?$/.test(t) ? Number(t) : t;
}

function examplesOf(doc: string): DocExample[] {
  const lines = read(doc).split("\n");
  const out: DocExample[] = [];
  lines.forEach((line, at) => {
    const marker = /^<!-- 示例((?: --[a-z-]+)*) -->$/.exec(line.trim());
    if (marker === null) return;
    const flags = (marker[1] ?? "")
      .trim()
      .split(" ")
      .filter((flag) => flag !== "");
    const table: string[] = [];
    let i = at + 1;
    while (i < lines.length && !(lines[i] ?? "").startsWith("|")) i++;
    while (i < lines.length && (lines[i] ?? "").startsWith("|")) table.push(lines[i++] ?? "");
    while (i < lines.length && !(lines[i] ?? "").startsWith("> ")) i++;
    const text = (lines[i] ?? "").slice(2);
    const rows = table.filter((_, r) => r !== 1).map((row) => row.slice(1, -1).split("|").map(cellOf));
    out.push({ doc, flags, rows, text });
  });
  return out;
}

/** The clauses a list of command-line flags switches, as clauses.ts maps them. */
function clausesOf(flags: readonly string[]): Partial<ClauseSwitches> {
  const clauses: Partial<Record<string, boolean>> = {};
  for (const flag of flags) {
    const row = CLAUSE_TABLE.find((candidate) => "cli" in candidate && candidate.cli.flag === flag);
    if (row === undefined) throw new Error(`no clause has the flag ${flag}`);
    clauses[row.id] = !row.defaultOn;
  }
  return clauses;
}

const EXAMPLES = [...examplesOf("sheets.md"), ...examplesOf("taskpane.md")];

describe("the comparison examples of docs/sheets.md and docs/taskpane.md", () => {
  it("are there: earlier growths, 两年平均, 贡献率 and 拉动", () => {
    expect(EXAMPLES.map((example) => example.doc)).toEqual(["sheets.md", "sheets.md", "sheets.md", "taskpane.md"]);
  });

  it.each(EXAMPLES.map((example, n) => [`${example.doc} #${n + 1}`, example] as const))(
    "%s gives the paragraph the doc quotes",
    (_name, example) => {
      const report = buildReport(gridOf(example.rows), { clauses: clausesOf(example.flags) });
      expect(report.paragraphs).toEqual([example.text]);
    },
  );

  it("docs/taskpane.md names every optional clause by the label the pane shows", () => {
    const doc = read("taskpane.md");
    for (const row of CLAUSE_TABLE) expect(doc).toContain(row.label);
  });
});

/** The code block under a line of docs/cli.md's 与上期比较 section. */
function blockAfter(section: string, heading: string): string {
  const start = section.indexOf(`${heading}\n`);
  const open = section.indexOf("```\n", start);
  const close = section.indexOf("\n```", open + 4);
  return section.slice(open + 4, close);
}

describe("docs/cli.md: 与上期比较", () => {
  it("shows what the command line prints for a workbook of one sheet per month", async () => {
    const doc = read("cli.md");
    const section = doc.slice(doc.indexOf("## 与上期比较"), doc.indexOf("## ", doc.indexOf("## 与上期比较") + 3));
    const command = blockAfter(section, "每月一张工作表的工作簿(`月报.xlsx`,工作表“1-8月”“1-9月”),与上一期比较:");
    expect(command).toBe("tongji 月报.xlsx --previous-sheet auto");
    const dir = await mkdtemp(join(tmpdir(), "tongji-doc-"));
    const file = join(dir, "月报.xlsx");
    const book = new ExcelJS.Workbook();
    for (const fixture of [august, september]) {
      const source = fixtureWorkbook(fixture).getWorksheet(fixture.sheetName);
      const sheet = book.addWorksheet(fixture.sheetName);
      source?.eachRow((row, r) => row.eachCell((cell, c) => (sheet.getCell(r, c).value = cell.value)));
    }
    await book.xlsx.writeFile(file);
    const run = await runTongji([file, ...command.split(" ").slice(2)]);
    expect(run.code).toBe(0);
    expect(run.out.trim()).toBe(blockAfter(section, "标准输出:"));
    expect(run.err.trim()).toBe(blockAfter(section, "标准错误:"));
  });
});

describe("docs/taskpane.md's 与上期比较", () => {
  const doc = read("taskpane.md").replace(/\n/g, "");
  it("quotes what the pane says for the 1-9月 sheet compared with the 1-8月 sheet", () => {
    expect(doc).toContain(`> ${SEPTEMBER_VERSUS_AUGUST}`);
  });
  it("quotes the warning the pane shows, as the engine words it (with the doc's inner quotes)", () => {
    const first = UNMATCHED_WARNING.replace(/^第2行:/, "").split(";")[0] ?? "";
    expect(doc).toContain(first.replace(/“([^”]*)”/, "‘$1’").replace(/“([^”]*)”/, "‘$1’"));
  });
});
