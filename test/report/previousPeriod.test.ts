import { buildReport } from "../../src/report/buildReport";
import { august, SEPTEMBER_VERSUS_AUGUST, september, UNMATCHED_WARNING } from "../fixtures/periodSheets";
import { toGrid } from "../fixtures/fixtureSheet";

describe("the previous period from another sheet", () => {
  const report = buildReport(toGrid(september), { previousPeriod: toGrid(august) });

  it("compares each growth with the same indicator's growth there, named by that sheet's period", () => {
    expect(report.paragraphs).toEqual([SEPTEMBER_VERSUS_AUGUST]);
  });

  it("names in one warning the indicators found in only one of the two sheets", () => {
    expect(report.warnings.map((warning) => [warning.code, warning.message])).toEqual([
      ["previous-unmatched", UNMATCHED_WARNING],
    ]);
  });

  it("adds the 比上期 column to the summary table, without a formula (the earlier sheet is elsewhere)", () => {
    const column = report.table.columns.findIndex((c) => c.key === "versus");
    expect(report.table.columns[column]?.header).toBe("比上期(百分点)");
    expect(report.table.rows.map((row) => row.cells[column])).toEqual([
      { value: -0.7 },
      { value: 1.9 },
      { value: -1 },
      { value: null },
    ]);
  });

  it("leaves the sheet unchanged and, without an earlier sheet, says nothing of it", () => {
    expect(buildReport(toGrid(september)).paragraphs[0]).toBe(
      "1-9月,实现规上工业总产值512.3亿元,同比增长8.5%;完成固定资产投资37.59亿元,同比下降3.2%;实现一般公共预算收入18.6亿元,同比下降0.4%;新增市场主体5210户,同比增长7.9%。",
    );
  });
});
