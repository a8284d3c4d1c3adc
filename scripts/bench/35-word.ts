// The Word report of a 10,000-indicator sheet: the time to render it (summary document -> .docx bytes)
// and the command line's total with --docx (read -> report -> document -> Word report written). Runs
// after a warm-up; medians and minimums in ms. Prints figures, asserts nothing.
import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { parseArgs } from "../../src/cli/parseArgs";
import { reportFile, runCli } from "../../src/cli/runCli";
import { renderDocx } from "../../src/output/docx/renderDocx";
import { buildSummaryDocument } from "../../src/output/summaryDocument";
import { buildReport } from "../../src/report/buildReport";
import { formatDecimal } from "../../src/core/decimal";

const ROWS = 10_000;
const RUNS = 3;

/** The 10,000-row sheet of the command-line bench (title, header, 万元 figures in "0.00" cells). */
async function makeSheet(file: string): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  const sheet = book.addWorksheet("指标");
  sheet.getRow(1).values = ["2024年1-9月主要经济指标完成情况表"];
  sheet.getRow(3).values = ["指标名称", "计量单位", "1-9月", "上年同期", "同比增长(%)", "全年目标"];
  for (let i = 0; i < ROWS; i += 1) {
    const current = 1000 + ((i * 7919) % 5000) / 3;
    const previous = current / (1 + (((i * 31) % 41) - 10) / 100);
    const row = sheet.getRow(4 + i);
    row.values = [i % 5 === 0 ? `指标${i + 1}` : `其中:分项${i + 1}`, "万元", current, previous, null, current * 1.3];
    row.getCell(3).numFmt = "0.00";
    row.getCell(4).numFmt = "0.00";
    row.commit();
  }
  sheet.commit();
  await book.commit();
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (value: number): string => `${Math.round(value)} ms`.padStart(9);

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "tongji-bench-word-"));
  const input = join(dir, "input.xlsx");
  await makeSheet(input);
  const quiet = { stdout: () => undefined, stderr: () => undefined, stderrIsTty: false };
  const out = join(dir, "报告.docx");
  const cli = () => runCli([input, "--docx", out], quiet, buildReport);
  await cli(); // warm-up, and the document to render below
  const renders: number[] = [];
  const totals: number[] = [];
  let bytes = 0;
  // The document of the same sheet, from the command line's own reading.
  const { report } = await reportFile(input, parseArgs([input]), buildReport);
  const document = buildSummaryDocument(report);
  for (let run = 0; run < RUNS; run += 1) {
    renders.push(await timed(async () => (bytes = (await renderDocx(document)).length)));
    totals.push(await timed(cli));
  }
  console.log(`${ROWS} indicator rows, ${RUNS} runs after a warm-up (median / min):`);
  console.log(`  render the Word report (document -> .docx):   ${ms(median(renders))} / ${ms(Math.min(...renders))}`);
  console.log(`  CLI total with --docx (read -> report -> .docx): ${ms(median(totals))} / ${ms(Math.min(...totals))}`);
  console.log(
    `  report size: ${formatDecimal(bytes / 1024, 0)} KB (file ${formatDecimal(statSync(out).size / 1024, 0)} KB)`,
  );
}

void main();
