import type { SummaryDocument } from "../output/summaryDocument";
import type { SheetGrid } from "../report/types";
import type { SheetChoice } from "./sheetChoices";

/** What the page asks the reader worker. */
export type WorkerRequest =
  | { readonly id: number; readonly type: "read"; readonly fileName: string; readonly bytes: ArrayBuffer }
  | {
      readonly id: number;
      readonly type: "write";
      readonly document: SummaryDocument;
      readonly sheetName: string;
      readonly source?: SheetGrid;
    }
  | { readonly id: number; readonly type: "docx"; readonly document: SummaryDocument; readonly notes: boolean };

/** A workbook as read: its grids, and what the sheet list shows for each. */
export interface ReadResult {
  readonly grids: readonly SheetGrid[];
  readonly choices: readonly SheetChoice[];
}

/** What the worker answers: progress as it goes, then the result or a Chinese message. */
export type WorkerResponse =
  | { readonly id: number; readonly type: "progress"; readonly percent: number; readonly step: string }
  | { readonly id: number; readonly type: "read"; readonly result: ReadResult }
  | { readonly id: number; readonly type: "written"; readonly bytes: Uint8Array }
  | { readonly id: number; readonly type: "error"; readonly message: string };
