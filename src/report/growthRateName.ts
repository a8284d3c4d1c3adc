import type { Indicator } from "./types";
import { verbFor } from "./verbFor";

/** A name that says its figure is a growth rate: "社会消费品零售总额增速", "规上工业增加值增幅(%)". */
const GROWTH_SUFFIX = /(?:同比)?(?:增速|增幅|增长率|增长)$/;
/** Rates and indices that are levels, not growth rates (产品销售率, 城镇化率, 外贸依存度, 占GDP比重, 价格指数). */
const LEVEL_RATE = /(?:率|度|比重|占比|比例|指数|比)$/;

/**
 * The name to print for a 增速类 indicator, whose figures are growth rates themselves ("规上工业增加值(%)" 8.5
 * is "规上工业增加值同比增长8.5%", not "8.5%"); undefined for any other indicator. A % row is a growth rate when
 * its name ends in 增速/增幅/增长, or names an amount (产值, 增加值, 投资, 收入, 零售总额…) rather than a rate.
 */
export function growthRateName(indicator: Indicator): string | undefined {
  if (indicator.unit !== "%") return undefined;
  const stripped = indicator.name.replace(GROWTH_SUFFIX, "");
  if (stripped !== indicator.name && stripped !== "") return stripped;
  if (LEVEL_RATE.test(indicator.name)) return undefined;
  return verbFor(indicator.name) !== undefined ? indicator.name : undefined;
}
