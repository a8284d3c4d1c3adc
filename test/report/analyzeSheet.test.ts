import { analyzeSheet } from "../../src/report/analyzeSheet";
import type { SheetGrid } from "../../src/report/types";
import { deepFreeze, gridOf } from "./gridOf";

const HEADER = ["指标名称", "计量单位", "1-9月", "上年同期", "同比增长(%)"];

function names(grid: SheetGrid): string[] {
  return analyzeSheet(grid).indicators.map(
    (indicator) =>
      `${"  ".repeat(indicator.level)}${indicator.name}${indicator.parent !== undefined ? `<${indicator.parent}` : ""}`,
  );
}

describe("analyzeSheet: 其中 rows and groups", () => {
  it.each([
    [
      "其中: prefix",
      ["固定资产投资", "其中:工业投资", "基础设施投资"],
      ["固定资产投资", "  工业投资<0", "基础设施投资"],
    ],
    ["full-width colon", ["固定资产投资", "其中：工业投资"], ["固定资产投资", "  工业投资<0"]],
    ["# prefix", ["工业总产值", "#出口交货值", "工业增加值"], ["工业总产值", "  出口交货值<0", "工业增加值"]],
    [
      "ASCII spaces",
      ["工业总产值", "  高新技术产业产值", "工业增加值"],
      ["工业总产值", "  高新技术产业产值<0", "工业增加值"],
    ],
    ["full-width spaces", ["工业总产值", "\u3000\u3000高新技术产业产值"], ["工业总产值", "  高新技术产业产值<0"]],
    [
      "其中 then a sibling aligned under it",
      ["固定资产投资", "  其中:工业投资", "       基础设施投资", "税收收入"],
      ["固定资产投资", "  工业投资<0", "  基础设施投资<0", "税收收入"],
    ],
    [
      "two 其中 breakdowns of one parent",
      ["固定资产投资", "其中:工业投资", "其中:民间投资"],
      ["固定资产投资", "  工业投资<0", "  民间投资<0"],
    ],
    [
      "a child of a child",
      ["工业总产值", "  高新技术产业产值", "    战略性新兴产业产值"],
      ["工业总产值", "  高新技术产业产值<0", "    战略性新兴产业产值<1"],
    ],
  ])("%s", (_case, labels, expected) => {
    const grid = gridOf([HEADER, ...labels.map((label) => [label, "亿元", 10, 9, 11.1])]);
    expect(names(grid)).toEqual(expected);
  });

  it("reads cell indent as a child and a lone 其中: row as the start of a breakdown", () => {
    const grid = gridOf([
      HEADER,
      ["进出口总额", "亿美元", 6.85, 7.31, -6.3],
      ["其中:", null, null, null, null],
      [{ value: "出口", indent: 1 }, "亿美元", 4.92, 5.1, -3.5],
      [{ value: "进口", indent: 1 }, "亿美元", 1.93, 2.21, -12.7],
    ]);
    expect(names(grid)).toEqual(["进出口总额", "  出口<0", "  进口<0"]);
  });

  it("puts rows under the group heading above them and does not read the heading as an indicator", () => {
    const analysis = analyzeSheet(
      gridOf([
        HEADER,
        ["一、工业经济"],
        ["工业总产值", "亿元", 10, 9, 11.1],
        ["(二)投资"],
        ["固定资产投资", "亿元", 5, 4, 25],
      ]),
    );
    expect(analysis.indicators.map((indicator) => [indicator.name, indicator.group])).toEqual([
      ["工业总产值", "一、工业经济"],
      ["固定资产投资", "(二)投资"],
    ]);
  });

  it("stops at a footnote and does not read the rows below it", () => {
    const analysis = analyzeSheet(
      gridOf([HEADER, ["工业总产值", "亿元", 10, 9, 11.1], ["注:增速按可比价计算。"], ["税收收入", "亿元", 3, 2, 50]]),
    );
    expect(analysis.indicators.map((indicator) => indicator.name)).toEqual(["工业总产值"]);
    expect(analysis.layout.lastDataRow).toBe(1);
  });
});

describe("analyzeSheet: units", () => {
  it.each([
    [
      "the unit column",
      [
        ["指标", "单位", "本期", "上年同期"],
        ["财政总收入", "万元", 7534, 6632],
      ],
      "万元",
    ],
    [
      "the name",
      [
        ["指标", "本期", "上年同期"],
        ["工业总产值(亿元)", 37.57, 28.78],
      ],
      "亿元",
    ],
    [
      "the name with full-width brackets",
      [
        ["指标", "本期", "上年同期"],
        ["外贸出口（万美元）", 8940, 8207],
      ],
      "万美元",
    ],
    ["a 单位: note", [["单位:亿元"], ["指标", "本期", "上年同期"], ["工业总产值", 37.57, 28.78]], "亿元"],
    [
      "the current column's header",
      [
        ["指标", "本期(万元)", "上年同期"],
        ["税收收入", 7534, 6632],
      ],
      "万元",
    ],
  ])("from %s", (_case, rows, unit) => {
    expect(analyzeSheet(gridOf(rows)).indicators[0]?.unit).toBe(unit);
  });

  it("does not take 填报单位 in a title row for a unit", () => {
    const analysis = analyzeSheet(
      gridOf([["填报单位:经济发展局"], ["指标", "单位", "本期"], ["工业总产值", "亿元", 37.57]]),
    );
    expect(analysis.layout.sheetUnit).toBeUndefined();
  });
});

describe("analyzeSheet: growth given by the sheet", () => {
  it.each([
    ["a percent number in a General cell", { value: 9.29, text: "9.29", numberFormat: "General" }, 0.0929, "percent"],
    ["a fraction in a % cell", { value: 0.0929, text: "9.29%", numberFormat: "0.00%" }, 0.0929, "fraction"],
    ["text with a % sign", { value: "9.29%", text: "9.29%", numberFormat: "@" }, 0.0929, "fraction"],
  ])("reads %s as 9.29%%", (_case, cell, growth, stored) => {
    const indicator = analyzeSheet(gridOf([HEADER, ["财政总收入", "亿元", 12.8, 11.71, cell]])).indicators[0];
    expect(indicator?.growth?.fraction).toBeCloseTo(growth, 12);
    expect(indicator?.growth?.source).toBe("sheet");
    expect(indicator?.growth?.stored).toBe(stored);
    expect(indicator?.growth?.decimals).toBe(2);
  });

  it("computes the growth when the growth cell is blank", () => {
    const indicator = analyzeSheet(gridOf([HEADER, ["固定资产投资", "亿元", 37.59, 30.36, null]])).indicators[0];
    expect(indicator?.growth?.source).toBe("computed");
    expect(indicator?.growth?.fraction).toBeCloseTo(37.59 / 30.36 - 1, 12);
  });

  it("warns when the given growth differs from the computed one by more than the tolerance, and keeps the given one", () => {
    const grid = gridOf([
      HEADER,
      ["规上工业增加值", "亿元", 52.36, 45.81, 8.5],
      ["工业总产值", "亿元", 230.15, 201.6, 14.2],
    ]);
    const analysis = analyzeSheet(grid);
    expect(analysis.warnings.map((warning) => [warning.code, warning.row, warning.column, warning.message])).toEqual([
      [
        "growth-mismatch",
        1,
        4,
        "第2行“规上工业增加值”:表中增速8.5%与按本期、上年同期数计算的14.3%相差5.8个百分点,文字采用表中增速,请核对",
      ],
    ]);
    expect(analysis.indicators[0]?.growth?.fraction).toBeCloseTo(0.085, 12);
    expect(analyzeSheet(grid, { growthTolerance: 6 }).warnings).toEqual([]);
  });
});

describe("analyzeSheet: warnings name the row as Excel shows it", () => {
  it("counts rows from the grid's origin", () => {
    const grid: SheetGrid = deepFreeze({
      ...gridOf([HEADER, ["固定资产投资", "亿元", 37.59, "abc", null]]),
      origin: { row: 10, column: 0 },
    });
    expect(analyzeSheet(grid).warnings.map((warning) => warning.message)).toEqual([
      "第12行“固定资产投资”:上年同期数“abc”不是数字,未计算增速",
    ]);
  });

  it.each([
    [["工业总产值", "亿元", "abc", 9, null], "unreadable-number", "第2行“工业总产值”:本期数“abc”不是数字,未写入文字"],
    [["工业总产值", "亿元", null, 9, null], "missing-current", "第2行“工业总产值”:本期数为空白,未写入文字"],
    [["工业总产值", "亿元", "—", 9, null], "missing-current", "第2行“工业总产值”:本期数为“—”,未写入文字"],
    [["工业总产值", "亿元", 10, null, null], "missing-base", "第2行“工业总产值”:缺少上年同期数,未计算增速"],
    [["工业总产值", "亿元", 10, "-", null], "missing-base", "第2行“工业总产值”:上年同期数为“-”,未计算增速"],
    [
      ["工业总产值", "亿元", 10, "#DIV/0!", null],
      "unreadable-number",
      "第2行“工业总产值”:上年同期数“#DIV/0!”不是数字,未计算增速",
    ],
    [
      ["工业总产值", "亿元", 10, 9, "高"],
      "unreadable-number",
      "第2行“工业总产值”:增速“高”不是数字,改用按上年同期数计算的增速",
    ],
    [
      ["工业总产值", "亿元", 10, "abc", 11.1],
      "unreadable-number",
      "第2行“工业总产值”:上年同期数“abc”不是数字,文字采用表中增速",
    ],
    [
      ["新产品产值", "万元", 800, 0, null],
      "zero-base",
      "第2行“新产品产值”:上年同期数为零,不计算增速,文字表述为“上年同期为零”",
    ],
    [
      ["利润总额", "万元", 3500, -1200, null],
      "negative-base",
      "第2行“利润总额”:上年同期数为负数(-1200),不计算增速,文字表述为“扭亏为盈”",
    ],
    [
      ["企业个数", null, 12, 10, null],
      "unit-unknown",
      "第2行“企业个数”:没有计量单位(单位列、名称括号或“单位:”说明中都没有),文字中的数值不带单位",
    ],
  ])("%j", (row, code, message) => {
    const warnings = analyzeSheet(gridOf([HEADER, row])).warnings;
    expect(warnings.map((warning) => [warning.code, warning.message])).toEqual([[code, message]]);
  });

  it("lists a row with numbers but no name", () => {
    const warnings = analyzeSheet(
      gridOf([HEADER, ["工业总产值", "亿元", 10, 9, null], [null, "亿元", 5, 4, null]]),
    ).warnings;
    expect(warnings.map((warning) => warning.message)).toEqual(["第3行:有数字但没有指标名称,未写入文字和汇总表"]);
  });

  it("warns about a duplicated indicator name", () => {
    const warnings = analyzeSheet(
      gridOf([HEADER, ["工业总产值", "亿元", 10, 9, null], ["工业总产值", "亿元", 11, 9, null]]),
    ).warnings;
    expect(warnings.map((warning) => warning.message)).toEqual(["第3行“工业总产值”:指标名称与第2行重复,请核对"]);
  });
});

describe("analyzeSheet: layout", () => {
  it("takes the column roles the user chose over the detected ones", () => {
    const grid = gridOf([
      ["名称", "A", "B"],
      ["工业总产值(亿元)", 37.57, 28.78],
    ]);
    const analysis = analyzeSheet(grid, { layout: { headerRow: 0, columns: { name: 0, current: 1, previous: 2 } } });
    expect(analysis.layout.confidence).toBe(1);
    expect(analysis.indicators[0]?.growth?.fraction).toBeCloseTo(37.57 / 28.78 - 1, 12);
  });

  it("finds the header below title and blank rows and reads the period from the title", () => {
    const analysis = analyzeSheet(
      gridOf([
        ["2023年1~9月主要经济指标完成情况"],
        [null],
        ["单位:亿元"],
        ["指标", "本期", "上年同期"],
        ["工业总产值", 37.57, 28.78],
      ]),
    );
    expect(analysis.layout.headerRow).toBe(3);
    expect(analysis.layout.sheetUnit).toBe("亿元");
    expect(analysis.period).toEqual({ label: "1-9月", months: 9, year: 2023 });
    expect(analysis.title).toBe("2023年1~9月主要经济指标完成情况");
  });

  it("does not change the grid it reads (the grid is deep-frozen)", () => {
    const grid = gridOf([HEADER, ["工业总产值", "亿元", 10, 9, null]]);
    const before = JSON.stringify(grid);
    expect(() => analyzeSheet(grid)).not.toThrow();
    expect(JSON.stringify(grid)).toBe(before);
  });
});
