import { formatDecimal, roundHalfUp, withoutSign } from "./decimal";
import { DEFAULT_DECIMALS } from "./growthPhrase";
import { fail, finiteResult, firstInvalid, type MetricResult } from "./metricResult";
import { finite } from "./nonFiniteError";
import { PHRASES } from "./phrases";
import { rateExists } from "./rate";
import { fillSplit, splitPhrase } from "./splitPhrase";

/** Phrases of a place against the whole it belongs to (DESIGN section 9); `scope` is a scope word (全市). */
const P = PHRASES.places;
const SHARE = splitPhrase(P.share);
const RANK = splitPhrase(P.rank);
const GROWTH_RANK = splitPhrase(P.growthRank);
const ORDINAL = splitPhrase(P.ordinal);
const ABOVE = splitPhrase(P.above);
const BELOW = splitPhrase(P.below);
const DECLINE_SMALLER = splitPhrase(P.declineSmaller);
const DECLINE_LARGER = splitPhrase(P.declineLarger);
const EVEN = splitPhrase(P.even);
const TOP = splitPhrase(P.top);

/** What a rank ranks: the figure itself (居全市第一位) or its growth (增速居全市第一位). */
export type RankMeasure = "value" | "growth";

/** A count or rank in words: 一…十 in Chinese numerals, then digits (11). */
export function rankNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1) {
    throw new RangeError(`位次应为正整数(现为${n})`);
  }
  return P.numerals[n - 1] ?? String(n);
}

/** 第一位 … 第十位, 第11位; rank 1 reads 首位 when `first` is set. */
export function ordinalText(rank: number, first = false): string {
  const n = rankNumber(rank);
  return first && rank === 1 ? P.first : fillSplit(ORDINAL, { n });
}

export interface RankPhraseOptions {
  /** Rank by the figure (default) or by its growth (增速居全市第三位). */
  readonly measure?: RankMeasure;
  /** Rank 1 reads 居全市首位. */
  readonly first?: boolean;
}

/** 居全市第一位, 增速居全区第三位, 居全市第11位, 居全市首位. */
export function rankPhrase(rank: number, scope: string, options: RankPhraseOptions = {}): string {
  const ordinal = ordinalText(rank, options.first ?? false);
  return fillSplit(options.measure === "growth" ? GROWTH_RANK : RANK, { scope, ordinal });
}

/** 占全市的36.7% for a share given as a fraction. Throws NonFiniteError rather than print Infinity or NaN. */
export function sharePhrase(share: number, scope: string, decimals: number = DEFAULT_DECIMALS): string {
  return fillSplit(SHARE, { scope, s: formatDecimal(finite(finite(share) * 100), decimals) });
}

/**
 * 比重: part / whole as a fraction, for a part that belongs to the whole; a whole of zero or less and a negative
 * part (a loss in a profit total) have none.
 */
export function shareOf(part: number | undefined, whole: number | undefined): MetricResult {
  const missing = firstInvalid([
    ["部分数", part],
    ["总量", whole],
  ]);
  if (missing) return missing;
  const [p, w] = [part as number, whole as number];
  if (rateExists(p, w)) {
    return finiteResult(p / w);
  }
  if (w === 0) {
    return fail("zero-base", "总量为零,无法计算比重");
  }
  return w < 0
    ? fail("negative-base", `总量为负数(${w}),比重无意义`)
    : fail("negative-base", `部分数为负数(${p}),比重无意义`);
}

/**
 * A place's growth against the whole's, both fractions, on the figures as printed at `decimals` (9.3% against
 * 7.2% is 2.1 points whatever lies behind the shown digits): 增速高于全市2.1个百分点, 增速低于…; both falling
 * 降幅比全市低/高x个百分点; equal as printed 与全市持平. Throws NonFiniteError rather than print Infinity or NaN.
 */
export function versusWholePhrase(
  place: number,
  whole: number,
  scope: string,
  decimals: number = DEFAULT_DECIMALS,
): string {
  const shownPlace = roundHalfUp(finite(finite(place) * 100), decimals);
  const shownWhole = roundHalfUp(finite(finite(whole) * 100), decimals);
  const pointsText = formatDecimal(shownPlace - shownWhole, decimals);
  if (Number(pointsText) === 0) {
    return fillSplit(EVEN, { scope });
  }
  const p = withoutSign(pointsText);
  const placeAhead = shownPlace > shownWhole;
  if (shownPlace < 0 && shownWhole < 0) {
    return fillSplit(placeAhead ? DECLINE_SMALLER : DECLINE_LARGER, { scope, p });
  }
  return fillSplit(placeAhead ? ABOVE : BELOW, { scope, p });
}

const GROWTH_SUBJECT = splitPhrase(P.growthSubject);

/** The subject of a ranking by growth: 增速, or 规上工业总产值增速 with the indicator's name. */
export function growthSubject(name = ""): string {
  return fillSplit(GROWTH_SUBJECT, { name });
}

/**
 * The places ahead, listed in rank order: 增速居前三位的是甲区、乙区、丙区 (`count` is the number of ranks
 * named, in words; a tie at the last rank may list more names than that).
 */
export function topPlacesPhrase(names: readonly string[], count: number, subject: string): string {
  const n = count === 2 ? P.twoAsCount : rankNumber(count);
  return fillSplit(TOP, { subject, n, names: names.join(PHRASES.report.listSeparator) });
}
