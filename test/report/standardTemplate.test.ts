import { analyzeSheet } from "../../src/report/analyzeSheet";
import { STANDARD_TEMPLATE_HEADER_ROW, standardTemplate } from "../../src/report/standardTemplate";
import { gridOf } from "./gridOf";

describe("standardTemplate", () => {
  it("is the standard indicator sheet's header under a title and a note row", () => {
    expect(standardTemplate()[STANDARD_TEMPLATE_HEADER_ROW]).toEqual([
      "指标名称",
      "计量单位",
      "本期",
      "上年同期",
      "同比增长(%)",
      "全年目标",
      "完成目标(%)",
    ]);
    expect(standardTemplate(9)[STANDARD_TEMPLATE_HEADER_ROW]?.[2]).toBe("1-9月");
  });

  it("is read back by analyzeSheet with every role once it is filled", () => {
    const rows = [...standardTemplate(6), ["工业总产值", "亿元", 96.4, 85.1, 13.3, 180, 53.6]];
    const analysis = analyzeSheet(gridOf(rows));
    expect(analysis.layout.headerRow).toBe(STANDARD_TEMPLATE_HEADER_ROW);
    expect(analysis.layout.columns).toEqual({
      name: 0,
      unit: 1,
      current: 2,
      previous: 3,
      growth: 4,
      target: 5,
      completion: 6,
    });
    expect(analysis.layout.sheetUnit).toBeUndefined();
    expect(analysis.period).toEqual({ label: "1-6月", months: 6 });
    expect(analysis.title).toBe("主要经济指标完成情况表");
  });
});
