import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import { runTongji as run, sha256 as hash } from "./runTongji";

const PARAGRAPH =
  "1-9月,完成固定资产投资37.59亿元,同比增长23.8%,其中工业有效投资22.53亿元,同比增长25.6%;实现社会消费品零售总额18.64亿元。";
const WARNING = "第6行“社会消费品零售总额”:缺少上年同期数,未计算增速";

/** Text in GB18030, as Excel and WPS save a CSV on Chinese Windows (SheetJS's code page tables encode it). */
function iconvGb18030(text: string): Uint8Array {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cptable = require("@e965/xlsx/dist/cpexcel.js") as { utils: { encode: (cp: number, s: string) => number[] } };
  return new Uint8Array(cptable.utils.encode(936, text));
}

/** A workbook with a notes sheet first and the indicator sheet second (万元 figures in "0" cells). */
async function sampleFile(dir: string, name = "表.xlsx"): Promise<string> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("说明").getCell("A1").value = "填表说明";
  const sheet = book.addWorksheet("指标");
  sheet.getCell("A1").value = "2024年1-9月主要经济指标";
  sheet.getRow(3).values = ["指标名称", "计量单位", "1-9月", "上年同期"];
  sheet.getRow(4).values = ["固定资产投资", "万元", 375912, 303646];
  sheet.getRow(5).values = ["其中:工业有效投资", "万元", 225316, 179391];
  sheet.getRow(6).values = ["社会消费品零售总额", "万元", 186420];
  for (const row of [4, 5, 6]) for (const column of [3, 4]) sheet.getCell(row, column).numFmt = "0";
  const file = join(dir, name);
  await book.xlsx.writeFile(file);
  return file;
}

describe("the command line over .xlsx files, with the report engine", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "tongji-cli-"));
  });

  it("prints the paragraphs of the first sheet with a header and the warnings naming file and sheet", async () => {
    const file = await sampleFile(dir);
    const before = await hash(file);
    const result = await run([file]);
    expect(result).toEqual({ code: 0, out: `${PARAGRAPH}\n`, err: `提示(表.xlsx / 指标):${WARNING}\n` });
    expect(await hash(file)).toBe(before);
  });

  it("prints one JSON object with paragraphs, table and warnings", async () => {
    const file = await sampleFile(dir);
    const result = await run([file, "--json"]);
    expect(result.err).toBe("");
    const parsed = JSON.parse(result.out) as {
      sheet: string;
      period: { label: string; months: number };
      paragraphs: string[];
      table: { title: string; columns: { header: string }[]; rows: { level: number; cells: { value: unknown }[] }[] };
      warnings: { code: string; row: number; message: string }[];
    };
    expect(parsed.sheet).toBe("指标");
    expect(parsed.period).toEqual({ label: "1-9月", months: 9, year: 2024 });
    expect(parsed.paragraphs).toEqual([PARAGRAPH]);
    expect(parsed.warnings).toEqual([{ code: "missing-base", row: 5, column: 3, message: WARNING }]);
    expect(parsed.table.title).toBe("2024年1-9月主要经济指标");
    expect(parsed.table.columns.map((column) => column.header)).toEqual([
      "指标",
      "单位",
      "本期",
      "上年同期",
      "增减额",
      "增速(%)",
    ]);
    expect(parsed.table.rows.map((row) => [row.level, ...row.cells.map((cell) => cell.value)])).toEqual([
      [0, "固定资产投资", "万元", 375912, 303646, 72266, 23.7994243296],
      [1, "工业有效投资", "万元", 225316, 179391, 45925, 25.6005039272],
      [0, "社会消费品零售总额", "万元", 186420, null, null, null],
    ]);
  });

  it("--period and --no-verbs change the narrative", async () => {
    const file = await sampleFile(dir);
    const result = await run([file, "--period", "前三季度", "--no-verbs"]);
    expect(result.out).toBe(
      "前三季度,固定资产投资37.59亿元,同比增长23.8%,其中工业有效投资22.53亿元,同比增长25.6%;社会消费品零售总额18.64亿元。\n",
    );
  });

  it("writes a new workbook with --out and refuses to overwrite the input", async () => {
    const file = await sampleFile(dir);
    const before = await hash(file);
    const out = join(dir, "汇总.xlsx");
    expect((await run([file, "--out", out])).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet("指标汇总");
    const row = (r: number): unknown[] => [1, 2, 3, 4, 5, 6].map((c) => sheet?.getCell(r, c).value ?? null);
    expect(row(1)).toEqual(["2024年1-9月主要经济指标", null, null, null, null, null]);
    expect(row(2)[0]).toBe("统计期:1-9月");
    expect(row(4)).toEqual(["指标", "单位", "本期", "上年同期", "增减额", "增速(%)"]);
    expect(row(5)).toEqual(["固定资产投资", "万元", 375912, 303646, 72266, 23.7994243296]);
    expect(row(6)).toEqual(["工业有效投资", "万元", 225316, 179391, 45925, 25.6005039272]);
    expect(sheet?.getCell("A6").alignment.indent).toBe(1);
    expect(row(7)).toEqual(["社会消费品零售总额", "万元", 186420, null, null, null]);
    expect(sheet?.getCell("F5").numFmt).toBe("0.0");
    expect(sheet?.getCell("A9").value).toBe("文字材料");
    expect(sheet?.getCell("A10").value).toBe(PARAGRAPH);
    const same = await run([file, "--out", file]);
    expect(same.code).toBe(1);
    expect(same.err).toBe(`错误:输出文件“${file}”与输入文件相同:为保护原表,不会覆盖,请换一个输出文件名\n`);
    expect(await hash(file)).toBe(before);
  });

  it.each([
    [["不存在.xlsx"], 1, "错误:找不到文件“不存在.xlsx”,请检查路径\n"],
    [["--sheet"], 2, "错误:选项 --sheet 需要一个值"],
    [["--decimals", "x", "a.xlsx"], 2, "错误:--decimals 应为 0 到 6 的整数,而不是“x”"],
    [["--bogus", "a.xlsx"], 2, "错误:不认识的选项 --bogus(用 --help 查看用法)"],
  ])("refuses %j with a Chinese message", async (argv, code, message) => {
    const result = await run(argv);
    expect(result.code).toBe(code);
    expect(result.out).toBe("");
    expect(result.err).toContain(message);
  });

  it("reads .csv (UTF-8 or GB18030), .xls and .ods files through the same reader as the web page", async () => {
    const book = XLSX.read(new Uint8Array(await readFile(await sampleFile(dir))), { type: "array", cellNF: true });
    const csvText =
      "2024年1-9月主要经济指标\n\n指标名称,计量单位,1-9月,上年同期\n固定资产投资,万元,375912,303646\n其中:工业有效投资,万元,225316,179391\n社会消费品零售总额,万元,186420\n";
    const files: [string, Uint8Array][] = [
      ["表.csv", new TextEncoder().encode(`\uFEFF${csvText}`)],
      ["表gbk.csv", new Uint8Array(iconvGb18030(csvText))],
      ["表.xls", new Uint8Array(XLSX.write(book, { bookType: "biff8", type: "array" }) as ArrayBuffer)],
      ["表.ods", new Uint8Array(XLSX.write(book, { bookType: "ods", type: "array" }) as ArrayBuffer)],
    ];
    for (const [name, bytes] of files) {
      const file = join(dir, name);
      await writeFile(file, bytes);
      const result = await run([file]);
      expect({ name, ...result }).toEqual({
        name,
        code: 0,
        out: `${PARAGRAPH}\n`,
        err: expect.stringContaining(WARNING),
      });
    }
  });

  it.each([
    ["表.xls", "x", "已损坏或格式无法识别,无法读取:请在 Excel 或 WPS 中打开它并“另存为” .xlsx 后再试"],
    [
      "表.pdf",
      "%PDF-1.4",
      // Not a workbook format by its name: the .xlsx reader says what the file is not.
      "不是有效的 .xlsx 文件(可能已损坏或是其他格式),请用 Excel 另存为 .xlsx 后再试",
    ],
    ["表.csv", "", "是空文件(0 字节),请检查是否选对了文件"],
  ])("says what to do with a file it cannot read (%s)", async (name, content, message) => {
    const file = join(dir, name);
    await writeFile(file, content);
    const result = await run([file]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(message);
  });

  it("processes a folder in turn, skipping lock files, with plain progress lines off a terminal", async () => {
    await sampleFile(dir, "a.xlsx");
    await sampleFile(dir, "b.xlsx");
    await writeFile(join(dir, "~$a.xlsx"), "lock");
    const outDir = await mkdtemp(join(tmpdir(), "tongji-out-"));
    const result = await run([dir, "--out", outDir]);
    expect(result.code).toBe(0);
    expect(result.out).toBe(`【a.xlsx】\n${PARAGRAPH}\n\n【b.xlsx】\n${PARAGRAPH}\n\n`);
    expect(result.err.split("\n")).toEqual([
      `提示(a.xlsx / 指标):${WARNING}`,
      `已写入 ${join(outDir, "a_汇总.xlsx")}`,
      `处理 1/2: ${join(dir, "a.xlsx")}`,
      `提示(b.xlsx / 指标):${WARNING}`,
      `已写入 ${join(outDir, "b_汇总.xlsx")}`,
      `处理 2/2: ${join(dir, "b.xlsx")}`,
      "完成:2个文件全部处理成功",
      "",
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(outDir, "b_汇总.xlsx"));
    expect(book.getWorksheet("指标汇总")?.getCell("A5").value).toBe("固定资产投资");
  });

  it("prints one JSON array for several inputs", async () => {
    const a = await sampleFile(dir, "a.xlsx");
    const b = await sampleFile(dir, "b.xlsx");
    const result = await run([a, b, "--json"]);
    const parsed = JSON.parse(result.out) as { file: string; paragraphs: string[] }[];
    expect(parsed.map((item) => [item.file, item.paragraphs])).toEqual([
      [a, [PARAGRAPH]],
      [b, [PARAGRAPH]],
    ]);
  });
});
