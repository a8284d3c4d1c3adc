/**
 * The body rows of the Word report's summary table as WordprocessingML text, written directly rather than
 * through the `docx` library's object model: ten thousand rows of nine cells are a million XML elements,
 * and building and serialising them as objects took the library over ten seconds. The XML is the one the
 * library writes for the same rows, byte for byte (test/summary/docxRows.test.ts compares the two); the
 * rest of the document — styles, the header row, the table's properties — is still the library's.
 */

/** One body cell: its text as shown (already through wordText), alignment and left indent in twips. */
export interface BodyCell {
  readonly text: string;
  readonly alignment: "left" | "center" | "right";
  readonly indentTwips: number;
}

/** What the rows share: the cells' paragraph style, the column widths, and the run size when not the style's. */
export interface BodyRowsLayout {
  readonly cellStyle: string;
  readonly widths: readonly number[];
  /** Half-points every run states; undefined when the style's size holds. */
  readonly runHalfPoints: number | undefined;
}

// The C0 controls are what these expressions are for.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/;
const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  '"': "&quot;",
  "'": "&apos;",
  "<": "&lt;",
  ">": "&gt;",
};

/**
 * Text as the library escapes it: markup characters as entities, and the C0 controls XML 1.0 cannot hold
 * (all but tab, line feed and carriage return) left out.
 */
export function xmlEscape(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  // eslint-disable-next-line no-control-regex
  return text.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (char) => ESCAPES[char] ?? "");
}

/** The `<w:tr>` elements of the body rows, one per row of cells, as the library writes a cantSplit row. */
export function bodyRowsXml(rows: readonly (readonly BodyCell[])[], layout: BodyRowsLayout): string {
  const style = `<w:pStyle w:val="${xmlEscape(layout.cellStyle)}"/>`;
  const runProperties =
    layout.runHalfPoints === undefined
      ? ""
      : `<w:rPr><w:sz w:val="${layout.runHalfPoints}"/><w:szCs w:val="${layout.runHalfPoints}"/></w:rPr>`;
  const cellOpen = layout.widths.map(
    (width) => `<w:tc>${width > 0 ? `<w:tcPr><w:tcW w:type="dxa" w:w="${width}"/></w:tcPr>` : ""}<w:p><w:pPr>${style}`,
  );
  const parts: string[] = [];
  for (const row of rows) {
    let xml = "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
    for (let c = 0; c < row.length; c += 1) {
      const cell = row[c]!;
      xml += cellOpen[c] ?? `<w:tc><w:p><w:pPr>${style}`;
      if (cell.indentTwips > 0) xml += `<w:ind w:left="${cell.indentTwips}"/>`;
      xml += `<w:jc w:val="${cell.alignment}"/></w:pPr>`;
      if (cell.text !== "") xml += `<w:r>${runProperties}<w:t xml:space="preserve">${xmlEscape(cell.text)}</w:t></w:r>`;
      xml += "</w:p></w:tc>";
    }
    parts.push(`${xml}</w:tr>`);
  }
  return parts.join("");
}
