// The command line's time and peak memory on .xlsx sheets of 10,000, 50,000 and 200,000 indicator rows
// (read -> report -> --out), and on a 7 KB sheet whose only far cell is one space in XFD1048576 (time and
// memory follow the cells holding data, not the sheet's extent). Each run is its own Node process
// (scripts/benchCliRun.ts), so that its peak resident memory (maxRSS) is its own. Prints figures, asserts
// nothing (aims: 200,000 rows under 1.5 GB; time per row about the same at every size).
import { spawnSync } from "node:child_process";
import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { formatDecimal } from "../../src/core/decimal";

const SIZES = [10_000, 50_000, 200_000];

/** An indicator sheet of `rows` rows (title, header, 万元 figures in "0.00" cells), written by streaming. */
async function makeSheet(file: string, rows: number, farSpace = false): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  const sheet = book.addWorksheet("指标");
  sheet.getRow(1).values = ["2024年1-9月主要经济指标完成情况表"];
  sheet.getRow(3).values = ["指标名称", "计量单位", "1-9月", "上年同期", "同比增长(%)", "全年目标"];
  for (let i = 0; i < rows; i += 1) {
    const current = 1000 + ((i * 7919) % 5000) / 3;
    const previous = current / (1 + (((i * 31) % 41) - 10) / 100);
    const row = sheet.getRow(4 + i);
    row.values = [i % 5 === 0 ? `指标${i + 1}` : `其中:分项${i + 1}`, "万元", current, previous, null, current * 1.3];
    row.getCell(3).numFmt = "0.00";
    row.getCell(4).numFmt = "0.00";
    row.commit();
  }
  if (farSpace) sheet.getCell("XFD1048576").value = " ";
  sheet.commit();
  await book.commit();
}

interface RunFigures {
  readonly ms: number;
  readonly maxRssMb: number;
  readonly exit: number;
}

function runOnce(input: string, out: string): RunFigures {
  const child = spawnSync(process.execPath, ["--import", "tsx", "scripts/benchCliRun.ts", input, out], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const line = child.stdout.trim().split("\n").pop() ?? "";
  try {
    return JSON.parse(line) as RunFigures;
  } catch {
    throw new Error(`bench run failed: ${child.stderr.slice(-2000)}`);
  }
}

const kb = (bytes: number): string => `${formatDecimal(bytes / 1024, 0)} KB`;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "tongji-bench-"));
  console.log("rows          input      time   per 1000 rows   peak memory (maxRSS)   exit");
  const cases: { label: string; rows: number; farSpace: boolean }[] = [
    ...SIZES.map((rows) => ({ label: rows.toLocaleString("en-US"), rows, farSpace: false })),
    { label: "XFD1048576", rows: 10, farSpace: true },
  ];
  for (const { label, rows, farSpace } of cases) {
    const input = join(dir, `${label}.xlsx`);
    await makeSheet(input, rows, farSpace);
    const runs = rows <= 10_000 ? 3 : 1;
    const figures: RunFigures[] = [];
    for (let i = 0; i < runs; i += 1) figures.push(runOnce(input, join(dir, `${label}_汇总.xlsx`)));
    const best = figures.reduce((a, b) => (b.ms < a.ms ? b : a));
    const peak = Math.max(...figures.map((f) => f.maxRssMb));
    console.log(
      `${label.padEnd(10)} ${kb(statSync(input).size).padStart(9)} ${`${formatDecimal(best.ms / 1000, 2)} s`.padStart(9)} ` +
        `${(farSpace ? "—" : `${formatDecimal((best.ms / rows) * 1000, 0)} ms`).padStart(15)} ${`${formatDecimal(peak, 0)} MB`.padStart(22)}   ${best.exit}`,
    );
  }
}

void main();
