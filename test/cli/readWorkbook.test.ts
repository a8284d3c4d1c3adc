import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { SheetGrid } from "../../src/report/types";
import { displayText } from "../../src/output/displayText";
import { plainValue } from "../../src/workbook/xlsx/readSheetGrid";
import { readWorkbookGrids, SheetTooLarge } from "../../src/workbook/xlsx/readWorkbook";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tongji-read-"));
});

let count = 0;
/** Writes a one-sheet workbook ("指标") filled by `fill` and returns its file. */
async function written(fill: (sheet: ExcelJS.Worksheet) => void, book = new ExcelJS.Workbook()): Promise<string> {
  fill(book.addWorksheet("指标"));
  const file = join(dir, `${(count += 1)}.xlsx`);
  await book.xlsx.writeFile(file);
  return file;
}

async function gridOf(file: string): Promise<SheetGrid> {
  const grid = (await readWorkbookGrids(file)).grids.get("指标");
  if (grid === undefined) throw new Error("sheet lost");
  return grid;
}

describe("reading an .xlsx sheet into a grid", () => {
  it("gives the displayed text from the number format, as Excel shows it", async () => {
    const grid = await gridOf(
      await written((s) => {
        const cases: [number, string][] = [
          [37.5678, "0.00"],
          [0.305, "0.0%"],
          [123456.7, "#,##0.0"],
          [9.29, "General"],
        ];
        cases.forEach(([value, fmt], i) => {
          const cell = s.getCell(i + 1, 1);
          cell.value = value;
          cell.numFmt = fmt;
        });
      }),
    );
    expect(grid.cells.map((row) => row[0]?.text)).toEqual(["37.57", "30.5%", "123,456.7", "9.29"]);
    expect(grid.cells[1]?.[0]?.value).toBe(0.305);
    expect(grid.cells[1]?.[0]?.numberFormat).toBe("0.0%");
  });

  it("reads formulas as their cached result, rich text as text, indent, and merged cells at their top-left", async () => {
    const grid = await gridOf(
      await written((s) => {
        s.getCell("A1").value = "2024年1-9月主要经济指标";
        s.mergeCells("A1:C1");
        s.getCell("A2").value = { richText: [{ text: "其中:" }, { text: "工业投资", font: { bold: true } }] };
        s.getCell("A2").alignment = { indent: 2 };
        s.getCell("B2").value = { formula: "1+1", result: 2 };
        s.getCell("C2").value = { formula: "B2*2" };
        s.getCell("D2").value = 7;
      }),
    );
    expect(grid.cells[0]?.map((c) => c.value)).toEqual(["2024年1-9月主要经济指标"]);
    expect(grid.cells[1]?.[0]).toMatchObject({ value: "其中:工业投资", indent: 2 });
    expect(grid.cells[1]?.[1]).toMatchObject({ value: 2, text: "2" });
    expect(grid.cells[1]?.[2]?.value).toBeNull();
    expect(grid.cells[1]?.[3]?.value).toBe(7);
  });

  it("turns dates into Excel serials and shows them with their format", async () => {
    const serial = plainValue(new Date(Date.UTC(2024, 8, 30)));
    expect(serial).toBe(45565);
    expect(displayText(serial, "yyyy-mm-dd")).toBe("2024-09-30");
    const grid = await gridOf(
      await written((s) => {
        s.getCell("A1").value = new Date(Date.UTC(2024, 8, 30));
        s.getCell("A1").numFmt = "yyyy-mm-dd";
      }),
    );
    expect(grid.cells[0]?.[0]).toMatchObject({ value: 45565, text: "2024-09-30" });
  });

  it("reads an empty sheet as an empty grid and a 50,000-row sheet in full, Chinese text whole", async () => {
    expect((await gridOf(await written(() => undefined))).cells).toEqual([]);
    const big = await gridOf(
      await written((s) => {
        for (let r = 1; r <= 50_000; r += 1) {
          s.getCell(r, 1).value = `其中:指标${r}`;
          s.getCell(r, 2).value = r / 3;
          s.getCell(r, 2).numFmt = "0.00";
        }
      }),
    );
    expect(big.cells).toHaveLength(50_000);
    expect(big.cells[49_999]?.map((c) => c.text)).toEqual(["其中:指标50000", "16666.67"]);
    // ExcelJS alone garbles a character cut between two zip chunks ("其��:指标475").
    const garbled = big.cells.filter((row, r) => row[0]?.value !== `其中:指标${r + 1}`);
    expect(garbled).toEqual([]);
  }, 60_000);

  it("lists the rows the sheet hides", async () => {
    const grid = await gridOf(
      await written((s) => {
        for (let r = 1; r <= 5; r += 1) s.getCell(r, 1).value = `行${r}`;
        s.getRow(2).hidden = true;
        s.getRow(4).hidden = true;
      }),
    );
    expect(grid.hiddenRows).toEqual([1, 3]);
  });

  it("gives the sheets in the workbook's order, or only the one asked for", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("说明").getCell("A1").value = "填表说明";
    const file = await written((s) => {
      s.getCell("A1").value = "指标名称";
    }, book);
    const all = await readWorkbookGrids(file);
    expect(all.sheetNames).toEqual(["说明", "指标"]);
    expect([...all.grids.keys()]).toEqual(["说明", "指标"]);
    const one = await readWorkbookGrids(file, { only: "指标" });
    expect(one.sheetNames).toEqual(["说明", "指标"]);
    expect([...one.grids.keys()]).toEqual(["指标"]);
  });
});

describe("cells that hold nothing", () => {
  it("cost nothing: blanks before a figure are one shared blank, trailing blanks and blank rows are left out", async () => {
    const grid = await gridOf(
      await written((s) => {
        s.getColumn(2).numFmt = "0.00";
        s.getCell("A1").value = "指标";
        s.getCell("D1").value = 1;
        s.getCell("E1").value = "   ";
        s.getRow(2).numFmt = "0.0%";
        s.getCell("A3").value = "工业";
        s.getCell("XFD1048576").value = " ";
      }),
    );
    expect(grid.cells.map((row) => row.map((cell) => [cell.value, cell.text, cell.numberFormat]))).toEqual([
      [
        ["指标", "指标", "General"],
        [null, "", "General"],
        [null, "", "General"],
        [1, "1", "General"],
      ],
      [],
      [["工业", "工业", "General"]],
    ]);
    expect(grid.cells[0]?.[1]).toBe(grid.cells[0]?.[2]);
  });

  it("shows text under General and the text format as written", () => {
    expect(displayText("  1,234 ", "General")).toBe("  1,234 ");
    expect(displayText("其中:工业", "@")).toBe("其中:工业");
    expect(displayText("x", '0;-0;0;"文本:"@')).toBe("文本:x");
  });
});

describe("limits", () => {
  const rows = (n: number) => (s: ExcelJS.Worksheet) => {
    for (let r = 1; r <= n; r += 1) s.getRow(r * 2).values = [`指标${r}`, r];
  };

  it("stop at the rows holding data past the limit, blank rows between them not counted", async () => {
    const file = await written(rows(4));
    await expect(readWorkbookGrids(file, { limits: { maxRows: 4, maxCells: 100 } })).resolves.toBeDefined();
    const error = await readWorkbookGrids(file, { limits: { maxRows: 3, maxCells: 100 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SheetTooLarge);
    expect(error).toMatchObject({ sheetName: "指标", what: "rows", limit: 3 });
  });

  it("stop at the cells holding data past the limit", async () => {
    const file = await written(rows(4));
    const error = await readWorkbookGrids(file, { limits: { maxRows: 10, maxCells: 7 } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ what: "cells", limit: 7 });
  });
});

describe("zip orders", () => {
  it("reads a workbook whose parts come after its worksheets, every time", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("指标");
    sheet.getRow(1).values = ["指标名称", "本期"];
    sheet.getRow(2).values = ["工业总产值", 12];
    const source = await JSZip.loadAsync(await book.xlsx.writeBuffer());
    // Worksheets first, then the shared strings, the styles and the workbook itself, last; stored, not deflated.
    const names = Object.keys(source.files)
      .filter((name) => !source.files[name]!.dir)
      .sort((a, b) => Number(!a.startsWith("xl/worksheets/")) - Number(!b.startsWith("xl/worksheets/")))
      .sort((a, b) => Number(a === "xl/workbook.xml") - Number(b === "xl/workbook.xml"));
    const reordered = new JSZip();
    for (const name of names) reordered.file(name, await source.file(name)!.async("uint8array"));
    const file = join(dir, "次序.xlsx");
    await writeFile(file, await reordered.generateAsync({ type: "nodebuffer" }));
    for (let run = 0; run < 30; run += 1) {
      const grid = (await readWorkbookGrids(file)).grids.get("指标");
      expect(grid?.cells[1]?.map((cell) => cell.value)).toEqual(["工业总产值", 12]);
    }
  });
});
