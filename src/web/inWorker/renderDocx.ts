// The web page's stand-in for src/output/docx/renderDocx (scripts/build-web.mjs puts it in the page's
// bundle in that module's place): the registry's Word renderer runs in the page's worker, so the docx
// library is parsed there, when the worker starts, and never by the page itself.
import type { DocxOptions } from "../../output/docx/renderDocx";
import type { SummaryDocument } from "../../output/summaryDocument";
import { PAGE_WORKER } from "../workbookWorker";

export type { DocxOptions };

/** The Word report's bytes, as renderDocx gives them, rendered in the page's worker. */
export function renderDocx(document: SummaryDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  return PAGE_WORKER.docx(document, options.notes ?? false);
}
