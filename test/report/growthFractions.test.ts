import { buildReport } from "../../src/report/buildReport";
import { gridOf } from "./gridOf";

/**
 * A growth column typed as fractions, or left as =C4/D4-1 in General cells (0.305 for 30.5%): the sheet's
 * own figures tell, the column is read as fractions and one warning says so. Percent numbers (30.5) and
 * % cells stay as they are, and a column the figures cannot tell is never reread.
 */
const HEADER = ["指标名称", "计量单位", "1-9月", "上年同期", "增速"];

function report(rows: (string | number | null)[][]) {
  return buildReport(gridOf([["2024年1-9月主要经济指标"], HEADER, ...rows]));
}

function growthColumn(result: ReturnType<typeof buildReport>): unknown[] {
  const at = result.table.columns.findIndex((column) => column.key === "growth");
  return result.table.rows.map((row) => row.cells[at]?.value);
}

describe("a growth column of fractions in General cells", () => {
  test("is read as fractions, stated in percent with the configured decimals, and said once", () => {
    const result = report([
      ["工业总产值", "亿元", 37.57, 28.79, 0.304967],
      ["固定资产投资", "亿元", 37.59, 30.36, 0.238],
      ["一般公共预算收入", "亿元", 9.26, 9.71, -0.046],
      ["规上工业增加值", "亿元", null, null, 0.085],
    ]);
    expect(result.paragraphs).toEqual([
      "1-9月,实现工业总产值37.57亿元,同比增长30.5%;完成固定资产投资37.59亿元,同比增长23.8%;实现一般公共预算收入9.26亿元,同比下降4.6%;规上工业增加值同比增长8.5%。",
    ]);
    expect(
      result.warnings.filter((w) => w.code === "growth-fractions").map((w) => [w.row, w.column, w.message]),
    ).toEqual([
      [1, 4, "第2行:“增速”一列的数是小数(0.305 即 30.5%),与按本期、上年同期数计算的增速一致,已按小数读取,请核对"],
    ]);
    expect(growthColumn(result)).toEqual([30.4967, 23.8, -4.6, 8.5]);
  });

  test("a row that disagrees is shown in percent in its warning, not as 0.2%", () => {
    const result = report([
      ["工业总产值", "亿元", 37.57, 28.79, 0.305],
      ["固定资产投资", "亿元", 37.59, 30.36, 0.2],
    ]);
    expect(result.warnings.filter((w) => w.code === "growth-mismatch").map((w) => w.message)).toEqual([
      "第4行“固定资产投资”:表中增速20.0%与按本期、上年同期数计算的23.8%相差3.8个百分点,文字采用表中增速,请核对",
    ]);
  });
});

describe("columns that stay as they were", () => {
  test("percent numbers (30.5 for 30.5%)", () => {
    const result = report([
      ["工业总产值", "亿元", 37.57, 28.79, 30.5],
      ["固定资产投资", "亿元", 37.59, 30.36, 23.8],
    ]);
    expect(result.paragraphs[0]).toBe(
      "1-9月,实现工业总产值37.57亿元,同比增长30.5%;完成固定资产投资37.59亿元,同比增长23.8%。",
    );
    expect(result.warnings.map((w) => w.code)).toEqual([]);
  });

  test("growths near zero cannot tell fractions from percents: read as percent numbers, as always", () => {
    const result = report([["工业总产值", "亿元", 100.2, 100, 0.2]]);
    expect(result.paragraphs[0]).toBe("1-9月,实现工业总产值100.2亿元,同比增长0.2%。");
    expect(result.warnings.map((w) => w.code)).toEqual([]);
  });

  test("one row that reads as a percent number keeps the whole column in percent numbers", () => {
    const result = report([
      ["工业总产值", "亿元", 37.57, 28.79, 0.305],
      ["固定资产投资", "亿元", 37.59, 30.36, 23.8],
    ]);
    expect(result.warnings.map((w) => w.code)).toEqual(["growth-mismatch"]);
    expect(result.paragraphs[0]).toContain("工业总产值37.57亿元,同比增长0.305%");
  });

  test("without 本期 and 上年同期 nothing tells, so nothing is reread", () => {
    const result = buildReport(
      gridOf([
        ["指标名称", "计量单位", "增速"],
        ["工业总产值", "亿元", 0.305],
      ]),
    );
    expect(result.warnings.map((w) => w.code)).toEqual([]);
    expect(result.paragraphs[0]).toContain("工业总产值同比增长0.305%");
  });
});
