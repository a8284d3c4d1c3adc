/**
 * The Word report's WordprocessingML against the Transitional schema's structure (test/summary/
 * wordprocessingml.ts says why a restatement of wml.xsd and not the XSDs): document.xml, styles.xml,
 * numbering.xml and settings.xml of several reports, and the check itself catches what Word rejects.
 */
import JSZip from "jszip";
import { renderDocx } from "../../src/output/docx/renderDocx";
import type { SummaryDocument } from "../../src/output/summaryDocument";
import { toGrid } from "../fixtures/fixtureSheet";
import { halfYearTargets } from "../fixtures/sheets/halfYearTargets";
import { namesRates } from "../fixtures/sheets/namesRates";
import { regionsRows } from "../fixtures/sheets/regionsRows";
import { annual2018 } from "../fixtures/sheets/annual2018";
import { summaryOf } from "./summaryOf";
import { wordprocessingMlErrors } from "./wordprocessingml";

const PARTS = ["word/document.xml", "word/styles.xml", "word/numbering.xml", "word/settings.xml"];

const mixed = summaryOf(toGrid(halfYearTargets), { clauses: { highlights: true } });
const noRows = { ...mixed.table, rows: [] };
const CASES: [string, SummaryDocument, boolean][] = [
  ["the sample (targets, highlights)", mixed, false],
  ["one unit, 其中 rows", summaryOf(toGrid(annual2018)), false],
  ["warnings as 说明: notes", summaryOf(toGrid(namesRates)), true],
  ["a regions sheet with its ranking tables", summaryOf(toGrid(regionsRows)), false],
  ["a report with no table rows", { ...mixed, table: noRows, tables: [noRows] }, false],
  [
    "a paragraph over 32,767 characters",
    { ...mixed, paragraphs: [`1-9月,${"完成固定资产投资37.59亿元,同比增长23.8%;".repeat(1500)}`, ...mixed.paragraphs] },
    false,
  ],
  [
    "control characters, U+FFFE and markup in every text",
    {
      ...mixed,
      title: "工业\u0007园区&<>\"'\u0000指标\uFFFF",
      paragraphs: ["1-6月,实现工业\u001F总产值96.4亿元。\t<&>"],
    },
    false,
  ],
];

async function parts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const part of PARTS) {
    const file = zip.file(part);
    if (file !== null) out[part] = await file.async("string");
  }
  return out;
}

describe("the Word report is WordprocessingML Word accepts (Transitional schema, structure and values)", () => {
  test.each(CASES)("%s", async (_, document, notes) => {
    const found = await parts(await renderDocx(document, { notes }));
    expect(Object.keys(found)).toEqual(PARTS);
    for (const [part, xml] of Object.entries(found)) expect([part, wordprocessingMlErrors(xml)]).toEqual([part, []]);
  });
});

describe("the check finds what the schema forbids", () => {
  let documentXml: string;
  beforeAll(async () => {
    documentXml = (await parts(await renderDocx(mixed)))["word/document.xml"]!;
  });
  const broken: [string, (xml: string) => string, RegExp][] = [
    [
      "jc before pStyle",
      (xml) =>
        xml.replace(
          '<w:pStyle w:val="TjCell"/><w:jc w:val="right"/>',
          '<w:jc w:val="right"/><w:pStyle w:val="TjCell"/>',
        ),
      /w:pStyle: out of the schema's order/,
    ],
    [
      "tcW after vAlign",
      (xml) => xml.replace(/<w:tcPr>(<w:tcW [^>]*\/>)(.*?)<\/w:tcPr>/, "<w:tcPr>$2$1</w:tcPr>"),
      /w:tcW: out of the schema's order/,
    ],
    [
      "sz before rFonts is fine, but an unknown element is not",
      (xml) => xml.replace("<w:cantSplit/>", "<w:cantSplit/><w:keepTogether/>"),
      /w:keepTogether: not allowed here/,
    ],
    [
      "a wrong value",
      (xml) => xml.replace('<w:jc w:val="right"/>', '<w:jc w:val="rechts"/>'),
      /w:val="rechts" is not a valid value/,
    ],
    [
      "an attribute the schema lacks",
      (xml) => xml.replace("<w:cantSplit/>", '<w:cantSplit w:always="1"/>'),
      /attribute w:always is not in the schema/,
    ],
    [
      "the Strict namespace",
      (xml) =>
        xml.replace(
          'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
          'xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"',
        ),
      /not Transitional WML/,
    ],
    [
      "a control character",
      (xml) => xml.replace('<w:t xml:space="preserve">', '<w:t xml:space="preserve">\u0007'),
      /not well-formed/,
    ],
    ["two sectPr", (xml) => xml.replace(/(<w:sectPr>.*<\/w:sectPr>)/, "$1$1"), /w:sectPr: repeated/],
  ];
  test.each(broken)("%s", (_, edit, message) => {
    const xml = edit(documentXml);
    expect(xml).not.toBe(documentXml);
    expect(wordprocessingMlErrors(xml).join("\n")).toMatch(message);
  });

  test("elements and attributes of namespaces mc:Ignorable lists are left out, as Word does", () => {
    const xml = documentXml.replace("<w:cantSplit/>", '<w:cantSplit w14:paraId="1A2B3C4D"/><w14:unknown/>');
    expect(wordprocessingMlErrors(xml)).toEqual([]);
  });
});
