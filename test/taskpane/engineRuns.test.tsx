import { screen } from "@testing-library/react";
import { buildReport } from "../../src/report/buildReport";
import { toGrid } from "../fixtures/fixtureSheet";
import { standardFilled } from "../fixtures/sheets/standardFilled";
import { MemoryWorkbookPort } from "./memoryWorkbookPort";
import { taxInWan } from "./taxInWan";
import { previewParagraphs, renderPane } from "./renderPane";

// The real engine, wrapped so that the test can count how often the pane runs it.
jest.mock("../../src/report/buildReport", () => {
  const actual = jest.requireActual<typeof import("../../src/report/buildReport")>("../../src/report/buildReport");
  return { ...actual, buildReport: jest.fn(actual.buildReport) };
});
const engine = jest.mocked(buildReport);

describe("how often the pane runs the engine", () => {
  test("typing the summary sheet's name and choosing formulas leave the preview as it is, without running the engine", async () => {
    const { user } = await renderPane(new MemoryWorkbookPort(toGrid(standardFilled)));
    const preview = previewParagraphs();
    const runs = engine.mock.calls.length;
    const name = screen.getByRole("textbox", { name: "汇总表名称" });
    await user.clear(name);
    await user.type(name, "十月汇总");
    await user.click(screen.getByRole("radio", { name: "公式(引用原表,数据变化时自动重算)" }));
    expect(engine.mock.calls.length - runs).toBe(0);
    expect(previewParagraphs()).toEqual(preview);
  });

  test("a changed option that the text depends on runs the engine once and changes the preview", async () => {
    const grid = toGrid(taxInWan);
    const { user } = await renderPane(new MemoryWorkbookPort(grid));
    const runs = engine.mock.calls.length;
    await user.click(screen.getByRole("switch", { name: "金额换算单位(如45000万元写作4.5亿元)" }));
    expect(engine.mock.calls.length - runs).toBe(1);
    expect(previewParagraphs()[0]).toBe("1-6月,实现税收收入45000万元,同比增长12.5%。");
  });
});
