import { completionPhrase, progressPhrase } from "../../src/core/completionPhrase";

describe("completionPhrase: progress against the annual target", () => {
  test.each<[number, number, number | undefined, number | undefined, string]>([
    // Without months: the share alone.
    [541, 1000, undefined, undefined, "完成全年目标的54.1%"],
    [1, 3, undefined, undefined, "完成全年目标的33.3%"],
    [1, 3, undefined, 2, "完成全年目标的33.33%"],
    [0.5415, 1, undefined, undefined, "完成全年目标的54.2%"],
    [0, 500, undefined, undefined, "完成全年目标的0.0%"],
    // With the months elapsed: 快于/慢于时序进度.
    [541, 1000, 9, undefined, "完成全年目标的54.1%,慢于时序进度20.9个百分点"],
    [800, 1000, 9, undefined, "完成全年目标的80.0%,快于时序进度5.0个百分点"],
    [750, 1000, 9, undefined, "完成全年目标的75.0%,与时序进度持平"],
    [7504, 10000, 9, undefined, "完成全年目标的75.0%,与时序进度持平"],
    [200, 1000, 3, 0, "完成全年目标的20%,慢于时序进度5个百分点"],
    // 1-6月 with half the target done: 时间过半、任务过半.
    [541, 1000, 6, undefined, "完成全年目标的54.1%,快于时序进度4.1个百分点,实现时间过半、任务过半"],
    [500, 1000, 6, undefined, "完成全年目标的50.0%,与时序进度持平,实现时间过半、任务过半"],
    [49996, 100000, 6, undefined, "完成全年目标的50.0%,与时序进度持平,实现时间过半、任务过半"],
    [480, 1000, 6, undefined, "完成全年目标的48.0%,慢于时序进度2.0个百分点"],
    [600, 1000, 7, undefined, "完成全年目标的60.0%,快于时序进度1.7个百分点"],
    [550, 1000, 7, undefined, "完成全年目标的55.0%,慢于时序进度3.3个百分点"],
    // At 12 months (or none elapsed) there is no time-progress clause.
    [541, 1000, 12, undefined, "完成全年目标的54.1%"],
    [541, 1000, 0, undefined, "完成全年目标的54.1%"],
    // 100% and more: 超额完成 subtracts 100.
    [500, 500, undefined, undefined, "完成全年目标"],
    [100.04, 100, 9, undefined, "完成全年目标"],
    [800, 500, undefined, undefined, "完成全年目标的160.0%,超额完成60.0%"],
    [800, 500, 6, undefined, "完成全年目标的160.0%,超额完成60.0%"],
    [800, 500, undefined, 0, "完成全年目标的160%,超额完成60%"],
    [11, 5, undefined, 0, "完成全年目标的220%,超额完成120%"], // DESIGN.md worked check: 11 against 5
    [100.05, 100, undefined, undefined, "完成全年目标的100.1%,超额完成0.1%"],
    [1.00249, 1, undefined, 2, "完成全年目标的100.25%,超额完成0.25%"],
    // No target: no ratio.
    [541, 0, 6, undefined, "全年目标为零或负数,无法计算完成率"],
    [541, -100, undefined, undefined, "全年目标为零或负数,无法计算完成率"],
  ])("completionPhrase(%p, %p, months %p, decimals %p) = %p", (actual, target, months, decimals, expected) => {
    expect(completionPhrase(actual, target, months, decimals)).toBe(expected);
  });
});

describe("progressPhrase: 快于/慢于时序进度", () => {
  test.each<[number, number, number | undefined, string]>([
    [0.541, 6, undefined, "快于时序进度4.1个百分点"],
    [0.7, 9, undefined, "慢于时序进度5.0个百分点"],
    [0.75, 9, undefined, "与时序进度持平"],
    [0.7496, 9, undefined, "与时序进度持平"],
    [0.3, 3, 0, "快于时序进度5个百分点"],
    [0.9, 10, 2, "快于时序进度6.67个百分点"],
  ])("progressPhrase(%p, %p, %p) = %p", (ratio, months, decimals, expected) => {
    expect(progressPhrase(ratio, months, decimals)).toBe(expected);
  });
});
