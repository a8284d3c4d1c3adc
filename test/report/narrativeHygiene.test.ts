import { PHRASES } from "../../src/core/phrases";
import { buildReport } from "../../src/report/buildReport";
import type { ReportOptions } from "../../src/report/types";
import { toGrid } from "../fixtures/fixtureSheet";
import { FIXTURE_SHEETS } from "../fixtures/sheets";

/**
 * What a statistician would strike out in any paragraph, whatever the sheet: words of a program ("NaN",
 * "undefined"), doubled or clashing punctuation (",,", ";。"), a placeholder left unfilled, punctuation of the
 * other width mixed into the text (the narrative's separators are core's PHRASES.report ones), a thousands
 * separator inside a number, and a sentence end in the middle of a paragraph.
 */
const OPTION_SETS: readonly (readonly [string, ReportOptions])[] = [
  ["default options", {}],
  [
    "every clause and the highlights",
    { clauses: { change: true, completion: true, progress: true, highlights: true } },
  ],
  ["no verbs, no unit conversion", { verbs: false, convertUnits: false }],
];

const PUNCTUATION = "[,;:。、，；：]";

/** The faults found in one paragraph, each as a short label and the text around it. */
function faults(paragraph: string): string[] {
  const found: string[] = [];
  const look = (label: string, pattern: RegExp): void => {
    for (const match of paragraph.matchAll(pattern)) {
      const at = match.index;
      found.push(`${label}: …${paragraph.slice(Math.max(0, at - 8), at + match[0].length + 8)}…`);
    }
  };
  look("program word", /NaN|undefined|Infinity|null|\[object/g);
  look("placeholder", /\{\w*\}/g);
  look("doubled punctuation", new RegExp(`${PUNCTUATION}{2,}`, "g"));
  look("sentence end inside the paragraph", /。(?!$)/g);
  look("thousands separator", /\d,\d{3}(?!\d)/g);
  // Separators of the other width than core's (PHRASES.report.partSeparator ","; clauseSeparator ";").
  const other = PHRASES.report.partSeparator === "," ? /[，；：]/g : /[,;:]/g;
  look("punctuation of the other width", other);
  if (!paragraph.endsWith(PHRASES.report.end)) found.push(`no sentence end: …${paragraph.slice(-12)}`);
  return found;
}

describe.each(OPTION_SETS)("narratives with %s", (_label, options) => {
  it.each(FIXTURE_SHEETS.map((fixture) => [fixture.name, fixture] as const))(
    "fixture %s reads as clean Chinese",
    (_name, fixture) => {
      const paragraphs = buildReport(toGrid(fixture), options).paragraphs;
      expect(paragraphs.length).toBeGreaterThan(0);
      expect(paragraphs.flatMap(faults)).toEqual([]);
    },
  );
});

describe("the scan itself", () => {
  it.each([
    ["1-9月,,实现工业总产值12亿元。", "doubled punctuation"],
    ["1-9月,工业总产值12亿元;;同比增长5%。", "doubled punctuation"],
    ["工业总产值12亿元,同比增长5%。。", "doubled punctuation"],
    ["工业总产值NaN亿元。", "program word"],
    ["工业总产值undefined。", "program word"],
    ["工业总产值12亿元,同比增长Infinity%。", "program word"],
    ["工业总产值null。", "program word"],
    ["工业总产值{value}。", "placeholder"],
    ["工业总产值1,234.5亿元。", "thousands separator"],
    ["工业总产值12亿元，同比增长5%。", "punctuation of the other width"],
    ["工业总产值12亿元。同比增长5%。", "sentence end inside the paragraph"],
  ])("finds the fault in %s", (paragraph, label) => {
    expect(faults(paragraph).map((fault) => fault.split(":")[0])).toContain(label);
  });

  it("finds nothing in a clause from the seeds", () => {
    expect(
      faults(
        "全年实现财政总收入12.8亿元,同比增长9.29%;完成固定资产投资37.59亿元,同比增长23.8%,其中工业有效投资22.53亿元,同比增长25.6%。",
      ),
    ).toEqual([]);
  });
});
