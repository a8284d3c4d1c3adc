import { summaryOf } from "../summary/summaryOf";
import { OfficeWorkbookPort } from "../../src/workbook/office/OfficeWorkbookPort";
import { officeHostFromGlobals } from "../../src/workbook/office/officeHost";
import { FakeWorkbook, installFakeOffice } from "../fakes/fakeExcel";
import { toGrid } from "../fixtures/fixtureSheet";
import { halfYearTargets } from "../fixtures/sheets/halfYearTargets";

describe("the add-in's host from the globals Office.js defines", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
    delete (globalThis as { Excel?: unknown }).Excel;
  });

  test("over the installed fake, the pane's port reads, writes and saves settings into the document", async () => {
    const workbook = new FakeWorkbook({ excelApi: "1.20" });
    workbook.addGridSheet(toGrid(halfYearTargets));
    installFakeOffice(globalThis, workbook);
    const port = new OfficeWorkbookPort(officeHostFromGlobals());
    const grid = await port.readSource(false);
    const result = await port.writeSummary(summaryOf(grid), grid, { sheetName: "指标汇总", mode: "values" });
    expect(result.sheetName).toBe("指标汇总");
    expect(workbook.runs.at(-1)).toEqual({ delayForCellEdit: true, mergeUndoGroup: true });
    expect(Object.keys(workbook.savedSettings)).toEqual(["tongji.generatedSheets"]);
    expect(await port.deleteGenerated()).toBe(1);
    expect(workbook.sheetNames()).toEqual(["上半年"]);
  });

  test("an Office object already defined (as by office.js, with an accessor context) is filled in place", () => {
    const office: Record<string, unknown> = {};
    Object.defineProperty(office, "context", { get: () => undefined, configurable: true, enumerable: true });
    (globalThis as { Office?: unknown }).Office = office;
    installFakeOffice(globalThis, new FakeWorkbook());
    expect((globalThis as { Office?: unknown }).Office).toBe(office);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
  });
});
