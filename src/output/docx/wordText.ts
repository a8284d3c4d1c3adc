/**
 * Characters XML 1.0 cannot hold that the `docx` library lets through: U+FFFE and U+FFFF (it drops the C0
 * controls itself; an unpaired surrogate becomes U+FFFD when the text is encoded). Word refuses a file
 * that has one ("文件已损坏"), so they are left out.
 */
const NOT_IN_XML = /[\uFFFE\uFFFF]/g;

/** Any character wordText changes. */
const CHANGED = /[\uFFFE\uFFFF\t\r\n]/;

/** Text as a Word run may hold it: characters XML cannot carry removed, tabs and line breaks as spaces. */
export function wordText(text: string): string {
  if (!CHANGED.test(text)) return text;
  return text.replace(NOT_IN_XML, "").replace(/[\t\r\n]+/g, " ");
}
