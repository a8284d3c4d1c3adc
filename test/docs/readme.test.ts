/**
 * The README promises things a newcomer checks first: the demo prints what the README shows, and each
 * function example in its table is one that docs/functions.md states (and test/functions evaluates).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runTongji } from "../cli/runTongji";

const ROOT = join(__dirname, "..", "..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");
const FUNCTIONS_DOC = readFileSync(join(ROOT, "docs", "functions.md"), "utf8");

/** `=TJ...` formula and `result` from the last two cells of markdown table rows. */
function examples(markdown: string): Map<string, string> {
  const rows = new Map<string, string>();
  for (const line of markdown.split("\n")) {
    const match = /`(=TJ\.[A-Z0-9]+\(.*?\))`\s*\|\s*`([^`]+)`[^|]*\|\s*$/.exec(line.trim());
    if (match) rows.set(match[1]!, match[2]!);
  }
  return rows;
}

describe("README.md", () => {
  test("opens with the two commands: the main job and the whole test suite", () => {
    const firstBlock = /```bash\n([\s\S]*?)```/.exec(README)?.[1] ?? "";
    const commands = firstBlock
      .split("\n")
      .map((line) => line.replace(/#.*$/, "").trim())
      .filter(Boolean);
    expect(commands).toEqual(["npm ci && npm run demo", "npm test"]);
    const scripts = (
      JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }
    ).scripts;
    expect(scripts["demo"]).toContain("assets/示例指标表.xlsx");
    expect(
      readFileSync(join(ROOT, ".ci", "run"), "utf8")
        .trim()
        .split("\n")
        .at(-1),
    ).toBe("npm test");
  });

  test("shows the first page of the Word report, a PNG in docs/", () => {
    expect(README).toContain("![示例报告第一页:标题、统计期、文字材料和三线表](docs/report.png)");
    const png = readFileSync(join(ROOT, "docs", "report.png"));
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.length).toBeGreaterThan(20_000);
  });

  test("shows exactly what npm run demo prints", async () => {
    const run = await runTongji([join(ROOT, "assets", "示例指标表.xlsx")]);
    expect(run.code).toBe(0);
    const shown = /`npm run demo`[^\n]*\n+```\n([\s\S]*?)\n```/.exec(README)?.[1];
    expect(shown).toBe(run.out.trim());
  });

  test("documents all 20 functions, each example as docs/functions.md states it", () => {
    const readme = examples(README);
    const doc = examples(FUNCTIONS_DOC);
    const ids = new Set([...readme.keys()].map((formula) => /^=TJ\.([A-Z0-9]+)/.exec(formula)![1]));
    expect(ids.size).toBe(20);
    for (const [formula, result] of readme) {
      expect({ formula, result: doc.get(formula) }).toEqual({ formula, result });
    }
  });
});
