/** 与上期比较: the workbook's other indicator sheets, the earlier period compared with (the period before by default). */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { computeReport } from "../../src/taskpane/computeReport";
import { DEFAULT_PANE_SETTINGS } from "../../src/taskpane/defaultPaneSettings";
import { chosenPrevious, NO_COMPARISON } from "../../src/taskpane/previousSheet";
import { OfficeWorkbookPort } from "../../src/workbook/office/OfficeWorkbookPort";
import { fakeOfficeHost, FakeWorkbook } from "../fakes/fakeExcel";
import { toGrid, type FixtureSheet } from "../fixtures/fixtureSheet";
import {
  august,
  SEPTEMBER_ALONE,
  SEPTEMBER_VERSUS_AUGUST,
  september,
  UNMATCHED_WARNING,
} from "../fixtures/periodSheets";
import { standardFilled } from "../fixtures/sheets/standardFilled";
import { MemoryWorkbookPort } from "./memoryWorkbookPort";
import { findMessage, isEnabled, previewParagraphs, renderPane } from "./renderPane";

/** The 1-8月 sheet as a 1-7月 one: the same figures, another period. */
const july: FixtureSheet = {
  ...august,
  sheetName: "1-7月",
  rows: august.rows.map((row, r) =>
    r === 0
      ? ["2024年1-7月主要经济指标", null, null, null, null]
      : r === 1
        ? row.map((c) => (c === "1-8月" ? "1-7月" : c))
        : row,
  ),
};

const dropdown = () => screen.getByRole<HTMLSelectElement>("combobox", { name: /^与上期比较/ });
const optionTexts = () => Array.from(dropdown().querySelectorAll("option")).map((o) => o.textContent);
const warningTexts = () =>
  Array.from(screen.getByRole("region", { name: /^需要核对/ }).querySelectorAll("li")).map(
    (li) => li.textContent ?? "",
  );

/** A port over the 1-9月 sheet (active) with the given other sheets. */
function workbook(...others: FixtureSheet[]): MemoryWorkbookPort {
  const port = new MemoryWorkbookPort(toGrid(september));
  for (const other of others) port.addSheet(toGrid(other));
  return port;
}

describe("与上期比较 in the pane", () => {
  test("lists the other indicator sheets and compares with the period just before by default, naming unmatched indicators", async () => {
    const port = workbook(july, august, standardFilled);
    await renderPane(port);
    expect(optionTexts()).toEqual(["不比较", "1-7月", "1-8月", "标准指标表(1-10月)"]);
    expect(dropdown().value).toBe("1-8月");
    expect(previewParagraphs()).toEqual([SEPTEMBER_VERSUS_AUGUST]);
    expect(warningTexts().some((text) => text.includes(UNMATCHED_WARNING.replace(/^第2行:/, "")))).toBe(true);
    // The heads of the other sheets, then the one compared with, whole: nothing else is read.
    expect(port.sheetReads).toEqual(["head:1-7月", "head:1-8月", "head:标准指标表", "sheet:1-8月"]);
  });

  test("another sheet is read when chosen; 不比较 drops the comparison; the choice is stored and read back", async () => {
    const port = workbook(july, august);
    const first = await renderPane(port);
    await first.user.selectOptions(dropdown(), "1-7月");
    await waitFor(() => expect(previewParagraphs()[0]).toContain("同比增长8.5%,增速比1-7月回落0.7个百分点"));
    expect(port.sheetReads.slice(-1)).toEqual(["sheet:1-7月"]);
    await waitFor(() => expect(port.stored?.previousSheet).toBe("1-7月"));

    await first.user.selectOptions(dropdown(), "不比较");
    expect(previewParagraphs()).toEqual([SEPTEMBER_ALONE]);
    expect(screen.queryByRole("region", { name: /^需要核对/ })).toBeNull();
    await waitFor(() => expect(port.stored?.previousSheet).toBe(NO_COMPARISON));
    first.unmount();

    const reads = port.sheetReads.length;
    await renderPane(port);
    expect(dropdown().value).toBe(NO_COMPARISON);
    expect(previewParagraphs()).toEqual([SEPTEMBER_ALONE]);
    expect(port.sheetReads.slice(reads)).toEqual(["head:1-7月", "head:1-8月"]);
  });

  test("the earliest sheet of the workbook compares with nothing by default; the dropdown still offers the others", async () => {
    const port = new MemoryWorkbookPort(toGrid(august));
    port.addSheet(toGrid(september));
    await renderPane(port);
    expect(optionTexts()).toEqual(["不比较", "1-9月"]);
    expect(dropdown().value).toBe(NO_COMPARISON);
    expect(previewParagraphs()[0]).toBe(
      "1-8月,实现规上工业总产值451.2亿元,同比增长9.2%;完成固定资产投资33.1亿元,同比下降5.1%;实现一般公共预算收入16.4亿元,同比增长0.6%;完成实际利用外资2.9亿美元,同比增长8.2%。",
    );
    expect(port.sheetReads).toEqual(["head:1-9月"]);
  });

  test("a workbook without another indicator sheet shows no 与上期比较", async () => {
    await renderPane(new MemoryWorkbookPort(toGrid(september)));
    expect(screen.queryByRole("combobox", { name: /^与上期比较/ })).toBeNull();
    expect(previewParagraphs()).toEqual([SEPTEMBER_ALONE]);
  });

  test("an earlier sheet that cannot be read: the pane says so and shows the text without the comparison", async () => {
    const port = workbook(august);
    port.failures.set("readSheet", new Error("GeneralException"));
    await renderPane(port);
    expect(await findMessage("读取工作表“1-8月”失败")).toBe(
      "Excel 没有完成这一步(GeneralException)。请确认没有正在编辑的单元格(按 Esc 退出编辑),然后重试;如果仍然失败,请保存工作簿后重新打开统计助手。",
    );
    expect(previewParagraphs()).toEqual([SEPTEMBER_ALONE]);
  });
});

describe("the default earlier sheet", () => {
  const sheets = [
    { name: "1-7月", period: { label: "1-7月", months: 7, year: 2024 } },
    { name: "1-8月", period: { label: "1-8月", months: 8, year: 2024 } },
    { name: "上年全年", period: { label: "全年", months: 12, year: 2023 } },
  ];
  const september2024 = { label: "1-9月", months: 9, year: 2024 };
  test.each([
    ["no choice: the latest period before", undefined, september2024, "1-8月"],
    ["a choice among the sheets", "1-7月", september2024, "1-7月"],
    ["不比较", NO_COMPARISON, september2024, undefined],
    ["a choice no longer in the workbook: the default", "1-6月", september2024, "1-8月"],
    ["nothing before: none", undefined, { label: "1-2月", months: 2, year: 2023 }, undefined],
    ["a sheet without a period: none", undefined, undefined, undefined],
  ])("%s", (_case, choice, current, expected) => {
    expect(chosenPrevious(choice, sheets, current)).toBe(expected);
  });
});

describe("与上期比较 over the Office.js adapter and the strict fake Excel", () => {
  async function renderOver(book: FakeWorkbook) {
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <App port={new OfficeWorkbookPort(fakeOfficeHost(book))} />
      </FluentProvider>,
    );
    await waitFor(() => expect(isEnabled(screen.getByRole("button", { name: "生成汇总表" }))).toBe(true));
    return user;
  }

  test("opening the pane reads the sheet, the other sheets' heads and the earlier sheet in four syncs", async () => {
    const book = new FakeWorkbook();
    book.addGridSheet(toGrid(september));
    book.addGridSheet(toGrid(august));
    await renderOver(book);
    expect(previewParagraphs()).toEqual([SEPTEMBER_VERSUS_AUGUST]);
    // readSource 1, readSheetHeads 2, readSheet 1.
    expect(book.syncCount).toBe(4);
  });

  test("the heads of any number of sheets cost two syncs, a whole sheet one", async () => {
    const book = new FakeWorkbook();
    book.addGridSheet(toGrid(september));
    for (let month = 1; month <= 8; month++) {
      book.addGridSheet({ ...toGrid(august), sheetName: `第${month}张` });
    }
    const port = new OfficeWorkbookPort(fakeOfficeHost(book));
    const before = book.syncCount;
    const heads = await port.readSheetHeads("1-9月");
    expect(book.syncCount - before).toBe(2);
    expect(heads.map((head) => head.sheetName)).toEqual([
      "第1张",
      "第2张",
      "第3张",
      "第4张",
      "第5张",
      "第6张",
      "第7张",
      "第8张",
    ]);
    expect(heads[0]?.cells.map((row) => row[0]?.value)).toEqual([
      "2024年1-8月主要经济指标",
      "指标名称",
      "规上工业 总产值",
      "固定资产投资",
      "一般公共预算收入",
      "实际利用外资",
    ]);
    const whole = book.syncCount;
    expect((await port.readSheet("第3张")).cells).toHaveLength(6);
    expect(book.syncCount - whole).toBe(1);
  });

  test("after 生成汇总表 the summary sheet is not among the sheets to compare with", async () => {
    const book = new FakeWorkbook();
    book.addGridSheet(toGrid(september));
    book.addGridSheet(toGrid(august));
    const user = await renderOver(book);
    await user.click(screen.getByRole("button", { name: "生成汇总表" }));
    await findMessage("已生成汇总表“指标汇总”");
    book.activate("1-9月");
    await user.click(screen.getByRole("button", { name: "重新识别" }));
    await waitFor(() => expect(isEnabled(screen.getByRole("button", { name: "生成汇总表" }))).toBe(true));
    expect(optionTexts()).toEqual(["不比较", "1-8月"]);
    expect(previewParagraphs()).toEqual([SEPTEMBER_VERSUS_AUGUST]);
  });
});

describe("computeReport with an earlier sheet the engine cannot read", () => {
  test("gives this sheet's report, with the reason among its warnings", () => {
    const notes = { sheetName: "说明", cells: [[{ value: "本表由统计员每月填报,数据截至月末。" }]] };
    const outcome = computeReport(toGrid(september), { ...DEFAULT_PANE_SETTINGS, previousPeriod: notes });
    if (!("report" in outcome)) throw new Error("no report");
    expect(outcome.report.paragraphs).toEqual([SEPTEMBER_ALONE]);
    expect(outcome.report.warnings.map((warning) => [warning.code, warning.row, warning.message])).toEqual([
      [
        "previous-sheet-unreadable",
        1,
        "上期工作表“说明”读不出指标表,未与上期比较(工作表“说明”中找不到指标表的表头:需要一行列名,包含“指标名称”以及“本期”“上年同期”“同比增长(%)”“全年目标”等中的至少一个)",
      ],
    ]);
  });
});
