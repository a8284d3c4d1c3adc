import { readCellValue } from "../../core/cellValue";
import { scopeOfTotal } from "../../core/scope";
import { splitNameUnit } from "../../core/units";
import { cellText } from "../cellText";
import { normalizeText } from "../normalizeText";
import { headerRole } from "../roles/headerRole";
import type { SheetGrid } from "../types";
import type { PlaceColumnKind, PlaceIndicatorColumns, PlacesLayout } from "./placesTypes";

/** Rows searched for the header. */
const HEADER_SEARCH_ROWS = 12;

/** A header that names a column of places (地区, 区县, 县(市、区), 乡镇, 街道, 园区 …). */
const PLACE_HEADER =
  /^(?:地区|区域|地区名称|区域名称|区县|县区|县市区|区县市|县\(市、?区\)|县\(区、?市\)|县市|市县|乡镇|镇街|乡镇街道|街道|园区|开发区|各区|各县|辖区)$/;

/** A header that names the indicators of an indicator sheet (指标, 项目): such a sheet is no regions sheet. */
const INDICATOR_HEADER = /^(?:主要)?(?:经济)?(?:指标|项目)(?:名称)?$/;

/** The name of a place: 朝阳区, 某某县, 某某镇, 某某街道, 高新园区, 经济开发区 … */
const PLACE_NAME = /(?:区|县|市|镇|乡|街道|园区|开发区|新区|旗|州)$/;

/** The lower header of a two-level header that says "the figure itself" (绝对值, 本期, 累计 …). */
const VALUE_WORD = /^(?:绝对值|绝对数|本期|本年|累计|完成|数值|金额|总量|总额|实绩|实际完成|完成数|本年累计)/;

/** A row that ends the table: a note or a source. */
const FOOTNOTE = /^(?:注|说明|备注|资料来源|数据来源)[::]?/;

/** What a header text says a column holds for its indicator. */
export function placeColumnKind(text: string): PlaceColumnKind {
  const t = normalizeText(text);
  if (/增速.*(?:位次|排名|排位|名次)|(?:位次|排名|排位|名次).*增速/.test(t)) return "growthRank";
  if (/位次|排名|排位|名次/.test(t)) return "rank";
  if (/比重|占比|占全|份额/.test(t)) return "share";
  return headerRole(t) === "growth" ? "growth" : "value";
}

function textAt(grid: SheetGrid, row: number, column: number): string {
  return cellText(grid, row, column).trim();
}

function isBlank(grid: SheetGrid, row: number, column: number): boolean {
  return readCellValue(grid.cells[row]?.[column]?.value ?? null).kind === "blank";
}

/** The column whose header names places, on `row`; undefined when none does. */
function placeHeaderColumn(grid: SheetGrid, row: number): number | undefined {
  const cells = grid.cells[row] ?? [];
  for (let c = 0; c < cells.length; c++) {
    const t = normalizeText(textAt(grid, row, c));
    if (t === "") continue;
    if (INDICATOR_HEADER.test(t)) return undefined;
    if (PLACE_HEADER.test(t)) return c;
    // The first text of a header row is its name column's.
    return undefined;
  }
  return undefined;
}

/** The names down a column from `from`, with their rows, to the last row or a footnote. */
function namesBelow(grid: SheetGrid, from: number, column: number): { name: string; row: number }[] {
  const out: { name: string; row: number }[] = [];
  for (let r = from; r < grid.cells.length; r++) {
    const name = textAt(grid, r, column);
    if (FOOTNOTE.test(name)) break;
    if (name !== "") out.push({ name, row: r });
  }
  return out;
}

/**
 * The header and name column of a regions sheet without a 地区 header: the first text column whose rows below
 * hold a total (全市, 合计) and mostly place names, under a row that is no indicator header.
 */
function guessHeader(grid: SheetGrid): { row: number; column: number } | undefined {
  const last = Math.min(grid.cells.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const cells = grid.cells[r] ?? [];
    const texts = cells.map((_, c) => normalizeText(textAt(grid, r, c)));
    const first = texts.findIndex((t) => t !== "");
    if (first < 0 || texts.filter((t) => t !== "").length < 2) continue;
    if (INDICATOR_HEADER.test(texts[first] ?? "")) return undefined;
    // The place column is the first column, or the first with a header; its header may be blank.
    for (const column of new Set([0, first])) {
      const names = namesBelow(grid, r + 1, column);
      const totals = names.filter(({ name }) => scopeOfTotal(name) !== undefined);
      const places = names.filter(({ name }) => scopeOfTotal(name) === undefined && PLACE_NAME.test(name));
      if (totals.length >= 1 && places.length >= 2 && places.length * 10 >= (names.length - totals.length) * 6) {
        return { row: r, column };
      }
    }
  }
  return undefined;
}

/**
 * Finds a regions sheet (DESIGN section 9): a column of places (a 地区 header, or a column of place names) with a
 * total row named 全市 / 全区 / 合计 …, and indicators as column groups: one header row ("规上工业总产值(亿元) |
 * 同比增长(%) | …") or two (the indicator above "绝对值 | 增速 | 比重 | 位次"). Undefined for any other sheet, so an
 * indicator sheet (指标 | 本期 | …) is never taken for one.
 */
export function detectPlaces(grid: SheetGrid): PlacesLayout | undefined {
  let header: { row: number; column: number } | undefined;
  const last = Math.min(grid.cells.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last && header === undefined; r++) {
    const column = placeHeaderColumn(grid, r);
    if (column !== undefined) header = { row: r, column };
  }
  header ??= guessHeader(grid);
  if (header === undefined) return undefined;
  const placeColumn = header.column;
  const width = Math.max(...grid.cells.map((row) => row.length));

  // Two levels: the row below the header has texts over the figures while the place column is blank (merged).
  const below = header.row + 1;
  let lowerTexts = 0;
  for (let c = placeColumn + 1; c < width; c++) {
    const cell = grid.cells[below]?.[c];
    if (cell !== undefined && typeof cell.value === "string" && cell.value.trim() !== "") lowerTexts++;
  }
  const twoLevel = lowerTexts > 0 && isBlank(grid, below, placeColumn);
  const upperRow = header.row;
  const headerRow = twoLevel ? below : header.row;

  const indicators: {
    name: string;
    unit: string;
    key: string | undefined;
    columns: Partial<Record<PlaceColumnKind, number>>;
  }[] = [];
  let upper = "";
  for (let c = placeColumn + 1; c < width; c++) {
    const top = textAt(grid, upperRow, c);
    if (top !== "") upper = top;
    const lower = twoLevel ? textAt(grid, headerRow, c) : "";
    const groupText = twoLevel && lower !== "" ? upper : undefined;
    const own = groupText === undefined ? (twoLevel ? top : textAt(grid, headerRow, c)) : lower;
    if (own === "") continue;
    const kind = placeColumnKind(own);
    let current = indicators[indicators.length - 1];
    const startsGroup =
      groupText !== undefined
        ? current?.key !== groupText
        : kind === "value" || current === undefined || current.columns[kind] !== undefined;
    if (startsGroup) {
      const source = groupText ?? own;
      const { name, unit } = splitNameUnit(normalizeText(source));
      current = { name, unit: unit ?? "", key: groupText, columns: {} };
      indicators.push(current);
    }
    if (current === undefined || current.columns[kind] !== undefined) continue;
    current.columns[kind] = c;
    if (kind === "value" && current.unit === "" && groupText !== undefined && VALUE_WORD.test(normalizeText(own))) {
      current.unit = splitNameUnit(normalizeText(own)).unit ?? "";
    }
  }
  const stated = indicators.filter(
    (indicator) => indicator.columns.value !== undefined || indicator.columns.growth !== undefined,
  );
  if (stated.length === 0) return undefined;

  const names = namesBelow(grid, headerRow + 1, placeColumn);
  const total = names.find(({ name }) => scopeOfTotal(name) !== undefined);
  const lastName = names[names.length - 1];
  if (total === undefined || lastName === undefined || names.length < 3) return undefined;

  const titleTexts: string[] = [];
  for (let r = 0; r < upperRow; r++) {
    for (let c = 0; c < width; c++) {
      const text = textAt(grid, r, c);
      if (text !== "") titleTexts.push(text);
    }
  }
  const layout: PlacesLayout = {
    headerRow,
    firstDataRow: headerRow + 1,
    lastDataRow: lastName.row,
    placeColumn,
    totalRow: total.row,
    indicators: stated.map(({ name, unit, columns }): PlaceIndicatorColumns => ({ name, unit, columns })),
    titleTexts,
  };
  return twoLevel ? { ...layout, upperHeaderRow: upperRow } : layout;
}
