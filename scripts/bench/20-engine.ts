// The report engine alone on a 10,000-indicator grid: grid -> analysis -> summary table + narrative.
// Median and minimum of several runs after a warm-up, in ms (the minimum is the figure least disturbed by
// other processes on a shared machine). Prints figures, asserts nothing (aim: under 100 ms).
import { performance } from "node:perf_hooks";
import { formatDecimal } from "../../src/core/decimal";
import { analyzeSheet } from "../../src/report/analyzeSheet";
import { buildReport } from "../../src/report/buildReport";
import type { SheetCell, SheetGrid } from "../../src/report/types";

const INDICATORS = 10_000;
const RUNS = 15;

function number(value: number): SheetCell {
  const text = formatDecimal(value, 2); // the displayed text of a "0.00" cell
  return { value, text, numberFormat: "0.00" };
}

/** The sheet, or with comparisons: a 1-8月 growth column beside this period's (增速比1-8月…). */
function makeGrid(comparisons = false): SheetGrid {
  const header = ["指标名称", "计量单位", "1-9月", "上年同期", "同比增长(%)", "全年目标", "完成目标(%)"];
  const cells: SheetCell[][] = [
    [{ value: "2024年1-9月主要经济指标完成情况表" }],
    [{ value: "单位:万元" }],
    (comparisons ? [...header, "1-8月同比增长(%)"] : header).map((value) => ({ value })),
  ];
  for (let i = 0; i < INDICATORS; i++) {
    if (i % 500 === 0) cells.push([{ value: `${"一二三四五六七八九十".charAt((i / 500) % 10)}、第${i / 500 + 1}组` }]);
    const current = 1000 + ((i * 7919) % 50000) / 3;
    const previous = current / (1 + (((i * 31) % 41) - 10) / 100);
    const growth = i % 3 === 0 ? { value: Number(formatDecimal((current / previous - 1) * 100, 1)) } : { value: null };
    const label = i % 5 === 0 ? `指标${i + 1}` : `  其中:分项${i + 1}`;
    const row: SheetCell[] = [
      { value: label },
      { value: "万元" },
      number(current),
      number(previous),
      growth,
      i % 5 === 0 ? number(current * 1.4) : { value: null },
      { value: null },
    ];
    if (comparisons) row.push({ value: Number(formatDecimal(((i * 13) % 29) - 9 + 0.1 * (i % 10), 1)) });
    cells.push(row);
  }
  return { sheetName: "指标", cells };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function time(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

const grid = makeGrid();
buildReport(grid); // warm-up
const analyse: number[] = [];
const total: number[] = [];
for (let run = 0; run < RUNS; run++) {
  analyse.push(time(() => analyzeSheet(grid)));
  total.push(time(() => buildReport(grid, { clauses: { change: true, highlights: true } })));
}
// Comparisons on: the earlier period's growth in a column, 贡献率 and 拉动 of every 其中 row; and the earlier
// period as another sheet (both sheets are read).
const compared = makeGrid(true);
const withComparisons: number[] = [];
const withPreviousSheet: number[] = [];
const allClauses = { change: true, highlights: true, contribution: true, pull: true };
buildReport(compared, { clauses: allClauses }); // warm-up
for (let run = 0; run < RUNS; run++) {
  withComparisons.push(time(() => buildReport(compared, { clauses: allClauses })));
  withPreviousSheet.push(time(() => buildReport(grid, { clauses: allClauses, previousPeriod: compared })));
}
const report = buildReport(grid);
console.log(`engine on ${INDICATORS} indicators (${grid.cells.length} grid rows), median of ${RUNS} runs:`);
const fmt = (values: number[]): string =>
  `${formatDecimal(median(values), 1)} ms (min ${formatDecimal(Math.min(...values), 1)} ms)`;
console.log(`  analyzeSheet:                      ${fmt(analyse)}`);
console.log(`  buildReport (table + narrative):   ${fmt(total)}  (aim < 100 ms)`);
console.log(`  buildReport with comparisons:      ${fmt(withComparisons)}  (aim < 100 ms)`);
console.log(`  buildReport with a previous sheet: ${fmt(withPreviousSheet)}  (two sheets read)`);
console.log(
  `  paragraphs: ${report.paragraphs.length}, table rows: ${report.table.rows.length}, warnings: ${report.warnings.length}`,
);
