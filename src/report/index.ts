/** The report engine's public API: indicator sheet (grid) -> analysis -> summary table + narrative. */
export * from "./types";
export { analyzeSheet, DEFAULT_GROWTH_TOLERANCE } from "./analyzeSheet";
export { buildReport, buildReportFromAnalysis } from "./buildReport";
export { STANDARD_TEMPLATE_HEADER_ROW, standardTemplate } from "./standardTemplate";
export { detectLayout, type DetectedLayout } from "./detectLayout";
export * from "./roles";
export { readPeriod } from "./readPeriod";
export { resolveOptions, type ResolvedOptions } from "./resolveOptions";
export { NO_RATE } from "./buildSummaryTable";
export * from "./clauses";
export { detectPlaces, focusPlace, type PlacesInfo } from "./places";
