import { DEFAULT_CLAUSES } from "../report/clauses";
import type { PaneSettings } from "../workbook/workbookPort";

/** The pane's settings before the user changes anything: a statistician's defaults. */
export const DEFAULT_PANE_SETTINGS: PaneSettings = {
  decimals: 1,
  convertUnits: true,
  clauses: DEFAULT_CLAUSES,
  outputSheetName: "指标汇总",
  mode: "values",
};
