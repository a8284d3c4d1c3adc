/**
 * TJ.RANKTEXT and TJ.SHARETEXT as Excel calls them: a range arrives as a 2-D array (rows of cells), a blank cell
 * as null (Excel on the web) or "" (desktop), an omitted optional argument as null.
 */
import { call, valueOf } from "./callFunction";
import { loadMetadata } from "./functionsBundle";

/** A column of cells as Excel passes B3:B8. */
const column = (...cells: unknown[]): unknown[][] => cells.map((cell) => [cell]);

/** 进出口总额 of six districts (亿美元); 朝阳区 is seed 002's 555.37. */
const DISTRICTS = column(555.37, 301.2, 288.05, 190.4, 120.8, 56.28);
const CITY_TOTAL = 1512.1;

type Case = [string, unknown[], string];

describe("TJ.RANKTEXT: a place's rank among places, phrased", () => {
  it.each<Case>([
    ["first (seed 002: 居全市第一位)", [555.37, DISTRICTS], "居全市第一位"],
    ["third", [288.05, DISTRICTS], "居全市第三位"],
    ["last of six", [56.28, DISTRICTS], "居全市第六位"],
    ["ascending: the smallest first", [56.28, DISTRICTS, null, false], "居全市第一位"],
    ["ascending given as 0", [555.37, DISTRICTS, "全市", 0], "居全市第六位"],
    ["descending given as TRUE", [301.2, DISTRICTS, "全市", true], "居全市第二位"],
    ["a scope word", [288.05, DISTRICTS, "全区"], "居全区第三位"],
    ["a total row's name: 全县合计 reads 全县", [288.05, DISTRICTS, "全县合计"], "居全县第三位"],
    ["合计 reads 全部", [288.05, DISTRICTS, "合计"], "居全部第三位"],
    ["a scope of the user's own", [288.05, DISTRICTS, "全开发区"], "居全开发区第三位"],
    ["a blank scope is 全市", [288.05, DISTRICTS, ""], "居全市第三位"],
    ["ties share a rank", [9.3, [[9.3], [12.1], [9.3], [7.2]]], "居全市第二位"],
    ["after a tie the next rank is skipped", [7.2, [[9.3], [12.1], [9.3], [7.2]]], "居全市第四位"],
    ["a row of cells (B3:G3)", [12.1, [[9.3, 12.1, 9.3, 7.2]]], "居全市第一位"],
    [
      "a block of cells (B3:C4)",
      [
        7.2,
        [
          [9.3, 12.1],
          [8.8, 7.2],
        ],
      ],
      "居全市第四位",
    ],
    ["negative growth", [-2.5, column(3.1, -2.5, -4, 0.8)], "居全市第三位"],
    ["numeric text counts", ["1,234.5", column("1,234.5", 2000, "１０００")], "居全市第二位"],
    ["a percent text as the value against fractions", ["9.3%", column(0.121, 0.093, 0.072)], "居全市第二位"],
    ["units converted alike", ["4.5亿元", column("50000万元", "45000万元", 3)], "居全市第二位"],
    ["eleven places: 第11位 in digits", [1, column(11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1)], "居全市第11位"],
  ])("%s", (_case, args, expected) => {
    expect(valueOf("RANKTEXT", ...args)).toBe(expected);
  });

  it.each<[string, unknown]>([
    ["null (Excel on the web)", null],
    ["empty text (Excel desktop)", ""],
    ["a dash", "—"],
    ["a heading", "朝阳区"],
    ["TRUE", true],
  ])("skips a cell holding %s: it does not take a rank", (_case, cell) => {
    const range = column(12.1, cell, 9.3, 7.2);
    expect(valueOf("RANKTEXT", 7.2, range)).toBe("居全市第三位");
    expect(valueOf("RANKTEXT", 7.2, range, null, false)).toBe("居全市第一位");
  });

  it.each<[string, unknown[], { error: string; message: string | undefined }]>([
    [
      "a value that is not in the range",
      [100, DISTRICTS],
      { error: "#N/A", message: "要排位的数100不在区域中,无法排位(请检查引用的区域)" },
    ],
    [
      "a range without numbers",
      [1, column(null, "", "—", "合计")],
      { error: "#N/A", message: "区域中没有数字,无法排位" },
    ],
    ["a blank value", [null, DISTRICTS], { error: "#N/A", message: "缺少要排位的数" }],
    ["a value that is text", ["朝阳区", DISTRICTS], { error: "#VALUE!", message: "要排位的数“朝阳区”不是数字" }],
    ["an error in the range", [1, column(1, "#DIV/0!", 3)], { error: "#DIV/0!", message: undefined }],
    [
      "an error object in the range",
      [1, column(1, { type: "Error", basicValue: "#N/A" })],
      { error: "#N/A", message: "区域第2行第1列是错误值#N/A" },
    ],
    [
      "units that cannot be converted",
      ["5亿元", column("5亿元", "11家")],
      { error: "#VALUE!", message: "区域第2行第1列的单位“家”与要排位的数的单位“亿元”不一致,无法换算" },
    ],
    ["a scope that is a number", [1, column(1, 2), 5], { error: "#VALUE!", message: "范围名称应为文字(现为“5”)" }],
    [
      "an order that is no flag",
      [1, column(1, 2), null, "降"],
      { error: "#VALUE!", message: "降序应为 TRUE 或 FALSE(现为“降”)" },
    ],
  ])("%s", (_case, args, expected) => {
    expect(call("RANKTEXT", ...args)).toEqual(expected);
  });
});

describe("TJ.SHARETEXT: a place's share of the whole, phrased", () => {
  it.each<Case>([
    ["of the city's total (seed 002: 占全市的36.73%)", [555.37, [[CITY_TOTAL]], "全市", 2], "占全市的36.73%"],
    ["one decimal by default", [555.37, [[CITY_TOTAL]]], "占全市的36.7%"],
    ["a single value for the whole", [555.37, CITY_TOTAL], "占全市的36.7%"],
    ["of the sum of the places' range", [555.37, DISTRICTS, "全区", 2], "占全区的36.73%"],
    ["合计 reads 全部", [1, [[3]], "合计", 0], "占全部的33%"],
    ["half up on the decimal value: 1.005% -> 1.01%", [1.005, [[100]], null, 2], "占全市的1.01%"],
    ["the whole itself", [80, [[80]]], "占全市的100.0%"],
    ["a zero part", [0, [[80]]], "占全市的0.0%"],
    ["units converted: 4.5亿元 of 50000万元", ["4.5亿元", [["50000万元"]]], "占全市的90.0%"],
    [
      "blank and text cells of the range are not added",
      [30, [[30], [null], ["—"], [""], ["小计"], [70]]],
      "占全市的30.0%",
    ],
    ["numeric text in the range is added", [30, [["30"], ["70"]]], "占全市的30.0%"],
  ])("%s", (_case, args, expected) => {
    expect(valueOf("SHARETEXT", ...args)).toBe(expected);
  });

  it.each<[string, unknown[], { error: string; message: string | undefined }]>([
    ["a zero whole", [10, [[0]]], { error: "#DIV/0!", message: undefined }],
    ["a negative whole", [10, [[-5]]], { error: "#VALUE!", message: "总量为负数(-5),比重无意义" }],
    ["a negative part", [-3, [[100]]], { error: "#VALUE!", message: "部分数为负数(-3),比重无意义" }],
    ["a blank whole", [10, [[null]]], { error: "#N/A", message: "缺少总量" }],
    ["a blank part", [null, [[100]]], { error: "#N/A", message: "缺少部分数" }],
    ["a range without numbers", [10, column(null, "—")], { error: "#N/A", message: "总量区域中没有数字" }],
    ["an error in the range", [10, column(5, "#NUM!")], { error: "#NUM!", message: undefined }],
    ["too many decimals", [1, [[3]], null, 11], { error: "#VALUE!", message: "小数位数应为 0 到 10 的整数(现为11)" }],
  ])("%s", (_case, args, expected) => {
    expect(call("SHARETEXT", ...args)).toEqual(expected);
  });
});

describe("metadata of the place functions", () => {
  it("both take an optional scope whose help says 默认 全市", () => {
    for (const id of ["RANKTEXT", "SHARETEXT"]) {
      const scope = loadMetadata()
        .find((f) => f.id === id)!
        .parameters.find((p) => p.name === "scope")!;
      expect(scope).toMatchObject({ optional: true, type: "any" });
      expect(scope.description).toBe("可选,范围名称,如 全区、全县;默认 全市。填 合计 时写作“全部”。");
    }
  });
});
