import { formatDecimal } from "../../src/core/decimal";
import { call, numberOf } from "./callFunction";

/** A number a cell shows at `decimals` in a % cell (0.98765 -> "98.8"). */
const asPercent = (x: number, decimals: number): string => formatDecimal(x * 100, decimals);

describe("numeric functions: values from cell values (numbers and numeric text)", () => {
  it.each<[string, unknown[], number]>([
    ["YOY", [130.5, 100], 0.305],
    ["YOY", [90, 100], -0.1],
    ["YOY", ["1,234.5", 1000], 0.2345],
    ["YOY", ["１２３", "１００"], 0.23],
    ["YOY", [" 150 ", "100"], 0.5],
    ["YOY", [{ type: "Double", basicValue: 120, numberFormat: "0.00" }, 100], 0.2],
    ["YOY", ["4.5亿元", "45000万元"], 0],
    ["YOY", ["5亿元", "40000万元"], 0.25],
    ["YOY", ["37.57亿", 28.79], 37.57 / 28.79 - 1],
    ["YOY", ["12,000万美元", "1亿美元"], 0.2],
    ["RATE", [80, 81], 80 / 81],
    ["RATE", ["1,234.5", "12,345"], 0.1],
    ["RATE", [0, 81], 0],
    ["RATE", ["3000万元", "1.2亿元"], 0.25],
    ["COMPLETION", [11, 5], 2.2],
    ["COMPLETION", [800, 500], 1.6],
    ["COMPLETION", [541, 1000], 0.541],
    ["PROGRESSGAP", [541, 1000, 6], 4.1],
    ["PROGRESSGAP", [400, 1000, 9], -35],
    ["PROGRESSGAP", [1000, 1000, 12], 0],
    ["PPCHANGE", [0.305, 0.293], 1.2],
    ["PPCHANGE", ["12.3%", "10.1%"], 2.2],
    ["PPCHANGE", [-0.05, 0.02], -7],
    ["PPCHANGE", [85.3, 84.1, true], 1.2],
    ["PPCHANGE", ["12.3%", 10.1, 1], 2.2],
    ["PPCHANGE", [0.853, 0.841, false], 1.2],
    ["CONTRIB", [30, 20, 150, 100], 0.2],
    ["CONTRIB", [10, 20, 150, 100], -0.2],
    ["CONTRIB", ["30万元", "20万元", "0.015亿元", "100万元"], 0.2],
    ["PULL", [30, 20, 100], 10],
    ["PULL", [20, 30, 100], -10],
    ["CAGR", [161.051, 100, 5], 0.1],
    ["CAGR", [121, 100, 2], 0.1],
    ["CAGR", [81, 100, 2], -0.1],
    ["AVG2Y", [121, 100], 0.1],
    ["AVG2Y", [144, 100], 0.2],
    ["PREVIOUS", [130.5, 0.305], 100],
    ["PREVIOUS", [130.5, "30.5%"], 100],
    ["PREVIOUS", [90, -0.1], 100],
  ])("TJ.%s(%j) = %d", (id, args, expected) => {
    expect(numberOf(id, ...args)).toBeCloseTo(expected, 10);
  });
});

describe("worked checks from the seeds (DESIGN.md section 3)", () => {
  it("80/81 开工率 98.8% (printed 99%); 52/81 竣工率 64%; 48/81 投产率 59%", () => {
    const started = numberOf("RATE", 80, 81);
    expect(asPercent(started, 1)).toBe("98.8");
    expect(asPercent(started, 0)).toBe("99");
    expect(asPercent(numberOf("RATE", 52, 81), 0)).toBe("64");
    expect(asPercent(numberOf("RATE", 48, 81), 0)).toBe("59");
  });

  it("11 projects against a task of 5: 完成考核任务220%", () => {
    expect(asPercent(numberOf("COMPLETION", 11, 5), 0)).toBe("220");
  });

  it("汽车类 290.3 (+45.3%) in a total of 1073.1 (+15.5%): 贡献率 62.85% from the published figures, 62.9% from the source's", () => {
    const contribution = (partGrowth: unknown, totalGrowth: unknown): number =>
      numberOf(
        "CONTRIB",
        290.3,
        numberOf("PREVIOUS", 290.3, partGrowth),
        1073.1,
        numberOf("PREVIOUS", 1073.1, totalGrowth),
      );
    // From the rounded growths the rate is 62.848%: 62.85 at 2 decimals, 62.8 at 1 (never rounded twice).
    expect(asPercent(contribution(0.453, "15.5%"), 2)).toBe("62.85");
    expect(asPercent(contribution(0.453, "15.5%"), 1)).toBe("62.8");
    // The seed printed 62.9% from unrounded growths, e.g. 45.34%, which is published as 45.3%.
    expect(asPercent(contribution("45.34%", 0.155), 1)).toBe("62.9");
  });

  it("46亿元 planned against 37.57亿元: 增长22.4%", () => {
    expect(asPercent(numberOf("YOY", 46, 37.57), 1)).toBe("22.4");
  });
});

describe("numeric functions: zero and negative bases, impossible inputs", () => {
  it.each<[string, unknown[], string, string | undefined]>([
    ["YOY", [100, 0], "#DIV/0!", undefined],
    ["YOY", [100, -50], "#VALUE!", "上年同期数为负数(-50),增速无意义,可用 TJ.YOYTEXT 表述为扭亏为盈、减亏等"],
    ["RATE", [1, 0], "#DIV/0!", undefined],
    ["COMPLETION", [5, 0], "#DIV/0!", undefined],
    ["COMPLETION", [5, -1], "#VALUE!", "全年目标为负数(-1),无法计算完成率"],
    ["PROGRESSGAP", [541, 1000, 13], "#VALUE!", "已过月数应在 0 到 12 之间(现为13)"],
    ["PULL", [1, 1, 0], "#DIV/0!", undefined],
    ["PULL", [1, 1, -5], "#VALUE!", "总量上年同期数为负数,无法计算拉动"],
    ["CAGR", [100, 100, 0], "#VALUE!", "年数必须大于零(现为0)"],
    ["CAGR", [100, 0, 5], "#DIV/0!", undefined],
    ["CAGR", [-1, 100, 2], "#VALUE!", "基期数或期末数为负数,无法计算年均增长"],
    ["AVG2Y", [121, 0], "#DIV/0!", undefined],
    ["AVG2Y", [-121, 100], "#VALUE!", "本期数或两年前同期数为负数,无法计算两年平均增长"],
    ["PREVIOUS", [0, -1], "#DIV/0!", undefined],
    ["YOY", ["11家", "5亿元"], "#VALUE!", "上年同期数的单位“亿元”与本期数的单位“家”不一致,无法换算"],
    ["COMPLETION", ["5亿元", "100万美元"], "#VALUE!", "全年目标的单位“万美元”与完成数的单位“亿元”不一致,无法换算"],
  ])("TJ.%s(%j) is %s", (id, args, error, message) => {
    expect(call(id, ...args)).toEqual({ error, message });
  });
});
