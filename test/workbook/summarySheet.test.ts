import { summaryOf } from "../summary/summaryOf";
import { MAX_CELL_CHARS } from "../../src/workbook/excelLimits";
import { layoutSummarySheet, splitForCells } from "../../src/workbook/summarySheet";
import { toGrid } from "../fixtures/fixtureSheet";
import { cellIndent } from "../fixtures/sheets/cellIndent";
import { manyIndicators } from "./manyIndicators";

describe("the summary sheet layout", () => {
  test("title, period, table header, one row per indicator, then 文字材料 and the paragraphs", () => {
    const report = summaryOf(toGrid(cellIndent));
    const layout = layoutSummarySheet(report);
    const firstColumn = layout.rows.map((row) => row[0]?.value);
    expect(firstColumn.slice(0, 4)).toEqual([report.table.title, "统计期:一季度", null, "指标"]);
    expect(layout.rows[layout.tableHeaderRow]!.map((cell) => cell.value)).toEqual([
      "指标",
      "单位",
      "本期",
      "上年同期",
      "增减额",
      "增速(%)",
    ]);
    expect(layout.tableLastRow - layout.tableFirstRow + 1).toBe(report.table.rows.length);
    expect(firstColumn[layout.tableLastRow + 2]).toBe("文字材料");
    expect(layout.paragraphRows.map(({ row }) => firstColumn[row])).toEqual(report.paragraphs);
    expect(layout.paragraphRows.every(({ row }) => layout.rows[row]![0]!.wrap === true)).toBe(true);
  });

  test("其中 rows are indented, texts are text-formatted, figures keep the column's format", () => {
    const layout = layoutSummarySheet(summaryOf(toGrid(cellIndent)));
    const child = layout.rows.find((row) => row[0]?.value === "工业企业营业收入")!;
    expect(child[0]).toMatchObject({ indent: 1, numberFormat: "@" });
    // The sheet shows 本期 in General cells, and so does the summary.
    expect(child[2]).toMatchObject({ value: 44.05, numberFormat: "General" });
  });

  test("a paragraph longer than a cell holds is split at sentence ends, each part within 32,767 characters", () => {
    const sentence = "完成固定资产投资37.59亿元,同比增长23.8%;";
    const paragraph = sentence.repeat(Math.ceil((MAX_CELL_CHARS * 2.5) / sentence.length)) + "。";
    const parts = splitForCells(paragraph);
    expect(parts).toHaveLength(3);
    expect(parts.join("")).toBe(paragraph);
    for (const part of parts.slice(0, -1)) {
      expect(part.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
      expect(part.endsWith(";")).toBe(true);
    }
  });

  test("the narrative of 10,000 indicators fills several paragraph cells, none over the limit", () => {
    const layout = layoutSummarySheet(summaryOf(manyIndicators(10000)));
    expect(layout.paragraphRows.length).toBeGreaterThan(1);
    for (const { row } of layout.paragraphRows) {
      expect(String(layout.rows[row]![0]!.value).length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    }
  });
});
