import fc from "fast-check";
import { buildSummaryDocument } from "../../src/output/summaryDocument";
import { renderJson } from "../../src/output/json";
import { renderText } from "../../src/output/text";
import JSZip from "jszip";
import { renderSummaryWorkbook } from "../../src/workbook/xlsx/writeSummaryWorkbook";
import { buildReport } from "../../src/report/buildReport";
import { ReportError, type SheetCell, type SheetGrid } from "../../src/report/types";

/**
 * Property-based test of the engine over random indicator sheets: headers from the synonyms statisticians
 * use, rows of numbers, text numbers, blanks, dashes, Excel errors, dates, noise, huge and tiny values.
 * A fixed seed in CI; `npm run fuzz` runs many more sheets with a fresh seed (FUZZ_RUNS, FUZZ_SEED).
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : 20261204;

const ROLES = {
  name: ["指标名称", "指标", "项目"],
  unit: ["计量单位", "单位"],
  current: ["1-9月", "本期", "本年累计", "1-6月", "本月"],
  previous: ["上年同期", "去年同期"],
  growth: ["同比增长(%)", "增速(%)", "比上年增长(%)"],
  target: ["全年目标", "年度目标"],
  completion: ["完成目标(%)", "完成率(%)"],
} as const;
type Role = keyof typeof ROLES;

const plain = (value: number): SheetCell => ({ value, text: String(value), numberFormat: "General" });

/** A cell of a number column, as sheets hold them. */
const figureCell: fc.Arbitrary<SheetCell> = fc.oneof(
  fc.integer({ min: -100000, max: 1000000 }).map(plain),
  fc.double({ min: -1e6, max: 1e7, noNaN: true, noDefaultInfinity: true }).map(plain),
  fc
    .double({ min: 0, max: 1e5, noNaN: true, noDefaultInfinity: true })
    .map((x): SheetCell => ({ value: x, text: x.toFixed(2), numberFormat: "0.00" })),
  fc.constantFrom<SheetCell>(
    { value: null },
    { value: "" },
    { value: "—", text: "—" },
    { value: "-", text: "-" },
    { value: "/", text: "/" },
    { value: "#DIV/0!", text: "#DIV/0!" },
    { value: "#N/A", text: "#N/A" },
    { value: "1,234.5", text: "1,234.5" },
    { value: "１２３", text: "１２３" },
    { value: "待核", text: "待核" },
    { value: 45565, text: "2024-09-30", numberFormat: "yyyy-mm-dd" },
    { value: -1.42e-14, text: "-0.0", numberFormat: "0.0" },
    { value: -1.42e-14, text: "-1.42E-14", numberFormat: "General" },
    { value: 1e308, text: "1E+308" },
    { value: -1e308, text: "-1E+308" },
    { value: 5e-324, text: "4.94066E-324" },
    { value: -5e-324, text: "-4.94066E-324" },
    { value: 0, text: "0" },
    { value: -0, text: "0" },
    { value: 0.305, text: "30.5%", numberFormat: "0.0%" },
    { value: null, uncalculated: true },
  ),
);

const nameCell = (row: number): fc.Arbitrary<SheetCell> =>
  fc
    .oneof(
      { weight: 8, arbitrary: fc.constantFrom("", "其中:", "  ").map((prefix) => `${prefix}指标${row}`) },
      { weight: 1, arbitrary: fc.constantFrom("合计", "", "一、工业经济", "注:本表为快报数") },
    )
    .map((value): SheetCell => ({ value, text: value }));

interface Sheet {
  readonly grid: SheetGrid;
  readonly roles: readonly Role[];
}

const sheet: fc.Arbitrary<Sheet> = fc
  .record({
    title: fc.constantFrom("", "2024年1-9月主要经济指标完成情况表", "主要经济指标"),
    roles: fc
      .subarray(["unit", "current", "previous", "growth", "target", "completion"] as Role[], { minLength: 1 })
      .chain((roles) => fc.shuffledSubarray(roles, { minLength: roles.length, maxLength: roles.length })),
    synonyms: fc.array(fc.nat(4), { minLength: 7, maxLength: 7 }),
    rowCount: fc.integer({ min: 1, max: 12 }),
    hidden: fc.array(fc.nat(14), { maxLength: 3 }),
    note: fc.boolean(),
  })
  .chain(({ title, roles, synonyms, rowCount, hidden, note }) => {
    const all: Role[] = ["name", ...roles];
    const header = all.map((role, i): SheetCell => {
      const options = ROLES[role];
      const text = options[(synonyms[i] ?? 0) % options.length] ?? options[0];
      return { value: text, text };
    });
    const rows = Array.from({ length: rowCount }, (_, i) =>
      fc.tuple(
        nameCell(i + 1),
        fc.tuple(
          ...all.slice(1).map((role) => (role === "unit" ? fc.constantFrom("亿元", "万元", "%", "") : figureCell)),
        ),
      ),
    );
    return fc.tuple(...rows).map((data): Sheet => {
      const top: SheetCell[][] = title === "" ? [] : [[{ value: title, text: title }]];
      const body = data.map(([name, rest]) => [
        name,
        ...rest.map((cell) => (typeof cell === "string" ? { value: cell, text: cell } : cell)),
      ]);
      // A note closes the table: the rows after it are named in one warning, not read.
      const foot: SheetCell[][] = note ? [[{ value: "注:本表为快报数", text: "注:本表为快报数" }]] : [];
      const cells = [...top, header, ...body, ...foot];
      return { grid: { sheetName: "指标", cells, hiddenRows: [...new Set(hidden)].sort((a, b) => a - b) }, roles: all };
    });
  });

/** What no output may hold. */
const FORBIDDEN = /NaN|Infinity|undefined|null|(?<![\d.])-0(?![.\d])|增长0\.0%|增长0%/;

function outputs(grid: SheetGrid) {
  try {
    const report = buildReport(grid);
    const document = buildSummaryDocument(report);
    return { report, document, text: renderText(document), json: renderJson(document) };
  } catch (error) {
    if (error instanceof ReportError) return undefined;
    throw error;
  }
}

describe("the engine over random sheets", () => {
  it("never throws anything but a ReportError, and no text holds NaN, Infinity, undefined, null, -0 or 增长0.0%", () => {
    fc.assert(
      fc.property(sheet, ({ grid }) => {
        const out = outputs(grid);
        if (out === undefined) return;
        for (const paragraph of out.report.paragraphs) expect(paragraph).not.toMatch(FORBIDDEN);
        for (const warning of out.report.warnings) expect(warning.message).not.toMatch(FORBIDDEN);
        expect(out.text).not.toMatch(FORBIDDEN);
        for (const row of out.report.table.rows) {
          for (const cell of row.cells) {
            if (typeof cell.value === "number") expect(Number.isFinite(cell.value)).toBe(true);
            if (typeof cell.value === "string") expect(cell.value).not.toMatch(/NaN|Infinity|undefined/);
          }
        }
        // JSON holds null for an empty table cell; never a non-finite number (JSON.stringify would write null).
        const json = JSON.stringify(out.json, (_key, value: unknown) =>
          typeof value === "number" && !Number.isFinite(value) ? "NON-FINITE" : value,
        );
        expect(json).not.toContain("NON-FINITE");
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it("states every row that holds a figure, or names it in a warning", () => {
    fc.assert(
      fc.property(sheet, ({ grid }) => {
        const out = outputs(grid);
        if (out === undefined) return;
        const text = out.report.paragraphs.join("");
        const warned = new Set(out.report.warnings.map((w) => w.row));
        const noteRow = out.report.warnings.find((w) => w.message.includes("表尾注释"))?.row ?? Infinity;
        grid.cells.forEach((row, r) => {
          const name = row[0]?.value;
          if (typeof name !== "string" || !/指标\d+$/.test(name)) return;
          const figures = row.slice(1).filter((cell) => typeof cell.value === "number");
          if (figures.length === 0) return;
          const bare = name.replace(/^其中:/, "").trim();
          const covered = text.includes(bare) || warned.has(r) || r > noteRow || warned.has(headerRow(grid));
          if (!covered) {
            throw new Error(`row ${r + 1} (${name}) holds a figure but is neither stated nor warned about`);
          }
        });
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

describe("the written workbook over random sheets", () => {
  it("holds no NaN or Infinity in any part, with or without formulas", async () => {
    await fc.assert(
      fc.asyncProperty(sheet, fc.boolean(), async ({ grid }, formulas) => {
        const out = outputs(grid);
        if (out === undefined) return;
        const bytes = await renderSummaryWorkbook(out.document, formulas ? { source: grid } : {});
        const zip = await JSZip.loadAsync(bytes);
        for (const name of Object.keys(zip.files).filter((file) => file.endsWith(".xml"))) {
          expect([name, await zip.file(name)!.async("string")]).not.toEqual([
            name,
            expect.stringMatching(/NaN|Infinity/),
          ]);
        }
      }),
      { numRuns: Math.max(10, Math.round(RUNS / 10)), seed: SEED },
    );
  });
});

/** The header row: the one whose first cell is a name header. */
function headerRow(grid: SheetGrid): number {
  return grid.cells.findIndex((row) => ROLES.name.some((name) => row[0]?.value === name));
}
