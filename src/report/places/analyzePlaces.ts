import { formatTrimmed } from "../../core/decimal";
import { PHRASES } from "../../core/phrases";
import { sheetRate } from "../../core/rate";
import { scopeOfTotal } from "../../core/scope";
import { MESSAGES } from "../messages";
import { normalizeText } from "../normalizeText";
import { readFigure, type FigureReading } from "../readFigure";
import { readPeriod } from "../readPeriod";
import { sheetGrowth } from "../reconcileRates";
import { rowName } from "../rowName";
import { sheetTitle } from "../sheetTitle";
import type { Analysis, Indicator, Period, ReportWarning, SheetGrid, WarningCode } from "../types";
import { cellText } from "../cellText";
import type { PlaceGiven, PlaceIndicator, PlacesLayout } from "./placesTypes";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Decimals a figure shows ("300.25" -> 2). */
function shownDecimals(text: string): number {
  const match = /\.(\d+)/.exec(text);
  return match?.[1]?.length ?? 0;
}

/** What a blank, dash or unreadable reading shows, for a message. */
function readingText(reading: FigureReading): string {
  return reading.kind === "dash" || reading.kind === "unreadable" ? reading.text : "";
}

/** A rank as the sheet gives it: a whole number from 1 (1, "1", "第1位" are read; anything else is not a rank). */
function givenRank(reading: FigureReading): number | undefined {
  if (reading.kind !== "figure") return undefined;
  const value = reading.figure.value;
  return Number.isInteger(value) && value >= 1 ? value : undefined;
}

/** The period a regions sheet reports: named by a title row or a header. */
function placesPeriod(texts: readonly string[]): Period {
  for (const text of texts) {
    const period = readPeriod(text);
    if (period !== undefined) return period;
  }
  return { label: "" };
}

/**
 * The scope word of a regions sheet: from its total row's name (全市, 全区合计); a total named only 合计 takes the
 * whole its headers name ("占全市比重(%)" reads 全市), else 全部.
 */
function placesScope(totalName: string, texts: readonly string[]): string {
  const scope = scopeOfTotal(totalName) ?? totalName;
  if (scope !== PHRASES.places.allScope) return scope;
  for (const text of texts) {
    const named = /全[市区县省镇乡州旗]/.exec(normalizeText(text))?.[0];
    if (named !== undefined) return scopeOfTotal(named) ?? scope;
  }
  return scope;
}

/**
 * Reads a regions sheet (its layout from detectPlaces) into an Analysis the rest of the engine understands:
 * for each indicator, the total's row (level 0, named by the indicator) and each place's row (level 1, named
 * by the place), with the sheet's share and ranks beside them in `places`. Warns about a place without a
 * figure or a growth, duplicate place names, and a total that is not the sum of its places (a warning, never
 * a correction: sheets often list only some places). Never changes `grid`.
 */
export function analyzePlaces(grid: SheetGrid, layout: PlacesLayout): Analysis {
  const warnings: ReportWarning[] = [];
  const totalName = cellText(grid, layout.totalRow, layout.placeColumn).trim();
  const headerTexts = (grid.cells[layout.headerRow] ?? []).map((_, c) => {
    const upper = layout.upperHeaderRow === undefined ? "" : cellText(grid, layout.upperHeaderRow, c).trim();
    const lower = cellText(grid, layout.headerRow, c).trim();
    return [upper, lower].filter((t) => t !== "").join(" ");
  });
  const scope = placesScope(totalName, [...headerTexts, ...layout.titleTexts]);
  const warnAt = (row: number, place: string, code: WarningCode, column: number | undefined, message: string) => {
    const text = `${rowName(grid, row)}“${place}”:${message}`;
    warnings.push(column === undefined ? { code, row, message: text } : { code, row, column, message: text });
  };

  // The places in the sheet's order, each named once in the warnings when it repeats.
  const places: { name: string; row: number }[] = [];
  const firstRowOf = new Map<string, number>();
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) {
    if (r === layout.totalRow) continue;
    const name = cellText(grid, r, layout.placeColumn).trim();
    if (name === "") continue;
    const key = normalizeText(name);
    const earlier = firstRowOf.get(key);
    if (earlier !== undefined) {
      warnAt(r, name, "duplicate-name", layout.placeColumn, MESSAGES.placeDuplicate(rowName(grid, earlier)));
    } else {
      firstRowOf.set(key, r);
    }
    places.push({ name, row: r });
  }

  const indicators: Indicator[] = [];
  const placeIndicators: PlaceIndicator[] = [];
  for (const group of layout.indicators) {
    const { value: valueColumn, growth: growthColumn } = group.columns;
    const read = (row: number, column: number | undefined): FigureReading =>
      column === undefined ? { kind: "blank" } : readFigure(grid.cells[row]?.[column], row, column);
    const rowIndicator = (row: number, name: string, level: number, parent?: number): Indicator => {
      const indicator: Mutable<Indicator> = { row, name, label: name, unit: group.unit, level };
      if (parent !== undefined) indicator.parent = parent;
      const value = read(row, valueColumn);
      if (value.kind === "figure") {
        indicator.current = value.figure;
      } else if (valueColumn !== undefined) {
        warnAt(row, name, "missing-current", valueColumn, MESSAGES.placeNoValue(group.name, readingText(value)));
      }
      const growthReading = read(row, growthColumn);
      const growth = sheetGrowth(growthReading, false);
      if (growth !== undefined && growthReading.kind === "figure") {
        indicator.growth = growth;
        indicator.growthFigure = growthReading.figure;
      } else if (growthColumn !== undefined) {
        warnAt(
          row,
          name,
          "not-stated",
          growthColumn,
          MESSAGES.placeNoGrowth(group.name, readingText(growthReading), scope),
        );
      }
      return indicator;
    };

    const total = indicators.length;
    indicators.push(rowIndicator(layout.totalRow, group.name, 0));
    const indexes: number[] = [];
    const given: PlaceGiven[] = [];
    for (const place of places) {
      indexes.push(indicators.length);
      indicators.push(rowIndicator(place.row, place.name, 1, total));
      const out: Mutable<PlaceGiven> = {};
      const share = read(place.row, group.columns.share);
      if (share.kind === "figure") {
        out.share = sheetRate(share.figure.value, share.figure.text, share.percent);
        out.shareFigure = share.figure;
      } else if (share.kind === "unreadable")
        warnAt(
          place.row,
          place.name,
          "unreadable-number",
          group.columns.share,
          MESSAGES.placeUnreadable("比重", share.text),
        );
      for (const kind of ["rank", "growthRank"] as const) {
        const reading = read(place.row, group.columns[kind]);
        const rank = givenRank(reading);
        if (rank !== undefined && reading.kind === "figure") {
          out[kind] = rank;
          out[kind === "rank" ? "rankFigure" : "growthRankFigure"] = reading.figure;
        } else if (reading.kind === "unreadable" || reading.kind === "figure")
          warnAt(
            place.row,
            place.name,
            "unreadable-number",
            group.columns[kind],
            MESSAGES.placeUnreadable("位次", reading.kind === "figure" ? reading.figure.text : reading.text),
          );
      }
      given.push(out);
    }
    placeIndicators.push({ total, places: indexes, given });

    // The total against the sum of its places, at the decimals the sheet shows.
    const totalFigure = indicators[total]?.current;
    const figures = indexes.map((i) => indicators[i]?.current);
    if (totalFigure !== undefined && figures.length > 0 && figures.every((f) => f !== undefined)) {
      const decimals = Math.max(shownDecimals(totalFigure.text), ...figures.map((f) => shownDecimals(f.text)));
      const sum = figures.reduce((s, f) => s + f.value, 0);
      const tolerance = 0.5 * 10 ** -decimals * (figures.length + 1);
      if (Math.abs(sum - totalFigure.value) > tolerance) {
        warnAt(
          layout.totalRow,
          totalName,
          "not-stated",
          totalFigure.column,
          MESSAGES.totalNotSum(group.name, totalFigure.text, formatTrimmed(sum, decimals), scope),
        );
      }
    }
  }

  const first = layout.indicators[0];
  const columns: Mutable<Analysis["layout"]["columns"]> = { name: layout.placeColumn };
  if (first?.columns.value !== undefined) columns.current = first.columns.value;
  if (first?.columns.growth !== undefined) columns.growth = first.columns.growth;
  const title = sheetTitle(layout.titleTexts);
  return {
    sheetName: grid.sheetName,
    layout: {
      headerRow: layout.headerRow,
      firstDataRow: layout.firstDataRow,
      lastDataRow: layout.lastDataRow,
      columns,
      confidence: 1,
    },
    period: placesPeriod([...layout.titleTexts, ...headerTexts]),
    indicators,
    warnings,
    headerTexts,
    places: { totalName, scope, places: places.map((p) => p.name), indicators: placeIndicators },
    ...(title !== undefined ? { title } : {}),
  };
}
