import type { SheetGrid } from "../report/types";
import type { PaneSettings } from "../workbook/workbookPort";
import { DEFAULT_PANE_SETTINGS } from "./defaultPaneSettings";
import type { PaneMessage } from "./paneMessage";
import type { LayoutOverride } from "./toReportOptions";

/** Work in progress (reading, writing, deleting…), shown with a progress bar. */
export interface PaneTask {
  readonly label: string;
  /** 0-100 when known. */
  readonly percent?: number;
  readonly step?: string;
}

/** Everything the pane shows, apart from the report, which is computed from it. */
export interface PaneState {
  /** The grid read from the workbook, once read. */
  readonly source?: SheetGrid;
  /** Read the selection instead of the whole active sheet. */
  readonly selectionOnly: boolean;
  /** The column roles the user corrected; undefined while detection stands. */
  readonly override?: LayoutOverride;
  readonly settings: PaneSettings;
  /** Settings came from the workbook (only then are changes saved back). */
  readonly settingsLoaded: boolean;
  readonly task?: PaneTask;
  readonly message?: PaneMessage;
}

export const INITIAL_PANE_STATE: PaneState = {
  selectionOnly: false,
  settings: DEFAULT_PANE_SETTINGS,
  settingsLoaded: false,
};
