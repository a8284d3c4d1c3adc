/** The pane on a regions sheet: a dropdown of the places found picks the focus place, whose paragraph then leads. */
import { screen, waitFor } from "@testing-library/react";
import { DEFAULT_CLAUSES } from "../../src/report/clauses";
import { computeReport } from "../../src/taskpane/computeReport";
import { toGrid } from "../fixtures/fixtureSheet";
import { regionsRows } from "../fixtures/sheets/regionsRows";
import { standardFilled } from "../fixtures/sheets/standardFilled";
import { MemoryWorkbookPort } from "./memoryWorkbookPort";
import { previewParagraphs, renderPane } from "./renderPane";

describe("the focus place of a regions sheet", () => {
  test("the dropdown lists the places found; the chosen place's paragraph leads, and 不指定 restores the total's", async () => {
    const port = new MemoryWorkbookPort(toGrid(regionsRows));
    const { user } = await renderPane(port);
    expect(previewParagraphs()[0]).toBe(
      "1-9月,全市实现规上工业总产值1512.1亿元,同比增长7.2%;社会消费品零售总额862.4亿元,同比增长5.1%。",
    );
    const dropdown = screen.getByRole("combobox", { name: /^重点地区/ });
    expect(Array.from(dropdown.querySelectorAll("option")).map((o) => o.textContent)).toEqual([
      "(不指定)",
      "甲区",
      "乙区",
      "丙区",
      "丁区",
      "戊区",
    ]);
    await user.selectOptions(dropdown, "丙区");
    expect(previewParagraphs()[0]).toBe(
      "1-9月,丙区实现规上工业总产值288.05亿元,同比增长8.1%,占全市的19.0%,居全市第三位,增速高于全市0.9个百分点,增速居全市第二位;" +
        "社会消费品零售总额160.3亿元,同比增长5.1%,占全市的18.6%,居全市第三位,与全市持平,增速居全市第三位。",
    );
    await user.selectOptions(dropdown, "");
    expect(previewParagraphs()[0]).toMatch(/^1-9月,全市实现规上工业总产值/);
  });

  test("the focus place is not saved with the workbook's settings", async () => {
    const port = new MemoryWorkbookPort(toGrid(regionsRows));
    const { user } = await renderPane(port);
    await user.selectOptions(screen.getByRole("combobox", { name: /^重点地区/ }), "甲区");
    await user.click(screen.getByRole("checkbox", { name: /^地区排位句/ }));
    await waitFor(() => expect(port.stored?.clauses?.placeRanking).toBe(false));
    expect(port.stored).not.toHaveProperty("place");
    expect(previewParagraphs()).toHaveLength(1);
  });

  test("an indicator sheet offers no focus place", async () => {
    await renderPane(new MemoryWorkbookPort(toGrid(standardFilled)));
    expect(screen.queryByRole("combobox", { name: /^重点地区/ })).toBeNull();
  });
});

describe("the order of the places in the ranking tables", () => {
  test("is offered on a regions sheet, saved with the workbook's settings and used by 生成汇总表", async () => {
    const port = new MemoryWorkbookPort(toGrid(regionsRows));
    const { user } = await renderPane(port);
    const order = screen.getByRole("combobox", { name: /^汇总表中地区的顺序/ });
    expect(Array.from(order.querySelectorAll("option")).map((o) => o.textContent)).toEqual([
      "按原表顺序",
      "按总量从高到低",
      "按增速从高到低",
    ]);
    await user.selectOptions(order, "growth");
    await waitFor(() => expect(port.stored?.placeOrder).toBe("growth"));
    await user.click(screen.getByRole("button", { name: "生成汇总表" }));
    await waitFor(() => expect(port.writes).toHaveLength(1));
    const retail = port.writes[0]?.document.tables[1];
    expect(retail?.rows.map((row) => row.cells[0]?.text)).toEqual(["全市", "丁区", "甲区", "丙区", "乙区", "戊区"]);
    expect(retail?.columns.map((column) => column.header)).toEqual([
      "地区",
      "本期(亿元)",
      "增速(%)",
      "占全市(%)",
      "位次(按总量)",
      "位次(按增速)",
    ]);
  });

  test("an indicator sheet offers no order of places", async () => {
    await renderPane(new MemoryWorkbookPort(toGrid(standardFilled)));
    expect(screen.queryByRole("combobox", { name: /^汇总表中地区的顺序/ })).toBeNull();
  });
});

describe("computeReport with a focus place the sheet does not list", () => {
  test("reads the sheet without it, so the pane can offer the sheet's own places", () => {
    const settings = { decimals: 1, convertUnits: true, clauses: DEFAULT_CLAUSES, place: "朝阳区" };
    const outcome = computeReport(toGrid(regionsRows), settings);
    expect("report" in outcome && outcome.report.paragraphs[0]).toBe(
      "1-9月,全市实现规上工业总产值1512.1亿元,同比增长7.2%;社会消费品零售总额862.4亿元,同比增长5.1%。",
    );
  });
});
