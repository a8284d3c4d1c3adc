import { loadNumfmt } from "./loadNumfmt";

const numfmt = loadNumfmt();

/**
 * The text Excel displays for a value under a number format, computed by numfmt. The one place where a
 * number format becomes text: the .xlsx reader uses it for the cells it reads, the summary document for
 * the cells it writes (what the sheet will show is what the Word table and the plain text print).
 */
export function displayText(value: string | number | boolean | null, numberFormat: string | undefined): string {
  if (value === null) {
    return "";
  }
  if (typeof value === "boolean") {
    return value ? "TRUE" : "FALSE";
  }
  const pattern = numberFormat === undefined || numberFormat === "" ? "General" : numberFormat;
  if (typeof value === "string" && (pattern === "General" || pattern === "@")) {
    // Text under General or the text format shows as written (numfmt gives the same, at a cost per cell).
    return value;
  }
  try {
    return numfmt.format(pattern, value);
  } catch {
    return String(value);
  }
}
