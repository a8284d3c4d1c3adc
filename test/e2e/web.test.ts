import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { buildReport } from "../../src/report/buildReport";
import { computeReport } from "../../src/taskpane/computeReport";
import { DEFAULT_PANE_SETTINGS } from "../../src/taskpane/defaultPaneSettings";
import { readWorkbookBytes } from "../../src/workbook/readWorkbookBytes";
import { isToolOutput } from "../../src/cli/safeOutput";
import { runTongji } from "../cli/runTongji";
import { mammothLines } from "../summary/wordReaders";
import {
  august,
  SEPTEMBER_ALONE,
  SEPTEMBER_VERSUS_AUGUST,
  september,
  UNMATCHED_WARNING,
} from "../fixtures/periodSheets";
import { writeFixtureBook } from "../cli/fixtureWorkbook";
import { screenshotAtRest, seriousViolations, waitAtRest } from "./pageChecks";
import { CHROMIUM_OPTIONS, DIST, ROOT } from "./paneHarness";
import { LATEST_SHEET, bigXlsx, emptyAndNotes, encryptedXlsx, writeFixtures } from "./webFixtures";

/**
 * End to end in Debian's Chromium: the BUILT web page (dist/web/统计助手.html, from `npm run build`)
 * opened from disk (file://), a file picked as a user would. Every request the page makes is recorded:
 * anything but the page itself, blob: and data: URLs fails the test.
 */

const PAGE = join(DIST, "web/统计助手.html");
const SCREENSHOTS = join(ROOT, "test/output/screenshots");

let browser: Browser;
let dir: string;
let files: Awaited<ReturnType<typeof writeFixtures>>;

beforeAll(async () => {
  if (!existsSync(PAGE))
    throw new Error("dist/web/统计助手.html is missing: run `npm run build` before the browser test");
  dir = await mkdtemp(join(tmpdir(), "tongji-web-"));
  [browser, files] = await Promise.all([chromium.launch(CHROMIUM_OPTIONS), writeFixtures(dir)]);
  await mkdir(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

interface WebSession {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Requests that would have left the page. */
  readonly leaks: string[];
  readonly pageErrors: string[];
}

async function openPage(theme: "light" | "dark" = "light"): Promise<WebSession> {
  const context = await browser.newContext({
    viewport: { width: 900, height: 1000 },
    locale: "zh-CN",
    colorScheme: theme,
    acceptDownloads: true,
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const leaks: string[] = [];
  const pageErrors: string[] = [];
  context.on("request", (request) => {
    const url = request.url();
    if (!(url.startsWith("file:") || url.startsWith("blob:") || url.startsWith("data:"))) leaks.push(url);
  });
  await context.route(/^https?:/, (route) => route.abort("blockedbyclient"));
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(pathToFileURL(PAGE).href);
  return { context, page, leaks, pageErrors };
}

async function closePage(session: WebSession): Promise<void> {
  expect(session.leaks).toEqual([]);
  expect(session.pageErrors).toEqual([]);
  await session.context.close();
}

async function pick(page: Page, file: string): Promise<void> {
  await page.getByLabel("选择指标表文件").setInputFiles(file);
}

async function preview(page: Page): Promise<string[]> {
  const region = page.getByRole("region", { name: "文字预览" });
  await region.locator("p").first().waitFor({ timeout: 60000 });
  return region.locator("p").allTextContents();
}

/**
 * The paragraphs the command line prints for the same file and sheet; `compared`: with the sheet of the
 * period before (--previous-sheet auto), as the page compares by default when the file has one.
 */
async function cliParagraphs(file: string, sheet: string, compared = false): Promise<string[]> {
  const result = await runTongji([file, "--json", "--sheet", sheet, ...(compared ? ["--previous-sheet", "auto"] : [])]);
  expect(result.code).toBe(0);
  return (JSON.parse(result.out) as { paragraphs: string[] }).paragraphs;
}

/** Waits for the alert titled `title` that says `text`; fails with the alerts shown instead. */
async function expectAlert(page: Page, title: string, text: string): Promise<void> {
  const alert = page.getByRole("alert").filter({ hasText: title }).filter({ hasText: text });
  try {
    await alert.waitFor({ timeout: 30000 });
  } catch {
    throw new Error(
      `no alert “${title}” saying “${text}”; shown: ${(await page.getByRole("alert").allTextContents()).join(" | ")}`,
    );
  }
}

test.each(["xlsx", "xls", "ods", "csv"] as const)(
  "a .%s file: the sheets listed (indicator sheets first, the latest selected), the preview is the command line's",
  async (format) => {
    const session = await openPage();
    const { page } = session;
    try {
      await pick(page, files[format]);
      const paragraphs = await preview(page);
      const select = page.getByRole("combobox", { name: "工作表" });
      const options = await select.locator("option").allTextContents();
      if (format === "csv") {
        expect(options).toEqual(["指标表(2024年1-9月)"]);
        expect(paragraphs).toEqual(await cliParagraphs(files.csv, "指标表"));
      } else {
        expect(options).toEqual(["1-6月指标(2024年1-6月)", "1-9月指标(2024年1-9月)", "说明(未找到指标表)"]);
        expect(await select.inputValue()).toBe(LATEST_SHEET);
        expect(paragraphs).toEqual(await cliParagraphs(files[format], LATEST_SHEET, true));
        await select.selectOption("1-6月指标");
        await page
          .getByRole("region", { name: "文字预览" })
          .getByText(/^1-6月,/)
          .first()
          .waitFor();
        expect(await preview(page)).toEqual(await cliParagraphs(files[format], "1-6月指标"));
      }
      expect(paragraphs.length).toBeGreaterThan(0);
    } finally {
      await closePage(session);
    }
  },
);

test("a file dropped on the page is read like a picked one", async () => {
  const session = await openPage();
  const { page } = session;
  try {
    const bytes = [...(await readFile(files.csv))];
    const transfer = await page.evaluateHandle((content) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(content)], "拖入的指标表.csv", { type: "text/csv" }));
      return data;
    }, bytes);
    const zone = page.getByText("也可以把文件拖到这里", { exact: false });
    await zone.dispatchEvent("dragover", { dataTransfer: transfer });
    await zone.dispatchEvent("drop", { dataTransfer: transfer });
    expect(await preview(page)).toEqual(await cliParagraphs(files.csv, "指标表"));
    expect(await page.getByRole("combobox", { name: "工作表" }).locator("option").allTextContents()).toEqual([
      "拖入的指标表(2024年1-9月)",
    ]);
  } finally {
    await closePage(session);
  }
});

test("与上期比较: a workbook of 1-8月 and 1-9月 compares with 1-8月 by default; another choice or 不比较 is kept for the file", async () => {
  const file = join(dir, "月报.xlsx");
  await writeFixtureBook([august, september], file);
  const session = await openPage();
  const { page } = session;
  try {
    await pick(page, file);
    expect(await preview(page)).toEqual([SEPTEMBER_VERSUS_AUGUST]);
    const choice = page.getByRole("combobox", { name: "与上期比较" });
    expect(await choice.locator("option").allTextContents()).toEqual(["不比较", "1-8月"]);
    expect(await choice.inputValue()).toBe("1-8月");
    await page
      .getByRole("region", { name: /^需要核对/ })
      .getByText(UNMATCHED_WARNING.replace(/^第2行:/, ""), { exact: false })
      .waitFor();
    expect(await page.getByRole("combobox", { name: "工作表" }).inputValue()).toBe("1-9月");

    await choice.selectOption("");
    await page.getByRole("region", { name: "文字预览" }).getByText(SEPTEMBER_ALONE).waitFor();
    await waitAtRest(page);
    expect(await seriousViolations(page)).toEqual([]);

    // The same file in a new page: 不比较 was kept for it.
    const again = await session.context.newPage();
    await again.goto(pathToFileURL(PAGE).href);
    await pick(again, file);
    expect(await preview(again)).toEqual([SEPTEMBER_ALONE]);
    expect(await again.getByRole("combobox", { name: "与上期比较" }).inputValue()).toBe("");
    await again.close();
  } finally {
    await closePage(session);
  }
});

/** The text cells of a sheet, in order. */
function texts(sheet: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === "string" && out.push(cell.value))));
  return out;
}

test("change a column role, download the summary (values, then live formulas), copy the text; settings kept per file", async () => {
  const session = await openPage();
  const { page } = session;
  try {
    await pick(page, files.xlsx);
    const detected = await preview(page);
    expect(detected.join("")).toContain("完成全年目标");

    // The target column no longer used: the preview is the engine's for that layout.
    const grids = await readWorkbookBytes("指标表.xlsx", new Uint8Array(await readFile(files.xlsx)));
    const grid = grids.find((sheet) => sheet.sheetName === LATEST_SHEET);
    // Compared with the 1-6月 sheet, as the page does by default.
    const earlier = grids.find((sheet) => sheet.sheetName === "1-6月指标");
    const layout = buildReport(grid!, {}).analysis.layout;
    const withoutTarget = computeReport(grid!, { ...DEFAULT_PANE_SETTINGS, previousPeriod: earlier! }, {
      headerRow: layout.headerRow,
      columns: { ...layout.columns, target: undefined },
    } as never);
    if (!("report" in withoutTarget)) throw new Error("the engine read no report");
    const role = page.getByRole("combobox", { name: "F列 全年目标" });
    await role.click();
    await page.getByRole("option", { name: "不使用" }).click();
    await page.getByRole("region", { name: "文字预览" }).getByText(withoutTarget.report.paragraphs[0]!).waitFor();
    expect(await preview(page)).toEqual(withoutTarget.report.paragraphs);

    // 下载汇总表, values.
    const [values] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下载汇总表" }).click(),
    ]);
    expect(values.suggestedFilename()).toBe("指标表_汇总.xlsx");
    await page.getByText("已下载汇总表“指标表_汇总.xlsx”").waitFor();
    const valuesBook = new ExcelJS.Workbook();
    await valuesBook.xlsx.load((await readFile(await values.path())) as unknown as ArrayBuffer);
    expect(valuesBook.worksheets.map((sheet) => sheet.name)).toEqual(["指标汇总"]);
    expect(texts(valuesBook.worksheets[0]!)).toEqual(expect.arrayContaining(withoutTarget.report.paragraphs));
    // The download carries the tool's mark: the command line replaces it as one of its own files.
    const downloaded = join(dir, "下载的指标表_汇总.xlsx");
    await values.saveAs(downloaded);
    expect(await isToolOutput(downloaded)).toBe(true);
    const replaced = await runTongji([files.xlsx, "--sheet", LATEST_SHEET, "--out", downloaded]);
    expect(replaced.code).toBe(0);
    const replacedBook = new ExcelJS.Workbook();
    await replacedBook.xlsx.load((await readFile(downloaded)) as unknown as ArrayBuffer);
    expect(texts(replacedBook.worksheets[0]!)).toEqual(
      expect.arrayContaining(await cliParagraphs(files.xlsx, LATEST_SHEET)),
    );

    // Live formulas: the source sheet is copied and the figures refer to it.
    await page.getByRole("radio", { name: "公式(引用原表,数据变化时自动重算)" }).check();
    const [formulas] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下载汇总表" }).click(),
    ]);
    const formulasBook = new ExcelJS.Workbook();
    await formulasBook.xlsx.load((await readFile(await formulas.path())) as unknown as ArrayBuffer);
    expect(formulasBook.worksheets.map((sheet) => sheet.name)).toEqual(["指标汇总", LATEST_SHEET]);
    const refs: string[] = [];
    formulasBook.worksheets[0]!.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as { formula?: string } | null;
        if (value !== null && typeof value === "object" && typeof value.formula === "string") refs.push(value.formula);
      }),
    );
    expect(refs.length).toBeGreaterThan(10);
    expect(refs.filter((formula) => formula.includes(`'${LATEST_SHEET}'!`)).length).toBeGreaterThan(10);
    expect(formulasBook.getWorksheet(LATEST_SHEET)!.getCell("C5").value).toBe(375.72);

    // 复制文字.
    await page.getByRole("button", { name: "复制文字" }).click();
    await page.getByText("文字已复制").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(withoutTarget.report.paragraphs.join("\n"));

    // The same file picked again in a new page: the settings stored for its name come back.
    const again = await session.context.newPage();
    await again.goto(pathToFileURL(PAGE).href);
    await pick(again, files.xlsx);
    await preview(again);
    expect(await again.getByRole("radio", { name: "公式(引用原表,数据变化时自动重算)" }).isChecked()).toBe(true);
    await again.close();
  } finally {
    await closePage(session);
  }
});

test("下载Word报告: the registry's Word report, rendered in the worker, holds the preview's paragraphs", async () => {
  const session = await openPage();
  const { page } = session;
  try {
    await pick(page, files.xls);
    const paragraphs = await preview(page);
    const [report] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下载Word报告" }).click(),
    ]);
    expect(report.suggestedFilename()).toBe("指标表_报告.docx");
    await page.getByText("已导出 Word 报告“指标表_报告.docx”").waitFor();
    const file = join(dir, "下载的报告.docx");
    await report.saveAs(file);
    const lines = await mammothLines(file);
    // The title, the period line, then the paragraphs exactly as the preview shows them, then the table.
    expect(lines.slice(1, 2 + paragraphs.length)).toEqual(["统计期:1-9月", ...paragraphs]);
    expect(lines[2 + paragraphs.length]).toMatch(/^表1 /);
    expect(await isToolOutput(file)).toBe(true);
  } finally {
    await closePage(session);
  }
});

test.each(["light", "dark"] as const)("%s: axe clean at rest, with a screenshot", async (theme) => {
  const session = await openPage(theme);
  const { page } = session;
  try {
    expect(await seriousViolations(page)).toEqual([]);
    await pick(page, files.xlsx);
    await preview(page);
    await page.getByRole("list", { name: "指标结构" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const shot = join(SCREENSHOTS, `web-${theme}.png`);
    await screenshotAtRest(page, shot);
    // The docs' picture is refreshed on request only, so a test run never dirties a tracked file.
    if (process.env.UPDATE_SCREENSHOTS && theme === "light") await copyFile(shot, join(ROOT, "docs/web.png"));
  } finally {
    await closePage(session);
  }
});

test("bad input: clear Chinese messages, and the page keeps working", async () => {
  const session = await openPage();
  const { page } = session;
  const { empty, notes } = await emptyAndNotes(dir);
  const damaged = join(dir, "损坏.xlsx");
  await writeFile(damaged, (await readFile(files.xlsx)).subarray(0, 2000));
  const locked = join(dir, "加密.xlsx");
  await writeFile(locked, encryptedXlsx());
  const pdf = join(dir, "报告.pdf");
  await writeFile(pdf, "%PDF-1.4\n");
  // Past the command line's limit of 300,000 rows holding data.
  const huge = join(dir, "明细.csv");
  await writeFile(huge, `指标名称,本期\n${"1,2\n".repeat(300_001)}`);
  try {
    await pick(page, locked);
    await expectAlert(
      page,
      "无法读取文件",
      "“加密.xlsx”设有打开密码,统计助手无法读取:请在 Excel 或 WPS 中打开它,取消打开密码",
    );
    await pick(page, damaged);
    await expectAlert(
      page,
      "无法读取文件",
      "“损坏.xlsx”已损坏或不是有效的 Excel 文件,无法读取:请在 Excel 或 WPS 中打开它并“另存为” .xlsx 后再试",
    );
    await pick(page, pdf);
    await expectAlert(
      page,
      "无法读取文件",
      "不能读取“报告.pdf”:统计助手读取 .xlsx、.xlsm、.xls、.et、.ods 和 .csv 文件",
    );
    await pick(page, huge);
    await expectAlert(
      page,
      "无法读取文件",
      "“明细.csv”:工作表“明细”有数据的行超过30万行,超出统计助手能处理的上限(每个工作表30万行、500万个有数据的单元格):" +
        "请把指标表拆成几个文件后分别选择;如果这个工作表不是指标表,请在 Excel 或 WPS 中把指标表另存为单独的文件后再选择",
    );
    await pick(page, empty);
    await expectAlert(page, "没有识别出指标表", "工作表“Sheet1”是空的");
    await pick(page, notes);
    await expectAlert(page, "没有识别出指标表", "找不到指标表的表头");
    // A good file after all that: read and previewed.
    await pick(page, files.xlsx);
    expect(await preview(page)).toEqual(await cliParagraphs(files.xlsx, LATEST_SHEET, true));
    await expect(page.getByRole("alert").count()).resolves.toBe(0);
  } finally {
    await closePage(session);
  }
});

test("a 50,000-row file: read in the worker with a progress bar, then previewed", async () => {
  const big = join(dir, "五万行.xlsx");
  await bigXlsx(big, 50_000);
  const session = await openPage();
  const { page } = session;
  try {
    await pick(page, big);
    await page.getByRole("progressbar", { name: "正在读取文件" }).waitFor();
    const paragraphs = await preview(page);
    // Compared by its start and length only: the paragraph names every one of the 50,000 rows.
    expect(paragraphs[0]?.startsWith("1-9月,指标1为1000万元,同比增长11.1%;指标2为1001万元,")).toBe(true);
    expect(paragraphs[0]?.endsWith("指标50000为1172万元,同比下降31.3%。")).toBe(true);
    expect(await page.getByRole("combobox", { name: "工作表" }).inputValue()).toBe("1-9月指标");
  } finally {
    await closePage(session);
  }
}, 180_000);
