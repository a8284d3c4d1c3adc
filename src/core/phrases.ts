/**
 * The words of Chinese statistical reporting, as data (in the manner of a date-fns locale).
 * `{name}` placeholders are filled by `fillPhrase`; the phrase functions pick the entry.
 */
export const PHRASES = {
  growth: {
    up: "{cmp}增长{p}%",
    down: "{cmp}下降{p}%",
    flat: "与{base}持平",
    times: "{cmp}增长{t}倍",
  },
  comparison: {
    yoy: { cmp: "同比", base: "上年同期" },
    lastYear: { cmp: "比上年", base: "上年" },
  },
  base: {
    zero: "{base}为零",
    zeroBoth: "与{base}持平",
    turnProfit: "扭亏为盈",
    turnLoss: "由盈转亏",
    lossNarrowed: "{cmp}减亏{p}%",
    lossWidened: "{cmp}亏损增加{p}%",
  },
  points: {
    up: "提高{p}个百分点",
    down: "回落{p}个百分点",
    flat: "持平",
    declineNarrowed: "降幅收窄{p}个百分点",
    declineWidened: "降幅扩大{p}个百分点",
    turnUp: "由降转增,提高{p}个百分点",
    turnDown: "由增转降,回落{p}个百分点",
  },
  completion: {
    share: "完成全年目标的{r}%",
    full: "完成全年目标",
    over: "完成全年目标的{r}%,超额完成{x}%",
    noTarget: "全年目标为零或负数,无法计算完成率",
  },
  progress: {
    ahead: "快于时序进度{p}个百分点",
    behind: "慢于时序进度{p}个百分点",
    even: "与时序进度持平",
    halfAndHalf: "实现时间过半、任务过半",
  },
  change: {
    up: "{cmp}增加{v}",
    down: "{cmp}减少{v}",
    revenueUp: "{cmp}增收{v}",
    revenueDown: "{cmp}减收{v}",
  },
  contribution: {
    rate: "对{total}增长的贡献率为{c}%",
    pull: "拉动{total}增长{p}个百分点",
    drag: "下拉{total}增长{p}个百分点",
  },
  clause: {
    value: "{name}{value}",
    valueWithVerb: "{verb}{name}{value}",
  },
} as const;

export type Comparison = keyof typeof PHRASES.comparison;

/** Fills `{name}` placeholders; an unknown placeholder is left visible so a test catches it. */
export function fillPhrase(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
