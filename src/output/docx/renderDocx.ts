import {
  AlignmentType,
  BorderStyle,
  Document,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IBorderOptions,
  type IParagraphStyleOptions,
} from "docx";
import { OUTPUT_MARK_PROPERTY, OUTPUT_MARK_WORD_REPORT } from "../../workbook/outputMark";
import { numberedCaption, OUTPUT_LABELS, tableCaption } from "../labels";
import type { DocumentColumn, DocumentRow, DocumentTable, SummaryDocument } from "../summaryDocument";
import { REPORT_FONTS, REPORT_STYLE, fontTableXml, twips } from "./reportStyle";
import { replacePart } from "./replacePart";
import { bodyRowsXml, type BodyCell } from "./tableRowsXml";
import { wordText } from "./wordText";

/** Options of the Word report. */
export interface DocxOptions {
  /** Add the warnings under the table as "说明:" lines (default false: the report is what is filed). */
  readonly notes?: boolean;
}

/** Paragraph style ids, defined once in styles.xml so that each of thousands of cells refers to one. */
const STYLE = {
  title: "TjTitle",
  period: "TjPeriod",
  body: "TjBody",
  caption: "TjCaption",
  cell: "TjCell",
  header: "TjHeader",
  note: "TjNote",
} as const;

/** The run fonts of a Chinese font in every slot (ASCII, high ANSI, East Asian, complex), hinted East Asian. */
function allSlots(name: string) {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: "eastAsia" } as const;
}

/** The table's run fonts: 宋体 for Chinese (the East Asian slot), Times New Roman for figures. */
const TABLE_FONTS = {
  ascii: REPORT_FONTS.tableLatin,
  hAnsi: REPORT_FONTS.tableLatin,
  eastAsia: REPORT_FONTS.table,
  cs: REPORT_FONTS.tableLatin,
  hint: "eastAsia",
} as const;

function paragraphStyles(): IParagraphStyleOptions[] {
  const exact = (points: number) => ({ line: points * 20, lineRule: LineRuleType.EXACT });
  const style = REPORT_STYLE;
  return [
    {
      id: STYLE.title,
      name: "统计助手 标题",
      basedOn: "Normal",
      next: STYLE.body,
      run: { font: allSlots(REPORT_FONTS.title), size: style.titleHalfPoints },
      paragraph: {
        alignment: AlignmentType.CENTER,
        spacing: { ...exact(style.titleLinePoints), after: style.titleAfterTwips },
        keepNext: true,
      },
    },
    {
      id: STYLE.period,
      name: "统计助手 统计期",
      basedOn: "Normal",
      next: STYLE.body,
      run: { font: allSlots(REPORT_FONTS.body), size: style.bodyHalfPoints },
      paragraph: { alignment: AlignmentType.CENTER, spacing: exact(style.bodyLinePoints), keepNext: true },
    },
    {
      id: STYLE.body,
      name: "统计助手 正文",
      basedOn: "Normal",
      run: { font: allSlots(REPORT_FONTS.body), size: style.bodyHalfPoints },
      paragraph: {
        alignment: AlignmentType.JUSTIFIED,
        spacing: exact(style.bodyLinePoints),
        // Two characters of the body size; Word and WPS take the character count, LibreOffice the twips.
        indent: { firstLineChars: 200, firstLine: style.bodyHalfPoints * 20 },
      },
    },
    {
      id: STYLE.caption,
      name: "统计助手 表题",
      basedOn: "Normal",
      next: STYLE.cell,
      run: { font: allSlots(REPORT_FONTS.caption), size: style.captionHalfPoints },
      paragraph: {
        alignment: AlignmentType.CENTER,
        spacing: { ...exact(style.bodyLinePoints), before: style.captionBeforeTwips },
        keepNext: true,
      },
    },
    {
      id: STYLE.cell,
      name: "统计助手 表格",
      basedOn: "Normal",
      run: { font: TABLE_FONTS, size: style.tableHalfPoints },
      paragraph: { spacing: exact(style.tableLinePoints) },
    },
    {
      id: STYLE.header,
      name: "统计助手 表头",
      basedOn: STYLE.cell,
      run: { font: TABLE_FONTS, size: style.tableHalfPoints, bold: true },
      // The header row stays with the first row of figures (a header row that may not split trips LibreOffice).
      paragraph: { alignment: AlignmentType.CENTER, spacing: exact(style.tableLinePoints), keepNext: true },
    },
    {
      id: STYLE.note,
      name: "统计助手 说明",
      basedOn: STYLE.cell,
      run: { font: allSlots(REPORT_FONTS.body), size: style.tableHalfPoints },
      paragraph: { spacing: { ...exact(style.tableLinePoints), before: 60 } },
    },
  ];
}

/** The unit every row shares, when the table has a unit column and one unit throughout; else undefined. */
function sharedUnit(columns: readonly DocumentColumn[], rows: readonly DocumentRow[]): string | undefined {
  const unit = columns.findIndex((column) => column.key === "unit");
  if (unit < 0) return undefined;
  const units = new Set(rows.map((row) => row.cells[unit]?.text ?? ""));
  const [only] = [...units];
  return units.size === 1 && only !== undefined && only !== "" ? only : undefined;
}

/** Columns of figures that take the rows' unit in their header when it is shared. */
const AMOUNT_KEYS: ReadonlySet<DocumentColumn["key"]> = new Set(["current", "previous", "change", "target"]);

/**
 * Width of a text in half-em units: a CJK or full-width character takes two, others one (Times New Roman's
 * digits are half an em, its point and minus less).
 */
function textUnits(text: string): number {
  let units = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one character (CJK extensions, beyond U+2E80 as every astral character is).
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
    units += code >= 0x2e80 ? 2 : 1;
  }
  return units;
}

/** The table's cell margins (left and right, twips), narrower than Word's 108 so that nine columns fit. */
const CELL_MARGIN_TWIPS = 50;
/** Twips a cell needs beside its text: its margins and a little air. */
const CELL_PADDING_TWIPS = 2 * CELL_MARGIN_TWIPS + 20;
/** The narrowest the name column may be, in half-em units (four CJK characters; longer names wrap). */
const MIN_NAME_UNITS = 8;

/**
 * The table's font size and column widths: each figure column as wide as its widest text, the names the
 * rest. Tried in turn until one fits the page: 小四 with every header on one line, 小四 with long headers on
 * two lines, then the same in 五号; a table too wide even then is shrunk evenly (its longest figures wrap).
 */
function tableGeometry(
  shown: readonly { column: DocumentColumn; index: number }[],
  rows: readonly DocumentRow[],
  headers: readonly string[],
): { halfPoints: number; widths: number[] } {
  const cellNeeds = shown.map(({ column, index }) => {
    // A 其中 name is indented by one character a level.
    const indent = (row: DocumentRow) => (column.key === "name" ? 2 * row.level : 0);
    let units = 0;
    for (const row of rows) units = Math.max(units, textUnits(row.cells[index]?.text ?? "") + indent(row));
    return units;
  });
  const needsWith = (headerLines: 1 | 2) =>
    shown.map(({ column }, c) => {
      const header = textUnits(headers[c] ?? "");
      const units = Math.max(cellNeeds[c] ?? 0, headerLines === 1 || header <= 8 ? header : Math.ceil(header / 2));
      if (column.key === "name") return Math.max(MIN_NAME_UNITS, units);
      // A unit of three characters (万美元) may take two lines when the table is tight.
      return column.key === "unit" && headerLines === 2 ? Math.max(4, Math.ceil(units / 2)) : units;
    });
  const available = REPORT_STYLE.textWidthTwips;
  const nameAt = shown.findIndex(({ column }) => column.key === "name");
  const candidates = [REPORT_STYLE.tableHalfPoints, REPORT_STYLE.wideTableHalfPoints].flatMap((halfPoints) =>
    ([1, 2] as const).map((headerLines) => {
      const widths = needsWith(headerLines).map((units) => units * halfPoints * 5 + CELL_PADDING_TWIPS);
      const others = widths.reduce((sum, width, c) => (c === nameAt ? sum : sum + width), 0);
      const nameMin = nameAt < 0 ? 0 : MIN_NAME_UNITS * halfPoints * 5 + CELL_PADDING_TWIPS;
      return { halfPoints, widths, room: available - others, nameMin };
    }),
  );
  // The first layout where the names fit whole; else the one that leaves the names the most room.
  const nameNeed = (candidate: (typeof candidates)[number]) => (nameAt < 0 ? 0 : (candidate.widths[nameAt] ?? 0));
  const fitting = candidates.filter((candidate) => candidate.room >= candidate.nameMin);
  const chosen =
    fitting.find((candidate) => candidate.room >= nameNeed(candidate)) ??
    fitting.reduce<(typeof candidates)[number] | undefined>(
      (best, candidate) => (best === undefined || candidate.room > best.room ? candidate : best),
      undefined,
    );
  if (chosen !== undefined) {
    const widths = [...chosen.widths];
    if (nameAt >= 0) widths[nameAt] = Math.min(nameNeed(chosen), chosen.room);
    // The room left over is shared by every column, so that the table spans the text width.
    const spare = available - widths.reduce((sum, width) => sum + width, 0);
    return { halfPoints: chosen.halfPoints, widths: widths.map((width) => width + Math.floor(spare / widths.length)) };
  }
  const halfPoints = REPORT_STYLE.wideTableHalfPoints;
  const widths = needsWith(2).map((units) => units * halfPoints * 5 + CELL_PADDING_TWIPS);
  const total = widths.reduce((sum, width) => sum + width, 0);
  return { halfPoints, widths: widths.map((width) => Math.floor((width * available) / total)) };
}

const RULE_HEAVY: IBorderOptions = { style: BorderStyle.SINGLE, size: 12, color: "000000" };
const RULE_LIGHT: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: "000000" };
const NO_RULE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "auto" };

/**
 * The summary table as a 三线表: a heavy rule above and below, a light rule under the header, no vertical
 * rules; the header repeats on each page; figures right-aligned as the sheet shows them; 其中 rows indented.
 * A common unit moves into the header ("本期(亿元)") and the unit column is left out. The table is the
 * library's with its header row; the body rows come as XML (bodyRowsXml) to go in after it.
 */
function summaryTable(table: DocumentTable): { table: Table; bodyRows: string } {
  const unit = sharedUnit(table.columns, table.rows);
  const shown = table.columns
    .map((column, index) => ({ column, index }))
    .filter(({ column }) => unit === undefined || column.key !== "unit");
  const headers = shown.map(({ column }) =>
    unit !== undefined && AMOUNT_KEYS.has(column.key) ? `${column.header}(${unit})` : column.header,
  );
  const { halfPoints, widths } = tableGeometry(shown, table.rows, headers);
  // The size is the styles' unless the table needs the smaller one: then every run says so.
  const runHalfPoints = halfPoints === REPORT_STYLE.tableHalfPoints ? undefined : halfPoints;
  const sized = (text: string) =>
    runHalfPoints === undefined ? new TextRun(text) : new TextRun({ text, size: runHalfPoints });
  // Only the header's cells carry properties of their own (centring, the rule under them); every cell
  // takes its width from the grid.
  const header = new TableRow({
    tableHeader: true,
    children: shown.map(
      (_, c) =>
        new TableCell({
          children: [new Paragraph({ style: STYLE.header, children: [sized(wordText(headers[c] ?? ""))] })],
          width: { size: widths[c] ?? 0, type: WidthType.DXA },
          verticalAlign: VerticalAlign.CENTER,
          borders: { bottom: RULE_LIGHT },
        }),
    ),
  });
  const indentPerLevel = halfPoints * 10; // one character of the table's size
  const cells = table.rows.map((row) =>
    shown.map(({ column, index }): BodyCell => {
      const isName = column.key === "name";
      return {
        text: wordText(row.cells[index]?.text ?? ""),
        alignment: isName ? "left" : column.key === "unit" ? "center" : "right",
        indentTwips: isName ? row.level * indentPerLevel : 0,
      };
    }),
  );
  const bodyRows = bodyRowsXml(cells, { cellStyle: STYLE.cell, widths, runHalfPoints });
  const wordTable = new Table({
    rows: [header],
    columnWidths: widths,
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    margins: { left: CELL_MARGIN_TWIPS, right: CELL_MARGIN_TWIPS },
    alignment: AlignmentType.CENTER,
    borders: {
      top: RULE_HEAVY,
      bottom: RULE_HEAVY,
      left: NO_RULE,
      right: NO_RULE,
      insideHorizontal: NO_RULE,
      insideVertical: NO_RULE,
    },
  });
  return { table: wordTable, bodyRows };
}

/** The Word report's body: title, period, paragraphs, then the table under its title, then the notes. */
function bodyOf(
  document: SummaryDocument,
  options: DocxOptions,
): { children: (Paragraph | Table)[]; bodyRows: string[] } {
  const paragraph = (style: string, text: string) =>
    new Paragraph({ style, children: text === "" ? [] : [new TextRun(wordText(text))] });
  const children: (Paragraph | Table)[] = [
    paragraph(STYLE.title, document.title),
    // A sheet that names no period gets no period line.
    ...(document.period.label === "" ? [] : [paragraph(STYLE.period, document.periodLine)]),
    ...document.paragraphs.map((text) => paragraph(STYLE.body, text)),
  ];
  // An indicator sheet's one table is captioned after the document; a regions sheet's ranking tables by their own titles.
  const own = document.tables.length === 1 && document.tables[0] === document.table;
  const bodyRows: string[] = [];
  document.tables.forEach((table, index) => {
    if (table.rows.length === 0) return;
    const caption = own ? tableCaption(document.title) : numberedCaption(index + 1, table.title);
    const summary = summaryTable(table);
    children.push(paragraph(STYLE.caption, caption), summary.table);
    bodyRows.push(summary.bodyRows);
  });
  if (options.notes === true && document.warnings.length > 0) {
    document.warnings.forEach((warning, index) => {
      children.push(paragraph(STYLE.note, `${index === 0 ? OUTPUT_LABELS.notes : ""}${index + 1}.${warning.message}`));
    });
  }
  return { children, bodyRows };
}

/**
 * The Word report of a summary document (.docx bytes), made with the `docx` library, in Node and in the
 * browser: A4 with 公文 margins, the title in 方正小标宋简体 二号, the body in 仿宋_GB2312 三号 on fixed 28-point
 * lines with a first-line indent of two characters, the summary table as a 三线表 in 宋体 小四. Fonts fill
 * every slot, East Asian included, and the font table names the fallbacks (黑体, 仿宋, 宋体). The file
 * carries the tool's mark (a custom document property), so the command line may replace it later.
 */
export async function renderDocx(document: SummaryDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  const { children, bodyRows } = bodyOf(document, options);
  const file = new Document({
    title: wordText(document.title),
    creator: "统计助手",
    lastModifiedBy: "统计助手",
    customProperties: [{ name: OUTPUT_MARK_PROPERTY, value: OUTPUT_MARK_WORD_REPORT }],
    styles: {
      default: {
        document: {
          run: { font: allSlots(REPORT_FONTS.body), size: REPORT_STYLE.bodyHalfPoints },
        },
      },
      paragraphStyles: paragraphStyles(),
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(210), height: twips(297) },
            margin: {
              top: twips(REPORT_STYLE.marginMm.top),
              bottom: twips(REPORT_STYLE.marginMm.bottom),
              left: twips(REPORT_STYLE.marginMm.left),
              right: twips(REPORT_STYLE.marginMm.right),
            },
          },
        },
        children,
      },
    ],
  });
  const overrides = [{ path: "word/fontTable.xml", data: fontTableXml() }];
  const packed = await Packer.pack(file, "uint8array", false, overrides);
  if (bodyRows.length === 0) return packed;
  // The library wrote each table with its header row only: its body rows go in after it (the tables in the
  // order of the document, none inside another).
  return replacePart(packed, "word/document.xml", (xml) => {
    const ends: number[] = [];
    for (let at = xml.indexOf("</w:tbl>"); at >= 0; at = xml.indexOf("</w:tbl>", at + 1)) ends.push(at);
    if (ends.length !== bodyRows.length) throw new Error("Word report: the tables were not written as laid out");
    let out = "";
    let from = 0;
    ends.forEach((end, t) => {
      out += xml.slice(from, end) + (bodyRows[t] ?? "");
      from = end;
    });
    return out + xml.slice(from);
  });
}
