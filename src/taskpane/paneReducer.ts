import type { SheetGrid } from "../report/types";
import type { PaneSettings } from "../workbook/workbookPort";
import { omit } from "./omit";
import type { PaneMessage } from "./paneMessage";
import type { PaneState } from "./paneState";
import type { LayoutOverride } from "./toReportOptions";

export type PaneAction =
  | { readonly type: "settingsLoaded"; readonly settings: PaneSettings }
  | { readonly type: "settingsChanged"; readonly settings: PaneSettings }
  | { readonly type: "selectionOnlyChanged"; readonly selectionOnly: boolean }
  | { readonly type: "sourceRead"; readonly source: SheetGrid }
  | { readonly type: "layoutOverridden"; readonly override: LayoutOverride }
  | { readonly type: "taskStarted"; readonly label: string }
  | { readonly type: "taskProgress"; readonly percent: number; readonly step: string }
  | { readonly type: "taskFinished"; readonly message?: PaneMessage }
  | { readonly type: "messageDismissed" };

/** The pane's state transitions; pure, so that the component only wires events to actions. */
export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "settingsLoaded":
      return { ...state, settings: action.settings, settingsLoaded: true };
    case "settingsChanged":
      return { ...state, settings: action.settings };
    case "selectionOnlyChanged":
      return { ...state, selectionOnly: action.selectionOnly };
    case "sourceRead":
      // A new read starts from detection again: a correction made for another table does not apply.
      return { ...omit(state, "override"), source: action.source };
    case "layoutOverridden":
      return { ...state, override: action.override };
    case "taskStarted":
      return { ...omit(state, "message"), task: { label: action.label } };
    case "taskProgress":
      return state.task === undefined
        ? state
        : { ...state, task: { label: state.task.label, percent: action.percent, step: action.step } };
    case "taskFinished": {
      const rest = omit(state, "task", "message");
      return action.message === undefined ? rest : { ...rest, message: action.message };
    }
    case "messageDismissed":
      return omit(state, "message");
  }
}
