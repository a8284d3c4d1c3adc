// The command line's total time on a 10,000-row .xlsx (read → report → write --out) against the floor:
// ExcelJS alone reading and writing the same file. Both are warmed up, then run in turn several times
// (so that load from other processes falls on both alike); medians and minimums in ms. Prints figures,
// asserts nothing (aim: ratio < 1.3).
import { mkdtempSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/runCli";
import { formatDecimal } from "../../src/core/decimal";
import { buildReport } from "../../src/report/buildReport";
import { readSheetGrid } from "../../src/workbook/xlsx/readSheetGrid";
import { buildSummaryDocument } from "../../src/output/summaryDocument";
import { renderSummaryWorkbook } from "../../src/workbook/xlsx/writeSummaryWorkbook";

const ROWS = 10_000;
const RUNS = 7;

async function makeSheet(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("指标");
  sheet.getCell("A1").value = "2024年1-9月主要经济指标完成情况表";
  sheet.getRow(3).values = ["指标名称", "计量单位", "1-9月", "上年同期", "同比增长(%)"];
  for (let i = 0; i < ROWS; i += 1) {
    const current = 1000 + ((i * 7919) % 5000) / 3;
    const previous = current / (1 + (((i * 31) % 41) - 10) / 100);
    const row = sheet.getRow(4 + i);
    row.values = [`指标${i + 1}`, "万元", current, previous, null];
    row.getCell(3).numFmt = "0.00";
    row.getCell(4).numFmt = "0.00";
  }
  await book.xlsx.writeFile(file);
}

async function timed<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const min = (values: number[]): number => Math.min(...values);
const ms = (value: number): string => `${Math.round(value)} ms`.padStart(8);

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "tongji-bench-"));
  const input = join(dir, "input.xlsx");
  await makeSheet(input);
  const quiet = { stdout: () => undefined, stderr: () => undefined, stderrIsTty: false };

  const floor = async (): Promise<void> => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(input);
    await book.xlsx.writeFile(join(dir, "floor.xlsx"));
  };
  const cli = async (): Promise<number> => runCli([input, "--out", join(dir, "out.xlsx")], quiet, buildReport);
  await floor(); // warm-up of both paths
  await cli();

  const floors: number[] = [];
  const totals: number[] = [];
  const parts = {
    read: [] as number[],
    grid: [] as number[],
    engine: [] as number[],
    document: [] as number[],
    write: [] as number[],
  };
  let code = 0;
  for (let run = 0; run < RUNS; run++) {
    floors.push((await timed(floor))[1]);
    const [exit, total] = await timed(cli);
    code ||= exit;
    totals.push(total);
    // The same steps one by one, to see where the time goes.
    const [book, read] = await timed(async () => new ExcelJS.Workbook().xlsx.readFile(input));
    const sheet = book.getWorksheet("指标");
    if (sheet === undefined) throw new Error("sheet lost");
    const [grid, gridMs] = await timed(() => readSheetGrid(sheet));
    const [report, engine] = await timed(() => buildReport(grid, {}));
    const [document, build] = await timed(() => buildSummaryDocument(report));
    const [, write] = await timed(async () =>
      writeFile(join(dir, "parts.xlsx"), await renderSummaryWorkbook(document)),
    );
    parts.read.push(read);
    parts.grid.push(gridMs);
    parts.engine.push(engine);
    parts.document.push(build);
    parts.write.push(write);
  }
  console.log(`${ROWS} indicator rows, ${RUNS} runs after a warm-up (median / min):`);
  console.log(`  ExcelJS read + write (floor):        ${ms(median(floors))} / ${ms(min(floors))}`);
  console.log(`  CLI total (read → report → --out):   ${ms(median(totals))} / ${ms(min(totals))}   exit ${code}`);
  console.log(`    ExcelJS read:                      ${ms(median(parts.read))}`);
  console.log(`    grid (numfmt display text):        ${ms(median(parts.grid))}`);
  console.log(`    engine (table + narrative):        ${ms(median(parts.engine))}`);
  console.log(`    summary document (cell texts):     ${ms(median(parts.document))}`);
  console.log(`    write summary workbook:            ${ms(median(parts.write))}`);
  console.log(
    `  ratio CLI / floor: ${formatDecimal(median(totals) / median(floors), 2)} (medians), ${formatDecimal(min(totals) / min(floors), 2)} (minimums); aim < 1.3`,
  );
}

void main();
