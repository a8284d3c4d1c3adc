import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildReport } from "../../src/report/buildReport";
import { FIXTURE_SHEETS } from "../fixtures/sheets";
import { fixtureOptions, toGrid } from "../fixtures/fixtureSheet";
import { tableTsv } from "./tableTsv";

/**
 * Each fixture sheet against its goldens: the paragraphs (one per line), the table (TSV) and the
 * warnings (one per line). The goldens are the spec, reviewed by eye; UPDATE_GOLDEN=1 rewrites them.
 */
const GOLDEN_DIR = join(__dirname, "..", "golden");
const update = process.env.UPDATE_GOLDEN === "1";

function compare(file: string, actual: string): void {
  const path = join(GOLDEN_DIR, file);
  if (update) {
    writeFileSync(path, actual, "utf8");
  }
  expect(existsSync(path)).toBe(true);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

describe.each(FIXTURE_SHEETS.map((fixture) => [fixture.name, fixture] as const))("fixture %s", (name, fixture) => {
  const report = buildReport(toGrid(fixture), fixtureOptions(fixture));

  it("states the narrative exactly as the golden", () => {
    compare(`${name}.txt`, report.paragraphs.join("\n") + "\n");
  });

  it("builds the summary table exactly as the golden", () => {
    compare(`${name}.table.txt`, tableTsv(report.table));
  });

  it("builds the ranking tables of a regions sheet exactly as the golden, and none for another sheet", () => {
    const path = `${name}.rankings.txt`;
    if (report.analysis.places === undefined) {
      expect(report.rankings).toBeUndefined();
      expect(existsSync(join(GOLDEN_DIR, path))).toBe(false);
      return;
    }
    expect(report.rankings?.length).toBe(report.analysis.places.indicators.length);
    compare(path, (report.rankings ?? []).map(tableTsv).join("\n"));
  });

  it("warns exactly as the golden", () => {
    compare(`${name}.warnings.txt`, report.warnings.map((warning) => warning.message).join("\n") + "\n");
  });
});
