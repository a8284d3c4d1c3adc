import { buildReport } from "../../src/report";
import type { SheetGrid } from "../../src/report/types";
import { summaryOf } from "../summary/summaryOf";
import { layoutSummarySheet } from "../../src/workbook/summarySheet";
import { summaryFormulaRows } from "../../src/workbook/summaryFormulas";
import { OfficeWorkbookPort } from "../../src/workbook/office/OfficeWorkbookPort";
import { GENERATED_SHEETS_KEY } from "../../src/workbook/office/generatedSheets";
import { planSummaryWrite } from "../../src/workbook/office/summaryWritePlan";
import { FAKE_PAYLOAD_LIMIT, FakeSettings, FakeWorkbook, fakeOfficeHost } from "../fakes/fakeExcel";
import { toGrid } from "../fixtures/fixtureSheet";
import { FIXTURE_SHEETS } from "../fixtures/sheets";
import { cellIndent } from "../fixtures/sheets/cellIndent";
import { halfYearTargets } from "../fixtures/sheets/halfYearTargets";
import { manyIndicators } from "./manyIndicators";

/** A workbook holding one user sheet (active), and the port over it. */
function open(grid: SheetGrid, excelApi = "1.20"): { workbook: FakeWorkbook; port: OfficeWorkbookPort } {
  const workbook = new FakeWorkbook({ excelApi });
  workbook.addGridSheet(grid);
  return { workbook, port: new OfficeWorkbookPort(fakeOfficeHost(workbook)) };
}

/** Reads the active sheet, builds the report and writes it, as the pane's 生成汇总表 does. */
async function generate(
  port: OfficeWorkbookPort,
  mode: "values" | "formulas" = "values",
  sheetName = "指标汇总",
): Promise<{ grid: SheetGrid; name: string }> {
  const grid = await port.readSource(false);
  const result = await port.writeSummary(summaryOf(grid), grid, { sheetName, mode });
  return { grid, name: result.sheetName };
}

describe("the number of syncs does not grow with the rows", () => {
  test.each([
    [10, "values"],
    [1000, "values"],
    [10000, "values"],
    [10, "formulas"],
    [1000, "formulas"],
    [10000, "formulas"],
  ] as const)("%d indicators, %s: reading takes 1 sync and writing 3, each request under 5 MB", async (rows, mode) => {
    const { workbook, port } = open(manyIndicators(rows));
    const grid = await port.readSource(false);
    expect(workbook.syncCount).toBe(1);
    const report = summaryOf(grid);
    expect(report.table.rows).toHaveLength(rows);
    await port.writeSummary(report, grid, { sheetName: "指标汇总", mode });
    expect(workbook.syncCount).toBe(1 + 3);
    for (const request of workbook.requests) expect(request.bytes).toBeLessThan(FAKE_PAYLOAD_LIMIT);
    // Both write requests suspend calculation, and the run is one undo step (ExcelApi 1.20).
    expect(workbook.requests.slice(2).map((request) => request.calculationSuspended)).toEqual([true, true]);
    expect(workbook.runs.at(-1)).toEqual({ delayForCellEdit: true, mergeUndoGroup: true });
    expect(workbook.sheet("指标汇总")?.grid()).toHaveLength(layoutSummarySheet(report).rows.length);
  });
});

describe("writing the summary sheet", () => {
  test("the source sheet is unchanged after reading, writing twice and deleting", async () => {
    const { workbook, port } = open(toGrid(halfYearTargets));
    const before = workbook.sheet("上半年")!.snapshot();
    await generate(port, "formulas");
    await generate(port, "values");
    await port.deleteGenerated();
    expect(workbook.sheet("上半年")!.snapshot()).toEqual(before);
  });

  test("the sheet holds the title, the period, the table and the paragraphs as laid out", async () => {
    const { workbook, port } = open(toGrid(halfYearTargets));
    const { grid, name } = await generate(port);
    const layout = layoutSummarySheet(summaryOf(grid));
    const sheet = workbook.sheet(name)!;
    expect(name).toBe("指标汇总");
    expect(sheet.grid()).toEqual(layout.rows.map((row) => row.map((cell) => cell.value ?? "")));
    expect(sheet.cell(0, 0)?.value).toBe("2024年1—6月工业园区主要经济指标完成情况");
    expect(sheet.cell(1, 0)?.value).toBe("统计期:1-6月");
    expect(sheet.cell(layout.tableHeaderRow, 0)).toMatchObject({ value: "指标", bold: true, numberFormat: "@" });
    const paragraph = sheet.cell(layout.paragraphRows[0]!.row, 0)!;
    expect(paragraph.wrap).toBe(true);
    expect(String(paragraph.value)).toMatch(/^1-6月,实现工业总产值96.4亿元,同比增长13.3%/);
    expect(sheet.columnWidths.get(0)).toBe(318.75); // 60 characters, for the paragraphs
    expect(workbook.activeSheet?.name).toBe("指标汇总");
  });

  test("the summary sheet is placed right after its source, also when regenerated", async () => {
    const { workbook, port } = open(toGrid(halfYearTargets));
    workbook.addSheet("附表");
    workbook.sheets.unshift(workbook.sheets.splice(1, 1)[0]!); // 附表 first, the source second
    const grid = await port.readSource(false);
    const report = summaryOf(grid);
    await port.writeSummary(report, grid, { sheetName: "指标汇总", mode: "values" });
    expect(workbook.sheetNames()).toEqual(["附表", "上半年", "指标汇总"]);
    workbook.addSheet("后加的表");
    await port.writeSummary(report, grid, { sheetName: "指标汇总", mode: "values" });
    expect(workbook.sheetNames()).toEqual(["附表", "上半年", "指标汇总", "后加的表"]);
  });

  test("regenerating twice leaves one generated sheet, with the same name", async () => {
    const { workbook, port } = open(toGrid(halfYearTargets));
    const grid = await port.readSource(false);
    const report = summaryOf(grid);
    for (const mode of ["values", "values", "formulas"] as const) {
      expect((await port.writeSummary(report, grid, { sheetName: "指标汇总", mode })).sheetName).toBe("指标汇总");
    }
    expect(workbook.sheetNames()).toEqual(["上半年", "指标汇总"]);
  });

  test("generating from the summary sheet itself makes a new sheet instead of replacing its own source", async () => {
    const { workbook, port } = open(toGrid(halfYearTargets));
    await generate(port);
    expect(workbook.activeSheet?.name).toBe("指标汇总");
    const grid = await port.readSource(false);
    expect(grid.sheetName).toBe("指标汇总");
    const before = workbook.sheet("指标汇总")!.snapshot();
    expect((await generate(port)).name).toBe("指标汇总 (2)");
    expect(workbook.sheet("指标汇总")!.snapshot()).toEqual(before);
  });

  test("a user's sheet named 指标汇总 is never overwritten: the summary goes to 指标汇总 (2), also when regenerated", async () => {
    const { workbook, port } = open(toGrid(halfYearTargets));
    workbook.addSheet("指标汇总", [["我自己的汇总"]]);
    const mine = workbook.sheet("指标汇总")!.snapshot();
    workbook.activate("上半年");
    expect((await generate(port)).name).toBe("指标汇总 (2)");
    workbook.activate("上半年");
    expect((await generate(port)).name).toBe("指标汇总 (2)");
    // Placed right after its source, before the user's sheet.
    expect(workbook.sheetNames()).toEqual(["上半年", "指标汇总 (2)", "指标汇总"]);
    expect(workbook.sheet("指标汇总")!.snapshot()).toEqual(mine);
  });

  test("a wished name equal to the source sheet's never replaces the source", async () => {
    const { workbook, port } = open(toGrid(halfYearTargets));
    const before = workbook.sheet("上半年")!.snapshot();
    expect((await generate(port, "values", "上半年")).name).toBe("上半年 (2)");
    expect(workbook.sheet("上半年")!.snapshot()).toEqual(before);
  });

  test.each([
    ["汇总:1-6月/全年", "汇总_1-6月_全年"],
    ["[草稿]?", "_草稿__"],
    ["'指标汇总'", "指标汇总"],
    ["", "指标汇总"],
    [
      "二〇二四年一至六月工业园区主要经济指标完成情况汇总表(修订稿)(第二版)",
      "二〇二四年一至六月工业园区主要经济指标完成情况汇总表(修订稿)",
    ],
  ])("a bad sheet name %j is cleaned to %j", async (wish, expected) => {
    const { workbook, port } = open(toGrid(halfYearTargets));
    expect((await generate(port, "values", wish)).name).toBe(expected);
    expect(workbook.sheetNames()).toEqual(["上半年", expected]);
  });

  test("formulas mode writes the native formulas that refer to the source cells", async () => {
    const { workbook, port } = open(toGrid(halfYearTargets));
    const { grid, name } = await generate(port, "formulas");
    const expected = summaryFormulaRows(layoutSummarySheet(summaryOf(grid)), grid);
    expect(workbook.sheet(name)!.grid()).toEqual(expected.map((row) => row.map((cell) => cell ?? "")));
    // 工业总产值: 本期 from C3 of the source, 增减额 and 增速 computed on the summary's own cells.
    const sheet = workbook.sheet(name)!;
    expect(sheet.cell(4, 2)?.formula).toBe("='上半年'!C3");
    expect(sheet.cell(4, 4)?.formula).toBe('=IFERROR(C5-D5,"—")');
    const functions = new Set(
      [...sheet.cells.values()].flatMap((cell) => [...(cell.formula ?? "").matchAll(/([A-Z]+)\(/g)].map((m) => m[1])),
    );
    expect([...functions].sort()).toEqual(["IF", "IFERROR", "OR"]);
    // Formula cells are never text-formatted (a formula in an "@" cell would stay text).
    for (const cell of sheet.cells.values()) if (cell.formula !== undefined) expect(cell.numberFormat).not.toBe("@");
  });

  test("其中 rows are indented by indent level, or with full-width spaces where ExcelApi 1.9 is missing", async () => {
    for (const [api, expected] of [
      ["1.9", { value: "工业企业营业收入", indent: 1 }],
      ["1.8", { value: "\u3000工业企业营业收入", indent: 0 }],
    ] as const) {
      const { workbook, port } = open(toGrid(cellIndent), api);
      const grid = toGrid(cellIndent);
      const { sheetName: name } = await port.writeSummary(summaryOf(grid), grid, {
        sheetName: "指标汇总",
        mode: "values",
      });
      const child = [...workbook.sheet(name)!.cells.values()].find((cell) =>
        String(cell.value).endsWith("工业企业营业收入"),
      );
      expect(child).toMatchObject(expected);
    }
  });

  test("on a host without ExcelApi 1.6 calculation is not suspended (the call would fail there)", async () => {
    const { workbook, port } = open(toGrid(halfYearTargets), "1.5");
    await generate(port);
    expect(workbook.requests.map((request) => request.calculationSuspended)).toEqual([false, false, false, false]);
    expect(workbook.sheet("指标汇总")?.cell(0, 0)?.value).toBe("2024年1—6月工业园区主要经济指标完成情况");
  });

  test("without ExcelApi 1.20 the run is not asked to merge undo", async () => {
    const { workbook, port } = open(toGrid(halfYearTargets), "1.12");
    await generate(port);
    expect(workbook.runs).toEqual([{ delayForCellEdit: true }, { delayForCellEdit: true }]);
  });

  test("a write that fails half-way leaves a marked sheet, which regenerating replaces", async () => {
    const { workbook, port } = open(toGrid(halfYearTargets));
    const grid = await port.readSource(false);
    const report = summaryOf(grid);
    workbook.failAtRequest = 4; // read 1, list sheets 2, first half 3, second half and formats 4
    await expect(port.writeSummary(report, grid, { sheetName: "指标汇总", mode: "values" })).rejects.toMatchObject({
      code: "GeneralException",
      message:
        "汇总表“指标汇总”没有写完,Excel 中途出错(There was an internal error while processing the request.)。" +
        "请再点一次“生成汇总表”,它会替换这张没写完的表;不需要时也可以点“删除生成的表”。",
    });
    expect(workbook.sheetNames()).toEqual(["上半年", "指标汇总"]);
    workbook.failAtRequest = undefined;
    workbook.activate("上半年");
    await port.writeSummary(report, grid, { sheetName: "指标汇总", mode: "values" });
    expect(workbook.sheetNames()).toEqual(["上半年", "指标汇总"]);
    expect(workbook.sheet("指标汇总")?.grid()).toHaveLength(layoutSummarySheet(report).rows.length);
  });

  test("progress is reported from start to 已完成, never going back", async () => {
    const { port } = open(toGrid(halfYearTargets));
    const grid = await port.readSource(false);
    const steps: [number, string][] = [];
    await port.writeSummary(summaryOf(grid), grid, {
      sheetName: "指标汇总",
      mode: "values",
      onProgress: (percent, step) => steps.push([percent, step]),
    });
    expect(steps[0]).toEqual([5, "正在读取工作簿"]);
    expect(steps.at(-1)).toEqual([100, "已完成"]);
    const percents = steps.map(([percent]) => percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
  });

  test("a sheet over 5 MB is written in more requests, each under 5 MB, and arrives whole", async () => {
    const long = "(按现行价格计算,含规模以上工业企业、限额以上批发零售企业及重点服务业企业)".repeat(3);
    // The grid is handed over as the pane holds it: read back whole, this sheet is itself over 5 MB.
    const grid = manyIndicators(10000, "指标表", long);
    const { workbook, port } = open(grid);
    const report = summaryOf(grid);
    await port.writeSummary(report, grid, { sheetName: "指标汇总", mode: "formulas" });
    const writes = workbook.requests.slice(1);
    const total = writes.reduce((sum, request) => sum + request.bytes, 0);
    expect(total).toBeGreaterThan(2 * FAKE_PAYLOAD_LIMIT);
    expect(writes.length).toBe(planSummaryWrite(report, grid, "formulas").chunks.length);
    expect(writes.length).toBeGreaterThanOrEqual(3);
    for (const request of writes) expect(request.bytes).toBeLessThan(FAKE_PAYLOAD_LIMIT);
    for (const request of writes) expect(request.calculationSuspended).toBe(true);
    const expected = summaryFormulaRows(layoutSummarySheet(report), grid);
    expect(workbook.sheet("指标汇总")!.grid()).toEqual(expected.map((row) => row.map((cell) => cell ?? "")));
  });
});

describe("reading the source", () => {
  test("the used range is read with its origin, values, displayed text, formats and indents", async () => {
    const workbook = new FakeWorkbook();
    const fixture = toGrid(cellIndent);
    workbook.addGridSheet({ ...fixture, origin: { row: 2, column: 1 } });
    const port = new OfficeWorkbookPort(fakeOfficeHost(workbook));
    const grid = await port.readSource(false);
    expect(grid.sheetName).toBe(fixture.sheetName);
    expect(grid.origin).toEqual({ row: 2, column: 1 });
    const strip = (g: SheetGrid) =>
      g.cells.map((row) => row.map((cell) => [cell.value, cell.text ?? "", cell.indent ?? 0]));
    // The used range may be narrower than the fixture where its last columns are blank.
    const read = strip(grid);
    expect(read).toEqual(strip(fixture).map((row) => row.slice(0, read[0]!.length)));
    expect(buildReport(grid).paragraphs).toEqual(buildReport(fixture).paragraphs);
  });

  test.each(FIXTURE_SHEETS.map((fixture) => [fixture.name, fixture] as const))(
    "fixture %s read back from the workbook gives the same narrative",
    async (_name, fixture) => {
      const { port } = open(toGrid(fixture));
      const grid = await port.readSource(false);
      expect(buildReport(grid).paragraphs).toEqual(buildReport(toGrid(fixture)).paragraphs);
    },
  );

  test("rows the user hid are read in the same request and named in a warning, not stated as visible", async () => {
    const workbook = new FakeWorkbook();
    const fixture = toGrid(halfYearTargets);
    // The grid's third row (工业总产值) hidden, with the table starting in B3.
    workbook.addGridSheet({ ...fixture, origin: { row: 2, column: 1 }, hiddenRows: [2] });
    const port = new OfficeWorkbookPort(fakeOfficeHost(workbook));
    const grid = await port.readSource(false);
    expect(workbook.syncCount).toBe(1);
    expect(grid.hiddenRows).toEqual([2]);
    const hidden = buildReport(grid).warnings.filter((warning) => warning.message.includes("隐藏"));
    expect(hidden.map((warning) => [warning.row, warning.message])).toEqual([
      [2, "第5行“工业总产值”:这一行在表中是隐藏的,文字和汇总表照常写入,请核对是否应当写入"],
    ]);
  });

  test("without ExcelApi 1.9 the rows' visibility is not asked for (the call would fail there)", async () => {
    const { workbook, port } = open({ ...toGrid(halfYearTargets), hiddenRows: [2] }, "1.8");
    const grid = await port.readSource(false);
    expect(workbook.syncCount).toBe(1);
    expect(grid.hiddenRows).toBeUndefined();
  });

  test("selection only reads the selected block", async () => {
    const { workbook, port } = open(toGrid(halfYearTargets));
    workbook.selection = {
      sheetId: workbook.sheet("上半年")!.id,
      rect: { firstRow: 1, firstColumn: 0, lastRow: 3, lastColumn: 2 },
    };
    const grid = await port.readSource(true);
    expect(grid.origin).toEqual({ row: 1, column: 0 });
    expect(grid.cells.map((row) => row.map((cell) => cell.value))).toEqual([
      ["项目", "单位", "本月止累计"],
      ["工业总产值", "亿元", 96.4],
      ["税收收入", "万元", 21860],
    ]);
  });

  test("a selection of several areas gives a Chinese message saying what to do", async () => {
    const { workbook, port } = open(toGrid(halfYearTargets));
    workbook.selectionHasManyAreas = true;
    await expect(port.readSource(true)).rejects.toThrow(
      "选中的是多个不连续的区域,请只选中指标表所在的一个连续区域后重试。",
    );
  });

  test("an empty sheet gives no cells", async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet("空表");
    const grid = await new OfficeWorkbookPort(fakeOfficeHost(workbook)).readSource(false);
    expect(grid).toEqual({ sheetName: "空表", cells: [], origin: { row: 0, column: 0 } });
  });

  test("a sheet too large for one response gives a Chinese message saying what to do", async () => {
    const workbook = new FakeWorkbook();
    const text = "规模以上工业企业主营业务收入(按现行价格计算)".repeat(10);
    workbook.addSheet(
      "大表",
      Array.from({ length: 20000 }, () => [text, text]),
    );
    await expect(new OfficeWorkbookPort(fakeOfficeHost(workbook)).readSource(false)).rejects.toThrow(
      "表格太大,超出了Excel单次读取的上限(5 MB)。请只选中指标表所在的区域,打开“仅分析选中区域”后点“重新识别”。",
    );
  });

  test("without ExcelApi 1.9 indents are not read, and the read still takes one sync", async () => {
    const { workbook, port } = open(toGrid(cellIndent), "1.8");
    const grid = await port.readSource(false);
    expect(grid.cells.flat().every((cell) => cell.indent === undefined)).toBe(true);
    expect(workbook.requests.map((request) => request.operations)).toEqual([["Range.load", "Worksheet.load"]]);
  });
});

describe("deleting, the template, selecting, settings", () => {
  test("deleteGenerated removes only the sheets the add-in generated", async () => {
    const { workbook, port } = open(toGrid(halfYearTargets));
    workbook.addSheet("指标汇总", [["用户的表"]]);
    workbook.activate("上半年");
    await generate(port);
    workbook.activate("上半年");
    await generate(port, "values", "第二份汇总");
    await port.insertTemplate();
    expect(workbook.sheetNames()).toEqual(["上半年", "第二份汇总", "指标汇总 (2)", "指标汇总", "指标表"]);
    const syncsBefore = workbook.syncCount;
    expect(await port.deleteGenerated()).toBe(2);
    expect(workbook.syncCount - syncsBefore).toBe(2);
    expect(workbook.sheetNames()).toEqual(["上半年", "指标汇总", "指标表"]);
    expect(await port.deleteGenerated()).toBe(0);
    expect(workbook.sheetNames()).toEqual(["上半年", "指标汇总", "指标表"]);
  });

  test("a generated sheet is known by id: renamed it is still replaced, a copy the user made is not", async () => {
    const { workbook, port } = open(toGrid(halfYearTargets));
    await generate(port);
    workbook.sheet("指标汇总")!.name = "我改的名";
    workbook.activate("上半年");
    await generate(port);
    expect(workbook.sheetNames()).toEqual(["上半年", "指标汇总"]);
    expect(Object.values(JSON.parse(workbook.savedSettings[GENERATED_SHEETS_KEY]!) as object)).toEqual(["指标汇总"]);
  });

  test("the marks survive reopening the file (document settings)", async () => {
    const { workbook, port } = open(toGrid(halfYearTargets));
    await generate(port);
    const reopened = new OfficeWorkbookPort(fakeOfficeHost(workbook, new FakeSettings(workbook)));
    expect(await reopened.deleteGenerated()).toBe(1);
    expect(workbook.sheetNames()).toEqual(["上半年"]);
  });

  test("insertTemplate adds the standard sheet under a free name, with a bold header", async () => {
    const { workbook, port } = open(toGrid(halfYearTargets));
    workbook.addSheet("指标表");
    const before = workbook.syncCount;
    const name = await port.insertTemplate();
    expect(workbook.syncCount - before).toBe(2);
    expect(name).toBe("指标表 (2)");
    const sheet = workbook.sheet(name)!;
    expect(sheet.grid()).toEqual([
      ["主要经济指标完成情况表", "", "", "", "", "", ""],
      ["填表说明:本期填累计数;同比增长、完成目标填百分数(9.29表示9.29%)", "", "", "", "", "", ""],
      ["指标名称", "计量单位", "本期", "上年同期", "同比增长(%)", "全年目标", "完成目标(%)"],
    ]);
    expect(sheet.cell(2, 6)?.bold).toBe(true);
    expect(workbook.activeSheet?.name).toBe(name);
    expect(workbook.selection?.rect).toEqual({ firstRow: 3, firstColumn: 0, lastRow: 3, lastColumn: 0 });
  });

  test("selectCell activates the sheet and selects the cell", async () => {
    const { workbook, port } = open(toGrid(halfYearTargets));
    workbook.addSheet("其他");
    workbook.activate("其他");
    const before = workbook.syncCount;
    await port.selectCell("上半年", 4, 2);
    expect(workbook.syncCount - before).toBe(2);
    expect(workbook.activeSheet?.name).toBe("上半年");
    expect(workbook.selection).toEqual({
      sheetId: workbook.sheet("上半年")!.id,
      rect: { firstRow: 4, firstColumn: 2, lastRow: 4, lastColumn: 2 },
    });
  });

  test("selectCell on a sheet that is gone says so in Chinese", async () => {
    const { port } = open(toGrid(halfYearTargets));
    await expect(port.selectCell("已删除的表", 0, 0)).rejects.toThrow(
      "找不到工作表“已删除的表”,它可能已被删除或改名。请重新读取表格后再试。",
    );
  });

  test("settings round-trip through the document and survive reopening", async () => {
    const { workbook, port } = open(toGrid(halfYearTargets));
    expect(await port.loadSettings()).toBeUndefined();
    const settings = {
      periodLabel: "1-6月",
      decimals: 2,
      convertUnits: false,
      clauses: {
        change: true,
        completion: true,
        progress: false,
        highlights: true,
        placeRanking: true,
        contribution: false,
        pull: false,
      },
      outputSheetName: "上半年汇总",
      mode: "formulas",
    } as const;
    await port.saveSettings(settings);
    expect(await port.loadSettings()).toEqual(settings);
    const reopened = new OfficeWorkbookPort(fakeOfficeHost(workbook, new FakeSettings(workbook)));
    expect(await reopened.loadSettings()).toEqual(settings);
  });

  test("malformed stored settings keep only their well-formed fields", async () => {
    const workbook = new FakeWorkbook();
    workbook.addSheet("表");
    workbook.savedSettings = {
      "tongji.paneSettings": JSON.stringify({
        decimals: "两位",
        mode: "formulas",
        convertUnits: 1,
        clauses: { change: true },
      }),
    };
    const port = new OfficeWorkbookPort(fakeOfficeHost(workbook, new FakeSettings(workbook)));
    expect(await port.loadSettings()).toEqual({ mode: "formulas" });
  });

  test("settings that cannot be saved give a Chinese message", async () => {
    const { workbook, port } = open(toGrid(halfYearTargets));
    workbook.failSettingsSave = true;
    await expect(
      port.saveSettings({
        decimals: 1,
        convertUnits: true,
        clauses: {
          change: false,
          completion: true,
          progress: true,
          highlights: false,
          placeRanking: true,
          contribution: false,
          pull: false,
        },
        outputSheetName: "指标汇总",
        mode: "values",
      }),
    ).rejects.toThrow("无法把设置保存到工作簿:The document is read-only.。请检查工作簿是否为只读后重试。");
  });
});

describe("downloads (the Word report)", () => {
  test.each([
    ["OfficeOnline", true],
    ["PC", false],
    ["Mac", false],
    [undefined, false],
  ] as const)("platform %s: the port offers downloads: %s", (platform, offered) => {
    const host = fakeOfficeHost(new FakeWorkbook({ excelApi: "1.20" }));
    const port = new OfficeWorkbookPort(platform === undefined ? host : { ...host, platform });
    expect(port.download !== undefined).toBe(offered);
  });
});
