/** Which reader a file goes to, by its extension. */
export type WorkbookFormat = "xlsx" | "sheetjs" | "csv";

/** The extensions the reader accepts, as a file picker's `accept`. */
export const WORKBOOK_EXTENSIONS = [".xlsx", ".xlsm", ".xls", ".et", ".ods", ".csv"] as const;

/** The format of a file name, or undefined for one the reader cannot read. */
export function workbookFormat(fileName: string): WorkbookFormat | undefined {
  const dot = fileName.lastIndexOf(".");
  const ext = dot < 0 ? "" : fileName.slice(dot).toLowerCase();
  if (ext === ".xlsx" || ext === ".xlsm") return "xlsx";
  if (ext === ".xls" || ext === ".et" || ext === ".ods") return "sheetjs";
  if (ext === ".csv") return "csv";
  return undefined;
}
