import type { Rate } from "../../core/rate";
import type { Figure } from "../types";

/** What a column of a regions sheet holds for its indicator. */
export type PlaceColumnKind = "value" | "growth" | "share" | "rank" | "growthRank";

/** One indicator of a regions sheet: its name and unit, and the column of each kind it has. */
export interface PlaceIndicatorColumns {
  readonly name: string;
  readonly unit: string;
  readonly columns: Readonly<Partial<Record<PlaceColumnKind, number>>>;
}

/** A regions sheet's layout: places as rows under a header, a total row, indicators as column groups. */
export interface PlacesLayout {
  /** The header row; with a two-level header, the upper row (the indicators) is `upperHeaderRow`. */
  readonly headerRow: number;
  readonly upperHeaderRow?: number;
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  readonly placeColumn: number;
  readonly totalRow: number;
  readonly indicators: readonly PlaceIndicatorColumns[];
  /** The header texts above the header (the title), for the period. */
  readonly titleTexts: readonly string[];
}

/** What the sheet gives beside a place's figure: its share and ranks, as printed. */
export interface PlaceGiven {
  readonly share?: Rate;
  readonly rank?: number;
  readonly growthRank?: number;
  /** The cells they come from, for the ranking table's live formulas. */
  readonly shareFigure?: Figure;
  readonly rankFigure?: Figure;
  readonly growthRankFigure?: Figure;
}

/** One indicator across places: the index (in Analysis.indicators) of the total's row and of each place's. */
export interface PlaceIndicator {
  readonly total: number;
  /** Per place, in the order of PlacesInfo.places. */
  readonly places: readonly number[];
  readonly given: readonly PlaceGiven[];
}

/** A regions sheet, read: the whole (全市), its places in the sheet's order, and each indicator across them. */
export interface PlacesInfo {
  /** The total row's name as the sheet writes it ("全市", "合计"). */
  readonly totalName: string;
  /** The scope word the text uses for the whole: 全市, 全区 …; 合计 reads 全部. */
  readonly scope: string;
  readonly places: readonly string[];
  readonly indicators: readonly PlaceIndicator[];
}
