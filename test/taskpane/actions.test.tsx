import { act, screen, waitFor, within } from "@testing-library/react";
import { toGrid } from "../fixtures/fixtureSheet";
import { dashesText } from "../fixtures/sheets/dashesText";
import { standardFilled } from "../fixtures/sheets/standardFilled";
import { MemoryWorkbookPort } from "./memoryWorkbookPort";
import { findMessage, isEnabled, previewParagraphs, renderPane } from "./renderPane";

const STANDARD_PARAGRAPH =
  "1-10月,实现规上工业总产值168.24亿元,同比增长11.9%,完成全年目标的84.1%,快于时序进度0.8个百分点;完成固定资产投资52.80亿元,同比增长14.5%,完成全年目标的105.6%,超额完成5.6%;实现一般公共预算收入9.26亿元,同比下降4.6%,完成全年目标的74.1%,慢于时序进度9.2个百分点;完成实际利用外资1.58亿美元,同比增长19.7%,完成全年目标的79%,慢于时序进度4个百分点。";

describe("生成汇总表", () => {
  test("writes the report shown, to the chosen sheet name and mode, with progress while it works", async () => {
    const port = new MemoryWorkbookPort(toGrid(standardFilled));
    let release = (): void => undefined;
    port.hold = new Promise((resolve) => (release = resolve));
    const { user } = await renderPane(port);
    const name = screen.getByRole("textbox", { name: "汇总表名称" });
    await user.clear(name);
    await user.type(name, "十月汇总");
    await user.click(screen.getByRole("radio", { name: "公式(引用原表,数据变化时自动重算)" }));
    await user.click(screen.getByRole("button", { name: "生成汇总表" }));
    const progress = await screen.findByRole("progressbar", { name: "正在生成汇总表…" });
    expect(progress.getAttribute("aria-valuenow")).toBe("0.4");
    expect(screen.getByText("正在写入表格")).toBeTruthy();
    expect(isEnabled(screen.getByRole("button", { name: "复制文字" }))).toBe(false);
    await act(async () => {
      release();
      await port.hold;
    });
    expect(await findMessage("已生成汇总表“十月汇总”")).toBe("共4个指标、1段文字;原始指标表没有改动。");
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(port.writes).toHaveLength(1);
    const write = port.writes[0]!;
    expect([write.sheetName, write.mode, write.source.sheetName]).toEqual(["十月汇总", "formulas", "标准指标表"]);
    expect(write.document.paragraphs).toEqual([STANDARD_PARAGRAPH]);
    expect(write.document.table.rows.map((row) => row.cells[0]?.value)).toEqual([
      "规上工业总产值",
      "固定资产投资",
      "一般公共预算收入",
      "实际利用外资",
    ]);
  });

  test("a sheet of the user's with the wished name is kept: the pane says where it wrote instead", async () => {
    const port = new MemoryWorkbookPort(toGrid(standardFilled));
    port.sheets.set("指标汇总", { sheetName: "指标汇总", cells: [] });
    const { user } = await renderPane(port);
    await user.click(screen.getByRole("button", { name: "生成汇总表" }));
    expect(await findMessage("已生成汇总表“指标汇总 (2)”")).toBe(
      "已有名为“指标汇总”的工作表(不是统计助手生成的),所以写入了新表。共4个指标、1段文字;原始指标表没有改动。",
    );
  });

  test("a failed write shows what to do in the MessageBar", async () => {
    const port = new MemoryWorkbookPort(toGrid(standardFilled));
    port.failures.set("writeSummary", new Error("RichApi.Error: The request payload size has exceeded the limit."));
    const { user } = await renderPane(port);
    await user.click(screen.getByRole("button", { name: "生成汇总表" }));
    expect(await findMessage("生成汇总表失败")).toBe(
      "Excel 没有完成这一步(RichApi.Error: The request payload size has exceeded the limit.)。请确认没有正在编辑的单元格(按 Esc 退出编辑),然后重试;如果仍然失败,请保存工作簿后重新打开统计助手。",
    );
    expect(isEnabled(screen.getByRole("button", { name: "生成汇总表" }))).toBe(true);
  });
});

describe("复制文字", () => {
  test("puts exactly the paragraphs shown on the clipboard, one per line", async () => {
    const { user } = await renderPane(new MemoryWorkbookPort(toGrid(standardFilled)));
    await user.click(screen.getByRole("checkbox", { name: "亮点与不足段落" }));
    await user.click(screen.getByRole("button", { name: "复制文字" }));
    expect(await findMessage("文字已复制")).toBe("共2段,可以粘贴到 Word 报告中。");
    expect(await navigator.clipboard.readText()).toBe(previewParagraphs().join("\n"));
    expect(await navigator.clipboard.readText()).toBe(
      `${STANDARD_PARAGRAPH}\n从主要指标看,实际利用外资增长最快,同比增长19.7%;一般公共预算收入同比下降;一般公共预算收入、实际利用外资完成进度慢于时序进度。`,
    );
  });
});

describe("warnings", () => {
  test("are listed with the engine's messages and a click selects the cell in the sheet", async () => {
    const port = new MemoryWorkbookPort(toGrid(dashesText));
    const { user } = await renderPane(port);
    const list = screen.getByRole("list", { name: "需要核对的地方" });
    const links = within(list).getAllByRole("button");
    expect(links.map((link) => link.textContent)).toEqual([
      "第5行“实际利用外资”:上年同期数为“—”,未计算增速",
      "第7行“限上商贸企业零售额”:上年同期数“待核”不是数字,未计算增速",
      "第8行“技改投资”:本期数为空白,未写入文字",
    ]);
    expect(screen.getByRole("heading", { name: "需要核对(3处)" })).toBeTruthy();
    await user.click(links[1]!);
    await user.click(links[2]!);
    expect(port.selected).toEqual([
      { sheetName: dashesText.sheetName, row: 6, column: 3 },
      { sheetName: dashesText.sheetName, row: 7, column: 2 },
    ]);
  });

  test("of a selection are placed on the sheet: the selection's origin is added", async () => {
    const whole = toGrid(dashesText);
    const selection = { ...whole, origin: { row: 10, column: 2 } };
    const port = new MemoryWorkbookPort(toGrid(standardFilled), selection);
    const { user } = await renderPane(port);
    await user.click(screen.getByRole("switch", { name: "仅分析选中区域" }));
    await user.click(screen.getByRole("button", { name: "重新识别" }));
    await waitFor(() => expect(port.reads).toEqual([false, true]));
    const list = await screen.findByRole("list", { name: "需要核对的地方" });
    await user.click(within(list).getAllByRole("button")[0]!);
    expect(port.selected).toEqual([{ sheetName: dashesText.sheetName, row: 14, column: 5 }]);
  });
});

describe("errors in Chinese with what to do", () => {
  test("a sheet without an indicator header", async () => {
    const port = new MemoryWorkbookPort({ sheetName: "Sheet1", cells: [[{ value: "说明" }], [{ value: "本表为空" }]] });
    const { user } = await renderPane(port, false);
    expect(await findMessage("没有识别出指标表")).toBe(
      "工作表“Sheet1”中找不到指标表的表头:需要一行列名,包含“指标名称”以及“本期”“上年同期”“同比增长(%)”“全年目标”等中的至少一个。请切换到指标表所在的工作表,或选中含表头的区域并打开“仅分析选中区域”,然后点“重新识别”。",
    );
    expect(isEnabled(screen.getByRole("button", { name: "生成汇总表" }))).toBe(false);
    port.activate(toGrid(standardFilled));
    await user.click(screen.getByRole("button", { name: "重新识别" }));
    await waitFor(() => expect(previewParagraphs()).toEqual([STANDARD_PARAGRAPH]));
    expect(document.querySelector(".fui-MessageBar")).toBeNull();
  });

  test("Excel failing to read the sheet", async () => {
    const port = new MemoryWorkbookPort(toGrid(standardFilled));
    port.failures.set("readSource", new Error("InvalidOperation"));
    await renderPane(port, false);
    expect(await findMessage("读取工作表失败")).toBe(
      "Excel 没有完成这一步(InvalidOperation)。请确认没有正在编辑的单元格(按 Esc 退出编辑),然后重试;如果仍然失败,请保存工作簿后重新打开统计助手。",
    );
  });
});

/** Generates the summary sheet, then presses 删除生成的表: the port, the user and the question asked. */
async function askToDelete() {
  const port = new MemoryWorkbookPort(toGrid(standardFilled));
  const { user } = await renderPane(port);
  await user.click(screen.getByRole("button", { name: "生成汇总表" }));
  await findMessage("已生成汇总表“指标汇总”");
  const remove = await screen.findByRole("button", { name: "删除生成的表" });
  // The buttons stay disabled until the write has finished; a click before that does nothing.
  await waitFor(() => expect(isEnabled(remove)).toBe(true));
  await user.click(remove);
  // The dialog is open to a screen reader (not left aria-hidden).
  const dialog = await screen.findByRole("dialog", { name: "删除生成的表?" });
  return { port, user, dialog };
}

describe("删除生成的表 and 插入标准指标表", () => {
  test("delete asks first, then removes only what the add-in generated", async () => {
    const { port, user, dialog } = await askToDelete();
    expect(dialog.textContent).toContain("将删除统计助手生成的所有汇总表。原始指标表和您自己建的工作表不会被删除。");
    expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "取消" }));
    await user.click(within(dialog).getByRole("button", { name: "删除" }));
    expect(await findMessage("已删除1张生成的表")).toBe("");
    expect([...port.sheets.keys()]).toEqual(["标准指标表"]);
  });

  test("an Enter pressed by habit in the confirmation deletes nothing", async () => {
    const { port, user } = await askToDelete();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).toBeNull());
    expect([...port.sheets.keys()]).toEqual(["标准指标表", "指标汇总"]);
    expect(screen.getByRole("button", { name: "删除生成的表" })).toBe(document.activeElement);
  });

  test("insert template names the sheet added", async () => {
    const port = new MemoryWorkbookPort(toGrid(standardFilled));
    const { user } = await renderPane(port);
    await user.click(await screen.findByRole("button", { name: "插入标准指标表" }));
    expect(await findMessage("已插入“标准指标表”,填好数据后点“重新识别”")).toBe("");
  });
});
