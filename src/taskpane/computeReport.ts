import { buildReport } from "../report/buildReport";
import { MESSAGES } from "../report/messages";
import { ReportError, type Report, type ReportWarning, type SheetGrid } from "../report/types";
import { errorMessage, type SheetAdvice } from "./errorMessage";
import { omit } from "./omit";
import type { PaneMessage } from "./paneMessage";
import { toReportOptions, type LayoutOverride, type ReportSettings } from "./toReportOptions";

export type ReportOutcome = { readonly report: Report } | { readonly failure: PaneMessage };

/**
 * The message for an error of the engine itself (a bug, not a sheet it cannot read): Excel did nothing
 * wrong here, so the advice is not Excel's; the program's message follows in brackets for whoever fixes it.
 */
function programErrorMessage(error: unknown): PaneMessage {
  const text = (error instanceof Error ? error.message : String(error)).trim();
  return {
    intent: "error",
    title: "识别指标表失败",
    body:
      `统计助手出现了程序问题,没能读完这张表${text === "" ? "" : `(${text})`}。原始指标表没有改动。` +
      "请点“重新识别”再试;如果仍然出错,请把这条提示和这张表发给维护人员。",
  };
}

/** Runs the engine on the sheet read with the pane's settings and column roles; a sheet it cannot read becomes a message. */
export function computeReport(
  source: SheetGrid,
  settings: ReportSettings,
  override?: LayoutOverride,
  advice?: SheetAdvice,
): ReportOutcome {
  try {
    return { report: buildReport(source, toReportOptions(settings, override)) };
  } catch (error) {
    // A focus place chosen on another sheet: this sheet's report without it (its own places are offered).
    if (error instanceof ReportError && error.code === "place-not-found" && settings.place !== undefined) {
      return computeReport(source, omit(settings, "place"), override, advice);
    }
    // An earlier period's sheet the engine cannot read: this sheet's report, the reason among its warnings.
    if (error instanceof ReportError && settings.previousPeriod !== undefined) {
      const outcome = computeReport(source, omit(settings, "previousPeriod"), override, advice);
      if (!("report" in outcome)) return outcome;
      const { report } = outcome;
      const warning: ReportWarning = {
        code: "previous-sheet-unreadable",
        row: report.analysis.layout.headerRow,
        message: MESSAGES.previousSheetUnreadable(settings.previousPeriod.sheetName, error.message),
      };
      return { report: { ...report, warnings: [...report.warnings, warning] } };
    }
    return {
      failure: error instanceof ReportError ? errorMessage(error, "识别指标表", advice) : programErrorMessage(error),
    };
  }
}
