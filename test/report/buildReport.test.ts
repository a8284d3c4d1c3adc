import { analyzeSheet } from "../../src/report/analyzeSheet";
import { buildReport, buildReportFromAnalysis } from "../../src/report/buildReport";
import type { SummaryTable } from "../../src/report/types";
import { gridOf } from "./gridOf";

const SHEET = gridOf([
  ["2024年1-6月主要经济指标"],
  ["指标名称", "计量单位", "1-6月", "上年同期", "全年目标"],
  ["工业总产值", "亿元", 96.4, 85.1, 180],
  ["税收收入", "万元", 21860, 23540, 48000],
  ["固定资产投资", "亿元", 23.7, 20.15, 45],
  ["  其中:工业投资", "亿元", 11.2, 9.6, null],
]);

describe("buildReport: options", () => {
  it.each([
    [
      "defaults: completion and time progress, units converted, verbs",
      {},
      "1-6月,实现工业总产值96.4亿元,同比增长13.3%,完成全年目标的53.6%,快于时序进度3.6个百分点,实现时间过半、任务过半;税收收入2.19亿元,同比下降7.1%,完成全年目标的45.5%,慢于时序进度4.5个百分点;完成固定资产投资23.7亿元,同比增长17.6%,完成全年目标的52.7%,快于时序进度2.7个百分点,实现时间过半、任务过半,其中工业投资11.2亿元,同比增长16.7%。",
    ],
    [
      "no verbs, no conversion, 2 decimals, no completion",
      { verbs: false, convertUnits: false, decimals: 2, clauses: { completion: false } },
      "1-6月,工业总产值96.4亿元,同比增长13.28%;税收收入21860万元,同比下降7.14%;固定资产投资23.7亿元,同比增长17.62%,其中工业投资11.2亿元,同比增长16.67%。",
    ],
    [
      "增减额 (增收/减收 for revenue), completion without time progress",
      { clauses: { change: true, progress: false } },
      "1-6月,实现工业总产值96.4亿元,同比增长13.3%,同比增加11.3亿元,完成全年目标的53.6%;税收收入2.19亿元,同比下降7.1%,同比减收1680万元,完成全年目标的45.5%;完成固定资产投资23.7亿元,同比增长17.6%,同比增加3.55亿元,完成全年目标的52.7%,其中工业投资11.2亿元,同比增长16.7%,同比增加1.6亿元。",
    ],
    [
      "period label override",
      { periodLabel: "上半年", clauses: { completion: false } },
      "上半年,实现工业总产值96.4亿元,同比增长13.3%;税收收入2.19亿元,同比下降7.1%;完成固定资产投资23.7亿元,同比增长17.6%,其中工业投资11.2亿元,同比增长16.7%。",
    ],
  ])("%s", (_case, options, paragraph) => {
    expect(buildReport(SHEET, options).paragraphs).toEqual([paragraph]);
  });

  it("adds a highlights paragraph: fastest growth, declines, behind schedule", () => {
    const paragraphs = buildReport(SHEET, { clauses: { highlights: true } }).paragraphs;
    expect(paragraphs[1]).toBe(
      "从主要指标看,固定资产投资增长最快,同比增长17.6%;税收收入同比下降;税收收入完成进度慢于时序进度。",
    );
  });

  it("re-renders from an analysis without reading the sheet again", () => {
    const analysis = analyzeSheet(SHEET);
    const report = buildReportFromAnalysis(analysis, { verbs: false, clauses: { completion: false } });
    expect(report.analysis).toBe(analysis);
    expect(report.paragraphs[0]).toMatch(/^1-6月,工业总产值96.4亿元,同比增长13.3%;/);
    expect(report.period).toEqual({ label: "1-6月", months: 6, year: 2024 });
  });

  it("states a growth of 100% or more in 倍 and a flat growth as 持平", () => {
    const grid = gridOf([
      ["指标", "单位", "本期", "上年同期"],
      ["新能源汽车产量", "万辆", 3.4, 1],
      ["工业用电量", "万千瓦时", 1840.2, 1840],
    ]);
    expect(buildReport(grid).paragraphs).toEqual([
      "新能源汽车产量3.4万辆,同比增长2.4倍;工业用电量1840.2万千瓦时,与上年同期持平。",
    ]);
  });
});

function column(table: SummaryTable, header: string): unknown[] {
  const index = table.columns.findIndex((c) => c.header === header);
  return table.rows.map((row) => row.cells[index]);
}

describe("buildReport: summary table", () => {
  const table = buildReport(SHEET).table;

  it("has only the columns the sheet supports, with number formats", () => {
    expect(table.columns.map((c) => [c.header, c.numberFormat])).toEqual([
      ["指标", "@"],
      ["单位", "@"],
      ["本期", "General"],
      ["上年同期", "General"],
      ["增减额", "General"],
      ["增速(%)", "0.0"],
      ["全年目标", "General"],
      ["完成率(%)", "0.0"],
      ["进度差(百分点)", "0.0"],
    ]);
    expect(
      buildReport(
        gridOf([
          ["指标", "本期"],
          ["工业总产值", 10],
        ]),
      ).table.columns.map((c) => c.header),
    ).toEqual(["指标", "本期"]);
  });

  it("gives each computed cell the formula that recomputes it from the source cells", () => {
    expect(column(table, "本期")[0]).toEqual({ value: 96.4, formula: { op: "ref", row: 2, column: 2 } });
    expect(column(table, "增减额")[0]).toEqual({
      value: 11.3,
      formula: { op: "change", current: { row: 2, column: 2 }, previous: { row: 2, column: 3 } },
    });
    expect(column(table, "增速(%)")[1]).toEqual({
      value: -7.1367884452,
      formula: { op: "growth", current: { row: 3, column: 2 }, previous: { row: 3, column: 3 } },
    });
    expect(column(table, "完成率(%)")[2]).toEqual({
      value: 52.6666666667,
      formula: { op: "ratio", part: { row: 4, column: 2 }, whole: { row: 4, column: 4 } },
    });
    expect(column(table, "进度差(百分点)")[0]).toEqual({
      value: 3.6,
      formula: { op: "progressGap", part: { row: 2, column: 2 }, whole: { row: 2, column: 4 }, months: 6, decimals: 1 },
    });
    expect(column(table, "完成率(%)")[3]).toEqual({ value: null });
  });

  it("refers to the sheet's own growth cell, scaled by 100 when it holds a fraction", () => {
    const given = buildReport(
      gridOf([
        ["指标", "本期", "上年同期", "增速"],
        ["财政总收入(亿元)", 12.8, 11.71, { value: 0.0929, text: "9.29%", numberFormat: "0.00%" }],
        ["税收收入(亿元)", 7.46, 6.59, 13.22],
      ]),
    ).table;
    expect(column(given, "增速(%)")).toEqual([
      { value: 9.29, formula: { op: "ref", row: 1, column: 3, scale: 100 } },
      { value: 13.22, formula: { op: "ref", row: 2, column: 3 } },
    ]);
    expect(given.columns.find((c) => c.key === "growth")?.numberFormat).toBe("0.00");
  });

  it("shows — for rates of zero and negative bases", () => {
    const bases = buildReport(
      gridOf([
        ["指标", "单位", "本期", "上年同期"],
        ["利润总额", "万元", 3500, -1200],
        ["新产品产值", "万元", 800, 0],
      ]),
    ).table;
    expect(column(bases, "增速(%)")).toEqual([{ value: "—" }, { value: "—" }]);
  });
});
