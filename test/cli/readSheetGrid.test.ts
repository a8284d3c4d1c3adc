import ExcelJS from "exceljs";
import { displayText } from "../../src/output/displayText";
import { readSheetGrid, plainValue } from "../../src/workbook/xlsx/readSheetGrid";

async function roundTrip(fill: (sheet: ExcelJS.Worksheet) => void): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet("指标"));
  const buffer = await book.xlsx.writeBuffer();
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(buffer);
  const sheet = again.getWorksheet("指标");
  if (sheet === undefined) throw new Error("sheet lost");
  return sheet;
}

describe("reading an .xlsx sheet into a grid", () => {
  it("gives the displayed text from the number format, as Excel shows it", async () => {
    const sheet = await roundTrip((s) => {
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
    });
    const grid = readSheetGrid(sheet);
    expect(grid.cells.map((row) => row[0]?.text)).toEqual(["37.57", "30.5%", "123,456.7", "9.29"]);
    expect(grid.cells[1]?.[0]?.value).toBe(0.305);
    expect(grid.cells[1]?.[0]?.numberFormat).toBe("0.0%");
  });

  it("reads formulas as their cached result, rich text as text, indent and merged cells", async () => {
    const sheet = await roundTrip((s) => {
      s.getCell("A1").value = "2024年1-9月主要经济指标";
      s.mergeCells("A1:C1");
      s.getCell("A2").value = { richText: [{ text: "其中:" }, { text: "工业投资", font: { bold: true } }] };
      s.getCell("A2").alignment = { indent: 2 };
      s.getCell("B2").value = { formula: "1+1", result: 2 };
      s.getCell("C2").value = { formula: "B2*2" };
    });
    const grid = readSheetGrid(sheet);
    expect(grid.cells[0]?.map((c) => c.value)).toEqual(["2024年1-9月主要经济指标", null, null]);
    expect(grid.cells[1]?.[0]).toMatchObject({ value: "其中:工业投资", indent: 2 });
    expect(grid.cells[1]?.[1]).toMatchObject({ value: 2, text: "2" });
    expect(grid.cells[1]?.[2]?.value).toBeNull();
  });

  it("turns dates into Excel serials and shows them with their format", () => {
    const serial = plainValue(new Date(Date.UTC(2024, 8, 30)));
    expect(serial).toBe(45565);
    expect(displayText(serial, "yyyy-mm-dd")).toBe("2024-09-30");
  });

  it("reads an empty sheet as an empty grid and a 50,000-row sheet in full", async () => {
    expect(readSheetGrid(await roundTrip(() => undefined)).cells).toEqual([]);
    const big = readSheetGrid(
      await roundTrip((s) => {
        for (let r = 1; r <= 50_000; r += 1) {
          s.getCell(r, 1).value = `指标${r}`;
          s.getCell(r, 2).value = r / 3;
          s.getCell(r, 2).numFmt = "0.00";
        }
      }),
    );
    expect(big.cells).toHaveLength(50_000);
    expect(big.cells[49_999]?.map((c) => c.text)).toEqual(["指标50000", "16666.67"]);
  }, 60_000);
});

describe("cells the file does not hold", () => {
  it("read as blank with the number format and indent of their row or column, the row's winning", async () => {
    const sheet = await roundTrip((s) => {
      s.getColumn(2).numFmt = "0.00";
      s.getColumn(3).alignment = { indent: 1 };
      s.getCell("A1").value = "指标";
      s.getCell("D1").value = 1;
      s.getCell("A2").value = "工业";
      s.getRow(2).numFmt = "0.0%";
      s.getCell("D2").value = 2;
    });
    const grid = readSheetGrid(sheet);
    expect(grid.cells.map((row) => row.map((cell) => [cell.value, cell.text, cell.numberFormat, cell.indent]))).toEqual(
      [
        [
          ["指标", "指标", "General", undefined],
          [null, "", "0.00", undefined],
          [null, "", "General", 1],
          [1, "1", "General", undefined],
        ],
        [
          ["工业", "工业", "0.0%", undefined],
          [null, "", "0.0%", undefined],
          [null, "", "0.0%", 1],
          [2, "200.0%", "0.0%", undefined],
        ],
      ],
    );
  });

  it("shows text under General and the text format as written", () => {
    expect(displayText("  1,234 ", "General")).toBe("  1,234 ");
    expect(displayText("其中:工业", "@")).toBe("其中:工业");
    expect(displayText("x", '0;-0;0;"文本:"@')).toBe("文本:x");
  });
});
