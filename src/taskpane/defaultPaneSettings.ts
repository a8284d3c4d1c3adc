import type { PaneSettings } from "../workbook/workbookPort";

/** The pane's settings before the user changes anything: a statistician's defaults. */
export const DEFAULT_PANE_SETTINGS: PaneSettings = {
  decimals: 1,
  convertUnits: true,
  clauses: { change: false, completion: true, progress: true, highlights: false },
  outputSheetName: "指标汇总",
  mode: "values",
};
