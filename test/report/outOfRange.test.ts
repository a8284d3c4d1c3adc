/**
 * Figures past what a double can divide (1e308 against 1e-300): the row is still stated with its value,
 * the ratio that cannot be computed is left out and a warning names the row, and nothing throws.
 */
import { buildReport } from "../../src/report/buildReport";
import { gridOf } from "./gridOf";

describe("ratios past the range of a double", () => {
  const report = buildReport(
    gridOf([
      ["指标名称", "计量单位", "1-9月", "上年同期", "全年目标"],
      ["工业总产值", "亿元", 1e308, 1e-300, 1e-300],
      ["税收", "万元", 5, 4, 10],
    ]),
  );

  test("the narrative states the value without a growth or completion it cannot compute", () => {
    expect(report.paragraphs).toEqual([
      "1-9月,实现工业总产值1e+308亿元;税收5万元,同比增长25.0%,完成全年目标的50.0%,慢于时序进度25.0个百分点。",
    ]);
  });

  test("each ratio left out is a warning on the row", () => {
    expect(report.warnings.map((warning) => [warning.row, warning.code, warning.message])).toEqual([
      [1, "not-stated", "第2行“工业总产值”:本期数与比较的数相差过于悬殊,增速超出可计算范围,未计算增速,请核对"],
      [1, "not-stated", "第2行“工业总产值”:本期数与比较的数相差过于悬殊,完成率超出可计算范围,未计算完成率,请核对"],
    ]);
  });

  test("the summary table holds no Infinity", () => {
    const cells = report.table.rows.flatMap((row) => row.cells.map((cell) => cell.value));
    expect(cells.filter((value) => typeof value === "number" && !Number.isFinite(value))).toEqual([]);
  });
});
