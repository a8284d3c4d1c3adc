// Entry of the task pane bundle: kept small; React and Fluent UI load in a separate chunk once
// startPane has checked the webview and the host.
import { officeWorkbookPortPending } from "./officeWorkbookPortPending";
import { startPane } from "./startPane";

startPane(officeWorkbookPortPending);
