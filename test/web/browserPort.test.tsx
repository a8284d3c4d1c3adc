import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import mammoth from "mammoth";
import type { SheetGrid } from "../../src/report/types";
import { BrowserWorkbookPort, settingsKey, type SettingsStorage } from "../../src/workbook/browser/BrowserWorkbookPort";
import { WebPane } from "../../src/web/components/WebPane";
import { writeJob } from "../../src/web/workbookJobs";
import type { DownloadFile } from "../../src/workbook/workbookPort";
import { CUSTOM_PROPERTIES_PART, holdsOutputMark } from "../../src/workbook/outputMark";
import { toGrid } from "../fixtures/fixtureSheet";
import { dashesText } from "../fixtures/sheets/dashesText";
import { standardFilled } from "../fixtures/sheets/standardFilled";
import { findMessage, isEnabled, previewParagraphs } from "../taskpane/renderPane";

/** The browser's storage as a map; `refuse` makes every write throw, as in a private window with storage full. */
class MemoryStorage implements SettingsStorage {
  readonly items = new Map<string, string>();
  refuse = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.refuse) throw new DOMException("quota", "QuotaExceededError");
    this.items.set(key, value);
  }
}

/** The web page's pane over the browser port and the real summary writer (the worker's job, called directly). */
async function renderWebPane(grid: SheetGrid, storage = new MemoryStorage(), fileName = "9月指标.xlsx") {
  const downloads: DownloadFile[] = [];
  const port = new BrowserWorkbookPort(
    { fileName, sheet: grid },
    {
      writeSummary: (report, options) => writeJob(report, options.sheetName, options.source),
      download: (file) => {
        downloads.push(file);
        return Promise.resolve();
      },
      storage,
    },
  );
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <WebPane port={port} sheetPicker={null} />
    </FluentProvider>,
  );
  await waitFor(() => expect(isEnabled(screen.getByRole("button", { name: "下载汇总表" }))).toBe(true));
  return { user, downloads, storage, ...view };
}

async function openWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return book;
}

test("reads the sheet it was given: detection and preview as in Excel", async () => {
  await renderWebPane(toGrid(standardFilled));
  expect(previewParagraphs()[0]).toMatch(/^1-10月,实现规上工业总产值168.24亿元,同比增长11.9%,完成全年目标的84.1%/);
  expect(screen.queryByRole("button", { name: "生成汇总表" })).toBeNull();
  expect(screen.queryByRole("switch", { name: "仅分析选中区域" })).toBeNull();
});

test("values mode downloads “<file>_汇总.xlsx” with the table and the paragraphs; the source grid is untouched", async () => {
  const grid = toGrid(standardFilled);
  const before = JSON.parse(JSON.stringify(grid)) as SheetGrid;
  const { user, downloads } = await renderWebPane(grid);
  await user.click(screen.getByRole("button", { name: "下载汇总表" }));
  expect(await findMessage("已下载汇总表“9月指标_汇总.xlsx”")).toBe("共4个指标、1段文字;原始指标表没有改动。");
  expect(downloads.map((d) => [d.name, d.mediaType])).toEqual([
    ["9月指标_汇总.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
  ]);
  const book = await openWorkbook(downloads[0]!.bytes);
  expect(book.worksheets.map((sheet) => sheet.name)).toEqual(["指标汇总"]);
  // The tool's mark, as the command line's writer puts it: docProps/custom.xml, named by the package.
  const zip = await JSZip.loadAsync(downloads[0]!.bytes);
  expect(holdsOutputMark((await zip.file(CUSTOM_PROPERTIES_PART)?.async("string")) ?? "")).toBe(true);
  expect(await zip.file("_rels/.rels")?.async("string")).toContain('Target="docProps/custom.xml"');
  expect(await zip.file("[Content_Types].xml")?.async("string")).toContain('PartName="/docProps/custom.xml"');
  const texts: unknown[] = [];
  book.worksheets[0]!.eachRow((row) => row.eachCell((cell) => void texts.push(cell.value)));
  expect(texts).toContain(previewParagraphs()[0]);
  expect(grid).toEqual(before);
});

test("live formulas mode: the source sheet is copied into the download and the figures refer to it", async () => {
  const { user, downloads } = await renderWebPane(toGrid(standardFilled));
  await user.click(screen.getByRole("radio", { name: "公式(引用原表,数据变化时自动重算)" }));
  await user.click(screen.getByRole("button", { name: "下载汇总表" }));
  await findMessage("已下载汇总表“9月指标_汇总.xlsx”");
  const book = await openWorkbook(downloads[0]!.bytes);
  expect(book.worksheets.map((sheet) => sheet.name)).toEqual(["指标汇总", "标准指标表"]);
  let industry: ExcelJS.Row | undefined;
  book.worksheets[0]!.eachRow((row) => {
    if (row.getCell(1).value === "规上工业总产值") industry = row;
  });
  expect(industry?.getCell(3).value).toEqual({ formula: "'标准指标表'!C4", result: 168.24 });
  expect(book.getWorksheet("标准指标表")!.getCell("C4").value).toBe(168.24);
});

test("regenerating downloads a new file each time, under the same name", async () => {
  const { user, downloads } = await renderWebPane(toGrid(standardFilled));
  await user.click(screen.getByRole("button", { name: "下载汇总表" }));
  await findMessage("已下载汇总表“9月指标_汇总.xlsx”");
  await user.click(screen.getByRole("checkbox", { name: "增减额(同比增加/减少)" }));
  await user.click(screen.getByRole("button", { name: "下载汇总表" }));
  await waitFor(() => expect(downloads).toHaveLength(2));
  const second = await openWorkbook(downloads[1]!.bytes);
  const texts: unknown[] = [];
  second.worksheets[0]!.eachRow((row) => row.eachCell((cell) => void texts.push(cell.value)));
  expect(texts.some((text) => typeof text === "string" && text.includes("同比增加17.93亿元"))).toBe(true);
});

test("settings are kept in the browser under the file's name and read back by a new pane", async () => {
  const storage = new MemoryStorage();
  const first = await renderWebPane(toGrid(standardFilled), storage);
  await first.user.click(screen.getByRole("checkbox", { name: "增减额(同比增加/减少)" }));
  await waitFor(() => expect(storage.items.has(settingsKey("9月指标.xlsx"))).toBe(true));
  expect(JSON.parse(storage.items.get(settingsKey("9月指标.xlsx"))!)).toMatchObject({
    clauses: { change: true, completion: true, progress: true, highlights: false },
  });
  first.unmount();
  const second = await renderWebPane(toGrid(standardFilled), storage);
  expect(screen.getByRole<HTMLInputElement>("checkbox", { name: "增减额(同比增加/减少)" }).checked).toBe(true);
  expect(previewParagraphs()[0]).toContain("规上工业总产值168.24亿元,同比增长11.9%,同比增加17.93亿元");
  second.unmount();
  // Another file starts from the defaults.
  await renderWebPane(toGrid(standardFilled), storage, "10月指标.xlsx");
  expect(screen.getByRole<HTMLInputElement>("checkbox", { name: "增减额(同比增加/减少)" }).checked).toBe(false);
});

test.each([
  ["not JSON", "{"],
  ["another version's fields", JSON.stringify({ decimals: "two", mode: "html", clauses: 3 })],
])("stored settings that are %s are ignored: the defaults apply", async (_case, stored) => {
  const storage = new MemoryStorage();
  storage.items.set(settingsKey("9月指标.xlsx"), stored);
  await renderWebPane(toGrid(standardFilled), storage);
  expect(screen.getByRole<HTMLInputElement>("radio", { name: "数值(生成时计算)" }).checked).toBe(true);
  expect(previewParagraphs()[0]).not.toContain("同比增加");
});

test("a browser that refuses to store settings: the pane says so and the change still applies", async () => {
  const storage = new MemoryStorage();
  storage.refuse = true;
  const { user } = await renderWebPane(toGrid(standardFilled), storage);
  await user.click(screen.getByRole("checkbox", { name: "增减额(同比增加/减少)" }));
  expect(await findMessage("保存设置失败")).toBe("浏览器没有保存设置(可能处于无痕模式或存储已满);本次的设置仍然有效");
  expect(previewParagraphs()[0]).toContain("同比增加17.93亿元");
});

test("a warning shows its cell's address and value, as text: there is no sheet to select", async () => {
  await renderWebPane(toGrid(dashesText));
  const list = screen.getByRole("list", { name: "需要核对的地方" });
  expect(list.querySelectorAll("button")).toHaveLength(0);
  const items = Array.from(list.querySelectorAll("li")).map((li) => li.textContent);
  expect(items.length).toBeGreaterThan(0);
  expect(items).toContain("第5行“实际利用外资”:上年同期数为“—”,未计算增速(单元格 D5:“—”)");
  for (const item of items) expect(item).toMatch(/\(单元格 [A-Z]+\d+:(“[^”]*”|空白)\)$/);
});

test("下载Word报告 downloads “<file>_报告.docx”: the registry's Word report, holding the preview's paragraphs", async () => {
  const grid = toGrid(standardFilled);
  const { user, downloads } = await renderWebPane(grid);
  expect(screen.queryByRole("button", { name: "导出 Word" })).toBeNull();
  await user.click(screen.getByRole("button", { name: "下载Word报告" }));
  expect(await findMessage("已导出 Word 报告“9月指标_报告.docx”")).toBe("共4个指标、1段文字;请在浏览器的下载中查看。");
  expect(downloads.map((d) => [d.name, d.mediaType])).toEqual([
    ["9月指标_报告.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
  ]);
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(downloads[0]!.bytes) });
  const lines = value.split("\n").filter((line) => line !== "");
  expect(lines.slice(0, 3)).toEqual(["主要经济指标完成情况表", "统计期:1-10月", ...previewParagraphs()]);
});
