import {
  convertAmount,
  isMoneyUnit,
  isPerCapita,
  looksLikeUnit,
  normalizeUnit,
  scaleAmount,
  splitNameUnit,
} from "../../src/core/units";

describe("normalizeUnit: units as written in sheets", () => {
  test.each<[string, string]>([
    ["亿元", "亿元"],
    [" 万元 ", "万元"],
    ["万", "万元"],
    ["亿", "亿元"],
    ["(万元)", "万元"],
    ["（亿元）", "亿元"],
    ["【万元】", "万元"],
    ["[万元]", "万元"],
    ["单位:亿元", "亿元"],
    ["单位：万元", "万元"],
    ["单位: 万美元", "万美元"],
    ["%", "%"],
    ["％", "%"],
    ["百分比", "%"],
    ["个百分点", "百分点"],
    ["平米", "平方米"],
    ["万平米", "万平方米"],
    ["km²", "平方公里"],
    ["元/人", "元/人"],
    ["家", "家"],
    ["\u3000个\u3000", "个"],
  ])("normalizeUnit(%p) = %p", (unit, expected) => {
    expect(normalizeUnit(unit)).toBe(expected);
  });
});

describe("scaleAmount: a money figure in the unit it reads best in", () => {
  test.each<[number, string, string, number, string, boolean]>([
    // 万元 of 10000 or more reads in 亿元.
    [45000, "万元", "", 4.5, "亿元", true],
    [10000, "万元", "", 1, "亿元", true],
    [9999, "万元", "", 9999, "万元", false],
    [7534, "万元", "财政收入", 7534, "万元", false],
    [45000, "万", "", 4.5, "亿元", true],
    [-45000, "万元", "利润总额", -4.5, "亿元", true],
    [37.57, "亿元", "工业总产值", 37.57, "亿元", false],
    // 元 from 1,000,000 reads in 万元, from 1e8 in 亿元.
    [1500000, "元", "", 150, "万元", true],
    [1000000, "元", "", 100, "万元", true],
    [999999, "元", "", 999999, "元", false],
    [250000000, "元", "", 2.5, "亿元", true],
    [5000, "千元", "", 500, "万元", true],
    // Per-capita figures stay in 元.
    [52000, "元", "城镇居民人均可支配收入", 52000, "元", false],
    [1500000, "元", "人均GDP", 1500000, "元", false],
    [86000, "元", "在岗职工平均工资", 86000, "元", false],
    [2500000, "元/人", "劳动生产率", 2500000, "元/人", false],
    // US dollars scale within their own family.
    [2000000, "美元", "", 200, "万美元", true],
    [15000, "万美元", "外贸出口", 1.5, "亿美元", true],
    [5992.25, "万美元", "实到外资", 5992.25, "万美元", false],
    [1.3, "亿美元", "", 1.3, "亿美元", false],
    // Other units never move.
    [45000, "个", "", 45000, "个", false],
    [2600000, "平方米", "", 2600000, "平方米", false],
    [45000, "%", "", 45000, "%", false],
  ])("scaleAmount(%p, %p, %p) = %p %p", (value, unit, name, expectedValue, expectedUnit, converted) => {
    expect(scaleAmount(value, unit, name)).toEqual({ value: expectedValue, unit: expectedUnit, converted });
  });
});

describe("convertAmount between units of one family", () => {
  test.each<[number, string, string, number | undefined]>([
    [4.5, "亿元", "万元", 45000],
    [45000, "万元", "亿元", 4.5],
    [1, "万美元", "美元", 10000],
    [1, "美元", "元", undefined],
    [1, "个", "万元", undefined],
  ])("convertAmount(%p, %p, %p) = %p", (value, from, to, expected) => {
    expect(convertAmount(value, from, to)).toBe(expected);
  });
});

describe("isMoneyUnit and isPerCapita", () => {
  test.each<[string, boolean]>([
    ["元", true],
    ["万元", true],
    ["万", true],
    ["亿美元", true],
    ["个", false],
    ["%", false],
    ["元/人", false],
  ])("isMoneyUnit(%p) = %p", (unit, expected) => {
    expect(isMoneyUnit(unit)).toBe(expected);
  });

  test.each<[string, string, boolean]>([
    ["城镇常住居民人均可支配收入", "元", true],
    ["在岗职工平均工资", "元", true],
    ["劳动生产率", "元/人", true],
    ["工业总产值", "亿元", false],
    ["财政收入", "万元", false],
  ])("isPerCapita(%p, %p) = %p", (name, unit, expected) => {
    expect(isPerCapita(name, unit)).toBe(expected);
  });
});

describe("splitNameUnit: a unit written in the indicator name", () => {
  test.each<[string, string, string | undefined]>([
    ["工业总产值(亿元)", "工业总产值", "亿元"],
    ["工业总产值（亿元）", "工业总产值", "亿元"],
    ["工业总产值 (亿元)", "工业总产值", "亿元"],
    ["工业总产值\u3000（亿元）", "工业总产值", "亿元"],
    ["财政收入(万元)", "财政收入", "万元"],
    ["外贸出口(万美元)", "外贸出口", "万美元"],
    ["开工率(%)", "开工率", "%"],
    ["开工率（％）", "开工率", "%"],
    ["新增高新技术企业(个)", "新增高新技术企业", "个"],
    ["人均可支配收入(元/人)", "人均可支配收入", "元/人"],
    ["土地征收(亩)", "土地征收", "亩"],
    ["东区开发面积(平方公里)", "东区开发面积", "平方公里"],
    ["其中:工业投资(亿元)", "其中:工业投资", "亿元"],
    ["工业总产值(单位:亿元)", "工业总产值", "亿元"],
    ["工业总产值(万)", "工业总产值", "万元"],
    // Brackets that hold no unit stay in the name.
    ["规上工业总产值(含新增)", "规上工业总产值(含新增)", undefined],
    ["工业总产值", "工业总产值", undefined],
    ["  工业总产值  ", "工业总产值", undefined],
  ])("splitNameUnit(%p) = %p + %p", (text, name, unit) => {
    expect(splitNameUnit(text)).toEqual({ name, unit });
  });
});

describe("looksLikeUnit", () => {
  test.each<[string, boolean]>([
    ["元", true],
    ["万元", true],
    ["亿元", true],
    ["美元", true],
    ["万美元", true],
    ["亿美元", true],
    ["个", true],
    ["家", true],
    ["项", true],
    ["只", true],
    ["亩", true],
    ["平方米", true],
    ["万平方米", true],
    ["平方公里", true],
    ["人", true],
    ["人次", true],
    ["%", true],
    ["含新增", false],
    ["工业", false],
    ["2018年", false],
  ])("looksLikeUnit(%p) = %p", (text, expected) => {
    expect(looksLikeUnit(text)).toBe(expected);
  });
});
