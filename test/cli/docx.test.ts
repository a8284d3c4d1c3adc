/**
 * `--docx`: the command line writes the Word report, alone or beside --out, one per input into a folder,
 * under the same file-safety rules as --out (the input and files the tool did not write are never
 * replaced). The reports are read back with mammoth.
 */
import { mkdir, mkdtemp, readdir, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { mammothLines } from "../summary/wordReaders";
import { runTongji, sha256 } from "./runTongji";

/** The text of the sheet below (no period given: the paragraph opens with the first indicator). */
const text = (current: number, growth: string): string =>
  `实现工业总产值${current}亿元,同比增长${growth}%;税收收入5亿元。`;
const PARAGRAPH = text(12, "20.0");

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "tongji-docx-cli-"));
});

/** An indicator workbook (one figure row, and a row the engine warns about) at `file`. */
async function indicatorFile(file: string, current = 12): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("指标");
  sheet.getRow(1).values = ["指标名称", "计量单位", "本期", "上年同期"];
  sheet.getRow(2).values = ["工业总产值", "亿元", current, 10];
  sheet.getRow(3).values = ["税收收入", "亿元", 5, "—"];
  await book.xlsx.writeFile(file);
  return file;
}

describe("--docx", () => {
  it("writes the Word report: the title, the paragraphs and the table", async () => {
    const input = await indicatorFile(join(dir, "报表.xlsx"));
    const docx = join(dir, "报告.docx");
    const result = await runTongji([input, "--docx", docx]);
    expect(result.code).toBe(0);
    expect(result.err.split("\n").at(-2)).toBe(`已写入 ${docx}`);
    const lines = await mammothLines(docx);
    // A sheet that names no period has no period line.
    expect(lines.slice(0, 2)).toEqual(["指标指标完成情况", PARAGRAPH]);
    expect(lines).toContain("表1 指标指标完成情况");
    expect(lines).toContain("工业总产值");
    expect(lines.some((line) => line.startsWith("说明:"))).toBe(false);
  });

  it("with --out writes both files; --json names both", async () => {
    const input = await indicatorFile(join(dir, "报表.xlsx"));
    const out = join(dir, "汇总.xlsx");
    const docx = join(dir, "报告.docx");
    const result = await runTongji([input, "--out", out, "--docx", docx, "--json"]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as { out?: string; docx?: string; paragraphs: string[] };
    expect([json.out, json.docx, json.paragraphs]).toEqual([out, docx, [PARAGRAPH]]);
    expect((await readdir(dir)).sort()).toEqual(["报告.docx", "报表.xlsx", "汇总.xlsx"]);
  });

  it("--notes adds the warnings as 说明: lines", async () => {
    const input = await indicatorFile(join(dir, "报表.xlsx"));
    const docx = join(dir, "报告.docx");
    expect((await runTongji([input, "--docx", docx, "--notes"])).code).toBe(0);
    const lines = await mammothLines(docx);
    expect(lines.at(-1)).toMatch(/^说明:1\.第3行“税收收入”/);
  });

  it("over a folder writes <name>_报告.docx for each input into the --docx folder", async () => {
    const inputs = join(dir, "报表");
    await mkdir(inputs);
    await indicatorFile(join(inputs, "一月.xlsx"), 11);
    await indicatorFile(join(inputs, "二月.xlsx"), 13);
    const reports = join(dir, "报告");
    const result = await runTongji([inputs, "--docx", reports, "--out", join(dir, "汇总")]);
    expect(result.code).toBe(0);
    expect((await readdir(reports)).sort()).toEqual(["一月_报告.docx", "二月_报告.docx"].sort());
    expect((await readdir(join(dir, "汇总"))).sort()).toEqual(["一月_汇总.xlsx", "二月_汇总.xlsx"].sort());
    expect((await mammothLines(join(reports, "二月_报告.docx")))[1]).toBe(text(13, "30.0"));
  });

  it("never writes over the input, even through a symlink", async () => {
    const input = await indicatorFile(join(dir, "报表.xlsx"));
    const link = join(dir, "报告.docx");
    await symlink(input, link);
    const before = await sha256(input);
    const result = await runTongji([input, "--docx", link]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`输出文件“${link}”与输入文件“${input}”是同一个文件`);
    expect(await sha256(input)).toBe(before);
  });

  it("refuses a .docx the tool did not write, and replaces its own report", async () => {
    const input = await indicatorFile(join(dir, "报表.xlsx"));
    const docx = join(dir, "报告.docx");
    await writeFile(docx, "我自己写的报告");
    const before = await sha256(docx);
    const refused = await runTongji([input, "--docx", docx]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`输出文件“${docx}”已存在,且不是统计助手生成的文件`);
    expect(await sha256(docx)).toBe(before);

    const own = join(dir, "自己的报告.docx");
    expect((await runTongji([input, "--docx", own])).code).toBe(0);
    await indicatorFile(input, 15);
    expect((await runTongji([input, "--docx", own])).code).toBe(0);
    expect((await mammothLines(own))[1]).toBe(text(15, "50.0"));
  });

  it.each([
    [["--notes"], "错误:--notes 只用于 --docx 另存的 Word 报告,请同时给出 --docx 文件.docx"],
    [["--docx", "a.docx", "--out", "a.docx"], "错误:--out 与 --docx 不能是同一个路径"],
  ])("usage errors: %j", async (flags, message) => {
    const input = await indicatorFile(join(dir, "报表.xlsx"));
    const result = await runTongji([input, ...flags]);
    expect(result.code).toBe(2);
    expect(result.err.split("\n")[0]).toBe(message);
  });
});
