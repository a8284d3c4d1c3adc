/**
 * The worked checks of DESIGN.md section 3, from the seeds, end to end through the metric and the
 * phrase a report prints.
 */
import { completionPhrase } from "../../src/core/completionPhrase";
import { contributionRate } from "../../src/core/contribution";
import { contributionPhrase } from "../../src/core/contributionPhrase";
import { formatDecimal } from "../../src/core/decimal";
import { impliedPrevious, yoyGrowth } from "../../src/core/growth";
import { growthPhrase } from "../../src/core/growthPhrase";
import { completion, rate } from "../../src/core/ratio";

function percentOf(result: ReturnType<typeof rate>, decimals: number): string {
  if (!result.ok) throw new Error(result.message);
  return formatDecimal(result.value * 100, decimals) + "%";
}

describe("DESIGN.md section 3 worked checks", () => {
  test.each<[string, number, number, number, string]>([
    ["开工率", 80, 81, 1, "98.8%"],
    ["开工率", 80, 81, 0, "99%"],
    ["竣工率", 52, 81, 0, "64%"],
    ["投产率", 48, 81, 0, "59%"],
  ])("%s %p/%p at %p decimals is %p", (_name, done, eligible, decimals, expected) => {
    expect(percentOf(rate(done, eligible), decimals)).toBe(expected);
  });

  it("11 projects against a task of 5: 完成考核任务220%", () => {
    expect(percentOf(completion(11, 5), 0)).toBe("220%");
    expect(completionPhrase(11, 5, undefined, 0)).toBe("完成全年目标的220%,超额完成120%");
  });

  it("800 merchants against 500: 超额完成60%", () => {
    expect(completionPhrase(800, 500, undefined, 0)).toBe("完成全年目标的160%,超额完成60%");
  });

  it("46亿元 planned against 37.57亿元: 增长22.4%", () => {
    const growth = yoyGrowth(46, 37.57);
    expect(percentOf(growth, 1)).toBe("22.4%");
    expect(growth.ok && growthPhrase(growth.value)).toBe("同比增长22.4%");
  });

  it("汽车类 290.3 (+45.3%) in 1073.1 (+15.5%): the 贡献率 of the seed, 62.9%, within the rounding of its inputs", () => {
    // From the rounded published figures the ratio is 62.848%; the seed printed 62.9% from its
    // unrounded source figures. Stated at 2 decimals, and phrased from the seed's figure.
    const carBefore = impliedPrevious(290.3, 0.453);
    const totalBefore = impliedPrevious(1073.1, 0.155);
    if (!carBefore.ok || !totalBefore.ok) throw new Error("bases");
    const c = contributionRate(290.3, carBefore.value, 1073.1, totalBefore.value);
    expect(percentOf(c, 2)).toBe("62.85%");
    expect(contributionPhrase(0.629, "零售总额")).toBe("对零售总额增长的贡献率为62.9%");
  });

  it("境外投资 +240%: 同比增长2.4倍", () => {
    expect(growthPhrase(2.4)).toBe("同比增长2.4倍");
  });
});
