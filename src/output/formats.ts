import type { SheetGrid } from "../report/types";
import type { SummaryDocument } from "./summaryDocument";

/** What a file renderer may need beside the document. */
export interface RenderContext {
  /** The source sheet as read (the live-formula workbook copies it). */
  readonly source: SheetGrid;
  /** Write the summary table as Excel formulas over a copy of the source (.xlsx only). */
  readonly formulas: boolean;
  /** Add the warnings as "说明:" notes under the table (.docx only). */
  readonly notes: boolean;
}

/** A file the user can ask for, and how it is made from a summary document. */
export interface FileFormat {
  readonly extension: string;
  /** Added to the input's name when the output is named after it: 报表.xlsx -> 报表_汇总.xlsx. */
  readonly suffix: string;
  readonly mediaType: string;
  /** The file's bytes. The renderer (and its library) is loaded when first used. */
  readonly render: (document: SummaryDocument, context: RenderContext) => Promise<Uint8Array>;
}

/**
 * The file renderers, by the name the faces use (each loaded when first used, so that a face carries only
 * the libraries of the files it makes). The plain text and JSON renderers are ./text and ./json;
 * the Office sheet is written by the pane's workbook adapter from the same sheet layout as the .xlsx file.
 */
export const FILE_FORMATS = {
  xlsx: {
    extension: ".xlsx",
    suffix: "_汇总",
    mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    render: async (document, { source, formulas }) =>
      // Node only (ExcelJS's streaming writer): a bundle for the browser leaves it out.
      (await import(/* webpackIgnore: true */ "../workbook/xlsx/writeSummaryWorkbook")).renderSummaryWorkbook(
        document,
        formulas ? { source } : {},
      ),
  },
  docx: {
    extension: ".docx",
    suffix: "_报告",
    mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    render: async (document, { notes }) => (await import("./docx/renderDocx")).renderDocx(document, { notes }),
  },
} as const satisfies Record<string, FileFormat>;

export type FileFormatId = keyof typeof FILE_FORMATS;
