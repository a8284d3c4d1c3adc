import { PHRASES } from "../core/phrases";
import { looksLikeUnit, normalizeUnit } from "../core/units";
import { cellText } from "./cellText";
import { headerRole, headerYear } from "./roles/headerRole";
import { HEADER_VALUE_ROLES, type ColumnRole } from "./roles/columnRoles";
import { MESSAGES } from "./messages";
import { normalizeText } from "./normalizeText";
import { readPeriod } from "./readPeriod";
import { rowName } from "./rowName";
import { isFootnote } from "./parseLabel";
import type { ReportOptions, SheetGrid, SheetLayout } from "./types";
import { ReportError } from "./types";

/** The layout found on a sheet, with the texts the period and the title are read from. */
export interface DetectedLayout {
  readonly layout: SheetLayout;
  /** First grid row of the header (the row above headerRow for a two-row header). */
  readonly headerTop: number;
  /** Non-blank texts of the rows above the header, top first. */
  readonly titleTexts: readonly string[];
  /** Header text per column (upper and lower row joined for a two-row header). */
  readonly headerTexts: readonly string[];
  /** True when the name column was not named in the header and was taken to be the first text column. */
  readonly nameGuessed: boolean;
  /** The role each header cell names, whether or not the column was chosen for it (undefined: names none). */
  readonly headerRoles: readonly (ColumnRole | undefined)[];
  /** The earlier period the previousGrowth column names ("1-8月", "上月", "上年同期"; "上期" when it names none). */
  readonly previousPeriod?: string;
}

/** Rows searched for the header. */
export const HEADER_SEARCH_ROWS = 60;
const VALUE_ROLES = HEADER_VALUE_ROLES;

function rowWidth(grid: SheetGrid, row: number): number {
  return grid.cells[row]?.length ?? 0;
}

function hasNumber(grid: SheetGrid, row: number): boolean {
  for (const cell of grid.cells[row] ?? []) {
    if (typeof cell.value === "number") {
      return true;
    }
  }
  return false;
}

function rolesOf(grid: SheetGrid, row: number): (ColumnRole | undefined)[] {
  const roles: (ColumnRole | undefined)[] = [];
  for (let c = 0; c < rowWidth(grid, row); c++) {
    roles.push(headerRole(cellText(grid, row, c)));
  }
  return roles;
}

function score(
  roles: readonly (ColumnRole | undefined)[],
  texts: readonly string[],
  contexts: readonly string[],
): number {
  const columns = resolveColumns(roles, texts, contexts);
  const found = Object.keys(columns) as ColumnRole[];
  const values = VALUE_ROLES.filter((role) => columns[role] !== undefined).length;
  return values === 0 || found.length < 2 ? 0 : found.length + (columns.name !== undefined ? 1 : 0);
}

function textsOf(grid: SheetGrid, row: number, width: number): string[] {
  const texts: string[] = [];
  for (let c = 0; c < width; c++) texts.push(normalizeText(cellText(grid, row, c)));
  return texts;
}

/** An upper header cell that may span the columns to its right: a period, 本月/累计, 上年同期 ("1-9月" over 绝对值 | 增速). */
const SPANNING = /月|季度|半年|年|累计|同期/;

/**
 * The upper row of a two-row header with merged cells filled in: a blank upper cell over a named lower cell takes
 * the upper text to its left when that one spans ("本月" over 绝对值 | 增速(%), then "1-8月累计" over 绝对值 | 增速(%)).
 * Column A never spans: a title typed into A1 is not a header over the columns.
 */
function spannedUpper(grid: SheetGrid, top: number, bottom: number, width: number): string[] {
  const texts: string[] = [];
  for (let c = 0; c < width; c++) {
    const own = cellText(grid, top, c).trim();
    const left = texts[c - 1] ?? "";
    const inherits =
      own === "" &&
      c > 1 &&
      left !== "" &&
      SPANNING.test(left) &&
      cellText(grid, bottom, c).trim() !== "" &&
      cellText(grid, bottom, c - 1).trim() !== "";
    texts.push(inherits ? left : own);
  }
  return texts;
}

/** A header of a single month's figure ("本月增长%", "上年同月", "当月增速"), beside the 1-N月累计 columns. */
const MONTH_ONLY = /本月|当月|同月/;
const CUMULATIVE = /累计|本年|1-\d{1,2}月|止/;

function monthOnly(text: string): boolean {
  return MONTH_ONLY.test(text) && !CUMULATIVE.test(text);
}

/**
 * Of several columns naming the same role, a monthly report's cumulative one ("累计增长%" after "本月增长%",
 * "上年同期累计" after "上年同月") is the one the narrative speaks of; a month's growth or base with no cumulative one
 * beside cumulative figures is not used.
 */
function preferCumulative(
  columns: Partial<Record<ColumnRole, number>>,
  roles: readonly (ColumnRole | undefined)[],
  texts: readonly string[],
): void {
  for (const role of ["current", "previous", "growth", "change"] as const) {
    const chosen = columns[role];
    if (chosen === undefined || !monthOnly(texts[chosen] ?? "")) continue;
    const candidates = roles.flatMap((r, column) => (r === role && column !== chosen ? [column] : []));
    const better =
      candidates.find((column) => CUMULATIVE.test(texts[column] ?? "")) ??
      candidates.find((column) => !monthOnly(texts[column] ?? ""));
    if (better !== undefined) columns[role] = better;
    else if (role !== "current" && columns.current !== undefined && !monthOnly(texts[columns.current] ?? "")) {
      // Only a month's growth or base beside cumulative figures: not theirs, computed or left out instead.
      delete columns[role];
    }
  }
}

/** The earlier period a growth column's header names ("1-8月增速" -> 1-8月, "上月累计增速" -> 上月), if any. */
export function earlierPeriodOf(header: string): string | undefined {
  const t = normalizeText(header);
  const named = /上月|上期|(?:上年|去年)同期/.exec(t)?.[0];
  if (named !== undefined && !/比(?:上年|去年)同期/.test(t)) return named === "去年同期" ? "上年同期" : named;
  return readPeriod(t)?.label;
}

/**
 * A growth column of an earlier period beside this period's ("1-9月 | 同比增长(%) | 1-8月同比增长(%)", "1-9月" and
 * "1-8月" each over 增速 in a two-level header, "上半年增长" in a 1-9月 sheet) is the previous period's growth: a
 * header naming a period other than the 本期 column's, or, when the 本期 header names none, a period beside a
 * growth column that names none.
 */
function earlierPeriodGrowth(
  columns: Partial<Record<ColumnRole, number>>,
  roles: readonly (ColumnRole | undefined)[],
  contexts: readonly string[],
): void {
  const growths = roles.flatMap((role, column) => (role === "growth" ? [column] : []));
  if (growths.length === 0) return;
  const current = columns.current !== undefined ? readPeriod(contexts[columns.current] ?? "") : undefined;
  const periodOf = (column: number) =>
    monthOnly(contexts[column] ?? "") ? undefined : readPeriod(contexts[column] ?? "");
  const unnamed = growths.filter((column) => periodOf(column) === undefined);
  for (const column of growths) {
    const period = periodOf(column);
    if (period === undefined) continue;
    const earlier =
      current !== undefined
        ? period.label !== current.label && (period.months ?? 0) < (current.months ?? 13)
        : unnamed.length > 0;
    if (!earlier) continue;
    if (columns.previousGrowth === undefined) columns.previousGrowth = column;
    if (columns.growth === column) {
      const own = growths.find((other) => other !== column && other !== columns.previousGrowth);
      if (own !== undefined) columns.growth = own;
      else delete columns.growth;
    }
  }
}

/** Assigns each role one column: the first that names it; of two year columns the later year is 本期. */
function resolveColumns(
  roles: readonly (ColumnRole | undefined)[],
  texts: readonly string[],
  contexts: readonly string[] = texts,
): Partial<Record<ColumnRole, number>> {
  const columns: Partial<Record<ColumnRole, number>> = {};
  const years: { column: number; year: number }[] = [];
  roles.forEach((role, column) => {
    if (role === undefined) return;
    // The year may be in the upper row over the column ("2023年" merged over 本月 | 1-8月累计).
    const year =
      role === "current" ? (headerYear(texts[column] ?? "") ?? headerYear(contexts[column] ?? "")) : undefined;
    if (year !== undefined) {
      years.push({ column, year });
      return;
    }
    if (columns[role] === undefined) {
      columns[role] = column;
    }
  });
  preferCumulative(columns, roles, contexts);
  years.sort((a, b) => b.year - a.year);
  for (const { column } of years) {
    if (columns.current === undefined) {
      columns.current = column;
    } else if (columns.previous === undefined) {
      columns.previous = column;
    } else if (columns.twoYearsBefore === undefined) {
      columns.twoYearsBefore = column;
    }
  }
  earlierPeriodGrowth(columns, roles, contexts);
  if (columns.current === undefined && columns.month !== undefined) {
    // A monthly sheet with no cumulative column: its 本月 figures are the ones to state.
    columns.current = columns.month;
    delete columns.month;
  }
  return columns;
}

/** A "单位:亿元" note in the rows from 0 to `last`. */
function findSheetUnit(grid: SheetGrid, last: number): string | undefined {
  for (let r = 0; r <= last && r < grid.cells.length; r++) {
    for (let c = 0; c < rowWidth(grid, r); c++) {
      const match = /单位[:：]\s*([^\s,，;；()（）]+)/.exec(cellText(grid, r, c).replace(/\u3000/g, " "));
      const unit = match?.[1]?.split(/[、/／]/)[0];
      if (unit !== undefined && looksLikeUnit(unit)) {
        return normalizeUnit(unit);
      }
    }
  }
  return undefined;
}

/** Any character but whitespace (\s covers the full-width space and the no-break space). */
const NOT_SPACE = /\S/;

function isBlankRow(grid: SheetGrid, row: number): boolean {
  for (const cell of grid.cells[row] ?? []) {
    const value = cell.value;
    // A string is blank for readCellValue exactly when it holds only whitespace: its half-width folding
    // maps no character to a space but the full-width space, which \s already matches.
    if (value !== null && !(typeof value === "string" && !NOT_SPACE.test(value))) {
      return false;
    }
  }
  return true;
}

function firstText(grid: SheetGrid, row: number): string {
  for (let c = 0; c < rowWidth(grid, row); c++) {
    const text = cellText(grid, row, c).trim();
    if (text !== "") return text;
  }
  return "";
}

/** Finds the header, the column roles and the rows of the indicator table; throws ReportError when there is none. */
export function detectLayout(grid: SheetGrid, override: ReportOptions["layout"] = {}): DetectedLayout {
  const rowCount = grid.cells.length;
  /** Roles of a header of rows top..bottom: the lower row's name wins, a blank lower cell takes the upper one. */
  const combine = (top: number, bottom: number) => {
    const width = Math.max(rowWidth(grid, top), rowWidth(grid, bottom));
    const spans = top === bottom ? [] : spannedUpper(grid, top, bottom, width);
    const upper = spans.length === 0 ? rolesOf(grid, top) : spans.map((text) => headerRole(text));
    const lower = rolesOf(grid, bottom);
    const upperTexts = spans.length === 0 ? textsOf(grid, top, width) : spans.map(normalizeText);
    const lowerTexts = textsOf(grid, bottom, width);
    const roles: (ColumnRole | undefined)[] = [];
    const texts: string[] = [];
    const contexts: string[] = [];
    for (let c = 0; c < width; c++) {
      const fromLower = lower[c] !== undefined;
      roles.push(fromLower ? lower[c] : upper[c]);
      texts.push(fromLower ? (lowerTexts[c] ?? "") : (upperTexts[c] ?? ""));
      contexts.push(top === bottom ? (lowerTexts[c] ?? "") : (upperTexts[c] ?? "") + (lowerTexts[c] ?? ""));
    }
    return { score: score(roles, texts, contexts), top, bottom, roles, texts, contexts };
  };
  const single = (row: number) => combine(row, row);
  let best: ReturnType<typeof single> = { score: 0, top: -1, bottom: -1, roles: [], texts: [], contexts: [] };
  if (override.headerRow !== undefined) {
    const bottom = override.headerRow;
    const alone = single(bottom);
    const both = bottom > 0 && !hasNumber(grid, bottom - 1) ? combine(bottom - 1, bottom) : alone;
    best = both.score > alone.score ? both : alone;
  } else {
    for (let r = 0; r < Math.min(rowCount, HEADER_SEARCH_ROWS); r++) {
      let candidate = single(r);
      if (r + 1 < rowCount && !hasNumber(grid, r + 1) && !hasNumber(grid, r)) {
        const both = combine(r, r + 1);
        // Two rows only when each adds something: the upper row is not a title above a complete header.
        if (both.score > candidate.score && both.score > single(r + 1).score) {
          candidate = both;
        }
      }
      if (candidate.score > best.score) {
        best = candidate;
      }
    }
  }
  const columnsFromOverride = override.columns;
  if (best.score === 0 && columnsFromOverride === undefined) {
    throw new ReportError("no-header", MESSAGES.noHeader(grid.sheetName));
  }
  const top = best.top >= 0 ? best.top : (override.headerRow ?? 0);
  const bottom = best.bottom >= 0 ? best.bottom : (override.headerRow ?? 0);
  const width = Math.max(rowWidth(grid, top), rowWidth(grid, bottom));
  const headerTexts: string[] = [];
  const upperTexts = bottom !== top ? spannedUpper(grid, top, bottom, width) : [];
  for (let c = 0; c < width; c++) {
    const parts = [upperTexts[c] ?? cellText(grid, top, c), bottom !== top ? cellText(grid, bottom, c) : ""]
      .map((text) => text.trim())
      .filter((text) => text !== "");
    headerTexts.push(parts.join(" "));
  }
  let columns = columnsFromOverride ?? resolveColumns(best.roles, best.texts, best.contexts);
  let nameGuessed = false;
  if (columns.name === undefined) {
    const used = new Set(Object.values(columns));
    const firstValue = Math.min(...VALUE_ROLES.map((role) => columns[role] ?? Infinity));
    for (let c = 0; c < Math.min(width, firstValue); c++) {
      if (!used.has(c)) {
        columns = { ...columns, name: c };
        nameGuessed = true;
        break;
      }
    }
  }
  const titleTexts: string[] = [];
  for (let r = 0; r < top; r++) {
    for (let c = 0; c < rowWidth(grid, r); c++) {
      const text = cellText(grid, r, c).trim();
      if (text !== "") titleTexts.push(text);
    }
  }
  const sheetUnit = findSheetUnit(grid, Math.min(rowCount - 1, bottom + 1));
  const firstDataRow = override.firstDataRow ?? bottom + 1;
  let lastDataRow = override.lastDataRow ?? -1;
  if (override.lastDataRow === undefined) {
    const nameColumn = columns.name ?? 0;
    for (let r = firstDataRow; r < rowCount; r++) {
      const label = cellText(grid, r, nameColumn).trim() || firstText(grid, r);
      if (label !== "" && isFootnote(label)) {
        break;
      }
      if (!isBlankRow(grid, r)) {
        lastDataRow = r;
      }
    }
  }
  if (lastDataRow < firstDataRow) {
    throw new ReportError("no-indicators", MESSAGES.noIndicatorRows(grid.sheetName, rowName(grid, bottom)));
  }
  const found = Object.keys(columns).length;
  const confidence =
    columnsFromOverride !== undefined || override.headerRow !== undefined
      ? 1
      : Math.max(0, Math.min(1, 0.4 + 0.1 * found - (nameGuessed ? 0.2 : 0)));
  const layout: SheetLayout = {
    headerRow: bottom,
    firstDataRow,
    lastDataRow,
    columns,
    confidence,
    ...(sheetUnit !== undefined ? { sheetUnit } : {}),
  };
  const previousPeriod =
    columns.previousGrowth !== undefined
      ? (earlierPeriodOf(headerTexts[columns.previousGrowth] ?? "") ?? PHRASES.versus.previousPeriod)
      : undefined;
  return {
    layout,
    headerTop: top,
    titleTexts,
    headerTexts,
    nameGuessed,
    headerRoles: best.roles,
    ...(previousPeriod !== undefined ? { previousPeriod } : {}),
  };
}
