/**
 * 导出 Word: where the host lets the pane download (Excel on the web, the web page), the pane hands the
 * Word report to it; elsewhere (Excel's desktop panes drop downloads) it says so and offers 复制文字.
 */
import { screen } from "@testing-library/react";
import mammoth from "mammoth";
import { toGrid } from "../fixtures/fixtureSheet";
import { standardFilled } from "../fixtures/sheets/standardFilled";
import { MemoryWorkbookPort } from "./memoryWorkbookPort";
import { findMessage, isEnabled, previewParagraphs, renderPane } from "./renderPane";

test("with downloads: the report goes to the host as 标准指标表_报告.docx, holding the preview's paragraphs", async () => {
  const port = new MemoryWorkbookPort(toGrid(standardFilled));
  port.allowDownloads();
  const { user } = await renderPane(port);
  const button = screen.getByRole("button", { name: "导出 Word" });
  expect(isEnabled(button)).toBe(true);
  await user.click(button);
  expect(await findMessage("已导出 Word 报告“标准指标表_报告.docx”")).toBe(
    "共4个指标、1段文字;请在浏览器的下载中查看。",
  );
  expect(port.downloads).toHaveLength(1);
  const file = port.downloads[0]!;
  expect([file.name, file.mediaType]).toEqual([
    "标准指标表_报告.docx",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ]);
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(file.bytes) });
  const lines = value.split("\n").filter((line) => line !== "");
  expect(lines.slice(0, 3)).toEqual(["主要经济指标完成情况表", "统计期:1-10月", ...previewParagraphs()]);
});

test("without downloads: the pane says why and offers 复制文字, and hands nothing over", async () => {
  const port = new MemoryWorkbookPort(toGrid(standardFilled));
  const { user } = await renderPane(port);
  await user.click(screen.getByRole("button", { name: "导出 Word" }));
  expect(await findMessage("这里不能下载 Word 文件")).toBe(
    "Excel 桌面版的任务窗格不能保存下载的文件。请点“复制文字”,再粘贴到 Word 中;在 Excel 网页版中打开这个工作簿,可以直接导出 Word 报告。",
  );
  expect(port.downloads).toHaveLength(0);
  expect(isEnabled(screen.getByRole("button", { name: "复制文字" }))).toBe(true);
});
