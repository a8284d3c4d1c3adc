import type { SummaryDocument } from "./summaryDocument";

/** The plain-text rendering: the paragraphs, one a line (what the command line prints and the pane copies). */
export function renderText(document: SummaryDocument): string {
  return document.paragraphs.join("\n");
}
