// The command line's total time on a 10,000-row .xlsx (read → report → write --out) against the floor:
// ExcelJS alone reading and writing the same file. Prints figures, asserts nothing.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import type { BuildReport } from "../../src/cli/runCli";
import { runCli } from "../../src/cli/runCli";
import { readSheetGrid } from "../../src/workbook/xlsx/readSheetGrid";

const ROWS = 10_000;

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

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "tongji-bench-"));
  const input = join(dir, "input.xlsx");
  await makeSheet(input);

  const [, floor] = await timed(async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(input);
    await book.xlsx.writeFile(join(dir, "floor.xlsx"));
  });
  const [grid, readMs] = await timed(async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(input);
    const sheet = book.getWorksheet("指标");
    if (sheet === undefined) throw new Error("sheet lost");
    return readSheetGrid(sheet);
  });
  console.log(`ExcelJS read + write (floor): ${floor.toFixed(0)} ms`);
  console.log(`read into grid (ExcelJS + numfmt text): ${readMs.toFixed(0)} ms`);

  let engine: BuildReport | undefined;
  try {
    const specifier = "../../src/report/buildReport";
    engine = ((await import(specifier)) as { buildReport?: BuildReport }).buildReport;
  } catch {
    engine = undefined;
  }
  if (engine === undefined) {
    console.log("report engine (src/report/buildReport) not present: CLI total not measured");
    return;
  }
  const buildReport = engine;
  const [, engineMs] = await timed(() => Promise.resolve(buildReport(grid, {})));
  const quiet = { stdout: () => undefined, stderr: () => undefined, stderrIsTty: false };
  const [code, total] = await timed(() => runCli([input, "--out", join(dir, "out.xlsx")], quiet, buildReport));
  console.log(`CLI total (read → report → write --out), exit ${code}: ${total.toFixed(0)} ms`);
  console.log(`ratio CLI / floor: ${(total / floor).toFixed(2)} (aim < 1.3)`);
  console.log(`engine share: ${engineMs.toFixed(0)} ms (${((engineMs / total) * 100).toFixed(1)}%)`);
}

void main();
