/**
 * The custom functions of 统计助手 (namespace TJ, set in manifest.xml): thin wrappers that read the
 * cell values Excel passes, call src/core and turn every failure into a CustomFunctions.Error.
 * functions.json is generated from the JSDoc below by custom-functions-metadata-plugin; the ids after
 * @customfunction are the public API and never change. Arguments that may be blank or text are typed
 * `unknown` (metadata type "any"), so a blank arrives as null and "1,234.5" arrives as text.
 */
import { completionPhrase } from "../core/completionPhrase";
import { formatDecimal } from "../core/decimal";
import { looksLikePercentNumber } from "../core/looksLikePercentNumber";
import { cagr, impliedPrevious, twoYearAverage, yoyGrowth } from "../core/growth";
import { contributionRate, pull } from "../core/contribution";
import { amountText, DEFAULT_AMOUNT_DECIMALS } from "../core/amountText";
import { DEFAULT_DECIMALS, growthPhrase, yoyPhrase } from "../core/growthPhrase";
import { rankPhrase, shareOf, sharePhrase } from "../core/placePhrases";
import { pointsPhrase } from "../core/pointsPhrase";
import { competitionRank } from "../core/rank";
import { contributionPhrase } from "../core/contributionPhrase";
import { growthVersusPhrase } from "../core/growthVersusPhrase";
import { PHRASES } from "../core/phrases";
import { completion, ppChange, progressGap, rate, timeProgress } from "../core/ratio";
import { scopeWord } from "../core/scope";
import { sentence } from "../core/sentence";
import { raise } from "./functionError";
import { guardedRuntime } from "./guardedRuntime";
import { metricValue } from "./metricValue";
import {
  isBlankArgument,
  readDecimals,
  readFlag,
  readNumber,
  readNumberReading,
  readOptionalNumber,
  readText,
} from "./readArgument";
import { readFraction, readOptionalFraction } from "./readFraction";
import { readQuantities } from "./readQuantities";
import { rangeNumbers } from "./readRange";
import { withCustomErrors } from "./toCustomError";

/** How a message names the optional flag that says rates are percent numbers (9.29 for 9.29%). */
const PERCENT_FLAG = "百分数标志";
/** How TJ.CONTRIBTEXT names the total when it is not given. */
const TOTAL_NAME = "总量";

/**
 * Every `CustomFunctions.associate` call in this file goes through this binding, including the
 * lines custom-functions-metadata-plugin appends to this file at build time, so a page without the
 * Office runtime (a plain browser) still loads the bundle instead of failing on a missing global.
 */
const CustomFunctions = guardedRuntime;

/**
 * 同比增速:本期数 ÷ 上年同期数 − 1,结果为小数(0.305 即 30.5%,单元格设为百分比格式)。
 * @customfunction YOY
 * @param current 本期数(数字,或“1,234.5”“１２３”等数字文本)。
 * @param previous 上年同期数。为零返回 #DIV/0!;为负数(亏损)返回 #VALUE!,请改用 TJ.YOYTEXT 表述。
 * @returns 同比增速(小数)。
 */
export function yoy(current: unknown, previous: unknown): number {
  return withCustomErrors(() => {
    const [x, x0] = readQuantities([current, previous], ["本期数", "上年同期数"]);
    return metricValue(yoyGrowth(x, x0));
  });
}

/**
 * 同比增速的文字表述:同比增长30.5%、同比下降10.0%、与上年同期持平、同比增长2.4倍,上年为零或亏损时表述为上年同期为零、扭亏为盈、由盈转亏、减亏、亏损增加。
 * @customfunction YOYTEXT
 * @param current 本期数。
 * @param previous 上年同期数(可为零或负数)。
 * @param [decimals] 可选,百分数保留的小数位数(0 到 10),默认 1。
 * @returns 如“同比增长30.5%”。
 */
export function yoyText(current: unknown, previous: unknown, decimals?: unknown): string {
  return withCustomErrors(() => {
    const [x, x0] = readQuantities([current, previous], ["本期数", "上年同期数"]);
    return yoyPhrase(x, x0, { decimals: readDecimals(decimals, DEFAULT_DECIMALS) });
  });
}

/**
 * 给定增速(如统计部门公布的可比价增速)的文字表述:同比增长9.3%、同比下降、与上年同期持平、增长2.4倍。
 * @customfunction GROWTHTEXT
 * @param growth 增速。默认为小数(0.0929 即 9.29%);带%的文本“9.29%”总是按百分数读。
 * @param [decimals] 可选,百分数保留的小数位数(0 到 10),默认 1。
 * @param [percentNumber] 可选,TRUE 表示增速是百分数的数值(9.29 表示 9.29%);省略或 FALSE 表示小数。
 * @returns 如“同比增长9.3%”。
 */
export function growthText(growth: unknown, decimals?: unknown, percentNumber?: unknown): string {
  return withCustomErrors(() => {
    const places = readDecimals(decimals, DEFAULT_DECIMALS);
    const fraction = readFraction(growth, "增速", readFlag(percentNumber, PERCENT_FLAG));
    return growthPhrase(fraction, { decimals: places });
  });
}

/**
 * 比率:部分数 ÷ 总数,用于开工率、竣工率、投产率、占比,结果为小数(0.988 即 98.8%)。
 * @customfunction RATE
 * @param part 分子,如已开工项目数。
 * @param whole 分母,如符合开工条件的项目数。为零返回 #DIV/0!。
 * @returns 比率(小数)。
 */
export function rateOf(part: unknown, whole: unknown): number {
  return withCustomErrors(() => {
    const [numerator, denominator] = readQuantities([part, whole], ["分子(部分数)", "分母(总数)"]);
    return metricValue(rate(numerator, denominator));
  });
}

/**
 * 完成率:完成数 ÷ 全年目标,结果为小数(2.2 即 220%)。
 * @customfunction COMPLETION
 * @param actual 完成数。
 * @param target 全年目标。为零返回 #DIV/0!,为负数返回 #VALUE!。
 * @returns 完成率(小数)。
 */
export function completionOf(actual: unknown, target: unknown): number {
  return withCustomErrors(() => {
    const [done, goal] = readQuantities([actual, target], ["完成数", "全年目标"]);
    return metricValue(completion(done, goal));
  });
}

/**
 * 完成全年目标情况的文字表述:完成全年目标的54.1%,快于时序进度4.1个百分点;超额完成;时间过半、任务过半。
 * @customfunction COMPLETIONTEXT
 * @param actual 完成数。
 * @param target 全年目标。为零返回 #DIV/0!,为负数返回 #VALUE!。
 * @param [months] 可选,已过月数(0 到 12,如 1-6月填 6),给出时加上与时序进度的比较。
 * @param [decimals] 可选,百分数保留的小数位数(0 到 10),默认 1。
 * @returns 如“完成全年目标的54.1%,快于时序进度4.1个百分点”。
 */
export function completionText(actual: unknown, target: unknown, months?: unknown, decimals?: unknown): string {
  return withCustomErrors(() => {
    const [done, goal] = readQuantities([actual, target], ["完成数", "全年目标"]);
    metricValue(completion(done, goal));
    const elapsed = readOptionalNumber(months, "已过月数");
    if (elapsed !== undefined) {
      metricValue(timeProgress(elapsed));
    }
    return completionPhrase(done, goal, elapsed, readDecimals(decimals, DEFAULT_DECIMALS));
  });
}

/**
 * 进度差:完成率 − 已过月数 ÷ 12,单位为百分点(正数快于时序进度,负数慢于时序进度)。
 * @customfunction PROGRESSGAP
 * @param actual 完成数。
 * @param target 全年目标。
 * @param months 已过月数(0 到 12)。
 * @returns 进度差(百分点)。
 */
export function progressGapOf(actual: unknown, target: unknown, months: unknown): number {
  return withCustomErrors(() => {
    const [done, goal] = readQuantities([actual, target], ["完成数", "全年目标"]);
    return metricValue(progressGap(done, goal, readNumber(months, "已过月数")));
  });
}

/**
 * 两个比率之差,单位为百分点:本期比率 − 对比比率(比率为小数,0.305 即 30.5%)。
 * @customfunction PPCHANGE
 * @param rate 本期比率或增速(小数,或“12.3%”文本)。
 * @param reference 对比的比率,如上年同期的比率。
 * @param [percentNumber] 可选,TRUE 表示两个比率都是百分数的数值(85.3 表示 85.3%);省略或 FALSE 表示小数。
 * @returns 增减的百分点数。
 */
export function ppChangeOf(rate: unknown, reference: unknown, percentNumber?: unknown): number {
  return withCustomErrors(() => {
    const flag = readFlag(percentNumber, PERCENT_FLAG);
    return metricValue(ppChange(readFraction(rate, "本期比率", flag), readFraction(reference, "对比比率", flag)));
  });
}

/**
 * 两个比率增减的文字表述:提高1.2个百分点、回落、降幅收窄/扩大、由降转增、由增转降、持平。
 * @customfunction PPTEXT
 * @param rate 本期比率或增速(小数,或“12.3%”文本)。
 * @param reference 对比的比率,如上年同期或上月的增速。
 * @param [decimals] 可选,百分点保留的小数位数(0 到 10),默认 1。
 * @param [percentNumber] 可选,TRUE 表示两个比率都是百分数的数值(85.3 表示 85.3%);省略或 FALSE 表示小数。
 * @returns 如“提高1.2个百分点”。
 */
export function ppText(rate: unknown, reference: unknown, decimals?: unknown, percentNumber?: unknown): string {
  return withCustomErrors(() => {
    const flag = readFlag(percentNumber, PERCENT_FLAG);
    const now = readFraction(rate, "本期比率", flag);
    const before = readFraction(reference, "对比比率", flag);
    return pointsPhrase(now, before, readDecimals(decimals, DEFAULT_DECIMALS));
  });
}

/**
 * 增速与上期增速比较的文字表述:增速比1-8月提高0.6个百分点、回落,降幅收窄、扩大,增速由负转正、由正转负,增速与1-8月持平;按显示的小数位比较。
 * @customfunction GROWTHVSTEXT
 * @param growth 本期增速。默认为小数(0.068 即 6.8%);带%的文本“6.8%”总是按百分数读。
 * @param previousGrowth 上期增速,如 1-8月的增速。
 * @param [previousName] 可选,上期的名称,如“1-8月”“上半年”“上月”,默认“上期”。
 * @param [decimals] 可选,增速显示的小数位数(0 到 10),默认 1;两个增速都按它舍入后再比较。
 * @param [percentNumber] 可选,TRUE 表示增速是百分数的数值(6.8 表示 6.8%);省略或 FALSE 表示小数。
 * @returns 如“增速比1-8月提高0.6个百分点”。
 */
export function growthVsText(
  growth: unknown,
  previousGrowth: unknown,
  previousName?: unknown,
  decimals?: unknown,
  percentNumber?: unknown,
): string {
  return withCustomErrors(() => {
    const flag = readFlag(percentNumber, PERCENT_FLAG);
    const now = readFraction(growth, "本期增速", flag);
    const before = readFraction(previousGrowth, "上期增速", flag);
    const name = isBlankArgument(previousName) ? PHRASES.versus.previousPeriod : readText(previousName, "上期名称");
    return growthVersusPhrase(now, before, name, readDecimals(decimals, DEFAULT_DECIMALS));
  });
}

/**
 * 贡献率:分项增量 ÷ 总量增量,结果为小数(0.629 即 62.9%)。
 * @customfunction CONTRIB
 * @param partNow 分项本期数。
 * @param partBefore 分项上年同期数。
 * @param totalNow 总量本期数。
 * @param totalBefore 总量上年同期数。总量与上年持平时返回 #DIV/0!。
 * @returns 贡献率(小数)。
 */
export function contrib(partNow: unknown, partBefore: unknown, totalNow: unknown, totalBefore: unknown): number {
  return withCustomErrors(() => {
    const [xi, xi0, x, x0] = readQuantities(
      [partNow, partBefore, totalNow, totalBefore],
      ["分项本期数", "分项上年同期数", "总量本期数", "总量上年同期数"],
    );
    return metricValue(contributionRate(xi, xi0, x, x0));
  });
}

/**
 * 贡献率的文字表述:对限额以上零售额增长的贡献率为62.9%(总量下降时写“对…下降的贡献率”)。
 * @customfunction CONTRIBTEXT
 * @param partNow 分项本期数。
 * @param partBefore 分项上年同期数。
 * @param totalNow 总量本期数。
 * @param totalBefore 总量上年同期数。总量与上年持平时返回 #VALUE!。
 * @param [totalName] 可选,总量的名称,如“限额以上零售额”,默认“总量”。
 * @returns 如“对限额以上零售额增长的贡献率为62.9%”。
 */
export function contribText(
  partNow: unknown,
  partBefore: unknown,
  totalNow: unknown,
  totalBefore: unknown,
  totalName?: unknown,
): string {
  return withCustomErrors(() => {
    const [xi, xi0, x, x0] = readQuantities(
      [partNow, partBefore, totalNow, totalBefore],
      ["分项本期数", "分项上年同期数", "总量本期数", "总量上年同期数"],
    );
    const rate = metricValue(contributionRate(xi, xi0, x, x0));
    const name = isBlankArgument(totalName) ? TOTAL_NAME : readText(totalName, "总量名称");
    return contributionPhrase(rate, name, DEFAULT_DECIMALS, x < x0);
  });
}

/**
 * 拉动:分项增量 ÷ 总量上年同期数 × 100,即拉动总量增长的百分点数(负数为下拉)。
 * @customfunction PULL
 * @param partNow 分项本期数。
 * @param partBefore 分项上年同期数。
 * @param totalBefore 总量上年同期数。为零返回 #DIV/0!。
 * @returns 拉动的百分点数。
 */
export function pullOf(partNow: unknown, partBefore: unknown, totalBefore: unknown): number {
  return withCustomErrors(() => {
    const [xi, xi0, x0] = readQuantities(
      [partNow, partBefore, totalBefore],
      ["分项本期数", "分项上年同期数", "总量上年同期数"],
    );
    return metricValue(pull(xi, xi0, x0));
  });
}

/**
 * 年均增长(水平法):(期末数 ÷ 基期数)^(1 ÷ 年数) − 1,结果为小数。
 * @customfunction CAGR
 * @param end 期末数,如 2023 年的数。
 * @param start 基期数,如 2018 年的数。
 * @param years 间隔年数,如 2018 到 2023 年为 5。
 * @returns 年均增长(小数)。
 */
export function cagrOf(end: unknown, start: unknown, years: unknown): number {
  return withCustomErrors(() => {
    const [last, first] = readQuantities([end, start], ["期末数", "基期数"]);
    return metricValue(cagr(last, first, readNumber(years, "年数")));
  });
}

/**
 * 两年平均增长:√(本期数 ÷ 两年前同期数) − 1,结果为小数。
 * @customfunction AVG2Y
 * @param current 本期数。
 * @param twoYearsBefore 两年前同期数。
 * @returns 两年平均增长(小数)。
 */
export function avg2y(current: unknown, twoYearsBefore: unknown): number {
  return withCustomErrors(() => {
    const [x, x2] = readQuantities([current, twoYearsBefore], ["本期数", "两年前同期数"]);
    return metricValue(twoYearAverage(x, x2));
  });
}

/**
 * 由本期数和增速推算上年同期数:本期数 ÷ (1 + 增速)。
 * @customfunction PREVIOUS
 * @param current 本期数。
 * @param growth 增速(小数,或“45.3%”文本)。为 -100% 时返回 #DIV/0!。
 * @returns 推算的上年同期数。
 */
export function previousOf(current: unknown, growth: unknown): number {
  return withCustomErrors(() =>
    metricValue(impliedPrevious(readNumber(current, "本期数"), readNumber(growth, "增速"))),
  );
}

/**
 * 带单位的金额文字:大额换算为亿元、万元(45000 万元写作 4.5亿元),美元同理,人均(元/人)不换算。
 * @customfunction AMOUNT
 * @param value 数值,或带单位的文本如“37.57亿元”。
 * @param unit 计量单位,如 元、万元、亿元、万美元、元/人;数值文本自带单位时可留空。
 * @param [decimals] 可选,保留的小数位数(0 到 10),默认 2,末尾的 0 省去。
 * @returns 如“4.5亿元”。
 */
export function amount(value: unknown, unit: unknown, decimals?: unknown): string {
  return withCustomErrors(() => {
    const reading = readNumberReading(value, "数值");
    const places = readDecimals(decimals, DEFAULT_AMOUNT_DECIMALS);
    if (isBlankArgument(unit) && reading.unit !== undefined) {
      return amountText(reading.value, reading.unit, { decimals: places });
    }
    const given = readText(unit, "计量单位");
    const [figure] = readQuantities([value], ["数值"], given);
    return amountText(figure, given, { decimals: places });
  });
}

/**
 * 一句指标表述:工业总产值37.57亿元,同比增长30.5%。给出增速时用给出的增速,否则由上年同期数计算。
 * @customfunction SENTENCE
 * @param name 指标名称,如 工业总产值。
 * @param value 本期数。
 * @param unit 计量单位,如 亿元。万元的大额数值换算为亿元。
 * @param previous 上年同期数;给出增速时可留空。
 * @param [growth] 可选,公布的增速(小数,或“30.5%”文本),给出时优先于计算的增速。
 * @param [decimals] 可选,增速保留的小数位数(0 到 10),默认 1。
 * @param [percentNumber] 可选,TRUE 表示增速是百分数的数值(30.5 表示 30.5%);省略或 FALSE 表示小数。
 * @returns 如“工业总产值37.57亿元,同比增长30.5%”。
 */
export function sentenceOf(
  name: unknown,
  value: unknown,
  unit: unknown,
  previous: unknown,
  growth?: unknown,
  decimals?: unknown,
  percentNumber?: unknown,
): string {
  return withCustomErrors(() => {
    const title = readText(name, "指标名称");
    const unitText = readText(unit, "计量单位");
    const [current] = readQuantities([value], ["本期数"], unitText);
    const percent = readFlag(percentNumber, PERCENT_FLAG);
    const given = readOptionalFraction(growth, "增速", percent);
    // A base given as "28.79亿元" is converted to the sentence's unit like the value.
    const base =
      readOptionalNumber(previous, "上年同期数") === undefined
        ? undefined
        : readQuantities([previous], ["上年同期数"], unitText)[0];
    if (given === undefined && base === undefined) {
      raise("#N/A", "缺少上年同期数(或增速)");
    }
    const places = readDecimals(decimals, DEFAULT_DECIMALS);
    const computed = yoyGrowth(current, base);
    if (!percent && given !== undefined && computed.ok && looksLikePercentNumber(given, computed.value)) {
      // 9.29 given for 9.29% would print 增长9.3倍: stop and say so rather than print it or guess.
      const shownGiven = String(given);
      raise(
        "#VALUE!",
        `增速“${shownGiven}”像是百分数的数值(按上年同期数算得的增速为${formatDecimal(computed.value * 100, places)}%):` +
          `如果它表示${shownGiven}%,请把最后一个参数(percentNumber)设为 TRUE,或写成“${shownGiven}%”`,
      );
    }
    return sentence(
      { name: title, value: current, unit: unitText, previous: base, growth: given },
      { decimals: places },
    );
  });
}

/** The scope word of 范围名称: 全市 when omitted; 合计 reads 全部, 全区合计 reads 全区. */
function readScope(raw: unknown): string {
  return scopeWord(isBlankArgument(raw) ? undefined : readText(raw, "范围名称"));
}

/**
 * 在一组地区中的位次表述:居全市第三位(第一到第十用汉字,第11位起用数字;并列的位次相同,如两个第一之后是第三)。
 * @customfunction RANKTEXT
 * @param value 要排位的数,如本区的产值或增速。必须是区域中的一个数,否则返回 #N/A。
 * @param range 各地区的数所在的区域,如 B3:B12。空白单元格、“—”和文字不参加排位;有错误值时返回该错误值。
 * @param [scope] 可选,范围名称,如 全区、全县;默认 全市。填 合计 时写作“全部”。
 * @param [descending] 可选,TRUE 表示数大的排在前(产值、增速),默认 TRUE;FALSE 表示数小的排在前(如能耗)。
 * @returns 如“居全市第三位”。
 */
export function rankText(value: unknown, range: unknown[][], scope?: unknown, descending?: unknown): string {
  return withCustomErrors(() => {
    const words = readScope(scope);
    const order = { descending: readFlag(descending, "降序", true) };
    const { cells, labels } = rangeNumbers(range, "区域");
    if (cells.length === 0) {
      raise("#N/A", "区域中没有数字,无法排位");
    }
    const [figure, ...figures] = readQuantities([value, ...cells], ["要排位的数", ...labels]);
    if (!figures.includes(figure)) {
      raise("#N/A", `要排位的数${figure}不在区域中,无法排位(请检查引用的区域)`);
    }
    return rankPhrase(competitionRank(figure, figures, order), words);
  });
}

/**
 * 占总量的比重表述:占全市的36.7%。总量可以是一个数(如全市合计),也可以是各地区所在的区域(按其中的数求和)。
 * @customfunction SHARETEXT
 * @param part 部分数,如本区的进出口总额。
 * @param whole 总量,如全市的进出口总额;或各地区的数所在的区域,空白单元格、“—”和文字不计入。为零返回 #DIV/0!。
 * @param [scope] 可选,范围名称,如 全区、全县;默认 全市。填 合计 时写作“全部”。
 * @param [decimals] 可选,百分数保留的小数位数(0 到 10),默认 1。
 * @returns 如“占全市的36.7%”。
 */
export function shareText(part: unknown, whole: unknown[][], scope?: unknown, decimals?: unknown): string {
  return withCustomErrors(() => {
    const words = readScope(scope);
    const places = readDecimals(decimals, DEFAULT_DECIMALS);
    const oneCell = !Array.isArray(whole) || (whole.length === 1 && Array.isArray(whole[0]) && whole[0].length === 1);
    let figures: number[];
    if (oneCell) {
      const cell: unknown = Array.isArray(whole) ? whole[0]?.[0] : whole;
      figures = readQuantities([part, cell], ["部分数", "总量"]);
    } else {
      const { cells, labels } = rangeNumbers(whole, "总量区域");
      if (cells.length === 0) {
        raise("#N/A", "总量区域中没有数字");
      }
      figures = readQuantities([part, ...cells], ["部分数", ...labels]);
    }
    const [figure = 0, ...parts] = figures;
    const total = oneCell ? (parts[0] ?? 0) : parts.reduce((sum, x) => sum + x, 0);
    return sharePhrase(metricValue(shareOf(figure, total)), words, places);
  });
}

/** Every function by its id; the metadata (functions.json) lists exactly these ids. */
export const FUNCTIONS_BY_ID = {
  YOY: yoy,
  YOYTEXT: yoyText,
  GROWTHTEXT: growthText,
  RATE: rateOf,
  COMPLETION: completionOf,
  COMPLETIONTEXT: completionText,
  PROGRESSGAP: progressGapOf,
  PPCHANGE: ppChangeOf,
  PPTEXT: ppText,
  CONTRIB: contrib,
  CONTRIBTEXT: contribText,
  GROWTHVSTEXT: growthVsText,
  PULL: pullOf,
  CAGR: cagrOf,
  AVG2Y: avg2y,
  PREVIOUS: previousOf,
  AMOUNT: amount,
  SENTENCE: sentenceOf,
  RANKTEXT: rankText,
  SHARETEXT: shareText,
} as const;

for (const [id, fn] of Object.entries(FUNCTIONS_BY_ID)) {
  CustomFunctions.associate(id, fn);
}
