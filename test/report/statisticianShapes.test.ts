import { buildReport } from "../../src/report/buildReport";
import { gridOf } from "./gridOf";

/** Shapes of hand-kept monthly sheets, one behaviour per row of each table, with the exact words a summary prints. */
const HEADER = ["指标", "单位", "1-6月", "上年同期", "同比增长(%)"] as const;

function paragraph(rows: readonly (readonly (string | number | null)[])[]): string {
  return buildReport(gridOf([["2024年1-6月主要经济指标"], [...HEADER], ...rows])).paragraphs.join("\n");
}

describe("增速类 indicators: the figure is a growth rate", () => {
  it.each([
    ["规上工业增加值(%)", null, 8.5, 6.1, null, "1-6月,规上工业增加值同比增长8.5%,增速比上年同期提高2.4个百分点。"],
    ["规上工业增加值", "%", -3.2, 2, null, "1-6月,规上工业增加值同比下降3.2%,增速由增转降,回落5.2个百分点。"],
    [
      "社会消费品零售总额增速",
      "%",
      -2.1,
      -3.2,
      null,
      "1-6月,社会消费品零售总额同比下降2.1%,降幅比上年同期收窄1.1个百分点。",
    ],
    ["工业用电量增幅", "%", 3.4, 3.4, null, "1-6月,工业用电量同比增长3.4%,增速与上年同期持平。"],
    ["固定资产投资增速", "%", 12.25, null, null, "1-6月,固定资产投资同比增长12.25%。"],
    ["规上工业增加值增速", "%", "—", "—", 8.5, "1-6月,规上工业增加值同比增长8.5%。"],
    ["产品销售率", "%", 98.6, 99.2, null, "1-6月,产品销售率98.6%,比上年同期回落0.6个百分点。"],
    ["城镇化率", "%", 65.2, 64.1, null, "1-6月,城镇化率65.2%,比上年同期提高1.1个百分点。"],
  ])("%s (%s) %s against %s", (name, unit, current, previous, growth, expected) => {
    expect(paragraph([[name, unit, current, previous, growth]])).toBe(expected);
  });
});

describe("a row that gives only its growth", () => {
  it("is stated by its growth, and the missing figure is named in a warning", () => {
    const report = buildReport(
      gridOf([["2024年1-6月主要经济指标"], [...HEADER], ["服务业增加值", "亿元", "—", null, 6.2]]),
    );
    expect(report.paragraphs).toEqual(["1-6月,服务业增加值同比增长6.2%。"]);
    expect(report.warnings.map((warning) => warning.message)).toEqual([
      "第3行“服务业增加值”:本期数为“—”,文字只写表中增速",
    ]);
  });
});

describe("names as typed by hand", () => {
  it.each([
    [[["1.地区生产总值 ", "亿元", 112.4, 105.3, 5.8]], "1-6月,实现地区生产总值112.4亿元,同比增长5.8%。"],
    [[["固定资产投资合计", "亿元", 52.37, 46.15, 13.5]], "1-6月,完成固定资产投资52.37亿元,同比增长13.5%。"],
    [[["新开工项目总计", "个", 46, 38, null]], "1-6月,新开工项目46个,同比增长21.1%。"],
    [[["全区合计", "亿元", 52.37, 46.15, 13.5]], "1-6月,全区合计52.37亿元,同比增长13.5%。"],
    [
      [
        ["3.固定资产投资（亿元）", null, 40.2, 38.5, 4.4],
        ["（1）工业投资", "亿元", 22.1, 19.6, 12.8],
        ["①技改投资", "亿元", 9.3, 8.7, 6.9],
        ["(2)基础设施投资  ", "亿元", 9.7, 10.4, -6.7],
        ["4.社会消费品零售总额", "亿元", 30.5, 29.3, 4.1],
      ],
      "1-6月,完成固定资产投资40.2亿元,同比增长4.4%,其中工业投资22.1亿元,同比增长12.8%,技改投资9.3亿元,同比增长6.9%,基础设施投资9.7亿元,同比下降6.7%;实现社会消费品零售总额30.5亿元,同比增长4.1%。",
    ],
  ])("%j", (rows, expected) => {
    expect(paragraph(rows)).toBe(expected);
  });
});

describe("monthly sheets with 本月 and 累计 columns", () => {
  const grid = gridOf([
    ["2024年8月经济运行主要指标(单位:亿元)"],
    ["指标名称", "本月数", "本月增长%", "上年同月", "本年累计", "上年同期累计", "累计增长%"],
    ["规上工业总产值", 23.41, 6.2, 22.04, 176.58, 160.12, 10.3],
  ]);
  const report = buildReport(grid);

  it("speak of the 1-N月 cumulative figures, the period read from the month in the title", () => {
    expect(report.paragraphs).toEqual(["1-8月,实现规上工业总产值176.58亿元,同比增长10.3%。"]);
    // The 本月 columns are named as read for nothing; no other warning.
    expect(report.warnings.map((warning) => warning.message)).toEqual([
      "第2行:表头中的“本月数”“本月增长%”“上年同月”各列已识别,但未用于文字和汇总表",
    ]);
  });

  it("title the summary without the unit note", () => {
    expect(report.table.title).toBe("2024年8月经济运行主要指标");
  });
});

describe("a growth cell holding a mark", () => {
  it.each(["—", "/", "…"])("%s: the computed growth is stated and the mark is named", (mark) => {
    const report = buildReport(
      gridOf([["2022年1-6月主要经济指标"], [...HEADER], ["实际到位内资", "亿元", 18.39, 16.2, mark]]),
    );
    expect(report.paragraphs).toEqual(["1-6月,完成实际到位内资18.39亿元,同比增长13.5%。"]);
    expect(report.warnings.map((warning) => warning.message)).toEqual([
      `第3行“实际到位内资”:表中增速为“${mark}”,文字采用按本期、上年同期数计算的增速13.5%,请核对`,
    ]);
  });
});

describe("a month's growth beside cumulative figures", () => {
  it("is not taken for the cumulative growth: the growth is computed from 本年累计 and 上年同期累计", () => {
    const report = buildReport(
      gridOf([
        ["2024年8月经济运行主要指标"],
        ["指标名称", "单位", "本月数", "本月增长%", "本年累计", "上年同期累计"],
        ["规上工业总产值", "亿元", 23.41, 6.2, 176.58, 160.12],
      ]),
    );
    expect(report.paragraphs).toEqual(["1-8月,实现规上工业总产值176.58亿元,同比增长10.3%。"]);
    // The 本月 columns are named as read for nothing; no other warning.
    expect(report.warnings.map((warning) => warning.message)).toEqual([
      "第2行:表头中的“本月数”“本月增长%”各列已识别,但未用于文字和汇总表",
    ]);
  });
});

describe("rates shown with a percent number format (0.986 shown as 98.6%)", () => {
  const pct = (value: number, text: string) => ({ value, text, numberFormat: "0.0%" });
  it.each([
    ["产品销售率", pct(0.986, "98.6%"), pct(0.992, "99.2%"), "1-6月,产品销售率98.6%,比上年同期回落0.6个百分点。"],
    [
      "规上工业增加值增速",
      pct(0.085, "8.5%"),
      pct(0.061, "6.1%"),
      "1-6月,规上工业增加值同比增长8.5%,增速比上年同期提高2.4个百分点。",
    ],
  ])("%s", (name, current, previous, expected) => {
    const report = buildReport(
      gridOf([["2024年1-6月主要指标"], ["指标名称", "单位", "1-6月", "上年同期"], [name, "%", current, previous]]),
    );
    expect(report.paragraphs).toEqual([expected]);
  });
});

describe("a row named only 合计", () => {
  it("under a group heading states the group's name", () => {
    const report = buildReport(
      gridOf([
        ["指标", "单位", "1-6月", "上年同期"],
        ["(二)固定资产投资", null, null, null],
        ["合计", "亿元", 52.37, 46.15],
        ["其中:工业投资", "亿元", 30.18, 25.42],
      ]),
    );
    expect(report.paragraphs).toEqual([
      "1-6月,完成固定资产投资52.37亿元,同比增长13.5%,其中工业投资30.18亿元,同比增长18.7%。",
    ]);
    expect(report.table.rows.map((row) => row.cells[0]?.value)).toEqual(["固定资产投资", "工业投资"]);
  });

  it("without a group is written as it stands, with a warning naming the row", () => {
    const report = buildReport(
      gridOf([
        ["指标", "单位", "1-6月", "上年同期"],
        ["合计", "亿元", 5, 4],
      ]),
    );
    expect(report.paragraphs).toEqual(["1-6月,合计5亿元,同比增长25.0%。"]);
    expect(report.warnings.map((warning) => warning.message)).toEqual([
      "第2行“合计”:指标名称只写了“合计”,文字中照写,请写明是哪项指标的合计",
    ]);
  });
});

describe("names spaced to align or broken with Alt+Enter", () => {
  it.each([
    ["财 政 总 收 入", "1-6月,实现财政总收入12.8亿元,同比增长9.4%。"],
    ["财\u3000政\u3000总\u3000收\u3000入", "1-6月,实现财政总收入12.8亿元,同比增长9.4%。"],
    ["财政\n总收入", "1-6月,实现财政总收入12.8亿元,同比增长9.4%。"],
  ])("%j is written closed up", (name, expected) => {
    expect(paragraph([[name, "亿元", 12.8, 11.7, 9.4]])).toBe(expected);
  });
});

describe("a target of a rate", () => {
  it("is not a quantity to complete: no completion in the text or the table, and a warning", () => {
    const report = buildReport(
      gridOf([
        ["2024年1-6月主要指标"],
        ["指标名称", "单位", "1-6月", "上年同期", "全年目标"],
        ["规上工业增加值(%)", null, 8.5, 6.1, 8],
      ]),
    );
    expect(report.paragraphs).toEqual(["1-6月,规上工业增加值同比增长8.5%,增速比上年同期提高2.4个百分点。"]);
    const completion = report.table.columns.findIndex((column) => column.key === "completion");
    expect(report.table.rows[0]?.cells[completion]?.value).toBe("—");
    expect(report.warnings.map((warning) => warning.message)).toEqual([
      "第3行“规上工业增加值”:全年目标8是比率,不计算完成率,未写入文字",
    ]);
  });
});

describe("indicator rows numbered in the Chinese way", () => {
  it("are named without 一、/(一) and (一) rows belong to the 一、 row above", () => {
    expect(
      paragraph([
        ["一、规上工业总产值", "亿元", 96.4, 85.1, 13.3],
        ["其中:高新技术产业产值", "亿元", 40.1, 35.2, 13.9],
        ["二、固定资产投资", "亿元", 40.2, 38.5, 4.4],
        ["(一)工业投资", "亿元", 22.1, 19.6, 12.8],
        ["(二)基础设施投资", "亿元", 9.7, 10.4, -6.7],
        ["三、PM2.5", "微克/立方米", 35, 38, null],
      ]),
    ).toBe(
      "1-6月,实现规上工业总产值96.4亿元,同比增长13.3%,其中高新技术产业产值40.1亿元,同比增长13.9%;完成固定资产投资40.2亿元,同比增长4.4%,其中工业投资22.1亿元,同比增长12.8%,基础设施投资9.7亿元,同比下降6.7%;PM2.5为35微克/立方米,同比下降7.9%。",
    );
  });
});

describe("a two-level header with the years above 本月 | 1-8月累计", () => {
  it("takes this year's cumulative column as 本期 and last year's as 上年同期", () => {
    const report = buildReport(
      gridOf([
        ["2024年8月主要指标(单位:亿元)"],
        ["指标", "2024年", null, "2023年", null, "累计增长%"],
        [null, "本月", "1-8月累计", "本月", "1-8月累计", null],
        ["规上工业总产值", 23.41, 176.58, 22.04, 160.12, 10.3],
      ]),
    );
    expect(report.paragraphs).toEqual(["1-8月,实现规上工业总产值176.58亿元,同比增长10.3%。"]);
    // The 本月 columns are named as read for nothing; no other warning.
    expect(report.warnings.map((warning) => warning.message)).toEqual([
      "第3行:表头中的“2024年 本月”“2023年 本月”各列已识别,但未用于文字和汇总表",
    ]);
  });
});

describe("a monthly sheet with only 本月 columns", () => {
  it("states the month's figures, opened by the month from the title", () => {
    const report = buildReport(
      gridOf([
        ["2024年8月主要指标"],
        ["指标名称", "单位", "本月", "上年同月", "增长%"],
        ["规上工业总产值", "亿元", 23.41, 22.04, 6.2],
      ]),
    );
    expect(report.paragraphs).toEqual(["8月,实现规上工业总产值23.41亿元,同比增长6.2%。"]);
    expect(report.period).toEqual({ label: "8月", year: 2024 });
  });
});
