/**
 * The Word report, opened by real readers: LibreOffice Writer converts it to text and PDF (the first page
 * is rendered to test/output/ for review), mammoth reads it as a second parser, and the package's XML is
 * checked for what Word and WPS need (page, fonts in the East Asian slots, the 三线表's rules).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isToolOutput } from "../../src/cli/safeOutput";
import { renderDocx, type DocxOptions } from "../../src/output/docx/renderDocx";
import { tableCaption } from "../../src/output/labels";
import type { SummaryDocument } from "../../src/output/summaryDocument";
import { runTongji } from "../cli/runTongji";
import { SOFFICE } from "../cli/libreOfficeCsv";
import { toGrid } from "../fixtures/fixtureSheet";
import { annual2018 } from "../fixtures/sheets/annual2018";
import { halfYearTargets } from "../fixtures/sheets/halfYearTargets";
import { namesRates } from "../fixtures/sheets/namesRates";
import { summaryOf } from "./summaryOf";
import { PDFTOPPM, docxPart, libreOfficeConvert, libreOfficeLines, mammothLines } from "./wordReaders";

const REVIEW_DIR = join(__dirname, "..", "output");

/** What a reader of the report sees, paragraph by paragraph and cell by cell (blank cells left out). */
function readingOrder(document: SummaryDocument, headers: readonly string[], notes: readonly string[] = []): string[] {
  const cells = document.table.rows.flatMap((row) =>
    row.cells.filter(
      (_, c) => headers.length === document.table.columns.length || document.table.columns[c]?.key !== "unit",
    ),
  );
  return [
    document.title,
    document.periodLine,
    ...document.paragraphs,
    ...(document.table.rows.length > 0 ? [tableCaption(document.title), ...headers] : []),
    ...cells.map((cell) => cell.text).filter((text) => text !== ""),
    ...notes,
  ];
}

/** A summary document with some of its parts replaced (bad input the engine would not make itself). */
function withParts(document: SummaryDocument, parts: Partial<SummaryDocument>): SummaryDocument {
  // An indicator sheet's document lays out its one table.
  return { ...document, ...parts, ...(parts.table === undefined ? {} : { tables: [parts.table] }) };
}

let dir: string;
const written: Record<string, string> = {};
const texts: Record<string, string[]> = {};

const mixed = summaryOf(toGrid(halfYearTargets), { clauses: { highlights: true } });
const oneUnit = summaryOf(toGrid(annual2018));
const longParagraph = `1-9月,${"完成固定资产投资37.59亿元,同比增长23.8%;".repeat(1500)}实现社会消费品零售总额18.64亿元。`;
const CASES: Record<string, { document: SummaryDocument; options?: DocxOptions }> = {
  mixed: { document: mixed },
  oneUnit: { document: oneUnit },
  notes: { document: summaryOf(toGrid(namesRates)), options: { notes: true } },
  noRows: { document: withParts(mixed, { table: { ...mixed.table, rows: [] } }) },
  long: { document: withParts(mixed, { paragraphs: [longParagraph, ...mixed.paragraphs] }) },
  control: {
    document: withParts(mixed, {
      title: "工业\u0007园区\u0000指标\uFFFF",
      paragraphs: ["1-6月,实现工业\u001F总产值96.4亿元。"],
      table: {
        ...mixed.table,
        rows: mixed.table.rows.map((row, r) =>
          r === 0
            ? {
                ...row,
                cells: row.cells.map((cell, c) =>
                  c === 0 ? { ...cell, value: "工业\uFFFE总产值", text: "工业\u000B总产值\uFFFE" } : cell,
                ),
              }
            : row,
        ),
      },
    }),
  },
};

beforeAll(async () => {
  expect(existsSync(SOFFICE)).toBe(true); // fails, never skips, where LibreOffice is missing
  dir = await mkdtemp(join(tmpdir(), "tongji-docx-"));
  for (const [name, { document, options }] of Object.entries(CASES)) {
    written[name] = join(dir, `${name}.docx`);
    await writeFile(written[name], await renderDocx(document, options));
  }
  const files = Object.values(written);
  const txts = libreOfficeConvert(files, "txt");
  for (const [index, name] of Object.keys(written).entries()) texts[name] = await libreOfficeLines(txts[index]!);
}, 180_000);

describe("LibreOffice reads the Word report", () => {
  test("every paragraph exactly, the table's title, header and cells in order", () => {
    expect(texts["mixed"]).toEqual(
      readingOrder(
        mixed,
        mixed.table.columns.map((column) => column.header),
      ),
    );
    // The highlights paragraph is there when asked for.
    expect(mixed.paragraphs.at(-1)).toMatch(/^从主要指标看/);
  });

  test("a unit every row shares moves into the header and the unit column is left out", () => {
    const headers = ["指标", "本期(亿元)", "上年同期(亿元)", "增减额(亿元)", "增速(%)"];
    expect(texts["oneUnit"]).toEqual(readingOrder(oneUnit, headers));
    expect(texts["oneUnit"]).toContain("表1 开发区2018年主要经济指标完成情况");
  });

  test("the warnings become 说明: lines under the table only when asked for", () => {
    const document = CASES["notes"]!.document;
    expect(document.warnings.length).toBeGreaterThan(0);
    const notes = document.warnings.map((warning, i) => `${i === 0 ? "说明:" : ""}${i + 1}.${warning.message}`);
    expect(texts["notes"]!.slice(-notes.length)).toEqual(notes);
    expect(texts["mixed"]!.some((line) => line.startsWith("说明:"))).toBe(false);
  });

  test("a report with no table rows is the title, the period and the paragraphs", () => {
    expect(texts["noRows"]).toEqual([mixed.title, mixed.periodLine, ...mixed.paragraphs]);
  });

  test("a paragraph of more than 32,767 characters stays one paragraph, whole", () => {
    expect(longParagraph.length).toBeGreaterThan(32767);
    expect(texts["long"]![2]).toBe(longParagraph);
  });

  test("characters Word rejects (control characters, U+FFFE, U+FFFF) are left out; the file opens", () => {
    expect(texts["control"]!.slice(0, 3)).toEqual(["工业园区指标", mixed.periodLine, "1-6月,实现工业总产值96.4亿元。"]);
    expect(texts["control"]).toContain("工业总产值");
  });
});

describe("mammoth, a second parser, reads the same paragraphs", () => {
  test.each(["mixed", "oneUnit", "noRows", "long", "control", "notes"])("%s", async (name) => {
    expect(await mammothLines(written[name]!)).toEqual(texts[name]);
  });
});

describe("the PDF LibreOffice makes", () => {
  test("is A4; its first page is rendered to test/output/word-report-page1.png", () => {
    const [pdf] = libreOfficeConvert([written["mixed"]!], "pdf");
    const info = execFileSync("/usr/bin/pdfinfo", [pdf!], { encoding: "utf8" });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    mkdirSync(REVIEW_DIR, { recursive: true });
    const stem = join(REVIEW_DIR, "word-report-page1");
    execFileSync(PDFTOPPM, ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf!, stem], { timeout: 60_000 });
    expect(statSync(`${stem}.png`).size).toBeGreaterThan(10_000);
  }, 120_000);
});

describe("a table that runs onto the next page", () => {
  test("keeps every row in the PDF, the header repeated on the new page", async () => {
    // The demo's sheet through the command line: three paragraphs, then a table of nine columns that does
    // not fit under them.
    const file = join(dir, "sample.docx");
    const run = await runTongji([join(__dirname, "..", "..", "assets", "示例指标表.xlsx"), "--json", "--docx", file]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out) as { table: { rows: { cells: { value: unknown }[] }[] } };
    const [pdf] = libreOfficeConvert([file], "pdf");
    const pages = execFileSync("/usr/bin/pdftotext", ["-layout", pdf!, "-"], { encoding: "utf8" }).split("\f");
    expect(pages.filter((page) => page.trim() !== "")).toHaveLength(2);
    const names = json.table.rows.map((row) => String(row.cells[0]?.value));
    for (const name of names) expect(pages.join("").replace(/\s+/g, "")).toContain(name);
    expect(pages[1]).toMatch(/指标\s+单位\s+本期\s+上年同期/);
  }, 120_000);
});

describe("the package's XML", () => {
  let documentXml: string;
  let stylesXml: string;
  let fontsXml: string;
  beforeAll(async () => {
    documentXml = await docxPart(written["mixed"]!, "word/document.xml");
    stylesXml = await docxPart(written["mixed"]!, "word/styles.xml");
    fontsXml = await docxPart(written["mixed"]!, "word/fontTable.xml");
  });

  test("A4 with margins 37 / 35 / 28 / 26 mm", () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margins = /<w:pgMar ([^>]*)\/>/.exec(documentXml)?.[1] ?? "";
    expect(margins).toContain('w:top="2098"');
    expect(margins).toContain('w:bottom="1984"');
    expect(margins).toContain('w:left="1587"');
    expect(margins).toContain('w:right="1474"');
  });

  test.each([
    ["TjTitle", "方正小标宋简体", "方正小标宋简体", 44],
    ["TjBody", "仿宋_GB2312", "仿宋_GB2312", 32],
    ["TjCell", "宋体", "Times New Roman", 24],
  ])("style %s: East Asian font %s, figures in %s, size %i half-points", (id, eastAsia, latin, size) => {
    const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>(.*?)</w:style>`).exec(stylesXml)?.[1] ?? "";
    const fonts = /<w:rFonts ([^>]*)\/>/.exec(style)?.[1] ?? "";
    expect(fonts).toContain(`w:eastAsia="${eastAsia}"`);
    for (const slot of ["ascii", "hAnsi", "cs"]) expect(fonts).toContain(`w:${slot}="${latin}"`);
    expect(fonts).toContain('w:hint="eastAsia"');
    expect(style).toContain(`<w:sz w:val="${size}"/>`);
  });

  test("body text: fixed 28-point lines, first-line indent of two characters, justified", () => {
    const body = /<w:style [^>]*w:styleId="TjBody"[^>]*>(.*?)<\/w:style>/.exec(stylesXml)?.[1] ?? "";
    expect(body).toMatch(/<w:spacing [^>]*w:line="560"[^>]*w:lineRule="exact"/);
    expect(body).toMatch(/<w:ind [^>]*w:firstLineChars="200"/);
    expect(body).toContain('<w:jc w:val="both"/>');
  });

  test("the font table names each font with its fallback", () => {
    for (const [font, fallback] of [
      ["方正小标宋简体", "黑体"],
      ["仿宋_GB2312", "仿宋"],
    ]) {
      expect(fontsXml).toContain(`<w:font w:name="${font}"><w:altName w:val="${fallback}"/>`);
    }
  });

  test("三线表: heavy top and bottom rules, no others, a light rule under the repeated header row", () => {
    const borders = /<w:tblBorders>(.*?)<\/w:tblBorders>/.exec(documentXml)?.[1] ?? "";
    expect(borders).toMatch(/<w:top w:val="single"[^>]*w:sz="12"/);
    expect(borders).toMatch(/<w:bottom w:val="single"[^>]*w:sz="12"/);
    for (const side of ["left", "right", "insideH", "insideV"])
      expect(borders).toMatch(new RegExp(`<w:${side} w:val="none"`));
    const rows = documentXml.match(/<w:tr>.*?<\/w:tr>/g) ?? [];
    expect(rows).toHaveLength(mixed.table.rows.length + 1);
    expect(rows[0]).toContain("<w:tblHeader/>");
    // Rows of figures never split across pages; the header row is kept with the first of them instead.
    expect(rows.slice(1).every((row) => row.includes("<w:cantSplit/>"))).toBe(true);
    expect(rows[0]).toMatch(/<w:tcBorders><w:bottom w:val="single"[^>]*w:sz="6"/);
    expect(rows.slice(1).some((row) => row.includes("<w:tblHeader/>"))).toBe(false);
  });

  test("figures are right-aligned, names left, and 其中 rows indented", async () => {
    const rows = documentXml.match(/<w:tr>.*?<\/w:tr>/g) ?? [];
    const first = rows[1] ?? "";
    const paragraphs = first.match(/<w:p>.*?<\/w:p>/g) ?? [];
    expect(paragraphs[0]).toContain('<w:jc w:val="left"/>');
    expect(paragraphs.slice(2).every((p) => p.includes('<w:jc w:val="right"/>'))).toBe(true);
    const indented = summaryOf(toGrid(annual2018));
    const file = join(dir, "indent.docx");
    await writeFile(file, await renderDocx(indented));
    const xml = await docxPart(file, "word/document.xml");
    const child = (xml.match(/<w:tr>.*?<\/w:tr>/g) ?? []).find((row) => row.includes("工业有效投资")) ?? "";
    expect(child).toMatch(/<w:ind w:left="\d+"\/>/);
    const parent = (xml.match(/<w:tr>.*?<\/w:tr>/g) ?? []).find((row) => row.includes(">固定资产投资<")) ?? "";
    expect(parent).not.toContain("<w:ind ");
  });

  test("carries the tool's mark, so that the command line may replace it later", async () => {
    expect(await isToolOutput(written["mixed"]!)).toBe(true);
  });
});
