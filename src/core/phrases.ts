import { fillSplit, splitPhrase, type SplitPhrase } from "./splitPhrase";

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
    /** Against two years before: 比{year}增长10.3%, {year} filled with "2022年同期" or "两年前同期". */
    twoYears: { cmp: "比{year}", base: "{year}" },
    /** 两年平均增长5.0%. */
    twoYearAverage: { cmp: "两年平均", base: "两年前同期" },
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
  /** A growth against an earlier period's growth, on the figures as printed (DESIGN.md section 9). */
  versus: {
    up: "增速比{ref}提高{p}个百分点",
    down: "增速比{ref}回落{p}个百分点",
    narrowed: "降幅比{ref}收窄{p}个百分点",
    widened: "降幅比{ref}扩大{p}个百分点",
    turnPositive: "增速由负转正",
    turnNegative: "增速由正转负",
    flat: "增速与{ref}持平",
    /** A 上年同期 growth: 增速比上年同期提高…; a reference of its own name otherwise. */
    previousPeriod: "上期",
  },
  /** The base of a 两年 comparison: 2022年同期, or 两年前同期 when the sheet names no year. */
  twoYearBase: { year: "{year}年同期", unknownYear: "两年前同期" },
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
    /** When the total fell: 对…下降的贡献率为c%. */
    rateOfDecline: "对{total}下降的贡献率为{c}%",
    pull: "拉动{total}增长{p}个百分点",
    drag: "下拉{total}增长{p}个百分点",
  },
  /** Across places (DESIGN section 9): a place against the whole it belongs to (全市, 全区 …). */
  places: {
    share: "占{scope}的{s}%",
    rank: "居{scope}{ordinal}",
    growthRank: "增速居{scope}{ordinal}",
    ordinal: "第{n}位",
    /** Rank 1 may read 居全市首位. */
    first: "首位",
    /** 第一位…第十位 and 前三位; from 11 on the number is written in digits (第11位). */
    numerals: ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"],
    /** Two as a count reads 两 (居前两位), as an ordinal 二 (第二位). */
    twoAsCount: "两",
    above: "增速高于{scope}{p}个百分点",
    below: "增速低于{scope}{p}个百分点",
    /** Both falling: the place falls less than the whole (降幅比全市低) or more. */
    declineSmaller: "降幅比{scope}低{p}个百分点",
    declineLarger: "降幅比{scope}高{p}个百分点",
    even: "与{scope}持平",
    /** The places ahead: 增速居前三位的是甲区、乙区、丙区; the subject may name the indicator. */
    top: "{subject}居前{n}位的是{names}",
    /** The subject of a ranking by growth: 增速, 规上工业总产值增速. */
    growthSubject: "{name}增速",
    /** A regions sheet's paragraph on its places, after the total's. */
    byPlace: "分地区看,",
    /** After a focus place's paragraph, the other places. */
    others: "从其他地区看,",
    fastest: "{subject}最快的是{name},{growth}",
    belowWhole: "{subject}低于{scope}的有{names}",
    /** The scope word of a total row: 全市 for 全市 or 某某市合计; 合计 alone reads 全部. */
    scopeOfKind: "全{kind}",
    allScope: "全部",
    /** The scope of the custom functions when none is given. */
    defaultScope: "全市",
  },
  clause: {
    value: "{name}{value}",
    valueWithVerb: "{verb}{name}{value}",
  },
  /** The narrative of an indicator sheet (src/report). */
  report: {
    /** A period opening a paragraph: "1-9月,". */
    opening: "{period},",
    /** Periods that read as an adverb and take no comma: "全年实现…". */
    openingsWithoutComma: ["全年"],
    /** Children after their parent in the same sentence: ",其中工业投资…". */
    children: "其中",
    clauseSeparator: ";",
    partSeparator: ",",
    listSeparator: "、",
    end: "。",
    /** A negative profit: 利润总额亏损0.35亿元. */
    loss: "亏损{value}",
    /** A rate indicator (unit %) against last year's rate: 比上年同期提高1.2个百分点. */
    pointsVersus: "比{base}{points}",
    verbs: { complete: "完成", achieve: "实现" },
    highlights: {
      opening: "从主要指标看,",
      fastest: "{name}增长最快,{growth}",
      declines: "{names}{cmp}下降",
      declinesMany: "{names}等{n}项指标{cmp}下降",
      behind: "{names}完成进度慢于时序进度",
      behindMany: "{names}等{n}项指标完成进度慢于时序进度",
    },
  },
} as const;

export type Comparison = keyof typeof PHRASES.comparison;

/** Every template of PHRASES, split into literal text and placeholders once, at module load. */
const SPLIT_PHRASES = new Map<string, SplitPhrase>();
(function collect(node: unknown): void {
  if (typeof node === "string") {
    SPLIT_PHRASES.set(node, splitPhrase(node));
  } else if (typeof node === "object" && node !== null) {
    Object.values(node).forEach(collect);
  }
})(PHRASES);

/**
 * Fills `{name}` placeholders; an unknown placeholder is left visible so a test catches it. The templates
 * of PHRASES are filled by concatenation (split at load); any other template is split on the call.
 */
export function fillPhrase(template: string, values: Readonly<Record<string, string>>): string {
  return fillSplit(SPLIT_PHRASES.get(template) ?? splitPhrase(template), values);
}
