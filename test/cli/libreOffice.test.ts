import { existsSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Report } from "../../src/report/types";
import { buildSummaryDocument } from "../../src/output/summaryDocument";
import { renderSummaryWorkbook } from "../../src/workbook/xlsx/writeSummaryWorkbook";
import { libreOfficeCsv, SOFFICE } from "./libreOfficeCsv";

const report: Report = {
  analysis: {
    sheetName: "指标",
    layout: { headerRow: 0, firstDataRow: 1, lastDataRow: 2, columns: {}, confidence: 1 },
    period: { label: "1-9月", months: 9 },
    indicators: [],
    warnings: [],
    headerTexts: [],
  },
  period: { label: "1-9月", months: 9 },
  table: {
    title: "2024年1-9月主要经济指标汇总",
    columns: [
      { key: "name", header: "指标", numberFormat: "@" },
      { key: "unit", header: "单位", numberFormat: "@" },
      { key: "current", header: "本期", numberFormat: "0.00" },
      { key: "growth", header: "增速(%)", numberFormat: "0.0" },
    ],
    rows: [
      {
        indicator: 0,
        level: 0,
        cells: [{ value: "固定资产投资" }, { value: "亿元" }, { value: 37.5912 }, { value: 23.8 }],
      },
      {
        indicator: 1,
        level: 1,
        cells: [{ value: "工业有效投资" }, { value: "亿元" }, { value: 22.5316 }, { value: 25.6 }],
      },
    ],
  },
  paragraphs: ["1-9月,完成固定资产投资37.59亿元,同比增长23.8%,其中工业有效投资22.53亿元,同比增长25.6%。"],
  warnings: [],
};

describe("the written workbook opens in LibreOffice", () => {
  it("converts to CSV with the title, table as displayed, and paragraph", async () => {
    expect(existsSync(SOFFICE)).toBe(true); // fails, never skips, where LibreOffice is missing
    const dir = await mkdtemp(join(tmpdir(), "tongji-lo-"));
    const file = join(dir, "汇总.xlsx");
    await writeFile(file, await renderSummaryWorkbook(buildSummaryDocument(report)));
    const csv = await libreOfficeCsv(file);
    expect(csv.slice(0, 6)).toEqual([
      // Text cells come back quoted, numbers unquoted as their number format displays them.
      '"2024年1-9月主要经济指标汇总",,,',
      '"统计期:1-9月",,,',
      ",,,",
      '"指标","单位","本期","增速(%)"',
      '"固定资产投资","亿元",37.59,23.8',
      '"工业有效投资","亿元",22.53,25.6',
    ]);
    expect(csv).toContain(`"${report.paragraphs[0] ?? ""}",,,`);
  }, 120_000);
});
