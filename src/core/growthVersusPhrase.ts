import { formatDecimal, withoutSign } from "./decimal";
import { DEFAULT_DECIMALS } from "./growthPhrase";
import { finite } from "./nonFiniteError";
import { PHRASES } from "./phrases";
import { fillSplit, splitPhrase } from "./splitPhrase";

const UP = splitPhrase(PHRASES.versus.up);
const DOWN = splitPhrase(PHRASES.versus.down);
const NARROWED = splitPhrase(PHRASES.versus.narrowed);
const WIDENED = splitPhrase(PHRASES.versus.widened);
const FLAT = splitPhrase(PHRASES.versus.flat);

/** How a growth moved against an earlier period's growth, on the figures as printed: the token of the phrase. */
export type GrowthVersus = "up" | "down" | "narrowed" | "widened" | "turnPositive" | "turnNegative" | "flat";

/**
 * The comparison of a growth g with an earlier period's growth g₀ (fractions), on the figures as printed with
 * `decimals` and `previousDecimals`: the token (DESIGN.md section 9's table) and the points g − g₀ as printed.
 */
export function growthVersus(
  growth: number,
  previousGrowth: number,
  decimals: number = DEFAULT_DECIMALS,
  previousDecimals: number = decimals,
): { readonly token: GrowthVersus; readonly points: string } {
  const g = Number(formatDecimal(finite(finite(growth) * 100), decimals));
  const g0 = Number(formatDecimal(finite(finite(previousGrowth) * 100), previousDecimals));
  const shown = formatDecimal(g - g0, Math.max(decimals, previousDecimals));
  const points = withoutSign(shown);
  if (Number(shown) === 0) return { token: "flat", points };
  if (g0 < 0 && g >= 0) return { token: "turnPositive", points };
  if (g0 >= 0 && g < 0) return { token: "turnNegative", points };
  if (g0 < 0 && g < 0) return { token: g > g0 ? "narrowed" : "widened", points };
  return { token: g > g0 ? "up" : "down", points };
}

/**
 * 增速比1-8月提高0.6个百分点 / 回落… / 降幅比1-8月收窄… / 扩大… / 增速由负转正 / 增速由正转负 / 增速与1-8月持平,
 * for a growth and an earlier period's growth as fractions, printed with their decimals; `reference` is the
 * earlier period as the sheet names it (1-8月, 上半年, 上月, 上年同期). Throws NonFiniteError rather than print Infinity.
 */
export function growthVersusPhrase(
  growth: number,
  previousGrowth: number,
  reference: string,
  decimals: number = DEFAULT_DECIMALS,
  previousDecimals: number = decimals,
): string {
  const { token, points } = growthVersus(growth, previousGrowth, decimals, previousDecimals);
  switch (token) {
    case "turnPositive":
      return PHRASES.versus.turnPositive;
    case "turnNegative":
      return PHRASES.versus.turnNegative;
    case "flat":
      return fillSplit(FLAT, { ref: reference });
    case "up":
      return fillSplit(UP, { ref: reference, p: points });
    case "down":
      return fillSplit(DOWN, { ref: reference, p: points });
    case "narrowed":
      return fillSplit(NARROWED, { ref: reference, p: points });
    case "widened":
      return fillSplit(WIDENED, { ref: reference, p: points });
  }
}
