/**
 * The Word report writes its table's body rows as XML text (src/output/docx/tableRowsXml.ts) rather than
 * through the docx library's objects, for speed. These tests hold it to the XML the library writes for the
 * same rows: every body row of the report equals the row the library makes from the same cells, widths and
 * run size — names indented, units centred, figures right-aligned, blank cells, 五号 runs, control
 * characters and markup characters.
 */
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import JSZip from "jszip";
import { renderDocx } from "../../src/output/docx/renderDocx";
import { wordText } from "../../src/output/docx/wordText";
import type { DocumentTable, SummaryDocument } from "../../src/output/summaryDocument";
import { toGrid } from "../fixtures/fixtureSheet";
import { annual2018 } from "../fixtures/sheets/annual2018";
import { cellIndent } from "../fixtures/sheets/cellIndent";
import { halfYearTargets } from "../fixtures/sheets/halfYearTargets";
import { regionsRows } from "../fixtures/sheets/regionsRows";
import { unitsMixed } from "../fixtures/sheets/unitsMixed";
import { summaryOf } from "./summaryOf";

async function part(bytes: Uint8Array, path: string): Promise<string> {
  const file = (await JSZip.loadAsync(bytes)).file(path);
  if (file === null) throw new Error(`${path} missing`);
  return file.async("string");
}

const rowsOf = (xml: string): string[] => xml.match(/<w:tr>.*?<\/w:tr>/g) ?? [];

/**
 * The body rows as the docx library writes them: each cell a paragraph of the TjCell style, aligned as the
 * report aligns it, the name indented by one character of the table's size a level.
 */
async function libraryRows(documentTable: DocumentTable, reportXml: string): Promise<string[]> {
  const widths = [...reportXml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
  const header = rowsOf(reportXml)[0] ?? "";
  const runSize = /<w:sz w:val="(\d+)"\/>/.exec(header)?.[1];
  const halfPoints = runSize === undefined ? 24 : Number(runSize);
  // The shown columns: the unit column is left out when the header carries the unit.
  const unitInHeader = /本期\([^)]*\)/.test(header);
  const shown = documentTable.columns
    .map((column, index) => ({ column, index }))
    .filter(({ column }) => !unitInHeader || column.key !== "unit");
  const run = (text: string) => (runSize === undefined ? new TextRun(text) : new TextRun({ text, size: halfPoints }));
  const rows = documentTable.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: shown.map(({ column, index }) => {
          const text = wordText(row.cells[index]?.text ?? "");
          const isName = column.key === "name";
          return new TableCell({
            children: [
              new Paragraph({
                style: "TjCell",
                alignment: isName
                  ? AlignmentType.LEFT
                  : column.key === "unit"
                    ? AlignmentType.CENTER
                    : AlignmentType.RIGHT,
                ...(isName && row.level > 0 ? { indent: { left: row.level * halfPoints * 10 } } : {}),
                children: text === "" ? [] : [run(text)],
              }),
            ],
          });
        }),
      }),
  );
  const table = new Table({
    rows,
    columnWidths: widths,
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
  });
  const bytes = await Packer.pack(new Document({ sections: [{ children: [table] }] }), "uint8array");
  return rowsOf(await part(bytes, "word/document.xml"));
}

const mixed = summaryOf(toGrid(halfYearTargets));
/** The document with its one table's cells edited (the Word report lays out document.tables). */
function withCells(document: SummaryDocument, edit: (text: string, column: number) => string): SummaryDocument {
  const table = {
    ...document.table,
    rows: document.table.rows.map((row) => ({
      ...row,
      cells: row.cells.map((cell, c) => ({ ...cell, text: edit(cell.text, c) })),
    })),
  };
  return { ...document, table, tables: [table] };
}
const withText = (document: SummaryDocument, edit: (text: string) => string): SummaryDocument =>
  withCells(document, (text) => (text === "" ? "" : edit(text)));

const CASES: [string, SummaryDocument][] = [
  ["units in a column of their own, centred", summaryOf(toGrid(unitsMixed))],
  ["其中 rows indented, one unit in the header", summaryOf(toGrid(annual2018))],
  ["indent levels from the cells' indent", summaryOf(toGrid(cellIndent))],
  ["a regions sheet: its ranking tables", summaryOf(toGrid(regionsRows))],
  ["targets and progress", mixed],
  ["blank cells", withCells(mixed, (text, c) => (c % 2 === 1 ? "" : text))],
  ["markup, tabs and characters XML cannot hold", withText(mixed, (text) => `${text}&<>"'\t\u0007\u000B\uFFFE\u0000`)],
  [
    "long cells: the table in 五号, every run sized",
    withText(summaryOf(toGrid(annual2018)), (text) => `${text}${text}${text}`),
  ],
  ["a cell of control characters only", withText(mixed, () => "\u0001\u0002")],
];

describe("the body rows of the Word table are the XML the docx library writes for them", () => {
  test.each(CASES)("%s", async (_, document) => {
    const xml = await part(await renderDocx(document), "word/document.xml");
    const tables = xml.match(/<w:tbl>.*?<\/w:tbl>/g) ?? [];
    const laidOut = document.tables.filter((table) => table.rows.length > 0);
    expect(tables).toHaveLength(laidOut.length);
    for (const [t, table] of laidOut.entries()) {
      const ours = rowsOf(tables[t] ?? "");
      expect(ours).toHaveLength(table.rows.length + 1);
      expect(ours.slice(1)).toEqual(await libraryRows(table, tables[t] ?? ""));
    }
  });

  test("the cases cover several tables, 五号 runs, indents, centred units and blank cells", async () => {
    const xmls = await Promise.all(
      CASES.map(async ([, document]) => part(await renderDocx(document), "word/document.xml")),
    );
    const body = xmls.map((xml) => rowsOf(xml).slice(1).join("")).join("");
    const found = (pattern: RegExp) => pattern.test(body);
    expect(summaryOf(toGrid(regionsRows)).tables.length).toBeGreaterThan(1);
    expect(found(/<w:rPr><w:sz w:val="21"\/><w:szCs w:val="21"\/><\/w:rPr>/)).toBe(true);
    expect(found(/<w:ind w:left="\d+"\/>/)).toBe(true);
    expect(found(/<w:jc w:val="center"\/>/)).toBe(true);
    expect(found(/<w:pPr><w:pStyle w:val="TjCell"\/><w:jc w:val="right"\/><\/w:pPr><\/w:p>/)).toBe(true);
    expect(found(/&amp;&lt;&gt;&quot;&apos;/)).toBe(true);
  });
});
