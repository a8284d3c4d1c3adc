import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { august, SEPTEMBER_VERSUS_AUGUST, september, UNMATCHED_WARNING } from "../fixtures/periodSheets";
import type { FixtureSheet } from "../fixtures/fixtureSheet";
import { writeFixtureBook, writeFixtureXlsx } from "./fixtureWorkbook";
import { runTongji, sha256 } from "./runTongji";

/** A workbook of several fixture sheets, in the order given. */
const writeBook = (file: string, sheets: readonly FixtureSheet[]): Promise<void> => writeFixtureBook(sheets, file);

const WITHOUT_COMPARISON =
  "1-9月,实现规上工业总产值512.3亿元,同比增长8.5%;完成固定资产投资37.59亿元,同比下降3.2%;实现一般公共预算收入18.6亿元,同比下降0.4%;新增市场主体5210户,同比增长7.9%。";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tongji-previous-"));
});

describe("a workbook with one sheet per month", () => {
  const book = (): string => join(dir, "月报.xlsx");
  beforeAll(async () => {
    await writeBook(book(), [august, september]);
  });

  it("reads the latest period and says which sheet it read", async () => {
    const run = await runTongji([book()]);
    expect(run.code).toBe(0);
    expect(run.out).toBe(`${WITHOUT_COMPARISON}\n`);
    expect(run.err).toBe("提示:“月报.xlsx”有2张指标表,读取时期最近的工作表“1-9月”(可用 --sheet 指定)\n");
  });

  it("with --previous-sheet auto compares with the sheet before, and names the indicators found in one only", async () => {
    const before = await sha256(book());
    const run = await runTongji([book(), "--previous-sheet", "auto"]);
    expect(run.code).toBe(0);
    expect(run.out).toBe(`${SEPTEMBER_VERSUS_AUGUST}\n`);
    expect(run.err.split("\n").filter((line) => line !== "")).toEqual([
      "提示:“月报.xlsx”有2张指标表,读取时期最近的工作表“1-9月”(可用 --sheet 指定)",
      "提示:与上期工作表“1-8月”比较增速",
      `提示(月报.xlsx / 1-9月):${UNMATCHED_WARNING}`,
    ]);
    expect(await sha256(book())).toBe(before);
  });

  it("with --previous-sheet NAME compares with that sheet", async () => {
    const run = await runTongji([book(), "--sheet", "1-9月", "--previous-sheet", "1-8月"]);
    expect(run.code).toBe(0);
    expect(run.out).toBe(`${SEPTEMBER_VERSUS_AUGUST}\n`);
  });

  it("says so in Chinese when there is no earlier sheet", async () => {
    const run = await runTongji([book(), "--sheet", "1-8月", "--previous-sheet", "auto"]);
    expect(run.code).toBe(1);
    expect(run.err).toBe(
      `错误:“${book()}”中没有比工作表“1-8月”更早一期的指标表,无法与上期比较(可用 --previous-sheet 名称 指定)\n`,
    );
  });

  it("says so in Chinese when the named earlier sheet does not exist", async () => {
    const run = await runTongji([book(), "--previous-sheet", "7月"]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`错误:“${book()}”中没有名为“7月”的工作表;现有工作表:1-8月、1-9月\n`);
  });
});

describe("two files", () => {
  it("with --previous compares with the other file's indicator sheet and never changes either file", async () => {
    const current = join(dir, "1-9月.xlsx");
    const previous = join(dir, "1-8月.xlsx");
    await writeFixtureXlsx(september, current);
    await writeFixtureXlsx(august, previous);
    const sums = [await sha256(current), await sha256(previous)];
    const run = await runTongji([current, "--previous", previous]);
    expect(run.code).toBe(0);
    expect(run.out).toBe(`${SEPTEMBER_VERSUS_AUGUST}\n`);
    expect(run.err.split("\n").filter((line) => line !== "")).toEqual([
      "提示:与上期工作表“1-8月”比较增速",
      `提示(1-9月.xlsx / 1-9月):${UNMATCHED_WARNING}`,
    ]);
    expect([await sha256(current), await sha256(previous)]).toEqual(sums);
  });
});
