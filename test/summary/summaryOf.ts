import { buildReport } from "../../src/report";
import type { ReportOptions, SheetGrid } from "../../src/report/types";
import { buildSummaryDocument, type SummaryDocument } from "../../src/output/summaryDocument";

/** The summary document of a sheet, as every face builds it (report, then document). */
export function summaryOf(grid: SheetGrid, options: ReportOptions = {}): SummaryDocument {
  return buildSummaryDocument(buildReport(grid, options));
}
