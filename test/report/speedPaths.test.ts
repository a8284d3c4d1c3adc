import { formatTrimmed, shownDecimals } from "../../src/core/decimal";
import { fillPhrase, PHRASES } from "../../src/core/phrases";
import { fillSplit, splitPhrase } from "../../src/core/splitPhrase";
import { parseLabel } from "../../src/report/parseLabel";
import { displayedText } from "../../src/report/readFigure";

/**
 * The engine's cheap paths must give what the general paths give: each is checked against the general
 * path it stands in for, on the cases that decide between them.
 */
describe("shownDecimals reads the decimals a number shows, as /\\d\\.(\\d+)/ does", () => {
  it.each([
    ["37.57", 2],
    ["9.29%", 2],
    ["1,234", 0],
    ["1,234.5", 1],
    [".5", 0],
    ["5.", 0],
    ["5.x1.25", 2],
    ["v1.0 12.345", 1],
    ["-0.125", 3],
    ["", 0],
    ["亿元", 0],
    ["１２.５", 0],
  ])("%s shows %d decimals", (text, decimals) => {
    expect(shownDecimals(text)).toBe(decimals);
    expect(shownDecimals(text)).toBe(/\d\.(\d+)/.exec(text)?.[1]?.length ?? 0);
  });
});

describe("a number cell without displayed text is written at up to 10 decimals, trailing zeros dropped", () => {
  const values = [
    0,
    -0,
    1,
    -1,
    37.57,
    0.1 + 0.2,
    1 / 3,
    -2 / 3,
    123456789012345,
    1234567890123456,
    1e21,
    1e-7,
    0.00000000005,
    0.000000000049,
    2.675,
    -1.005,
    9.29,
    45000,
    99.99999999995,
    1234.56789012345,
    0.1234567890123,
  ];
  it.each(values.map((value) => [value]))("%p", (value) => {
    expect(displayedText({ value }, { kind: "number", value, percent: false })).toBe(formatTrimmed(value, 10));
  });

  it("writes a percent cell as the percent number with %", () => {
    expect(displayedText({ value: 0.305 }, { kind: "number", value: 0.305, percent: true })).toBe("30.5%");
    expect(displayedText({ value: 0.1 + 0.2 }, { kind: "number", value: 0.1 + 0.2, percent: true })).toBe("30%");
  });
});

describe("phrases split once (as the engine's clauses are) fill exactly as fillPhrase", () => {
  const templates: [string, string][] = [
    [PHRASES.clause.value, "工业总产值37.57亿元"],
    [PHRASES.report.loss, "亏损37.57亿元"],
    [PHRASES.growth.up, "同比增长30.5%"],
    ["{a}{a}-{b}", "甲甲-乙"],
    ["没有占位", "没有占位"],
    ["{missing}在此", "{missing}在此"],
  ];
  it.each(templates)("%s", (template, filled) => {
    const values = { name: "工业总产值", value: "37.57亿元", cmp: "同比", p: "30.5", a: "甲", b: "乙" };
    expect(fillSplit(splitPhrase(template), values)).toBe(fillPhrase(template, values));
    expect(fillSplit(splitPhrase(template), values)).toBe(filled);
  });
});

describe("plain names skip the prefix rules and read as the general path reads them", () => {
  it.each([
    ["工业总产值", 0, "工业总产值"],
    ["工业总产值", 2, "工业总产值"],
    ["工业总产值(亿元)", 0, "工业总产值"],
    ["  其中:工业投资", 0, "工业投资"],
    ["#出口交货值", 0, "出口交货值"],
    ["一、工业经济", 0, "工业经济"],
    ["注:增速按可比价计算", 0, "注:增速按可比价计算"],
    ["1.工业用电量", 0, "工业用电量"],
    ["社会消费品零售总额 ", 0, "社会消费品零售总额"],
  ])("%s (indent %d) is named %s", (raw, indent, name) => {
    const label = parseLabel(raw, indent);
    expect(label.name).toBe(name);
    // The general path, forced by a leading space that only adds to the indent key.
    const general = parseLabel(` ${raw}`, indent);
    expect({ ...label, indentKey: label.indentKey + 1 }).toEqual(general);
  });
});
