// Entry of the task pane bundle: kept small; React and Fluent UI load in a separate chunk once
// startPane has checked the webview and the host.
import { OfficeWorkbookPort } from "../workbook/office/OfficeWorkbookPort";
import { officeHostFromGlobals } from "../workbook/office/officeHost";
import { startPane } from "./startPane";

startPane(() => new OfficeWorkbookPort(officeHostFromGlobals()));
