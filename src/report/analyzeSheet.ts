import { readCellValue } from "../core/cellValue";
import { isDateFormat } from "../core/dateFormat";
import { splitNameUnit } from "../core/units";
import { uniformFormats } from "./columnFormats";
import { cellText } from "./cellText";
import { detectLayout } from "./detectLayout";
import { growthColumnHoldsFractions } from "./growthColumnHoldsFractions";
import { indicatorUnit } from "./indicatorUnit";
import { MESSAGES } from "./messages";
import { PHRASES } from "../core/phrases";
import { sheetRate } from "../core/rate";
import { scopeOfTotal } from "../core/scope";
import { normalizeText } from "./normalizeText";
import { parseLabel } from "./parseLabel";
import { headerRole, headerYear } from "./roles/headerRole";
import { withPreviousPeriod } from "./previousPeriod";
import { analyzePlaces } from "./places/analyzePlaces";
import { detectPlaces } from "./places/detectPlaces";
import { readFigure, withoutNoise, type FigureReading } from "./readFigure";
import { reconcileCompletion, reconcileGrowth, sheetGrowth, type RowWarn } from "./reconcileRates";
import { rowName } from "./rowName";
import { NameRegister, RowStructure } from "./rowStructure";
import { currentHeaderText, sheetPeriod } from "./sheetPeriod";
import { sheetTitle } from "./sheetTitle";
import type { Analysis, Figure, Indicator, ReportOptions, ReportWarning, SheetCell, SheetGrid } from "./types";
import { ReportError } from "./types";

/** Default tolerance (percentage points) between a growth the sheet gives and the computed one. */
export const DEFAULT_GROWTH_TOLERANCE = 0.5;

const BLANK: FigureReading = { kind: "blank" };

/** The largest rate a sheet's cell may give, as the cell holds it (a trillion percent): past it, no text. */
const MAX_RATE = 1e12;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The reading of a row's cell in a number column, blank when the sheet has no such column. */
function readRole(row: readonly SheetCell[], r: number, column: number | undefined): FigureReading {
  return column === undefined ? BLANK : readFigure(row[column], r, column);
}

function isEmptyGrid(grid: SheetGrid): boolean {
  for (const row of grid.cells) {
    for (const cell of row) {
      if (readCellValue(cell.value).kind !== "blank") {
        return false;
      }
    }
  }
  return true;
}

/** The rows from `first` to `last` (0-based, inclusive) with a number in one of `columns`. */
function rowsWithFigures(grid: SheetGrid, first: number, last: number, columns: readonly number[]): number[] {
  const rows: number[] = [];
  for (let r = first; r <= last && r < grid.cells.length; r++) {
    const row = grid.cells[r] ?? [];
    if (columns.some((column) => readCellValue(row[column]?.value ?? null).kind === "number")) rows.push(r);
  }
  return rows;
}

/** A name that says only that the row is a total. */
const TOTAL_ONLY = /^(?:合计|总计|小计|全部|总量)$/;
/** The numbering of a group heading ("一、", "(二)"). */
const GROUP_NUMBER = /^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])\s*/;

/** Column-number rows of official tables ("甲 | 乙 | 1 | 2 | 3"). */
const COLUMN_NUMBER_ROW = /^(?:甲|乙|A|栏次|序号)$/;

/**
 * Reads an indicator sheet: finds the header among title, note and blank rows, the column roles,
 * the period and the unit, and reads every row below into indicators (其中 rows as children,
 * "一、…" rows as groups), with a warning for everything that cannot be read or stated.
 * Throws ReportError for an empty sheet or one without an indicator header. Never changes `grid`.
 *
 * The concepts it puts together each have their file: detectLayout (header and column roles, with
 * roles/), sheetPeriod, rowStructure (其中, numbering, groups), indicatorUnit, reconcileRates (the
 * sheet's rates against the computed ones), messages (every warning's words), columnFormats, sheetTitle.
 */
export function analyzeSheet(grid: SheetGrid, options: ReportOptions = {}): Analysis {
  if (grid.cells.length === 0 || isEmptyGrid(grid)) {
    throw new ReportError("empty-sheet", MESSAGES.emptySheet(grid.sheetName));
  }
  // A regions sheet (places as rows with a total row) unless the user set the columns of an indicator sheet.
  const regions = options.layout === undefined ? detectPlaces(grid) : undefined;
  if (regions !== undefined) return analyzePlaces(grid, regions);
  const detected = detectLayout(grid, options.layout);
  const { layout } = detected;
  const columns = layout.columns;
  const tolerance = options.growthTolerance ?? DEFAULT_GROWTH_TOLERANCE;
  const warnings: ReportWarning[] = [];
  const indicators: Indicator[] = [];

  const period = sheetPeriod(detected);
  const headerUnit = splitNameUnit(currentHeaderText(detected).replace(/\s+/g, "")).unit;
  const headerRowName = rowName(grid, layout.headerRow);

  // A growth column of fractions in General cells (0.305 for 30.5%), told by the sheet's own figures.
  const growthFractions = growthColumnHoldsFractions(grid, layout, tolerance);
  if (growthFractions && columns.growth !== undefined) {
    const header = detected.headerTexts[columns.growth] ?? "";
    warnings.push({
      code: "growth-fractions",
      row: layout.headerRow,
      column: columns.growth,
      message: `${headerRowName}:${MESSAGES.growthFractions(header)}`,
    });
  }
  // Nothing silently dropped: recognised columns that are read for nothing (a 本月 column beside the cumulative ones).
  const used = new Set(Object.entries(columns).flatMap(([role, column]) => (role === "month" ? [] : [column])));
  const unused = detected.headerRoles.flatMap((role, column) =>
    role !== undefined && !used.has(column) ? [detected.headerTexts[column] ?? ""] : [],
  );
  if (unused.length > 0) {
    warnings.push({
      code: "unused-columns",
      row: layout.headerRow,
      message: `${headerRowName}:${MESSAGES.unusedColumns(unused)}`,
    });
  }
  if (layout.confidence < 0.6) {
    warnings.push({
      code: "layout-unsure",
      row: layout.headerRow,
      message: `${headerRowName}:${MESSAGES.layoutUnsure}`,
    });
  }

  const hiddenRows = new Set(grid.hiddenRows ?? []);
  /** The note row ("注:…") that closed the table, if the loop met one. */
  let noteRow: number | undefined;
  const numberColumns = [columns.current, columns.previous, columns.growth, columns.target, columns.completion].filter(
    (column): column is number => column !== undefined,
  );
  const structure = new RowStructure();
  const seenNames = new NameRegister();
  const nameColumn = columns.name ?? 0;
  // Warnings of the row being read (one closure for the sheet, not one per row): "第12行“固定资产投资”:…".
  let warnRow = 0;
  let warnName = "";
  const warn: RowWarn = (code, column, message) => {
    const text = `${rowName(grid, warnRow)}“${warnName}”:${message}`;
    warnings.push(
      column === undefined ? { code, row: warnRow, message: text } : { code, row: warnRow, column, message: text },
    );
  };

  for (let r = layout.firstDataRow; r <= layout.lastDataRow && r < grid.cells.length; r++) {
    const row = grid.cells[r] ?? [];
    const nameCell = row[nameColumn];
    const rawLabel = typeof nameCell?.value === "string" ? nameCell.value : cellText(grid, r, nameColumn);
    const currentReading = readRole(row, r, columns.current);
    const previousReading = readRole(row, r, columns.previous);
    const growthCell = withoutNoise(readRole(row, r, columns.growth));
    const targetReading = readRole(row, r, columns.target);
    const completionCell = withoutNoise(readRole(row, r, columns.completion));
    const hasValues =
      currentReading.kind !== "blank" ||
      previousReading.kind !== "blank" ||
      growthCell.kind !== "blank" ||
      targetReading.kind !== "blank" ||
      completionCell.kind !== "blank";
    const unitText = columns.unit !== undefined ? cellText(grid, r, columns.unit).trim() : "";

    if (typeof nameCell?.value === "number" && isDateFormat(nameCell.numberFormat)) {
      if (hasValues) {
        warnings.push({
          code: "not-stated",
          row: r,
          column: nameColumn,
          message: `${rowName(grid, r)}:${MESSAGES.dateName(rawLabel.trim())}`,
        });
      }
      continue;
    }
    if (rawLabel.trim() === "") {
      if (hasValues) {
        warnings.push({
          code: "not-stated",
          row: r,
          column: nameColumn,
          message: `${rowName(grid, r)}:${MESSAGES.numbersWithoutName}`,
        });
      }
      continue;
    }
    const label = parseLabel(rawLabel, nameCell?.indent ?? 0);
    if (label.footnote && !hasValues) {
      noteRow = r;
      break;
    }
    if (COLUMN_NUMBER_ROW.test(label.name)) continue;
    if (!hasValues && label.qizhongMarker) {
      structure.qizhongMarker();
      continue;
    }
    if (!hasValues && unitText === "" && label.unit === undefined && !label.qizhong && label.hashes === 0) {
      structure.startGroup(rawLabel.trim());
      continue;
    }

    const index = indicators.length;
    warnRow = r;
    warnName = label.name;
    const { parent, level } = structure.place(label, index);
    const group = structure.group;
    const unit = indicatorUnit({
      unitCell: unitText,
      inName: label.unit,
      withFigure: currentReading.kind === "figure" ? currentReading.unit : undefined,
      inHeader: headerUnit,
      sheetNote: layout.sheetUnit,
    });

    // A row named only 合计 states the group it totals ("(二)固定资产投资" then "合计").
    const totalOnly = TOTAL_ONLY.test(label.name);
    const groupName = totalOnly && group !== undefined ? parseLabel(group.replace(GROUP_NUMBER, "")).name : "";
    const name = totalOnly && groupName !== "" ? groupName : label.name;
    warnName = name;
    const indicator: Mutable<Indicator> = { row: r, name, label: rawLabel.trim(), unit, level };
    if (parent !== undefined) indicator.parent = parent;
    if (group !== undefined) indicator.group = group;

    if (totalOnly && groupName === "") warn("not-stated", nameColumn, MESSAGES.totalOnly(label.name));
    if (hiddenRows.has(r)) warn("hidden-row", undefined, MESSAGES.hiddenRow);
    // A rate too large to state (1E+308 %) is named and left out, never printed as Infinity.
    const inRange = (reading: FigureReading, what: string, column: number | undefined): FigureReading => {
      if (reading.kind !== "figure" || Math.abs(reading.figure.value) <= MAX_RATE) return reading;
      warn("growth-out-of-range", column, MESSAGES.rateTooLarge(what, reading.figure.text));
      return BLANK;
    };
    const growthReading = inRange(growthCell, "增速", columns.growth);
    const completionReading = inRange(completionCell, "完成率", columns.completion);
    const roleColumns = [columns.current, columns.previous, columns.growth, columns.target, columns.completion];
    const uncalculated = roleColumns.find((column) => column !== undefined && row[column]?.uncalculated === true);
    if (uncalculated !== undefined) warn("uncalculated-formula", uncalculated, MESSAGES.uncalculated);
    const earlier = seenNames.firstRow(group, parent, name, r);
    if (earlier !== undefined) warn("duplicate-name", nameColumn, MESSAGES.duplicateName(rowName(grid, earlier)));

    // 本期
    let current: Figure | undefined;
    if (currentReading.kind === "figure") {
      current = currentReading.figure;
      indicator.current = current;
    } else if (columns.current !== undefined) {
      // A row that gives only its growth ("规上工业增加值 | — | — | 8.5") is stated by the growth alone.
      const then = growthReading.kind === "figure" ? MESSAGES.currentStatedByGrowth : MESSAGES.currentNotStated;
      if (currentReading.kind === "unreadable") {
        warn("unreadable-number", columns.current, MESSAGES.currentUnreadable(currentReading.text, then));
      } else if (currentReading.kind === "dash") {
        warn("missing-current", columns.current, MESSAGES.currentDash(currentReading.text, then));
      } else {
        warn("missing-current", columns.current, MESSAGES.currentBlank(then));
      }
    }

    // 增速: the sheet's growth wins, unless it is below -100% for a figure that is not negative.
    let given = sheetGrowth(growthReading, growthFractions);
    if (given !== undefined && given.fraction < -1 && !(current !== undefined && current.value < 0)) {
      const text = growthReading.kind === "figure" ? growthReading.figure.text.replace(/%$/, "") : "";
      warn("growth-out-of-range", columns.growth, MESSAGES.growthBelowFloor(text));
      given = undefined;
    }
    if (given !== undefined && growthReading.kind === "figure") indicator.growthFigure = growthReading.figure;
    const growthRead: FigureReading = given === undefined && growthReading.kind === "figure" ? BLANK : growthReading;

    // 上年同期
    let previous: Figure | undefined;
    const percentUnit = unit === "%" || unit === "百分点";
    if (previousReading.kind === "figure") {
      previous = previousReading.figure;
      indicator.previous = previous;
    } else if (columns.previous !== undefined && current !== undefined) {
      const then = given !== undefined ? MESSAGES.previousGivenGrowth : percentUnit ? "" : MESSAGES.previousNoGrowth;
      if (previousReading.kind === "unreadable") {
        warn("unreadable-number", columns.previous, MESSAGES.previousUnreadable(previousReading.text, then));
      } else if (given === undefined) {
        warn(
          "missing-base",
          columns.previous,
          previousReading.kind === "dash"
            ? MESSAGES.previousDash(previousReading.text, then)
            : MESSAGES.previousMissing(then),
        );
      }
    }

    // The earlier period's growth and the figure of two years before, as the sheet gives them.
    if (columns.previousGrowth !== undefined) {
      const reading = readFigure(row[columns.previousGrowth], r, columns.previousGrowth);
      const rate = sheetGrowth(reading, growthFractions);
      if (rate !== undefined && reading.kind === "figure") {
        indicator.previousGrowth = rate;
        indicator.previousGrowthFigure = reading.figure;
      }
    }
    if (columns.twoYearsBefore !== undefined) {
      const reading = readFigure(row[columns.twoYearsBefore], r, columns.twoYearsBefore);
      if (reading.kind === "figure") indicator.twoYearsBefore = reading.figure;
    }

    // 增减额 as the sheet gives it.
    if (columns.change !== undefined) {
      const changeReading = readFigure(row[columns.change], r, columns.change);
      if (changeReading.kind === "figure") indicator.change = changeReading.figure;
    }

    const growth = reconcileGrowth(
      { current, previous, reading: growthRead, given, growthColumn: columns.growth, percentUnit, tolerance },
      warn,
    );
    if (growth !== undefined) indicator.growth = growth;

    // 全年目标 and 完成率
    if (targetReading.kind === "figure") {
      indicator.target = targetReading.figure;
    } else if (targetReading.kind === "unreadable" && columns.target !== undefined) {
      warn("unreadable-number", columns.target, MESSAGES.targetUnreadable(targetReading.text));
    }
    const completion = reconcileCompletion(
      {
        current,
        target: indicator.target,
        reading: completionReading,
        completionColumn: columns.completion,
        percentUnit,
      },
      warn,
    );
    if (completion !== undefined) indicator.completion = completion;
    if (completionReading.kind === "figure") indicator.completionFigure = completionReading.figure;

    // The whole beside the place (全市 | 全市增速 | 占全市比重 | 全市位次), as the sheet gives it.
    const wholeReading = readRole(row, r, columns.whole);
    if (wholeReading.kind === "figure") indicator.whole = wholeReading.figure;
    const wholeGrowth = sheetGrowth(readRole(row, r, columns.wholeGrowth), growthFractions);
    if (wholeGrowth !== undefined) indicator.wholeGrowth = wholeGrowth;
    const shareReading = readRole(row, r, columns.share);
    if (shareReading.kind === "figure") {
      const { value, text } = shareReading.figure;
      indicator.share = sheetRate(value, text, shareReading.percent);
    }
    for (const role of ["rank", "growthRank"] as const) {
      const rankReading = readRole(row, r, columns[role]);
      if (
        rankReading.kind === "figure" &&
        Number.isInteger(rankReading.figure.value) &&
        rankReading.figure.value >= 1
      ) {
        indicator[role] = rankReading.figure.value;
      } else if (rankReading.kind === "unreadable" || rankReading.kind === "figure") {
        const text = rankReading.kind === "figure" ? rankReading.figure.text : rankReading.text;
        warn("unreadable-number", columns[role], MESSAGES.placeUnreadable("位次", text));
      }
    }

    if (unit === "" && current !== undefined) warn("unit-unknown", columns.unit, MESSAGES.unitUnknown);
    indicators.push(indicator);
  }

  if (indicators.length === 0) {
    throw new ReportError("no-indicators", MESSAGES.noReadableRows(grid.sheetName, headerRowName));
  }
  // A note closes the table (here or in detectLayout); rows with figures below it are not read, and that is said.
  if (options.layout?.lastDataRow === undefined) {
    let note = noteRow;
    for (let r = layout.lastDataRow + 1; note === undefined && r < grid.cells.length; r++) {
      if ((grid.cells[r] ?? []).some((cell) => readCellValue(cell.value).kind !== "blank")) note = r;
    }
    const after = note === undefined ? [] : rowsWithFigures(grid, note + 1, grid.cells.length - 1, numberColumns);
    if (note !== undefined && after.length > 0) {
      warnings.push({
        code: "not-stated",
        row: note,
        message: `${rowName(grid, note)}:${MESSAGES.rowsAfterNote(rowName(grid, after[0] ?? note), after.length)}`,
      });
    }
  }
  // Without a 本期 column only the sheet's growth can be stated: say so when a row has none.
  if (columns.current === undefined && indicators.some((i) => i.growth?.source !== "sheet")) {
    warnings.unshift({
      code: "no-current-column",
      row: layout.headerRow,
      message: `${headerRowName}:${MESSAGES.noCurrentColumn}`,
    });
  }
  const title = sheetTitle(detected.titleTexts);
  const twoYearsBeforeYear =
    columns.twoYearsBefore !== undefined ? headerYear(detected.headerTexts[columns.twoYearsBefore] ?? "") : undefined;
  const columnFormats = uniformFormats(grid, indicators);
  const across = acrossPlaces(detected.headerTexts, columns);
  const analysis: Analysis = {
    sheetName: grid.sheetName,
    layout,
    period,
    indicators,
    warnings,
    columnFormats,
    headerTexts: detected.headerTexts,
    ...(detected.previousPeriod !== undefined ? { previousPeriod: detected.previousPeriod } : {}),
    ...(twoYearsBeforeYear !== undefined ? { twoYearsBeforeYear } : {}),
    ...(title !== undefined ? { title } : {}),
    ...(across !== undefined ? { across } : {}),
  };
  const earlier = options.previousPeriod;
  if (earlier === undefined) return analysis;
  // The earlier sheet is read as this one is (same tolerance), never with this sheet's column overrides.
  const previous = analyzeSheet(earlier, tolerance === DEFAULT_GROWTH_TOLERANCE ? {} : { growthTolerance: tolerance });
  return withPreviousPeriod(analysis, previous, grid);
}

/**
 * A place's sheet with the whole beside it: the scope word from the whole's headers (全市, 占全市比重 -> 全市) and
 * the place the 本期 column names (朝阳区), when it names one. Undefined for a sheet without the whole's columns.
 */
function acrossPlaces(
  headerTexts: readonly string[],
  columns: Analysis["layout"]["columns"],
): Analysis["across"] | undefined {
  const wholeColumns = [columns.whole, columns.wholeGrowth, columns.share, columns.rank, columns.growthRank].filter(
    (c): c is number => c !== undefined,
  );
  if (wholeColumns.length === 0) return undefined;
  let scope: string = PHRASES.places.defaultScope;
  for (const c of wholeColumns) {
    const named = /全[市区县省镇乡州旗]/.exec(normalizeText(headerTexts[c] ?? ""))?.[0];
    if (named !== undefined) {
      scope = scopeOfTotal(named) ?? scope;
      break;
    }
  }
  const header = normalizeText(columns.current === undefined ? "" : (headerTexts[columns.current] ?? ""));
  const place = headerRole(header) === "current" && PLACE_HEADER.test(header) ? header : undefined;
  return place === undefined ? { scope } : { place, scope };
}

/** The 本期 header that is a place's name (朝阳区) rather than a period or 本期. */
const PLACE_HEADER = /^[\u4e00-\u9fff]{1,10}(?:区|县|市|镇|乡|街道|园区|开发区|新区)$/;
