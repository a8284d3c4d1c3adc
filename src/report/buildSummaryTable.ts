import { contributionRate } from "../core/contribution";
import { roundHalfUp, shownDecimals } from "../core/decimal";
import { progressGapPoints, progressMonths, type Rate } from "../core/rate";
import { isRateIndicator } from "./indicatorPhrases";
import type { ResolvedOptions } from "./resolveOptions";
import type {
  Analysis,
  CellFormula,
  Figure,
  Indicator,
  Period,
  SummaryCell,
  SummaryColumn,
  SummaryColumnKey,
  SummaryRow,
  SummaryTable,
} from "./types";

/** "—": a rate that does not exist (zero or negative base, target not positive). */
export const NO_RATE = "—";

export const HEADERS: Readonly<Record<SummaryColumnKey, string>> = {
  name: "指标",
  unit: "单位",
  current: "本期",
  previous: "上年同期",
  change: "增减额",
  growth: "增速(%)",
  versus: "比上期(百分点)",
  contribution: "贡献率(%)",
  target: "全年目标",
  completion: "完成率(%)",
  progressGap: "进度差(百分点)",
  share: "占{scope}(%)",
  rank: "位次(按总量)",
  growthRank: "位次(按增速)",
};

const FALLBACK_FORMAT = "0.00";

/** "0.0" for 1 decimal, "0" for none. */
export function decimalsFormat(decimals: number): string {
  return decimals > 0 ? "0." + "0".repeat(decimals) : "0";
}

/**
 * Removes binary noise (37.59 − 30.36 = 7.230000000000002) at 10 decimals; not an output rounding (the
 * number format shows the digits), so it takes a cheap path for everyday magnitudes.
 */
export function clean(x: number): number {
  if (Math.abs(x) < 1e5) {
    const scaled = Math.round(x * 1e10) / 1e10;
    return scaled === 0 ? 0 : scaled;
  }
  return roundHalfUp(x, 10);
}

export const ref = (figure: Figure, scale?: number): CellFormula =>
  scale === undefined
    ? { op: "ref", row: figure.row, column: figure.column }
    : { op: "ref", row: figure.row, column: figure.column, scale };

export const at = (figure: Figure) => ({ row: figure.row, column: figure.column });

export function figureCell(figure: Figure | undefined): SummaryCell {
  return figure === undefined ? { value: null } : { value: figure.value, formula: ref(figure) };
}

/** A computed cell, or "—" when the figures are past what a double can hold (analyzeSheet warns). */
function finiteOr(value: number, formula: CellFormula): SummaryCell {
  return Number.isFinite(value) ? { value, formula } : { value: NO_RATE };
}

/**
 * Every table cell holds a finite number or none: a figure or rate past what a double can hold (1e308 %
 * times 100) is "—", never Infinity or NaN in the written workbook or the JSON.
 */
export function finiteCell(cell: SummaryCell): SummaryCell {
  return typeof cell.value === "number" && !Number.isFinite(cell.value) ? { value: NO_RATE } : cell;
}

/** A rate cell the sheet gives, as a percent number (30.5) that refers to the cell (times 100 for a stored fraction). */
export function sheetRateCell(rate: Rate, figure: Figure): SummaryCell {
  return rate.stored === "fraction"
    ? { value: clean(figure.value * 100), formula: ref(figure, 100) }
    : { value: figure.value, formula: ref(figure) };
}

function growthCell(indicator: Indicator): SummaryCell {
  const { current, previous } = indicator;
  const growth = indicator.growth;
  if (growth?.source === "sheet" && indicator.growthFigure !== undefined) {
    return sheetRateCell(growth, indicator.growthFigure);
  }
  if (current === undefined || previous === undefined || isRateIndicator(indicator)) return { value: null };
  // analyzeSheet computed the growth unless the base is not positive, the figure negative or the result too large.
  if (growth?.source !== "computed") return { value: NO_RATE };
  return {
    value: clean(growth.fraction * 100),
    formula: { op: "growth", current: at(current), previous: at(previous) },
  };
}

function completionCell(indicator: Indicator): SummaryCell {
  const { current, target } = indicator;
  const done = indicator.completion;
  if (done?.source === "sheet" && indicator.completionFigure !== undefined) {
    return sheetRateCell(done, indicator.completionFigure);
  }
  if (current === undefined || target === undefined) return { value: null };
  // analyzeSheet computed the completion unless the target is not positive, a rate, or the result too large.
  if (done === undefined) return { value: NO_RATE };
  return { value: clean(done.fraction * 100), formula: { op: "ratio", part: at(current), whole: at(target) } };
}

/**
 * 进度差 from the completion as the 完成率 column prints it (`completionDecimals`), so that the two cells of
 * a row agree as a reader sees them (48.9 at 6 months is −1.1, not −1.15 shown as −1.2); the live formula
 * rounds the same way.
 */
function progressGapCell(indicator: Indicator, months: number, completionDecimals: number): SummaryCell {
  const { current, target } = indicator;
  if (indicator.completion === undefined) {
    return { value: current !== undefined && target !== undefined ? NO_RATE : null };
  }
  const value = clean(progressGapPoints(indicator.completion.fraction, months, completionDecimals));
  if (indicator.completionFigure === undefined && current !== undefined && target !== undefined) {
    return {
      value,
      formula: { op: "progressGap", part: at(current), whole: at(target), months, decimals: completionDecimals },
    };
  }
  return { value };
}

/** 比上期: the growth cell minus the earlier period's growth, in points; "—" without a growth. */
function versusCell(indicator: Indicator, growth: SummaryCell): SummaryCell {
  const before = indicator.previousGrowth;
  if (before === undefined) return { value: null };
  if (typeof growth.value !== "number") return { value: growth.value === null ? null : NO_RATE };
  const figure = indicator.previousGrowthFigure;
  const previous = figure !== undefined ? sheetRateCell(before, figure) : undefined;
  const previousValue = previous !== undefined ? previous.value : before.fraction * 100;
  const value = clean(growth.value - (typeof previousValue === "number" ? previousValue : 0));
  if (previous?.formula === undefined || growth.formula === undefined) return { value };
  return { value, formula: { op: "pointsChange", growth: growth.formula, previous: previous.formula } };
}

/** 贡献率 of a 其中 row: its change over its parent's, in percent; "—" when the parent did not change. */
function contributionCell(indicator: Indicator, parent: Indicator | undefined): SummaryCell {
  const { current, previous } = indicator;
  if (parent === undefined || current === undefined || previous === undefined) return { value: null };
  const wholeNow = parent.current;
  const wholeBefore = parent.previous;
  if (wholeNow === undefined || wholeBefore === undefined || isRateIndicator(indicator) || isRateIndicator(parent)) {
    return { value: null };
  }
  const rate = contributionRate(current.value, previous.value, wholeNow.value, wholeBefore.value);
  if (!rate.ok) return { value: NO_RATE };
  return {
    value: clean(rate.value * 100),
    formula: {
      op: "contribution",
      partNow: at(current),
      partBefore: at(previous),
      wholeNow: at(wholeNow),
      wholeBefore: at(wholeBefore),
    },
  };
}

function changeCell(indicator: Indicator): SummaryCell {
  const { current, previous } = indicator;
  // The sheet's 增减额 as it gives it.
  if (indicator.change !== undefined) return figureCell(indicator.change);
  if (current === undefined || previous === undefined) return { value: null };
  return finiteOr(clean(current.value - previous.value), {
    op: "change",
    current: at(current),
    previous: at(previous),
  });
}

/**
 * The summary table: 指标 | 单位 | 本期 | 上年同期 | 增减额 | 增速(%) | 全年目标 | 完成率(%) | 进度差(百分点),
 * only the columns the sheet supports. Figures keep the sheet's number format when the column uses one
 * format; percentages are percent numbers (30.5) shown with the decimals of the options or of the
 * sheet's own growth, whichever is more; every figure carries the formula that recomputes it.
 */
export function buildSummaryTable(analysis: Analysis, period: Period, options: ResolvedOptions): SummaryTable {
  const { columns } = analysis.layout;
  const formats = analysis.columnFormats ?? {};
  const indicators = analysis.indicators;
  const months = progressMonths(period.months);
  const hasCompletion = columns.target !== undefined || columns.completion !== undefined;

  const keys: SummaryColumnKey[] = ["name"];
  if (indicators.some((indicator) => indicator.unit !== "")) keys.push("unit");
  if (columns.current !== undefined) keys.push("current");
  if (columns.previous !== undefined) keys.push("previous");
  if ((columns.current !== undefined && columns.previous !== undefined) || columns.change !== undefined)
    keys.push("change");
  if (columns.previous !== undefined || columns.growth !== undefined) keys.push("growth");
  if (indicators.some((indicator) => indicator.previousGrowth !== undefined)) keys.push("versus");
  if (options.contribution && indicators.some((indicator) => indicator.parent !== undefined)) keys.push("contribution");
  if (columns.target !== undefined) keys.push("target");
  if (hasCompletion) keys.push("completion");
  if (hasCompletion && months !== undefined) keys.push("progressGap");

  const maxShown = (pick: (indicator: Indicator) => Figure | undefined): number =>
    indicators.reduce((max, indicator) => {
      const figure = pick(indicator);
      return figure === undefined ? max : Math.max(max, shownDecimals(figure.text));
    }, options.decimals);

  const completionDecimals = maxShown((indicator) => indicator.completionFigure);
  const changeFormat =
    formats.change ??
    (formats.current !== undefined && formats.current === formats.previous ? formats.current : FALLBACK_FORMAT);
  const numberFormats: Record<SummaryColumnKey, string> = {
    name: "@",
    unit: "@",
    current: formats.current ?? FALLBACK_FORMAT,
    previous: formats.previous ?? FALLBACK_FORMAT,
    change: changeFormat,
    growth: decimalsFormat(maxShown((indicator) => indicator.growthFigure)),
    target: formats.target ?? FALLBACK_FORMAT,
    completion: decimalsFormat(completionDecimals),
    progressGap: decimalsFormat(options.decimals),
    versus: decimalsFormat(
      Math.max(
        maxShown((indicator) => indicator.growthFigure),
        maxShown((indicator) => indicator.previousGrowthFigure),
      ),
    ),
    contribution: decimalsFormat(options.decimals),
    // Only a regions sheet's ranking tables have these (rankingTables.ts).
    share: decimalsFormat(options.decimals),
    rank: "0",
    growthRank: "0",
  };
  const tableColumns: SummaryColumn[] = keys.map((key) => ({
    key,
    header: HEADERS[key],
    numberFormat: numberFormats[key],
  }));

  /** The growth cell of the row being built, for its 比上期 cell. */
  let rowGrowth: SummaryCell | undefined;
  const cellFor = (key: SummaryColumnKey, indicator: Indicator): SummaryCell => {
    switch (key) {
      case "name":
        return { value: indicator.name };
      case "unit":
        return { value: indicator.unit === "" ? null : indicator.unit };
      case "current":
        return figureCell(indicator.current);
      case "previous":
        return figureCell(indicator.previous);
      case "change":
        return changeCell(indicator);
      case "growth":
        rowGrowth = growthCell(indicator);
        return rowGrowth;
      case "versus":
        // The growth cell of the same row, made just before (growth precedes versus).
        return versusCell(indicator, rowGrowth ?? growthCell(indicator));
      case "contribution":
        return contributionCell(indicator, indicator.parent !== undefined ? indicators[indicator.parent] : undefined);
      case "target":
        return figureCell(indicator.target);
      case "completion":
        return completionCell(indicator);
      case "progressGap":
        return months === undefined ? { value: null } : progressGapCell(indicator, months, completionDecimals);
      case "share":
      case "rank":
      case "growthRank":
        return { value: null };
    }
  };
  const rows: SummaryRow[] = indicators.map((indicator, index) => {
    rowGrowth = undefined;
    return {
      indicator: index,
      level: indicator.level,
      cells: keys.map((key) => finiteCell(cellFor(key, indicator))),
    };
  });
  const title = analysis.title ?? `${analysis.sheetName}指标汇总`;
  return { title, columns: tableColumns, rows };
}
