import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { OfficeWorkbookPort } from "../../src/workbook/office/OfficeWorkbookPort";
import { fakeOfficeHost, FakeWorkbook } from "../fakes/fakeExcel";
import { toGrid } from "../fixtures/fixtureSheet";
import { standardFilled } from "../fixtures/sheets/standardFilled";
import { findMessage, isEnabled, previewParagraphs } from "./renderPane";

/** The pane over the real Office.js adapter and the strict fake Excel (what runs in Excel, minus Excel). */
async function renderOverFakeExcel(workbook: FakeWorkbook) {
  const user = userEvent.setup();
  const { unmount } = render(
    <FluentProvider theme={webLightTheme}>
      <App port={new OfficeWorkbookPort(fakeOfficeHost(workbook))} />
    </FluentProvider>,
  );
  await waitFor(() => expect(isEnabled(screen.getByRole("button", { name: "生成汇总表" }))).toBe(true));
  return { user, unmount };
}

test("live formulas mode writes native Excel formulas over the source, which stays unchanged", async () => {
  const workbook = new FakeWorkbook();
  workbook.addGridSheet(toGrid(standardFilled));
  const source = workbook.sheet(standardFilled.sheetName)!.snapshot();
  const { user } = await renderOverFakeExcel(workbook);
  await user.click(screen.getByRole("radio", { name: "公式(引用原表,数据变化时自动重算)" }));
  await user.click(screen.getByRole("button", { name: "生成汇总表" }));
  await findMessage("已生成汇总表“指标汇总”");
  expect(workbook.sheetNames()).toEqual([standardFilled.sheetName, "指标汇总"]);
  expect(workbook.sheet(standardFilled.sheetName)!.snapshot()).toEqual(source);
  const summary = workbook.sheet("指标汇总")!.grid();
  const industry = summary.find((row) => row[0] === "规上工业总产值")!;
  // 本期 refers to the source cell; no TJ.* function, so a colleague without the add-in sees no #NAME?.
  expect(industry[2]).toBe("='标准指标表'!C4");
  const formulas = summary.flat().filter((cell): cell is string => typeof cell === "string" && cell.startsWith("="));
  expect(formulas.length).toBeGreaterThan(4);
  expect(formulas.filter((formula) => formula.includes("TJ."))).toEqual([]);
});

test("settings are kept in the workbook's document settings and read back by a new pane", async () => {
  const workbook = new FakeWorkbook();
  workbook.addGridSheet(toGrid(standardFilled));
  const first = await renderOverFakeExcel(workbook);
  await first.user.click(screen.getByRole("checkbox", { name: "增减额(同比增加/减少)" }));
  await waitFor(() => expect(Object.keys(workbook.savedSettings)).toContain("tongji.paneSettings"));
  expect(JSON.parse(workbook.savedSettings["tongji.paneSettings"]!)).toMatchObject({
    clauses: { change: true, completion: true, progress: true, highlights: false },
  });
  first.unmount();
  await renderOverFakeExcel(workbook);
  expect(screen.getByRole<HTMLInputElement>("checkbox", { name: "增减额(同比增加/减少)" }).checked).toBe(true);
  expect(previewParagraphs()[0]).toContain("规上工业总产值168.24亿元,同比增长11.9%,同比增加17.93亿元");
});

test("a workbook with a protected structure: the pane says how to lift the protection and nothing is written", async () => {
  const workbook = new FakeWorkbook();
  workbook.addGridSheet(toGrid(standardFilled));
  workbook.structureProtected = true;
  const source = workbook.sheet(standardFilled.sheetName)!.snapshot();
  const { user } = await renderOverFakeExcel(workbook);
  await user.click(screen.getByRole("button", { name: "生成汇总表" }));
  expect(await findMessage("生成汇总表失败")).toBe(
    "工作簿受保护或是只读的,统计助手不能新建或删除工作表。请在“审阅”选项卡中点“保护工作簿”撤消保护(或另存一份可以编辑的副本),然后重试。(AccessDenied)",
  );
  expect(workbook.sheetNames()).toEqual([standardFilled.sheetName]);
  expect(workbook.sheet(standardFilled.sheetName)!.snapshot()).toEqual(source);
  workbook.structureProtected = false;
  await user.click(screen.getByRole("button", { name: "生成汇总表" }));
  await findMessage("已生成汇总表“指标汇总”");
  expect(workbook.sheetNames()).toEqual([standardFilled.sheetName, "指标汇总"]);
});
