import { buildReport } from "../report/buildReport";
import type { Report, SheetGrid } from "../report/types";
import { errorMessage } from "./errorMessage";
import type { PaneMessage } from "./paneMessage";
import { toReportOptions, type LayoutOverride, type ReportSettings } from "./toReportOptions";

export type ReportOutcome = { readonly report: Report } | { readonly failure: PaneMessage };

/** Runs the engine on the sheet read with the pane's settings and column roles; a sheet it cannot read becomes a message. */
export function computeReport(source: SheetGrid, settings: ReportSettings, override?: LayoutOverride): ReportOutcome {
  try {
    return { report: buildReport(source, toReportOptions(settings, override)) };
  } catch (error) {
    return { failure: errorMessage(error, "识别指标表") };
  }
}
