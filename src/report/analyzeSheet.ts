import { readCellValue } from "../core/cellValue";
import { formatDecimal } from "../core/decimal";
import { yoyGrowth } from "../core/growth";
import { yoyPhrase } from "../core/growthPhrase";
import { completion } from "../core/ratio";
import { splitNameUnit } from "../core/units";
import { canonicalUnit } from "./canonicalUnit";
import { cellText } from "./cellText";
import { detectLayout } from "./detectLayout";
import { parseLabel } from "./parseLabel";
import { percentToFraction } from "../core/percentToFraction";
import { growthColumnHoldsFractions } from "./growthColumnHoldsFractions";
import { readFigure, type FigureReading } from "./readFigure";
import { readPeriod } from "./readPeriod";
import { rowName } from "./rowName";
import type {
  Analysis,
  ColumnRole,
  Figure,
  Indicator,
  Period,
  ReportOptions,
  ReportWarning,
  SheetCell,
  SheetGrid,
} from "./types";
import { ReportError } from "./types";

/** Default tolerance (percentage points) between a growth the sheet gives and the computed one. */
export const DEFAULT_GROWTH_TOLERANCE = 0.5;

const BLANK: FigureReading = { kind: "blank" };

/** A ratio of two figures past the range of a double (1e308 against 1e-300): not computed, and said so. */
const OUT_OF_RANGE = (what: string): string =>
  `本期数与比较的数相差过于悬殊,${what}超出可计算范围,未计算${what},请核对`;

/** Adds a warning naming the row as Excel numbers it and the indicator: "第12行“固定资产投资”:…". */
function addWarning(
  warnings: ReportWarning[],
  grid: SheetGrid,
  row: number,
  name: string,
  code: ReportWarning["code"],
  column: number | undefined,
  message: string,
): void {
  const text = `${rowName(grid, row)}“${name}”:${message}`;
  warnings.push(column === undefined ? { code, row, message: text } : { code, row, column, message: text });
}

interface StackEntry {
  readonly index: number;
  readonly key: number;
  readonly level: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The reading of a row's cell in a number column, blank when the sheet has no such column. */
function readRole(row: readonly SheetCell[], r: number, column: number | undefined): FigureReading {
  return column === undefined ? BLANK : readFigure(row[column], r, column);
}

/** Names already seen, per group and parent, to warn about a name given twice in the same place. */
class NameRegister {
  private readonly rows = new Map<string | undefined, Map<number | undefined, Map<string, number>>>();

  /** The row that first gave this name in this place, or undefined (and `row` is recorded) when it is new. */
  firstRow(group: string | undefined, parent: number | undefined, name: string, row: number): number | undefined {
    let byParent = this.rows.get(group);
    if (byParent === undefined) {
      byParent = new Map();
      this.rows.set(group, byParent);
    }
    let names = byParent.get(parent);
    if (names === undefined) {
      names = new Map();
      byParent.set(parent, names);
    }
    const earlier = names.get(name);
    if (earlier === undefined) names.set(name, row);
    return earlier;
  }
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

/** A name that says only that the row is a total. */
const TOTAL_ONLY = /^(?:合计|总计|小计|全部|总量)$/;
/** The numbering of a group heading ("一、", "(二)"). */
const GROUP_NUMBER = /^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])\s*/;

/** Column-number rows of official tables ("甲 | 乙 | 1 | 2 | 3"). */
const COLUMN_NUMBER_ROW = /^(?:甲|乙|A|栏次|序号)$/;

/** The period named by the current column's header, the title rows, or any header cell. */
function findPeriod(texts: readonly string[]): Period {
  for (const text of texts) {
    const period = readPeriod(text);
    if (period !== undefined) {
      if (period.year !== undefined) return period;
      const year = texts.map((t) => /((?:19|20)\d{2})年/.exec(t)?.[1]).find((y) => y !== undefined);
      return year === undefined ? period : { ...period, year: Number(year) };
    }
  }
  return { label: "" };
}

/**
 * A monthly report titled by its month ("2024年8月经济运行主要指标") whose 本期 column is the year's cumulative
 * figure ("本年累计", "累计"): the period is 1-8月; when it is the month's own figure ("本月"), 8月. Undefined
 * when the title names no single month.
 */
function cumulativePeriod(currentHeader: string, titleTexts: readonly string[]): Period | undefined {
  const cumulative = /累计|本年/.test(currentHeader);
  // A 本月 column states the month alone: "8月", with no months elapsed for 时序进度.
  const month = !cumulative && /本月|当月/.test(currentHeader);
  if (!cumulative && !month) return undefined;
  for (const text of titleTexts) {
    const match = /(?:^|[^\d\-—~～])(\d{1,2})月(?:份)?/.exec(text.replace(/\s+/g, ""));
    const months = match?.[1] !== undefined ? Number(match[1]) : 0;
    if (months >= 1 && months <= 12) {
      const year = /((?:19|20)\d{2})年/.exec(text)?.[1];
      if (month) return year === undefined ? { label: `${months}月` } : { label: `${months}月`, year: Number(year) };
      const label = months === 1 ? "1月" : months === 12 ? "全年" : `1-${months}月`;
      return year === undefined ? { label, months } : { label, months, year: Number(year) };
    }
  }
  return undefined;
}

/** The number format shared by all figures of each number column (a number typed as text counts as General). */
function uniformFormats(grid: SheetGrid, indicators: readonly Indicator[]): Partial<Record<ColumnRole, string>> {
  const formats: Partial<Record<ColumnRole, string | null>> = {};
  const note = (role: ColumnRole, figure: Figure | undefined): void => {
    if (figure === undefined) return;
    const cell = grid.cells[figure.row]?.[figure.column];
    if (cell === undefined) return;
    // A number typed as text ("96.35") is written to the summary as a number that shows as typed: General.
    const format = typeof cell.value === "number" ? (cell.numberFormat ?? "General") : "General";
    const seen = formats[role];
    if (seen === undefined) formats[role] = format;
    else if (seen !== format) formats[role] = null;
  };
  for (const indicator of indicators) {
    note("current", indicator.current);
    note("previous", indicator.previous);
    note("target", indicator.target);
  }
  const result: Partial<Record<ColumnRole, string>> = {};
  for (const role of ["current", "previous", "target"] as const) {
    const format = formats[role];
    if (typeof format === "string") result[role] = format;
  }
  return result;
}

/** A title without the unit note typed into the same cell ("…完成情况表    单位:亿元" -> "…完成情况表"). */
function withoutUnitNote(title: string): string {
  return title.replace(/[(（]?\s*(?:计量)?单位\s*[:：][^)）]*[)）]?/g, "").trim();
}

/**
 * Reads an indicator sheet: finds the header among title, note and blank rows, the column roles,
 * the period and the unit, and reads every row below into indicators (其中 rows as children,
 * "一、…" rows as groups), with a warning for everything that cannot be read or stated.
 * Throws ReportError for an empty sheet or one without an indicator header. Never changes `grid`.
 */
export function analyzeSheet(grid: SheetGrid, options: ReportOptions = {}): Analysis {
  if (grid.cells.length === 0 || isEmptyGrid(grid)) {
    throw new ReportError("empty-sheet", `工作表“${grid.sheetName}”是空的,没有可以读取的指标`);
  }
  const detected = detectLayout(grid, options.layout);
  const { layout } = detected;
  const columns = layout.columns;
  const tolerance = options.growthTolerance ?? DEFAULT_GROWTH_TOLERANCE;
  const warnings: ReportWarning[] = [];
  const indicators: Indicator[] = [];

  const currentHeader = columns.current !== undefined ? (detected.headerTexts[columns.current] ?? "") : "";
  const found = findPeriod([currentHeader, ...detected.titleTexts, ...detected.headerTexts]);
  const period = found.label === "" ? (cumulativePeriod(currentHeader, detected.titleTexts) ?? found) : found;
  const headerUnit = splitNameUnit(currentHeader.replace(/\s+/g, "")).unit;

  // A growth column of fractions in General cells (0.305 for 30.5%), told by the sheet's own figures.
  const growthFractions = growthColumnHoldsFractions(grid, layout, tolerance);
  if (growthFractions && columns.growth !== undefined) {
    const header = detected.headerTexts[columns.growth] ?? "";
    warnings.push({
      code: "growth-fractions",
      row: layout.headerRow,
      column: columns.growth,
      message: `${rowName(grid, layout.headerRow)}:“${header}”一列的数是小数(0.305 即 30.5%),与按本期、上年同期数计算的增速一致,已按小数读取,请核对`,
    });
  }

  if (layout.confidence < 0.6) {
    warnings.push({
      code: "layout-unsure",
      row: layout.headerRow,
      message: `${rowName(grid, layout.headerRow)}:表头的列名不完整,已按最可能的含义读取,请核对各列的含义`,
    });
  }

  let group: string | undefined;
  let stack: StackEntry[] = [];
  let context: { parent: number; parentKey: number; level: number } | undefined;
  let pendingQizhong = false;
  /** The last row of each numbering rank ("一、", "(一)", "1.", "(1)", "①"), for rows numbered below it. */
  let numbered: (StackEntry & { readonly rank: number })[] = [];
  const seenNames = new NameRegister();
  const nameColumn = columns.name ?? 0;
  // Warnings of the row being read (one closure for the sheet, not one per row).
  let warnRow = 0;
  let warnName = "";
  const warn = (code: ReportWarning["code"], column: number | undefined, message: string): void =>
    addWarning(warnings, grid, warnRow, warnName, code, column, message);

  for (let r = layout.firstDataRow; r <= layout.lastDataRow && r < grid.cells.length; r++) {
    const row = grid.cells[r] ?? [];
    const nameCell = row[nameColumn];
    const rawLabel = typeof nameCell?.value === "string" ? nameCell.value : cellText(grid, r, nameColumn);
    const currentReading = readRole(row, r, columns.current);
    const previousReading = readRole(row, r, columns.previous);
    const growthReading = readRole(row, r, columns.growth);
    const targetReading = readRole(row, r, columns.target);
    const completionReading = readRole(row, r, columns.completion);
    const hasValues =
      currentReading.kind !== "blank" ||
      previousReading.kind !== "blank" ||
      growthReading.kind !== "blank" ||
      targetReading.kind !== "blank" ||
      completionReading.kind !== "blank";
    const unitText = columns.unit !== undefined ? cellText(grid, r, columns.unit).trim() : "";

    if (rawLabel.trim() === "") {
      if (hasValues) {
        warnings.push({
          code: "not-stated",
          row: r,
          column: nameColumn,
          message: `${rowName(grid, r)}:有数字但没有指标名称,未写入文字和汇总表`,
        });
      }
      continue;
    }
    const label = parseLabel(rawLabel, nameCell?.indent ?? 0);
    if (label.footnote && !hasValues) {
      break;
    }
    if (COLUMN_NUMBER_ROW.test(label.name)) {
      continue;
    }
    if (!hasValues && label.qizhongMarker) {
      pendingQizhong = true;
      continue;
    }
    if (!hasValues && unitText === "" && label.unit === undefined && !label.qizhong && label.hashes === 0) {
      group = rawLabel.trim();
      stack = [];
      numbered = [];
      context = undefined;
      pendingQizhong = false;
      continue;
    }

    const index = indicators.length;
    warnRow = r;
    warnName = label.name;

    // Structure: 其中 rows, # rows, indentation.
    let parent: number | undefined;
    let level = 0;
    const key = label.indentKey;
    const last = stack[stack.length - 1];
    if (
      label.qizhong &&
      context !== undefined &&
      last !== undefined &&
      last.level === context.level &&
      key <= last.key
    ) {
      // Another 其中 under the same parent ("其中:工业投资" then "其中:民间投资").
      parent = context.parent;
      level = context.level;
    } else if ((label.qizhong || pendingQizhong) && last !== undefined) {
      parent = last.index;
      level = last.level + 1;
      context = { parent, parentKey: last.key, level };
    } else if (label.numbering > 1 && numbered.some((entry) => entry.rank < label.numbering)) {
      // "(1)工业投资" under "3.固定资产投资", "(一)工业投资" under "二、固定资产投资", "①…" under "(1)…".
      const above = numbered.filter((entry) => entry.rank < label.numbering).pop();
      parent = above?.index;
      level = above === undefined ? 0 : above.level + 1;
      context = undefined;
    } else if (label.hashes > 0) {
      while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= label.hashes) stack.pop();
      const top = stack[stack.length - 1];
      parent = top?.index;
      level = top === undefined ? 0 : top.level + 1;
      context = undefined;
    } else if (context !== undefined && key > context.parentKey) {
      parent = context.parent;
      level = context.level;
    } else {
      context = undefined;
      while (stack.length > 0 && (stack[stack.length - 1]?.key ?? 0) >= key) stack.pop();
      const top = stack[stack.length - 1];
      parent = top?.index;
      level = top === undefined ? 0 : top.level + 1;
    }
    pendingQizhong = false;
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= level) stack.pop();
    stack.push({ index, key, level });
    if (label.numbering > 0) {
      numbered = numbered.filter((entry) => entry.rank < label.numbering);
      numbered.push({ index, key, level, rank: label.numbering });
    }

    // Unit: unit column, then the name, then a unit written with the number, the header, the sheet note.
    const figureUnit = currentReading.kind === "figure" ? currentReading.unit : undefined;
    const unit =
      (unitText !== "" ? canonicalUnit(unitText) : undefined) ??
      label.unit ??
      figureUnit ??
      headerUnit ??
      layout.sheetUnit ??
      "";

    // A row named only 合计 states the group it totals ("(二)固定资产投资" then "合计").
    const totalOnly = TOTAL_ONLY.test(label.name);
    const groupName = totalOnly && group !== undefined ? parseLabel(group.replace(GROUP_NUMBER, "")).name : "";
    const name = totalOnly && groupName !== "" ? groupName : label.name;
    warnName = name;
    const indicator: Mutable<Indicator> = { row: r, name, label: rawLabel.trim(), unit, level };
    if (parent !== undefined) indicator.parent = parent;
    if (group !== undefined) indicator.group = group;

    if (totalOnly && groupName === "") {
      warn("not-stated", nameColumn, `指标名称只写了“${label.name}”,文字中照写,请写明是哪项指标的${label.name}`);
    }
    const earlier = seenNames.firstRow(group, parent, name, r);
    if (earlier !== undefined) {
      warn("duplicate-name", nameColumn, `指标名称与${rowName(grid, earlier)}重复,请核对`);
    }

    // 本期
    let current: Figure | undefined;
    if (currentReading.kind === "figure") {
      current = currentReading.figure;
      indicator.current = current;
    } else if (columns.current !== undefined) {
      // A row that gives only its growth ("规上工业增加值 | — | — | 8.5") is stated by the growth alone.
      const then = growthReading.kind === "figure" ? ",文字只写表中增速" : ",未写入文字";
      if (currentReading.kind === "unreadable") {
        warn("unreadable-number", columns.current, `本期数“${currentReading.text}”不是数字${then}`);
      } else if (currentReading.kind === "dash") {
        warn("missing-current", columns.current, `本期数为“${currentReading.text}”${then}`);
      } else {
        warn("missing-current", columns.current, `本期数为空白${then}`);
      }
    }

    // 增速: the sheet's growth wins.
    let given: number | undefined;
    if (growthReading.kind === "figure") {
      const fraction = growthReading.percent || growthFractions;
      given = fraction ? growthReading.figure.value : percentToFraction(growthReading.figure.value);
      indicator.growthFigure = growthReading.figure;
      indicator.growthIsFraction = fraction;
    }

    // 上年同期
    let previous: Figure | undefined;
    const percentUnit = unit === "%" || unit === "百分点";
    if (previousReading.kind === "figure") {
      previous = previousReading.figure;
      indicator.previous = previous;
    } else if (columns.previous !== undefined && current !== undefined) {
      const then = given !== undefined ? ",文字采用表中增速" : percentUnit ? "" : ",未计算增速";
      if (previousReading.kind === "unreadable") {
        warn("unreadable-number", columns.previous, `上年同期数“${previousReading.text}”不是数字${then}`);
      } else if (given === undefined) {
        warn(
          "missing-base",
          columns.previous,
          previousReading.kind === "dash" ? `上年同期数为“${previousReading.text}”${then}` : `缺少上年同期数${then}`,
        );
      }
    }

    let computed: number | undefined;
    if (current !== undefined && previous !== undefined && !percentUnit) {
      if (previous.value > 0 && current.value >= 0) {
        // Core's 同比增速; with both figures finite and the base positive it fails only on overflow.
        const growth = yoyGrowth(current.value, previous.value);
        if (growth.ok) computed = growth.value;
        else if (given === undefined) warn("not-stated", previous.column, OUT_OF_RANGE("增速"));
      } else if (given === undefined) {
        const phrase = yoyPhrase(current.value, previous.value);
        const isZero = previous.value === 0;
        warn(
          isZero ? "zero-base" : "negative-base",
          previous.column,
          `${isZero ? "上年同期数为零" : previous.value < 0 ? `上年同期数为负数(${previous.text})` : `本期数为负数(${current.text})`},不计算增速,文字表述为“${phrase}”`,
        );
      }
    }

    if (growthReading.kind === "unreadable" && columns.growth !== undefined) {
      warn(
        "unreadable-number",
        columns.growth,
        `增速“${growthReading.text}”不是数字${computed !== undefined ? ",改用按上年同期数计算的增速" : ""}`,
      );
    }
    if (given !== undefined) {
      indicator.growth = given;
      indicator.growthSource = "sheet";
      if (computed !== undefined) {
        const gap = Math.abs(given - computed) * 100;
        if (gap > tolerance) {
          // As the sheet shows it, in percent: "9.3" of 9.3 or of "9.3%"; a fraction in General as 30.5.
          const shownGrowth =
            growthReading.kind !== "figure" || (growthFractions && !growthReading.percent)
              ? formatDecimal(given * 100, 1)
              : growthReading.figure.text.replace(/%$/, "");
          warn(
            "growth-mismatch",
            columns.growth,
            `表中增速${shownGrowth}%与按本期、上年同期数计算的${formatDecimal(computed * 100, 1)}%相差${formatDecimal(gap, 1)}个百分点,文字采用表中增速,请核对`,
          );
        }
      }
    } else if (computed !== undefined) {
      indicator.growth = computed;
      indicator.growthSource = "computed";
      if (growthReading.kind === "dash" && columns.growth !== undefined) {
        warn(
          "computed-growth",
          columns.growth,
          `表中增速为“${growthReading.text}”,文字采用按本期、上年同期数计算的增速${formatDecimal(computed * 100, 1)}%,请核对`,
        );
      }
    }

    // 全年目标 and 完成率
    if (targetReading.kind === "figure") {
      indicator.target = targetReading.figure;
    } else if (targetReading.kind === "unreadable" && columns.target !== undefined) {
      warn("unreadable-number", columns.target, `全年目标“${targetReading.text}”不是数字,未计算完成率`);
    }
    if (completionReading.kind === "figure") {
      const fraction = completionReading.percent;
      indicator.completion = fraction
        ? completionReading.figure.value
        : percentToFraction(completionReading.figure.value);
      indicator.completionFigure = completionReading.figure;
      indicator.completionIsFraction = fraction;
    } else if (indicator.target !== undefined && current !== undefined) {
      if (percentUnit) {
        // A target of a rate (增速目标8%, 销售率目标98%) is not a quantity to complete.
        warn("no-target", indicator.target.column, `全年目标${indicator.target.text}是比率,不计算完成率,未写入文字`);
      } else if (indicator.target.value > 0) {
        const ratio = completion(current.value, indicator.target.value);
        if (ratio.ok) indicator.completion = ratio.value;
        else warn("not-stated", indicator.target.column, OUT_OF_RANGE("完成率"));
      } else {
        warn("no-target", indicator.target.column, `全年目标为${indicator.target.text},不是正数,未计算完成率`);
      }
    }
    if (completionReading.kind === "unreadable" && columns.completion !== undefined) {
      warn("unreadable-number", columns.completion, `完成率“${completionReading.text}”不是数字`);
    }

    if (unit === "" && current !== undefined) {
      warn("unit-unknown", columns.unit, "没有计量单位(单位列、名称括号或“单位:”说明中都没有),文字中的数值不带单位");
    }
    indicators.push(indicator);
  }

  if (indicators.length === 0) {
    throw new ReportError(
      "no-indicators",
      `工作表“${grid.sheetName}”的表头(${rowName(grid, layout.headerRow)})下面没有可读的指标行`,
    );
  }
  const title = detected.titleTexts.find(
    (text) => !/^[(（]?单位[:：]/.test(text.trim()) && /[\u4e00-\u9fff]/.test(text),
  );
  const columnFormats = uniformFormats(grid, indicators);
  return {
    sheetName: grid.sheetName,
    layout,
    period,
    indicators,
    warnings,
    columnFormats,
    ...(title !== undefined ? { title: withoutUnitNote(title) } : {}),
  };
}
