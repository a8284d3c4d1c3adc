import { call, valueOf } from "./callFunction";

type Case = [string, unknown[], string];

describe("TJ.YOYTEXT: the growth of a value over its base, phrased", () => {
  it.each<Case>([
    ["grows", [130.5, 100], "同比增长30.5%"],
    ["falls", [90, 100], "同比下降10.0%"],
    ["46亿元 against 37.57亿元 (seeds)", [46, 37.57], "同比增长22.4%"],
    ["two decimals", [46, 37.57, 2], "同比增长22.44%"],
    ["half up at no decimals: 30.5 -> 31", [130.5, 100, 0], "同比增长31%"],
    ["half up on the decimal value: 23.45 -> 23.5", ["1,234.5", "1,000"], "同比增长23.5%"],
    ["full-width digits", ["１２３", 100], "同比增长23.0%"],
    ["rounds to zero upwards: 持平", [100.04, 100], "与上年同期持平"],
    ["rounds to zero downwards: 持平, never -0.0", [99.96, 100], "与上年同期持平"],
    ["240% in 倍", [340, 100], "同比增长2.4倍"],
    ["100% in 倍", [200, 100], "同比增长1倍"],
    ["zero base", [100, 0], "上年同期为零"],
    ["both zero", [0, 0], "与上年同期持平"],
    ["loss to profit", [50, -20], "扭亏为盈"],
    ["profit to loss", [-20, 50], "由盈转亏"],
    ["smaller loss", [-10, -20], "同比减亏50.0%"],
    ["larger loss", [-30, -20], "同比亏损增加50.0%"],
    ["decimals as text", [130.5, 100, "2"], "同比增长30.50%"],
    ["figures in different money units", ["5亿元", "40000万元"], "同比增长25.0%"],
  ])("%s", (_case, args, expected) => {
    expect(valueOf("YOYTEXT", ...args)).toBe(expected);
  });
});

describe("TJ.GROWTHTEXT: a given growth, phrased; percent numbers only when the flag says so", () => {
  it.each<Case>([
    ["fraction", [0.305], "同比增长30.5%"],
    ["decline", [-0.1], "同比下降10.0%"],
    ["two decimals", [0.0929, 2], "同比增长9.29%"],
    ["percent number with the flag", [9.29, 2, true], "同比增长9.29%"],
    ["percent number with the flag, one decimal", [9.29, 1, true], "同比增长9.3%"],
    ["flag as 1", [12.3, 1, 1], "同比增长12.3%"],
    ["flag as text TRUE", [12.3, 1, "TRUE"], "同比增长12.3%"],
    ["without the flag 9.29 is 929%: never guessed", [9.29], "同比增长9.3倍"],
    ["flag FALSE", [9.29, 1, false], "同比增长9.3倍"],
    ["text with % is a percent, flag or not", ["9.29%", 2], "同比增长9.29%"],
    ["text with % is not divided again by the flag", ["9.29%", 2, true], "同比增长9.29%"],
    ["half up: 2.675 to 2 decimals is 2.68", [0.02675, 2], "同比增长2.68%"],
    ["half up with the flag: 2.675 -> 2.68", [2.675, 2, true], "同比增长2.68%"],
    ["half up on a decline", [-2.675, 2, true], "同比下降2.68%"],
    ["rounds to zero: 持平", [0.0004], "与上年同期持平"],
    ["rounds to zero below: 持平", [-0.0004], "与上年同期持平"],
    ["rounds to zero with the flag", [0.04, 1, true], "与上年同期持平"],
    ["not zero at more decimals", [0.0004, 2], "同比增长0.04%"],
    ["240% in 倍", [2.4], "同比增长2.4倍"],
    ["100% in 倍", [1], "同比增长1倍"],
    ["-100%", [-1], "同比下降100.0%"],
    ["blank decimals and flag (omitted, null)", [0.305, null, null], "同比增长30.5%"],
  ])("%s", (_case, args, expected) => {
    expect(valueOf("GROWTHTEXT", ...args)).toBe(expected);
  });
});

describe("TJ.COMPLETIONTEXT: progress against the annual target", () => {
  it.each<Case>([
    ["11 against a task of 5 (seeds): 220%, 超额 subtracts 100", [11, 5, null, 0], "完成全年目标的220%,超额完成120%"],
    ["one decimal by default", [11, 5], "完成全年目标的220.0%,超额完成120.0%"],
    ["800 against 500 is 超额完成60%", [800, 500, null, 0], "完成全年目标的160%,超额完成60%"],
    [
      "ahead of time after six months, half done",
      [541, 1000, 6],
      "完成全年目标的54.1%,快于时序进度4.1个百分点,实现时间过半、任务过半",
    ],
    ["behind after six months", [400, 1000, 6], "完成全年目标的40.0%,慢于时序进度10.0个百分点"],
    ["exactly on time", [500, 1000, 6], "完成全年目标的50.0%,与时序进度持平,实现时间过半、任务过半"],
    ["behind after nine months", [700, 1000, 9], "完成全年目标的70.0%,慢于时序进度5.0个百分点"],
    ["months as text", [700, 1000, "9"], "完成全年目标的70.0%,慢于时序进度5.0个百分点"],
    ["no months: no time clause", [541, 1000], "完成全年目标的54.1%"],
    ["exactly the target", [1000, 1000], "完成全年目标"],
  ])("%s", (_case, args, expected) => {
    expect(valueOf("COMPLETIONTEXT", ...args)).toBe(expected);
  });
});

describe("TJ.PPTEXT: the change between two rates in percentage points", () => {
  it.each<Case>([
    ["up", [0.305, 0.293], "提高1.2个百分点"],
    ["down", [0.281, 0.293], "回落1.2个百分点"],
    ["two decimals", [0.305, 0.293, 2], "提高1.20个百分点"],
    ["percent texts", ["12.3%", "10.1%"], "提高2.2个百分点"],
    ["both declines, smaller now", [-0.05, -0.08], "降幅收窄3.0个百分点"],
    ["both declines, larger now", [-0.08, -0.05], "降幅扩大3.0个百分点"],
    ["decline to growth", [0.02, -0.03], "由降转增,提高5.0个百分点"],
    ["growth to decline", [-0.02, 0.03], "由增转降,回落5.0个百分点"],
    ["equal", [0.1, 0.1], "持平"],
    ["rounds to zero", [0.1004, 0.1], "持平"],
    ["开工率 as percent numbers with the flag", [85.3, 84.1, 1, true], "提高1.2个百分点"],
    ["growths as percent numbers: decline narrowed", [-4.6, -7.9, 1, true], "降幅收窄3.3个百分点"],
    ["flag with the decimals left blank", [9.3, 10.5, null, true], "回落1.2个百分点"],
    ["half up on percent numbers: 85.35 - 84.1 is 1.25 -> 1.3", [85.35, 84.1, 1, true], "提高1.3个百分点"],
    ["percent texts are not divided again by the flag", ["12.3%", 10.1, 1, true], "提高2.2个百分点"],
    ["without the flag 85.3 is 8530%: never guessed", [85.3, 84.1], "提高120.0个百分点"],
  ])("%s", (_case, args, expected) => {
    expect(valueOf("PPTEXT", ...args)).toBe(expected);
  });
});

describe("TJ.AMOUNT: a figure with its unit as a report prints it", () => {
  it.each<Case>([
    ["万元 to 亿元", [45000, "万元"], "4.5亿元"],
    ["already in 亿元", [37.57, "亿元"], "37.57亿元"],
    ["below 1亿元 stays in 万元", [9999, "万元"], "9999万元"],
    ["exactly 1亿元", [10000, "万元"], "1亿元"],
    ["元 to 亿元, two decimals", [123456789, "元"], "1.23亿元"],
    ["元 to 万元 from 1,000,000元", [5600000, "元"], "560万元"],
    ["a per-head figure in 元 stays", [52000, "元"], "52000元"],
    ["a per-capita unit never moves", [1520000, "元/人"], "1520000元/人"],
    ["万美元 to 亿美元", [25000, "万美元"], "2.5亿美元"],
    ["万美元 below 1亿美元 stays", [1500, "万美元"], "1500万美元"],
    ["unit alias 万", [45000, "万"], "4.5亿元"],
    ["no decimals, half up", [45000, "万元", 0], "5亿元"],
    ["three decimals", [123456789, "元", 3], "1.235亿元"],
    ["number text with its own unit, unit left blank", ["37.57亿元", null], "37.57亿元"],
    ["number text with its own unit, unit empty text", ["45000万元", ""], "4.5亿元"],
    ["number text with the same unit given", ["45,000万元", "万元"], "4.5亿元"],
    ["number text in another money unit is converted", ["4.5亿元", "万元"], "4.5亿元"],
  ])("%s", (_case, args, expected) => {
    expect(valueOf("AMOUNT", ...args)).toBe(expected);
  });
});

describe("TJ.SENTENCE: one indicator as a clause of the report", () => {
  it.each<Case>([
    ["computed growth", ["工业总产值", 37.57, "亿元", 28.79], "工业总产值37.57亿元,同比增长30.5%"],
    ["the seeds' plan", ["全年完成工业产值", 46, "亿元", 37.57], "全年完成工业产值46亿元,同比增长22.4%"],
    [
      "a dash as the given growth: computed",
      ["工业总产值", 37.57, "亿元", 28.79, "—"],
      "工业总产值37.57亿元,同比增长30.5%",
    ],
    [
      "a given growth wins over the computed one",
      ["工业总产值", 37.57, "亿元", 28.79, 0.3],
      "工业总产值37.57亿元,同比增长30.0%",
    ],
    [
      "a given growth without a base",
      ["财政总收入", 12.8, "亿元", null, 0.0929, 2],
      "财政总收入12.8亿元,同比增长9.29%",
    ],
    ["growth as percent text", ["工业总产值", "37.57", "亿元", "28.79", "30.5%"], "工业总产值37.57亿元,同比增长30.5%"],
    ["万元 figures in 亿元", ["固定资产投资", 375900, "万元", 303640], "固定资产投资37.59亿元,同比增长23.8%"],
    ["per-capita figures stay in 元", ["人均可支配收入", 52000, "元", 48000], "人均可支配收入52000元,同比增长8.3%"],
    ["a loss last year", ["利润总额", 5, "亿元", -2], "利润总额5亿元,扭亏为盈"],
    ["rounds to zero", ["社会消费品零售总额", 100.02, "亿元", 100], "社会消费品零售总额100.02亿元,与上年同期持平"],
    [
      "a percent-number growth with the flag",
      ["财政总收入", 12.8, "亿元", 11.71, 9.29, 2, true],
      "财政总收入12.8亿元,同比增长9.29%",
    ],
    ["the flag without a base", ["财政总收入", 12.8, "亿元", null, 9.29, 1, true], "财政总收入12.8亿元,同比增长9.3%"],
    [
      "an official growth points away from the computed one is not questioned",
      ["工业总产值", 37.57, "亿元", 28.79, 0.25],
      "工业总产值37.57亿元,同比增长25.0%",
    ],
    [
      "240% given as a fraction agrees with the figures",
      ["进出口总额", 34, "亿元", 10, 2.4],
      "进出口总额34亿元,同比增长2.4倍",
    ],
  ])("%s", (_case, args, expected) => {
    expect(valueOf("SENTENCE", ...args)).toBe(expected);
  });
});

describe("text functions: bad arguments are Excel errors with a Chinese message", () => {
  it.each<[string, unknown[], string, string | undefined]>([
    ["YOYTEXT", [100, null], "#N/A", "缺少上年同期数"],
    ["YOYTEXT", [null, 100], "#N/A", "缺少本期数"],
    ["YOYTEXT", [100, "abc"], "#VALUE!", "上年同期数“abc”不是数字"],
    ["YOYTEXT", [130.5, 100, -1], "#VALUE!", "小数位数应为 0 到 10 的整数(现为-1)"],
    ["YOYTEXT", [130.5, 100, 1.5], "#VALUE!", "小数位数应为 0 到 10 的整数(现为1.5)"],
    ["YOYTEXT", [130.5, 100, 11], "#VALUE!", "小数位数应为 0 到 10 的整数(现为11)"],
    ["GROWTHTEXT", [null], "#N/A", "缺少增速"],
    ["GROWTHTEXT", [0.3, 1, "是"], "#VALUE!", "百分数标志应为 TRUE 或 FALSE(现为“是”)"],
    ["GROWTHTEXT", [0.3, 1, 2], "#VALUE!", "百分数标志应为 TRUE 或 FALSE(现为“2”)"],
    ["COMPLETIONTEXT", [5, 0], "#DIV/0!", undefined],
    ["COMPLETIONTEXT", [5, -3], "#VALUE!", "全年目标为负数(-3),无法计算完成率"],
    ["COMPLETIONTEXT", [541, 1000, 13], "#VALUE!", "已过月数应在 0 到 12 之间(现为13)"],
    ["COMPLETIONTEXT", [541, 1000, "六"], "#VALUE!", "已过月数“六”不是数字"],
    ["PPTEXT", [0.3, null], "#N/A", "缺少对比比率"],
    ["AMOUNT", [45000, null], "#N/A", "缺少计量单位"],
    ["AMOUNT", [45000, 3], "#VALUE!", "计量单位应为文字(现为“3”)"],
    ["AMOUNT", [null, "万元"], "#N/A", "缺少数值"],
    ["AMOUNT", ["11家", "万元"], "#VALUE!", "数值的单位“家”与计量单位“万元”不一致,无法换算"],
    ["SENTENCE", ["工业总产值", 37.57, "亿元", null], "#N/A", "缺少上年同期数(或增速)"],
    ["SENTENCE", [null, 37.57, "亿元", 28.79], "#N/A", "缺少指标名称"],
    ["SENTENCE", ["工业总产值", 37.57, null, 28.79], "#N/A", "缺少计量单位"],
    ["SENTENCE", ["工业总产值", "三十七", "亿元", 28.79], "#VALUE!", "本期数“三十七”不是数字"],
    [
      "SENTENCE",
      ["财政总收入", 12.8, "亿元", 11.71, 9.29],
      "#VALUE!",
      "增速“9.29”像是百分数的数值(按上年同期数算得的增速为9.3%):如果它表示9.29%,请把最后一个参数(percentNumber)设为 TRUE,或写成“9.29%”",
    ],
    [
      "SENTENCE",
      ["一般公共预算收入", 9.26, "亿元", 9.71, -4.6, 1, false],
      "#VALUE!",
      "增速“-4.6”像是百分数的数值(按上年同期数算得的增速为-4.6%):如果它表示-4.6%,请把最后一个参数(percentNumber)设为 TRUE,或写成“-4.6%”",
    ],
    [
      "SENTENCE",
      ["工业总产值", 37.57, "亿元", 28.79, 0.3, 1, "是"],
      "#VALUE!",
      "百分数标志应为 TRUE 或 FALSE(现为“是”)",
    ],
    ["PPTEXT", [85.3, 84.1, 1, 2], "#VALUE!", "百分数标志应为 TRUE 或 FALSE(现为“2”)"],
  ])("TJ.%s(%j) is %s", (id, args, error, message) => {
    expect(call(id, ...args)).toEqual({ error, message });
  });
});
