import { NO_RATE } from "../../src/report";
import type { SheetGrid } from "../../src/report/types";
import { summaryOf } from "../summary/summaryOf";
import { excelFormula, FORMULA_FUNCTIONS, sourceRefResolver } from "../../src/workbook/excelFormula";
import { layoutSummarySheet } from "../../src/workbook/summarySheet";
import { summaryFormulaRows } from "../../src/workbook/summaryFormulas";
import { fixtureOptions, toGrid } from "../fixtures/fixtureSheet";
import { FIXTURE_SHEETS } from "../fixtures/sheets";
import { evaluateFormula, type Scalar } from "./evaluateFormula";

const grid: SheetGrid = { sheetName: "Sheet 1", cells: [], origin: { row: 2, column: 1 } };
const resolve = sourceRefResolver(grid);

describe("native Excel formulas from the engine's cell formulas", () => {
  test.each([
    [{ op: "ref", row: 3, column: 2 } as const, "='Sheet 1'!D6"],
    [{ op: "ref", row: 0, column: 0, scale: 100 } as const, `=IFERROR('Sheet 1'!B3*100,"—")`],
    [
      { op: "change", current: { row: 3, column: 2 }, previous: { row: 3, column: 3 } } as const,
      `=IFERROR('Sheet 1'!D6-'Sheet 1'!E6,"—")`,
    ],
    [
      { op: "growth", current: { row: 3, column: 2 }, previous: { row: 3, column: 3 } } as const,
      `=IFERROR(IF(OR('Sheet 1'!E6<=0,'Sheet 1'!D6<0),"—",('Sheet 1'!D6/'Sheet 1'!E6-1)*100),"—")`,
    ],
    [
      { op: "ratio", part: { row: 3, column: 2 }, whole: { row: 3, column: 5 } } as const,
      `=IFERROR(IF('Sheet 1'!G6<=0,"—",'Sheet 1'!D6/'Sheet 1'!G6*100),"—")`,
    ],
    [
      { op: "progressGap", part: { row: 3, column: 2 }, whole: { row: 3, column: 5 }, months: 9, decimals: 1 } as const,
      `=IFERROR(IF('Sheet 1'!G6<=0,"—",ROUND('Sheet 1'!D6/'Sheet 1'!G6*100,1)-9/12*100),"—")`,
    ],
  ])("%j is written as %s", (formula, text) => {
    expect(excelFormula(formula, resolve)).toBe(text);
  });

  test("a number typed as text is copied as a number (ASC for full-width digits), other text as it is", () => {
    const formula = excelFormula(
      { op: "ref", row: 0, column: 0 },
      sourceRefResolver({ sheetName: "录入表", cells: [] }),
      {
        textSource: () => true,
      },
    );
    expect(formula).toBe("=IFERROR(ASC('录入表'!A1)*1,'录入表'!A1)");
    const cells: Record<string, Scalar> = {};
    const lookup = (_sheet: string | undefined, address: string): Scalar | null => cells[address] ?? null;
    cells.A1 = "1,234.5";
    expect(evaluateFormula(formula, lookup)).toBe(1234.5);
    cells.A1 = "１２３４５";
    expect(evaluateFormula(formula, lookup)).toBe(12345);
    cells.A1 = "待核";
    expect(evaluateFormula(formula, lookup)).toBe("待核");
  });

  test("a sheet name with an apostrophe is quoted with the apostrophe doubled", () => {
    expect(excelFormula({ op: "ref", row: 0, column: 0 }, sourceRefResolver({ sheetName: "O'Brien", cells: [] }))).toBe(
      "='O''Brien'!A1",
    );
  });

  test.each([
    ["zero base", 0, "—"],
    ["negative base", -5, "—"],
    ["blank base", null, "—"],
    ["text base", "—", "—"],
    ["positive base", 80, 25],
  ])("growth over a %s (%j) gives %j, as the values mode writes it", (_label, previous, expected) => {
    const formula = excelFormula(
      { op: "growth", current: { row: 0, column: 0 }, previous: { row: 0, column: 1 } },
      sourceRefResolver({ sheetName: "数据", cells: [] }),
    );
    const cells: Record<string, Scalar | null> = { A1: 100, B1: previous };
    expect(evaluateFormula(formula, (_sheet, address) => cells[address] ?? null)).toBe(expected);
  });
});

/** Every function name in a formula (a name followed by "("). */
const functionNames = (formula: string): string[] =>
  [
    ...formula
      .replace(/"[^"]*"/g, "")
      .replace(/'(?:[^']|'')*'!/g, "")
      .matchAll(/([A-Z][A-Z0-9.]*)\(/g),
  ].map((match) => match[1]!);

describe.each(FIXTURE_SHEETS.map((fixture) => [fixture.name, fixture] as const))(
  "live formulas of fixture %s",
  (_name, fixture) => {
    const source = toGrid(fixture);
    const report = summaryOf(source, fixtureOptions(fixture));
    const layout = layoutSummarySheet(report);
    const formulas = summaryFormulaRows(layout, source);

    const sourceValue = (address: string): Scalar | null => {
      const match = /^([A-Z]+)(\d+)$/.exec(address)!;
      const column = match[1]!.charCodeAt(0) - 65;
      const value = source.cells[Number(match[2]) - 1]?.[column]?.value ?? null;
      return value;
    };
    const evaluate = (text: string): Scalar =>
      evaluateFormula(text, (sheet, address) => {
        if (sheet !== undefined) {
          expect(sheet).toBe(fixture.sheetName);
          return sourceValue(address);
        }
        const match = /^([A-Z]+)(\d+)$/.exec(address)!;
        const local = formulas[Number(match[2]) - 1]?.[match[1]!.charCodeAt(0) - 65] ?? null;
        return typeof local === "string" && local.startsWith("=") ? evaluate(local) : local;
      });

    test("use only native functions (IF, IFERROR, OR, ASC, ROUND), never a TJ.* function", () => {
      const used = new Set(
        formulas
          .flat()
          .flatMap((cell) => (typeof cell === "string" && cell.startsWith("=") ? functionNames(cell) : [])),
      );
      for (const name of used) expect(FORMULA_FUNCTIONS).toContain(name);
    });

    test("give what the values mode writes, from the right source cells", () => {
      let checked = 0;
      layout.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          const text = formulas[r]?.[c];
          if (cell.formula === undefined) {
            expect(text).toBe(cell.value);
            return;
          }
          expect(typeof text === "string" && text.startsWith("=")).toBe(true);
          const result = evaluate(text as string);
          if (typeof cell.value === "number") expect(result).toBeCloseTo(cell.value, 9);
          else expect(result).toBe(cell.value ?? NO_RATE);
          checked++;
        }),
      );
      expect(checked).toBeGreaterThan(0);
    });
  },
);
