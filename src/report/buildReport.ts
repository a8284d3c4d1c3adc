import { analyzeSheet } from "./analyzeSheet";
import { buildHighlights } from "./buildHighlights";
import { buildNarrative } from "./buildNarrative";
import { buildSummaryTable } from "./buildSummaryTable";
import { effectivePeriod } from "./effectivePeriod";
import { focusPlace } from "./places/focusPlace";
import { buildPlacesNarrative } from "./places/placesNarrative";
import { buildRankingTables } from "./places/rankingTables";
import { resolveOptions } from "./resolveOptions";
import type { Analysis, Report, ReportOptions, SheetGrid } from "./types";

/**
 * The summary table and the narrative of an analysed sheet, so that the task pane can re-render after
 * the user changes options without reading the sheet again (a change of column roles needs analyzeSheet).
 */
export function buildReportFromAnalysis(analysis: Analysis, options: ReportOptions = {}): Report {
  const resolved = resolveOptions(options);
  const period = effectivePeriod(analysis, resolved.periodLabel);
  const focus = focusPlace(analysis.places, options.place);
  if (analysis.places !== undefined) {
    const paragraphs = buildPlacesNarrative(analysis, analysis.places, period, resolved, focus);
    const table = buildSummaryTable(analysis, period, resolved);
    const rankings = buildRankingTables(analysis, analysis.places, resolved, options.placeOrder);
    return { analysis, period, table, rankings, paragraphs, warnings: analysis.warnings };
  }
  // The narrative first: it makes much short-lived garbage and little output, so the collections it
  // causes do not have to move the table, which is large and built last.
  const paragraphs = buildNarrative(analysis, period, resolved);
  if (resolved.highlights) {
    const highlights = buildHighlights(analysis, period, resolved);
    if (highlights !== undefined) paragraphs.push(highlights);
  }
  const table = buildSummaryTable(analysis, period, resolved);
  return { analysis, period, table, paragraphs, warnings: analysis.warnings };
}

/** Reads an indicator sheet and builds its summary table and narrative. Throws ReportError for an unreadable sheet. */
export function buildReport(grid: SheetGrid, options: ReportOptions = {}): Report {
  return buildReportFromAnalysis(analyzeSheet(grid, options), options);
}
