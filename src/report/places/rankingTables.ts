import { shownDecimals } from "../../core/decimal";
import { fillPhrase } from "../../core/phrases";
import { competitionRanks } from "../../core/rank";
import { DEFAULT_PLACE_ORDER, type PlaceOrder } from "../clauses";
import {
  at,
  clean,
  decimalsFormat,
  figureCell,
  finiteCell,
  HEADERS,
  NO_RATE,
  sheetRateCell,
} from "../buildSummaryTable";
import type { ResolvedOptions } from "../resolveOptions";
import type {
  Analysis,
  Figure,
  Indicator,
  SummaryCell,
  SummaryColumn,
  SummaryColumnKey,
  SummaryRow,
  SummaryTable,
} from "../types";
import type { PlaceGiven, PlaceIndicator, PlacesInfo } from "./placesTypes";

/** The words of a ranking table (zh-CN): its title and the headers that differ from the summary table's. */
export const RANKING_LABELS = {
  /** The title above each table: "规上工业总产值分地区排名". */
  title: "{name}分地区排名",
  /** The first column names the places. */
  place: "地区",
  /** 本期 with the indicator's unit: "本期(亿元)". */
  currentWithUnit: "本期({unit})",
} as const;

/** One row of the table before it is ordered: the indicator (the total's or a place's) and what the sheet gives. */
interface Entry {
  readonly index: number;
  readonly indicator: Indicator;
  readonly given: PlaceGiven;
  readonly growth: SummaryCell;
}

/** The growth cell of a place: the sheet's growth as it gives it (a regions sheet has no previous figures). */
function growthCell(indicator: Indicator): SummaryCell {
  const { growth, growthFigure } = indicator;
  return growth !== undefined && growthFigure !== undefined ? sheetRateCell(growth, growthFigure) : { value: null };
}

/** The places' order: the sheet's, or by a figure from the largest (places without one last, the sheet's order kept among ties). */
function ordered(entries: readonly Entry[], order: PlaceOrder): Entry[] {
  if (order === "sheet") return [...entries];
  const key = (entry: Entry): number | undefined => {
    const value = order === "value" ? entry.indicator.current?.value : entry.growth.value;
    return typeof value === "number" ? value : undefined;
  };
  return entries
    .map((entry, position) => ({ entry, position, key: key(entry) }))
    .sort((a, b) => {
      if (a.key === undefined || b.key === undefined) {
        return a.key === b.key ? a.position - b.position : a.key === undefined ? 1 : -1;
      }
      return b.key - a.key || a.position - b.position;
    })
    .map(({ entry }) => entry);
}

/**
 * The rank cell of each entry (in table order, the places starting at table row `first`): the sheet's rank when it
 * gives one (its cell copied), else the competition rank among the places with a figure, recomputed in live mode
 * by RANK.EQ over the table's own column; "—" for a place without the figure.
 */
function rankCells(
  entries: readonly Entry[],
  first: number,
  column: number,
  valueOf: (entry: Entry) => number | undefined,
  givenOf: (given: PlaceGiven) => { readonly rank?: number; readonly figure?: Figure },
): SummaryCell[] {
  const values = entries.map(valueOf);
  const present = values.flatMap((value, i) => (value === undefined ? [] : [{ value, i }]));
  const ranks = competitionRanks(present.map((p) => p.value));
  const computed: (number | undefined)[] = values.map(() => undefined);
  present.forEach((p, k) => (computed[p.i] = ranks[k]));
  const last = first + entries.length - 1;
  return entries.map((entry, i): SummaryCell => {
    const given = givenOf(entry.given);
    if (given.rank !== undefined && given.figure !== undefined) {
      return { value: given.rank, formula: { op: "ref", row: given.figure.row, column: given.figure.column } };
    }
    const rank = computed[i];
    if (rank === undefined) return { value: NO_RATE };
    const row = first + i;
    return { value: rank, formula: { op: "rank", column, from: first - row, to: last - row } };
  });
}

/** The share cell of a place (or of the total, 100): the sheet's share as it gives it, else place / total × 100. */
function shareCell(entry: Entry, total: Indicator): SummaryCell {
  const { shareFigure, share } = entry.given;
  if (share !== undefined && shareFigure !== undefined) return sheetRateCell(share, shareFigure);
  const part = entry.indicator.current;
  const whole = total.current;
  if (part === undefined || whole === undefined) return { value: null };
  if (whole.value <= 0) return { value: NO_RATE };
  return { value: clean((part.value / whole.value) * 100), formula: { op: "ratio", part: at(part), whole: at(whole) } };
}

/** One indicator's ranking table. */
function rankingTable(
  analysis: Analysis,
  places: PlacesInfo,
  across: PlaceIndicator,
  options: ResolvedOptions,
  order: PlaceOrder,
): SummaryTable | undefined {
  const total = analysis.indicators[across.total];
  if (total === undefined) return undefined;
  const entries: Entry[] = across.places.flatMap((index, i) => {
    const indicator = analysis.indicators[index];
    return indicator === undefined
      ? []
      : [{ index, indicator, given: across.given[i] ?? {}, growth: growthCell(indicator) }];
  });
  const all = [total, ...entries.map((entry) => entry.indicator)];
  const some = (test: (entry: Entry) => boolean) => entries.some(test);
  const hasCurrent = all.some((indicator) => indicator.current !== undefined);
  const hasGrowth = all.some((indicator) => indicator.growth !== undefined);
  const keys: SummaryColumnKey[] = ["name"];
  if (hasCurrent) keys.push("current");
  if (hasGrowth) keys.push("growth");
  if ((hasCurrent && total.current !== undefined) || some((entry) => entry.given.share !== undefined))
    keys.push("share");
  if (hasCurrent || some((entry) => entry.given.rank !== undefined)) keys.push("rank");
  if (hasGrowth || some((entry) => entry.given.growthRank !== undefined)) keys.push("growthRank");

  const maxShown = (figures: readonly (Figure | undefined)[], floor: number): number =>
    figures.reduce((max, figure) => (figure === undefined ? max : Math.max(max, shownDecimals(figure.text))), floor);
  const formats: Partial<Record<SummaryColumnKey, string>> = {
    name: "@",
    current: decimalsFormat(
      maxShown(
        all.map((indicator) => indicator.current),
        0,
      ),
    ),
    growth: decimalsFormat(
      maxShown(
        all.map((indicator) => indicator.growthFigure),
        options.decimals,
      ),
    ),
    share: decimalsFormat(
      maxShown(
        entries.map((entry) => entry.given.shareFigure),
        options.decimals,
      ),
    ),
    rank: "0",
    growthRank: "0",
  };
  const header = (key: SummaryColumnKey): string => {
    if (key === "name") return RANKING_LABELS.place;
    if (key === "current" && total.unit !== "") return fillPhrase(RANKING_LABELS.currentWithUnit, { unit: total.unit });
    return fillPhrase(HEADERS[key], { scope: places.scope });
  };
  const columns: SummaryColumn[] = keys.map((key) => ({ key, header: header(key), numberFormat: formats[key] ?? "@" }));

  // The total row where the sheet has it: before its places, or after them.
  const totalFirst = entries.every((entry) => total.row < entry.indicator.row);
  const placesInOrder = ordered(entries, order);
  const firstPlaceRow = totalFirst ? 1 : 0;
  const column = (key: SummaryColumnKey) => keys.indexOf(key);
  const ranks = rankCells(
    placesInOrder,
    firstPlaceRow,
    column("current"),
    (entry) => entry.indicator.current?.value,
    (given) => ({
      ...(given.rank !== undefined ? { rank: given.rank } : {}),
      ...(given.rankFigure !== undefined ? { figure: given.rankFigure } : {}),
    }),
  );
  const growthRanks = rankCells(
    placesInOrder,
    firstPlaceRow,
    column("growth"),
    (entry) => (typeof entry.growth.value === "number" ? entry.growth.value : undefined),
    (given) => ({
      ...(given.growthRank !== undefined ? { rank: given.growthRank } : {}),
      ...(given.growthRankFigure !== undefined ? { figure: given.growthRankFigure } : {}),
    }),
  );

  const totalEntry: Entry = { index: across.total, indicator: total, given: {}, growth: growthCell(total) };
  const rowOf = (entry: Entry, rank: SummaryCell | undefined, growthRank: SummaryCell | undefined): SummaryRow => ({
    indicator: entry.index,
    level: 0,
    cells: keys.map((key): SummaryCell => {
      switch (key) {
        case "name":
          return { value: entry === totalEntry ? places.totalName : entry.indicator.name };
        case "current":
          return figureCell(entry.indicator.current);
        case "growth":
          return finiteCell(entry.growth);
        case "share":
          return finiteCell(shareCell(entry, total));
        case "rank":
          return rank ?? { value: null };
        case "growthRank":
          return growthRank ?? { value: null };
        default:
          return { value: null };
      }
    }),
  });
  const placeRows = placesInOrder.map((entry, i) => rowOf(entry, ranks[i], growthRanks[i]));
  const totalRow = rowOf(totalEntry, undefined, undefined);
  return {
    title: fillPhrase(RANKING_LABELS.title, { name: total.name }),
    columns,
    rows: totalFirst ? [totalRow, ...placeRows] : [...placeRows, totalRow],
  };
}

/**
 * A regions sheet's ranking table per indicator: 地区 | 本期(单位) | 增速(%) | 占全市(%) | 位次(按总量) | 位次(按增速),
 * only the columns the sheet supports, the total row first or last as the sheet has it and the places in the
 * order asked for. The sheet's shares and ranks win over computed ones (as in the text); ties share a rank.
 */
export function buildRankingTables(
  analysis: Analysis,
  places: PlacesInfo,
  options: ResolvedOptions,
  order: PlaceOrder = DEFAULT_PLACE_ORDER,
): SummaryTable[] {
  return places.indicators.flatMap((across) => {
    const table = rankingTable(analysis, places, across, options, order);
    return table === undefined ? [] : [table];
  });
}
