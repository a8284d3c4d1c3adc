import { roundHalfUp } from "../../core/decimal";
import { growthPhrase } from "../../core/growthPhrase";
import { PHRASES } from "../../core/phrases";
import {
  growthSubject,
  rankPhrase,
  shareOf,
  sharePhrase,
  topPlacesPhrase,
  versusWholePhrase,
} from "../../core/placePhrases";
import { competitionRanks } from "../../core/rank";
import { fillSplit, splitPhrase } from "../../core/splitPhrase";
import { periodOpening } from "../buildNarrative";
import { rateDecimals } from "../indicatorPhrases";
import { indicatorClause } from "../indicatorClause";
import type { ResolvedOptions } from "../resolveOptions";
import type { Analysis, Indicator, Period } from "../types";
import { verbFor } from "../verbFor";
import type { PlaceIndicator, PlacesInfo } from "./placesTypes";

const P = PHRASES.places;
const R = PHRASES.report;
const FASTEST = splitPhrase(P.fastest);
const BELOW_WHOLE = splitPhrase(P.belowWhole);

/** How many places the ranking sentence names (增速居前三位的是…). */
const TOP_COUNT = 3;

/** One indicator across the places, with every place's ranks (the sheet's own win over computed ones). */
interface IndicatorStanding {
  readonly name: string;
  readonly total: Indicator;
  readonly places: readonly (Indicator | undefined)[];
  readonly ranks: readonly (number | undefined)[];
  readonly growthRanks: readonly (number | undefined)[];
  readonly across: PlaceIndicator;
}

/** A growth as printed, in percent: what ranks and comparisons use. */
function shownGrowth(indicator: Indicator | undefined, options: ResolvedOptions): number | undefined {
  const growth = indicator?.growth;
  return growth === undefined ? undefined : roundHalfUp(growth.fraction * 100, rateDecimals(growth, options));
}

/** Competition ranks of the defined values, in place order (undefined where a place has none). */
function ranksOf(values: readonly (number | undefined)[]): (number | undefined)[] {
  const present = values.flatMap((v, i) => (v === undefined ? [] : [{ v, i }]));
  const ranks = competitionRanks(present.map((p) => p.v));
  const out: (number | undefined)[] = values.map(() => undefined);
  present.forEach((p, k) => (out[p.i] = ranks[k]));
  return out;
}

function standings(analysis: Analysis, places: PlacesInfo, options: ResolvedOptions): IndicatorStanding[] {
  return places.indicators.flatMap((across) => {
    const total = analysis.indicators[across.total];
    if (total === undefined) return [];
    const rows = across.places.map((i) => analysis.indicators[i]);
    const computedRanks = ranksOf(rows.map((row) => row?.current?.value));
    const computedGrowthRanks = ranksOf(rows.map((row) => shownGrowth(row, options)));
    return [
      {
        name: total.name,
        total,
        places: rows,
        ranks: rows.map((_, i) => across.given[i]?.rank ?? computedRanks[i]),
        growthRanks: rows.map((_, i) => across.given[i]?.growthRank ?? computedGrowthRanks[i]),
        across,
      },
    ];
  });
}

/** A place's (or the total's) clause under the indicator's name, with its verb when verbs are on. */
function clauseOf(
  indicator: Indicator,
  name: string,
  period: Period,
  options: ResolvedOptions,
  lastVerb?: { value: string | undefined },
): string | undefined {
  const clause = indicatorClause({ ...indicator, name }, period, options);
  if (clause === undefined) return undefined;
  const verb =
    options.verbs && indicator.current !== undefined && indicator.current.value >= 0 ? verbFor(name) : undefined;
  if (lastVerb === undefined) return (verb ?? "") + clause;
  const text = verb !== undefined && verb !== lastVerb.value ? verb + clause : clause;
  lastVerb.value = verb;
  return text;
}

/** 增速高于全市2.1个百分点, on the growths as printed; undefined without both growths. */
function versusText(place: Indicator | undefined, total: Indicator, scope: string, options: ResolvedOptions) {
  const own = place?.growth;
  const whole = total.growth;
  if (own === undefined || whole === undefined) return undefined;
  const decimals = Math.max(rateDecimals(own, options), rateDecimals(whole, options));
  return versusWholePhrase(own.fraction, whole.fraction, scope, decimals);
}

/** 占全市的36.73%: the sheet's share as printed, else computed from the place and the whole. */
function shareText(standing: IndicatorStanding, i: number, scope: string, options: ResolvedOptions) {
  const given = standing.across.given[i]?.share;
  if (given !== undefined) return sharePhrase(given.fraction, scope, rateDecimals(given, options));
  const share = shareOf(standing.places[i]?.current?.value, standing.total.current?.value);
  return share.ok ? sharePhrase(share.value, scope, options.decimals) : undefined;
}

/** The focus place's paragraph: each indicator with its share, rank, growth against the whole and growth rank. */
function focusParagraph(
  all: readonly IndicatorStanding[],
  places: PlacesInfo,
  focus: number,
  period: Period,
  options: ResolvedOptions,
): string | undefined {
  const { scope } = places;
  const lastVerb = { value: undefined as string | undefined };
  const clauses = all.flatMap((standing) => {
    const place = standing.places[focus];
    if (place === undefined) return [];
    const head = clauseOf(place, standing.name, period, options, lastVerb);
    if (head === undefined) return [];
    const rank = standing.ranks[focus];
    const growthRank = standing.growthRanks[focus];
    const parts = [
      head,
      place.current === undefined ? undefined : shareText(standing, focus, scope, options),
      rank === undefined || place.current === undefined ? undefined : rankPhrase(rank, scope),
      versusText(place, standing.total, scope, options),
      growthRank === undefined ? undefined : rankPhrase(growthRank, scope, { measure: "growth" }),
    ];
    return [parts.filter((part) => part !== undefined).join(R.partSeparator)];
  });
  if (clauses.length === 0) return undefined;
  return periodOpening(period) + (places.places[focus] ?? "") + clauses.join(R.clauseSeparator) + R.end;
}

/** After the focus place: per indicator, the fastest of the others and those below the whole. */
function othersParagraph(
  all: readonly IndicatorStanding[],
  places: PlacesInfo,
  focus: number,
  options: ResolvedOptions,
): string | undefined {
  const sentences = all.flatMap((standing) => {
    const others = standing.places.flatMap((place, i) =>
      i === focus || shownGrowth(place, options) === undefined ? [] : [{ place: place!, name: places.places[i] ?? "" }],
    );
    if (others.length === 0) return [];
    const fastest = others.reduce((best, o) =>
      (shownGrowth(o.place, options) ?? 0) > (shownGrowth(best.place, options) ?? 0) ? o : best,
    );
    const growth = fastest.place.growth!;
    const parts = [
      fillSplit(FASTEST, {
        subject: growthSubject(standing.name),
        name: fastest.name,
        growth: growthPhrase(growth.fraction, { decimals: rateDecimals(growth, options) }),
      }),
    ];
    const whole = shownGrowth(standing.total, options);
    if (whole !== undefined) {
      const below = others.filter((o) => (shownGrowth(o.place, options) ?? 0) < whole).map((o) => o.name);
      if (below.length > 0) {
        parts.push(
          fillSplit(BELOW_WHOLE, { subject: growthSubject(), scope: places.scope, names: below.join(R.listSeparator) }),
        );
      }
    }
    return [parts.join(R.partSeparator)];
  });
  return sentences.length === 0 ? undefined : P.others + sentences.join(R.clauseSeparator) + R.end;
}

/** The total's paragraph: 1-9月,全市完成规上工业总产值…;社会消费品零售总额…。 */
function totalParagraph(
  all: readonly IndicatorStanding[],
  places: PlacesInfo,
  period: Period,
  options: ResolvedOptions,
): string | undefined {
  const lastVerb = { value: undefined as string | undefined };
  const clauses = all.flatMap((standing) => {
    const clause = clauseOf(standing.total, standing.name, period, options, lastVerb);
    return clause === undefined ? [] : [clause];
  });
  if (clauses.length === 0) return undefined;
  const subject = places.scope === P.allScope ? "" : places.scope;
  return periodOpening(period) + subject + clauses.join(R.clauseSeparator) + R.end;
}

/** 分地区看,甲区…,增速高于全市2.1个百分点;乙区…。: one clause per place, in the sheet's order. */
function placesParagraph(
  all: readonly IndicatorStanding[],
  places: PlacesInfo,
  period: Period,
  options: ResolvedOptions,
): string | undefined {
  const clauses = places.places.flatMap((name, i) => {
    const lastVerb = { value: undefined as string | undefined };
    const parts = all.flatMap((standing) => {
      const place = standing.places[i];
      if (place === undefined) return [];
      const head = clauseOf(place, standing.name, period, options, lastVerb);
      if (head === undefined) return [];
      const versus = versusText(place, standing.total, places.scope, options);
      return [versus === undefined ? head : head + R.partSeparator + versus];
    });
    return parts.length === 0 ? [] : [name + parts.join(R.partSeparator)];
  });
  return clauses.length === 0 ? undefined : P.byPlace + clauses.join(R.clauseSeparator) + R.end;
}

/** 规上工业总产值增速居前三位的是甲区、乙区、丙区;…。 for each indicator with more places than it names. */
function rankingParagraph(all: readonly IndicatorStanding[], places: PlacesInfo): string | undefined {
  const sentences = all.flatMap((standing) => {
    const ranked = standing.growthRanks.flatMap((rank, i) =>
      rank === undefined ? [] : [{ rank, name: places.places[i] ?? "" }],
    );
    if (ranked.length <= TOP_COUNT) return [];
    const top = ranked.filter((r) => r.rank <= TOP_COUNT).sort((a, b) => a.rank - b.rank);
    return [
      topPlacesPhrase(
        top.map((r) => r.name),
        TOP_COUNT,
        growthSubject(standing.name),
      ),
    ];
  });
  return sentences.length === 0 ? undefined : sentences.join(R.clauseSeparator) + R.end;
}

/**
 * The narrative of a regions sheet (DESIGN section 9). With a focus place (its index in `places.places`): its
 * paragraph leads, with its share, rank, growth against the whole and growth rank, then (placeRanking) the fastest
 * of the others and those below the whole. Without one: the total's paragraph, one clause per place in the
 * sheet's order, then (placeRanking) the places whose growth ranks in the top three, per indicator.
 */
export function buildPlacesNarrative(
  analysis: Analysis,
  places: PlacesInfo,
  period: Period,
  options: ResolvedOptions,
  focus: number | undefined,
): string[] {
  const all = standings(analysis, places, options);
  const paragraphs =
    focus !== undefined
      ? [
          focusParagraph(all, places, focus, period, options),
          options.placeRanking ? othersParagraph(all, places, focus, options) : undefined,
        ]
      : [
          totalParagraph(all, places, period, options),
          placesParagraph(all, places, period, options),
          options.placeRanking ? rankingParagraph(all, places) : undefined,
        ];
  return paragraphs.filter((p): p is string => p !== undefined);
}
