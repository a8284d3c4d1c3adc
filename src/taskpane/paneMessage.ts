/** A message the pane shows in its MessageBar: what happened (title) and what to do (body). */
export interface PaneMessage {
  readonly intent: "error" | "warning" | "success" | "info";
  readonly title: string;
  readonly body: string;
}
