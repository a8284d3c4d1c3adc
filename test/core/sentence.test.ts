import { sentence, type SentenceInput, type SentenceOptions } from "../../src/core/sentence";

describe("sentence: a name, a value and its growth (given, else computed)", () => {
  test.each<[SentenceInput, SentenceOptions, string]>([
    [{ name: "工业总产值", value: 37.57, unit: "亿元", previous: 28.78 }, {}, "工业总产值37.57亿元,同比增长30.5%"],
    // A given growth wins over the computed one (28.78 would give 30.5%).
    [
      { name: "工业总产值", value: 37.57, unit: "亿元", previous: 28.78, growth: 0.3053 },
      { decimals: 2 },
      "工业总产值37.57亿元,同比增长30.53%",
    ],
    [
      { name: "工业总产值", value: 37.57, unit: "亿元", previous: 30, growth: 0.305 },
      {},
      "工业总产值37.57亿元,同比增长30.5%",
    ],
    [
      { name: "工业增加值", value: 7.97, unit: "亿元", growth: 0.4651 },
      { decimals: 2 },
      "工业增加值7.97亿元,同比增长46.51%",
    ],
    [{ name: "出口交货值", value: 8.94, unit: "亿元", growth: -0.1 }, {}, "出口交货值8.94亿元,同比下降10.0%"],
    [{ name: "工业总产值", value: 100, unit: "亿元", previous: 100 }, {}, "工业总产值100亿元,与上年同期持平"],
    [{ name: "境外投资总额", value: 1.3, unit: "亿美元", growth: 2.4 }, {}, "境外投资总额1.3亿美元,同比增长2.4倍"],
    [{ name: "境外投资总额", value: 1.3, unit: "亿美元", previous: 0 }, {}, "境外投资总额1.3亿美元,上年同期为零"],
    [{ name: "利润总额", value: 0.5, unit: "亿元", previous: -0.3 }, {}, "利润总额0.5亿元,扭亏为盈"],
    // Units converted and normalised.
    [{ name: "财政收入", value: 45000, unit: "万元", previous: 40000 }, {}, "财政收入4.5亿元,同比增长12.5%"],
    [{ name: "财政收入", value: 7534, unit: "万", previous: 6632 }, {}, "财政收入7534万元,同比增长13.6%"],
    [
      { name: "财政收入", value: 45000, unit: "万元", previous: 40000 },
      { amount: { convert: false } },
      "财政收入45000万元,同比增长12.5%",
    ],
    [
      { name: "城镇常住居民人均可支配收入", value: 52000, unit: "元", growth: 0.065 },
      {},
      "城镇常住居民人均可支配收入52000元,同比增长6.5%",
    ],
    // The value as the sheet displays it, unless the unit is converted.
    [
      { name: "工业总产值", value: 37.5, unit: "亿元", valueText: "37.50", growth: 0.3 },
      {},
      "工业总产值37.50亿元,同比增长30.0%",
    ],
    [
      { name: "财政收入", value: 7534, unit: "万", valueText: "7,534", growth: 0.136 },
      {},
      "财政收入7,534万元,同比增长13.6%",
    ],
    [
      { name: "财政收入", value: 45000, unit: "万元", valueText: "45,000", growth: 0.125 },
      {},
      "财政收入4.5亿元,同比增长12.5%",
    ],
    // No base and no growth: the figure alone.
    [{ name: "新增高新技术企业", value: 5, unit: "个" }, {}, "新增高新技术企业5个"],
    [
      { name: "工业总产值", value: 37.57, unit: "亿元", previous: 28.78 },
      { comparison: "lastYear" },
      "工业总产值37.57亿元,比上年增长30.5%",
    ],
  ])("sentence(%j, %j) = %p", (input, options, expected) => {
    expect(sentence(input, options)).toBe(expected);
  });
});
