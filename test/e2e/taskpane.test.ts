import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { OUTSIDE_EXCEL_MESSAGE } from "../../src/taskpane/startPane";
import { e2eSheet } from "./e2eSheet";
import {
  CHROMIUM_OPTIONS,
  DIST,
  OFFICE_TELEMETRY,
  ROOT,
  bundleFakeHost,
  openPane,
  serveDist,
  waitInteractive,
} from "./paneHarness";
import { expectFocus, screenshotAtRest, seriousViolations } from "./pageChecks";
import { mammothLines } from "../summary/wordReaders";

/**
 * End to end in Debian's Chromium: the BUILT task pane (dist/, from `npm run build`) served on 127.0.0.1,
 * office.js from the installed @microsoft/office-js in place of the CDN, the fake Excel host with the
 * sheet of e2eSheet.ts active. The user's path: open → detection → correct a column → preview →
 * 生成汇总表 → 复制文字.
 */

const SCREENSHOTS = join(ROOT, "test/output/screenshots");

const DETECTED =
  "1-9月,实现规上工业总产值128.6亿元,同比增长14.4%,其中战略性新兴产业产值52.3亿元,同比增长25.1%;完成固定资产投资45.2亿元,同比增长10.2%;实现一般公共预算收入9.85亿元,同比增长5.7%;完成实际利用外资8650万美元,同比下降5.2%。";
const WITH_TARGETS =
  "1-9月,实现规上工业总产值128.6亿元,同比增长14.4%,完成全年目标的75.6%,快于时序进度0.6个百分点,其中战略性新兴产业产值52.3亿元,同比增长25.1%;完成固定资产投资45.2亿元,同比增长10.2%,完成全年目标的75.3%,快于时序进度0.3个百分点;实现一般公共预算收入9.85亿元,同比增长5.7%,完成全年目标的75.8%,快于时序进度0.8个百分点;完成实际利用外资8650万美元,同比下降5.2%,完成全年目标的72.1%,慢于时序进度2.9个百分点。";

let browser: Browser;
let server: { origin: string; close: () => Promise<void> };
let fakeHost: string;

beforeAll(async () => {
  if (!existsSync(join(DIST, "taskpane.html"))) {
    throw new Error("dist/taskpane.html is missing: run `npm run build` before the browser test");
  }
  [server, fakeHost, browser] = await Promise.all([serveDist(), bundleFakeHost(), chromium.launch(CHROMIUM_OPTIONS)]);
  await mkdir(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type WorkbookView = { names: string[]; grids: Record<string, (string | number | boolean)[][]> };

/** The fake workbook's sheets as the page holds them. */
function workbookView(page: Page): Promise<WorkbookView> {
  return page.evaluate(() => {
    const workbook = (window as unknown as { __tongjiWorkbook: import("../fakes/fakeWorkbook").FakeWorkbook })
      .__tongjiWorkbook;
    const names = workbook.sheetNames();
    const grids: WorkbookView["grids"] = {};
    for (const name of names) grids[name] = workbook.sheet(name)!.grid();
    return { names, grids };
  });
}

function facts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const term of Array.from(document.querySelectorAll("dl dt"))) {
      out[term.textContent ?? ""] = term.nextElementSibling?.textContent ?? "";
    }
    return out;
  });
}

async function preview(page: Page): Promise<string[]> {
  return page.getByRole("region", { name: "文字预览" }).locator("p").allTextContents();
}

test("open → detection → correct a column → preview → 生成汇总表 → 复制文字", async () => {
  const session = await openPane(browser, server.origin, fakeHost, { theme: "light" });
  const { page } = session;
  try {
    await waitInteractive(page);
    const before = await workbookView(page);

    expect(await facts(page)).toEqual({
      工作表: "1-9月指标",
      表头: "第2行",
      期间: "1-9月(9个月)",
      指标: "5项,其中分项1项",
    });
    expect(await preview(page)).toEqual([DETECTED]);

    const target = page.getByRole("combobox", { name: "F列 考核数" });
    expect(await target.textContent()).toBe("不使用");
    await target.click();
    await page.getByRole("option", { name: "全年目标" }).click();
    await page.getByRole("region", { name: "文字预览" }).getByText(WITH_TARGETS).waitFor();
    expect(await preview(page)).toEqual([WITH_TARGETS]);
    expect(await target.textContent()).toBe("全年目标");

    expect(await seriousViolations(page)).toEqual([]);
    const light = join(SCREENSHOTS, "taskpane-light.png");
    await screenshotAtRest(page, light);
    // The README's picture is refreshed on request only, so a test run never dirties a tracked file.
    if (process.env.UPDATE_SCREENSHOTS) await copyFile(light, join(ROOT, "docs/taskpane.png"));

    await page.getByRole("button", { name: "生成汇总表" }).click();
    await page.getByText("已生成汇总表“指标汇总”").waitFor();
    const after = await workbookView(page);
    expect(after.names).toEqual(["说明", e2eSheet.sheetName, "指标汇总"]);
    expect(after.grids[e2eSheet.sheetName]).toEqual(before.grids[e2eSheet.sheetName]);
    const summary = after.grids["指标汇总"]!;
    const header = summary.find((row) => row[0] === "指标");
    expect(header).toEqual([
      "指标",
      "单位",
      "本期",
      "上年同期",
      "增减额",
      "增速(%)",
      "全年目标",
      "完成率(%)",
      "进度差(百分点)",
    ]);
    const industry = summary.find((row) => row[0] === "规上工业总产值")!;
    expect(industry.slice(0, 7)).toEqual(["规上工业总产值", "亿元", 128.6, 112.4, 16.2, 14.4, 170]);
    expect(summary.some((row) => row[0] === WITH_TARGETS)).toBe(true);

    await page.getByRole("button", { name: "复制文字" }).click();
    await page.getByText("文字已复制").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(WITH_TARGETS);

    expect(session.leaks).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    expect(session.officeFiles[0]).toBe("office.js");
  } finally {
    await session.context.close();
  }
});

test("导出 Word in Excel on the web: the report downloads, its paragraphs exactly the preview's", async () => {
  const session = await openPane(browser, server.origin, fakeHost, { theme: "light", platform: "OfficeOnline" });
  const { page } = session;
  try {
    await waitInteractive(page);
    const paragraphs = await preview(page);
    expect(paragraphs).toEqual([DETECTED]);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "导出 Word" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("1-9月指标_报告.docx");
    await page.getByText("已导出 Word 报告“1-9月指标_报告.docx”").waitFor();
    expect(await page.getByText("共5个指标、1段文字;请在浏览器的下载中查看。").count()).toBe(1);
    const file = join(await mkdtemp(join(tmpdir(), "tongji-pane-word-")), "报告.docx");
    await download.saveAs(file);
    const lines = await mammothLines(file);
    // The title, the period line, the paragraphs exactly as the preview shows them, then the table under its title.
    expect(lines.slice(0, 2 + paragraphs.length)).toEqual([
      "2024年1-9月开发区主要经济指标完成情况",
      "统计期:1-9月",
      ...paragraphs,
    ]);
    expect(lines[2 + paragraphs.length]).toBe("表1 2024年1-9月开发区主要经济指标完成情况");
    expect(lines).toContain("规上工业总产值");
    // The workbook is not touched.
    expect((await workbookView(page)).names).toEqual(["说明", e2eSheet.sheetName]);
    expect(session.leaks).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  } finally {
    await session.context.close();
  }
});

test("导出 Word where the pane cannot download (Excel for Windows): the pane says so in Chinese and 复制文字 copies the text", async () => {
  const session = await openPane(browser, server.origin, fakeHost, { theme: "light", platform: "PC" });
  const { page } = session;
  const downloads: string[] = [];
  page.on("download", (download) => downloads.push(download.suggestedFilename()));
  try {
    await waitInteractive(page);
    await page.getByRole("button", { name: "导出 Word" }).click();
    await page.getByText("这里不能下载 Word 文件").waitFor();
    expect(
      await page
        .getByText(
          "Excel 桌面版的任务窗格不能保存下载的文件。请点“复制文字”,再粘贴到 Word 中;在 Excel 网页版中打开这个工作簿,可以直接导出 Word 报告。",
        )
        .count(),
    ).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "复制文字" }).click();
    await page.getByText("文字已复制").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(DETECTED);
    expect(downloads).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  } finally {
    await session.context.close();
  }
});

function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement);
}

/** Presses `key` until `target` has the focus (at most `limit` presses): it is reachable by keyboard. */
async function tabTo(page: Page, key: "Tab" | "Shift+Tab", target: Locator, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${target.toString()} cannot be reached with ${key}`);
}

test("keyboard only: Tab to a column, choose its role with the arrow keys, generate with Enter, delete after a question", async () => {
  const session = await openPane(browser, server.origin, fakeHost, { theme: "light" });
  const { page } = session;
  try {
    await waitInteractive(page);
    await page.getByRole("button", { name: "重新识别" }).focus();
    await tabTo(page, "Tab", page.getByRole("combobox", { name: "F列 考核数" }));
    await page.keyboard.press("Enter");
    await page.getByRole("listbox").waitFor();
    // 不使用 → 指标名称 → 计量单位 → 本期 → 上年同期 → 同比增长(%) → 增减额 → 全年目标
    for (let i = 0; i < 7; i++) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.getByRole("region", { name: "文字预览" }).getByText(WITH_TARGETS).waitFor();
    await tabTo(page, "Shift+Tab", page.getByRole("button", { name: "生成汇总表" }));
    await page.keyboard.press("Enter");
    await page.getByText("已生成汇总表“指标汇总”").waitFor();
    expect((await workbookView(page)).names).toEqual(["说明", e2eSheet.sheetName, "指标汇总"]);

    // 删除生成的表 asks first; the question opens on 取消, Esc keeps everything and focus goes back.
    const remove = page.getByRole("button", { name: "删除生成的表" });
    await tabTo(page, "Tab", remove);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "删除生成的表?" });
    await dialog.waitFor();
    await expectFocus(dialog.getByRole("button", { name: "取消" }));
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotAtRest(page, join(SCREENSHOTS, "taskpane-dialog-light.png"));
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect((await workbookView(page)).names).toEqual(["说明", e2eSheet.sheetName, "指标汇总"]);
    await expectFocus(remove);
    await page.keyboard.press("Enter");
    await dialog.waitFor();
    await page.keyboard.press("Shift+Tab");
    await expectFocus(dialog.getByRole("button", { name: "删除", exact: true }));
    await page.keyboard.press("Enter");
    await page.getByText("已删除1张生成的表").waitFor();
    expect((await workbookView(page)).names).toEqual(["说明", e2eSheet.sheetName]);
  } finally {
    await session.context.close();
  }
});

test("dark Office theme: the pane and its delete question are dark, readable (axe) and nothing leaves the machine", async () => {
  const session = await openPane(browser, server.origin, fakeHost, { theme: "dark" });
  const { page } = session;
  try {
    await waitInteractive(page);
    const background = await page
      .getByRole("main", { name: "统计助手" })
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe("rgb(41, 41, 41)");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotAtRest(page, join(SCREENSHOTS, "taskpane-dark.png"));

    await page.getByRole("button", { name: "生成汇总表" }).click();
    await page.getByText("已生成汇总表“指标汇总”").waitFor();
    await page.getByRole("button", { name: "删除生成的表" }).click();
    const dialog = page.getByRole("dialog", { name: "删除生成的表?" });
    await expectFocus(dialog.getByRole("button", { name: "取消" }));
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotAtRest(page, join(SCREENSHOTS, "taskpane-dialog-dark.png"));

    // The same check fails on a real fault of the finished dialog: 取消's text dimmed to the surface's grey.
    await page.addStyleTag({ content: ".fui-DialogActions button { color: rgb(80, 80, 80) !important; }" });
    expect((await seriousViolations(page)).filter((v) => v.startsWith("color-contrast:"))).toHaveLength(1);
    expect(session.leaks).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  } finally {
    await session.context.close();
  }
});

test("a slow fade-in (animations at a tenth of their speed) is checked when finished, not halfway", async () => {
  const session = await openPane(browser, server.origin, fakeHost, { theme: "light" });
  const { page } = session;
  try {
    await waitInteractive(page);
    await page.getByRole("button", { name: "生成汇总表" }).click();
    await page.getByText("已生成汇总表“指标汇总”").waitFor();
    // A slow machine, made certain: Chromium's animation clock at a tenth of its speed.
    const devtools = await session.context.newCDPSession(page);
    await devtools.send("Animation.enable");
    await devtools.send("Animation.setPlaybackRate", { playbackRate: 0.1 });
    await page.getByRole("button", { name: "删除生成的表" }).click();
    const dialog = page.getByRole("dialog", { name: "删除生成的表?" });
    await expectFocus(dialog.getByRole("button", { name: "取消" }));
    const fadingIn = await page.evaluate(
      () => document.getAnimations().filter((a) => a.playState === "running").length,
    );
    expect(fadingIn).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.getAnimations().filter((a) => a.playState === "running").length)).toBe(0);
  } finally {
    await session.context.close();
  }
});

test("opened in a plain browser (office.js without Office): a Chinese message says to open it from Excel", async () => {
  const session = await openPane(browser, server.origin, "", { theme: "light" });
  const { page } = session;
  try {
    const alert = page.getByRole("alert");
    await alert.waitFor({ timeout: 30000 });
    expect(await alert.locator("h1").textContent()).toBe("请在 Excel 中打开");
    expect(await alert.locator("p").textContent()).toBe(OUTSIDE_EXCEL_MESSAGE);
    expect(session.leaks.filter((url) => !url.startsWith(OFFICE_TELEMETRY))).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  } finally {
    await session.context.close();
  }
});
