// The offline web page (dist/web/统计助手.html): its size gzipped; the time from navigation start to an
// interactive page (the file input in place), and from picking a 10,000-row .xlsx to its preview, in
// headless Debian Chromium over file://; medians of several runs, each in a new context. For a 50,000-row
// sheet, the longest task the page's main thread runs between picking it and its preview (PerformanceObserver
// "longtask").
// Needs a production build (npm run build). Prints figures; asserts nothing (aims: < 1.5 MB gzipped,
// interactive < 1 s, preview < 2 s).
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import ExcelJS from "exceljs";
import { chromium } from "playwright-core";
import { formatDecimal } from "../../src/core/decimal";
import { CHROMIUM_OPTIONS, DIST } from "../../test/e2e/paneHarness";
import { bigXlsx } from "../../test/e2e/webFixtures";

const PAGE = join(DIST, "web/统计助手.html");
const ROWS = 10_000;
const RUNS = 5;
const BIG_ROWS = 50_000;

/** Records the page's long tasks (over 50 ms on the main thread) from the start. */
const LONG_TASK_PROBE = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: "longtask", buffered: true });
})();`;

/** Records when the page is interactive: the file input exists (React has mounted the page). */
const INTERACTIVE_PROBE = `(() => {
  const check = () => {
    if (document.getElementById("tj-file-input") !== null) {
      window.__interactiveAt = performance.now();
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

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

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (value: number): string => `${formatDecimal(value, 0)} ms`;

async function main(): Promise<void> {
  if (!existsSync(PAGE)) {
    console.log("dist/web/统计助手.html is missing: run `npm run build` first");
    process.exitCode = 1;
    return;
  }
  const html = readFileSync(PAGE);
  console.log(
    `page size: ${formatDecimal(html.length / 1024 / 1024, 2)} MB, gzipped ${formatDecimal(gzipSync(html, { level: 9 }).length / 1024 / 1024, 2)} MB (aim < 1.5 MB)`,
  );

  const input = join(mkdtempSync(join(tmpdir(), "tongji-bench-web-")), "10000行.xlsx");
  await makeSheet(input);
  const browser = await chromium.launch(CHROMIUM_OPTIONS);
  const interactive: number[] = [];
  const previews: number[] = [];
  try {
    for (let run = 0; run <= RUNS; run += 1) {
      const context = await browser.newContext({ viewport: { width: 900, height: 1000 } });
      await context.addInitScript({ content: INTERACTIVE_PROBE });
      const page = await context.newPage();
      await page.goto(pathToFileURL(PAGE).href);
      await page.waitForFunction(
        () => (window as unknown as { __interactiveAt?: number }).__interactiveAt !== undefined,
      );
      const at = await page.evaluate(() => (window as unknown as { __interactiveAt: number }).__interactiveAt);
      await page.evaluate(() => {
        (window as unknown as { __pickedAt: number }).__pickedAt = performance.now();
      });
      await page.getByLabel("选择指标表文件").setInputFiles(input);
      await page.waitForFunction(() => document.querySelector("[aria-live=polite] p") !== null, undefined, {
        timeout: 120_000,
        polling: "raf",
      });
      const preview = await page.evaluate(
        () => performance.now() - (window as unknown as { __pickedAt: number }).__pickedAt,
      );
      // The first run warms the disk cache and is not counted.
      if (run > 0) {
        interactive.push(at);
        previews.push(preview);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  // The 50,000-row sheet: the longest task the page's main thread ran from picking it to its preview.
  const big = join(mkdtempSync(join(tmpdir(), "tongji-bench-web-")), "五万行.xlsx");
  await bigXlsx(big, BIG_ROWS);
  const longBrowser = await chromium.launch(CHROMIUM_OPTIONS);
  try {
    const context = await longBrowser.newContext({ viewport: { width: 900, height: 1000 } });
    await context.addInitScript({ content: LONG_TASK_PROBE });
    const page = await context.newPage();
    await page.goto(pathToFileURL(PAGE).href);
    await page.getByLabel("选择指标表文件").waitFor();
    await page.evaluate(() => {
      (window as unknown as { __longTasks: number[] }).__longTasks.length = 0;
    });
    await page.getByLabel("选择指标表文件").setInputFiles(big);
    await page.waitForFunction(() => document.querySelector("[aria-live=polite] p") !== null, undefined, {
      timeout: 300_000,
      polling: 100,
    });
    const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    console.log(
      `picking a ${BIG_ROWS.toLocaleString("en")}-row .xlsx → preview: longest main-thread task ${ms(Math.max(0, ...tasks))}, ${tasks.length} tasks over 50 ms`,
    );
    await context.close();
  } finally {
    await longBrowser.close();
  }
  console.log(`navigation start → interactive page: median ${ms(median(interactive))} (aim < 1 s)`);
  console.log(`picking a ${ROWS.toLocaleString("en")}-row .xlsx → preview: median ${ms(median(previews))} (aim < 2 s)`);
}

void main();
