import { createHash } from "node:crypto";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { ReportError, type Report, type SheetGrid } from "../../src/report/types";
import { runCli, type BuildReport } from "../../src/cli/runCli";

/** A stand-in engine: states the first data row it finds, refuses sheets without "指标名称". */
const stubEngine: BuildReport = (grid: SheetGrid) => {
  const header = grid.cells.findIndex((row) => row.some((cell) => cell.value === "指标名称"));
  if (header < 0) throw new ReportError("no-header", "未找到指标表头。");
  const data = grid.cells[header + 1] ?? [];
  const name = String(data[0]?.value ?? "");
  const text = data[1]?.text ?? "";
  const report: Report = {
    analysis: {
      sheetName: grid.sheetName,
      layout: { headerRow: header, firstDataRow: header + 1, lastDataRow: header + 1, columns: {}, confidence: 1 },
      period: { label: "1-9月", months: 9 },
      indicators: [],
      warnings: [],
    },
    period: { label: "1-9月", months: 9 },
    table: {
      title: "主要经济指标汇总",
      columns: [
        { key: "name", header: "指标", numberFormat: "@" },
        { key: "current", header: "本期", numberFormat: "0.00" },
      ],
      rows: [{ indicator: 0, level: 0, cells: [{ value: name }, { value: Number(data[1]?.value) }] }],
    },
    paragraphs: [`1-9月,${name}${text}亿元。`],
    warnings: [{ code: "missing-base", row: header + 1, message: `第${header + 2}行 ${name}:缺少上年同期数` }],
  };
  return report;
};

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(argv: string[]): Promise<Run> {
  let out = "";
  let err = "";
  const code = await runCli(
    argv,
    { stdout: (t) => (out += t), stderr: (t) => (err += t), stderrIsTty: false },
    stubEngine,
  );
  return { code, out, err };
}

async function sampleFile(dir: string, name = "表.xlsx"): Promise<string> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("说明").getCell("A1").value = "填表说明";
  const sheet = book.addWorksheet("指标");
  sheet.getCell("A1").value = "指标名称";
  sheet.getCell("B1").value = "本期";
  sheet.getCell("A2").value = "固定资产投资";
  sheet.getCell("B2").value = 37.5912;
  sheet.getCell("B2").numFmt = "0.00";
  const file = join(dir, name);
  await book.xlsx.writeFile(file);
  return file;
}

const hash = async (file: string): Promise<string> =>
  createHash("sha256")
    .update(await readFile(file))
    .digest("hex");

describe("the command line over .xlsx files", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "tongji-cli-"));
  });

  it("prints the paragraphs of the first sheet with a header, as the sheet displays the figures", async () => {
    const file = await sampleFile(dir);
    const before = await hash(file);
    const result = await run([file]);
    expect(result).toEqual({
      code: 0,
      out: "1-9月,固定资产投资37.59亿元。\n",
      err: "提示(表.xlsx / 指标):第2行 固定资产投资:缺少上年同期数\n",
    });
    expect(await hash(file)).toBe(before);
  });

  it("prints one JSON object with paragraphs, table and warnings", async () => {
    const file = await sampleFile(dir);
    const result = await run([file, "--json"]);
    const parsed = JSON.parse(result.out) as {
      sheet: string;
      paragraphs: string[];
      table: unknown;
      warnings: unknown[];
    };
    expect(parsed.sheet).toBe("指标");
    expect(parsed.paragraphs).toEqual(["1-9月,固定资产投资37.59亿元。"]);
    expect(parsed.warnings).toHaveLength(1);
    expect(parsed.table).toMatchObject({ title: "主要经济指标汇总" });
  });

  it("writes a new workbook with --out and refuses to overwrite the input", async () => {
    const file = await sampleFile(dir);
    const before = await hash(file);
    const out = join(dir, "汇总.xlsx");
    expect((await run([file, "--out", out])).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet("指标汇总");
    expect(sheet?.getCell("A1").value).toBe("主要经济指标汇总");
    expect(sheet?.getCell("A2").value).toBe("统计期:1-9月");
    expect([sheet?.getCell("A4").value, sheet?.getCell("B4").value]).toEqual(["指标", "本期"]);
    expect([sheet?.getCell("A5").value, sheet?.getCell("B5").value]).toEqual(["固定资产投资", 37.5912]);
    expect(sheet?.getCell("B5").numFmt).toBe("0.00");
    expect(sheet?.getCell("A8").value).toBe("1-9月,固定资产投资37.59亿元。");
    const same = await run([file, "--out", file]);
    expect(same.code).toBe(1);
    expect(same.err).toContain("与输入文件相同:为保护原表,不会覆盖");
    expect(await hash(file)).toBe(before);
  });

  it.each([
    [["不存在.xlsx"], "错误:找不到文件“不存在.xlsx”,请检查路径\n"],
    [["--sheet"], "错误:选项 --sheet 需要一个值"],
    [["--decimals", "x", "a.xlsx"], "错误:--decimals 应为 0 到 6 的整数,而不是“x”"],
    [["--bogus", "a.xlsx"], "错误:不认识的选项 --bogus"],
  ])("refuses %j with a Chinese message", async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBeGreaterThan(0);
    expect(result.err).toContain(message);
  });

  it("names the file and lists the sheets when --sheet is wrong", async () => {
    const file = await sampleFile(dir);
    const result = await run([file, "--sheet", "汇总"]);
    expect(result.code).toBe(1);
    expect(result.err).toBe(`错误:“${file}”中没有名为“汇总”的工作表;现有工作表:说明、指标\n`);
  });

  it("says what to do with .csv, .xls and files that are not xlsx, leaving them unchanged", async () => {
    const csv = join(dir, "表.csv");
    const xls = join(dir, "表.xls");
    const fake = join(dir, "假.xlsx");
    await writeFile(csv, "指标名称,本期\n");
    await writeFile(xls, "x");
    await writeFile(fake, "not a zip");
    const before = await hash(fake);
    expect((await run([csv])).err).toContain("是 CSV 文件:请在 Excel 或 WPS 中打开并“另存为” .xlsx");
    expect((await run([xls])).err).toContain("是旧版 .xls 文件,无法直接读取");
    const bad = await run([fake]);
    expect(bad).toMatchObject({ code: 1 });
    expect(bad.err).toContain("不是有效的 .xlsx 文件");
    expect(await hash(fake)).toBe(before);
  });

  it("reports a sheet without an indicator header, naming the file and sheets", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Sheet1").getCell("A1").value = "备注";
    const file = join(dir, "无表头.xlsx");
    await book.xlsx.writeFile(file);
    const result = await run([file]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`“${file}”中没有找到指标表(工作表:Sheet1)。未找到指标表头。`);
  });

  it("processes a folder in turn, skipping lock files, with plain progress lines off a terminal", async () => {
    await sampleFile(dir, "a.xlsx");
    await sampleFile(dir, "b.xlsx");
    await writeFile(join(dir, "~$a.xlsx"), "lock");
    const outDir = await mkdtemp(join(tmpdir(), "tongji-out-"));
    const result = await run([dir, "--out", outDir]);
    expect(result.code).toBe(0);
    expect(result.out).toBe(
      "【a.xlsx】\n1-9月,固定资产投资37.59亿元。\n\n【b.xlsx】\n1-9月,固定资产投资37.59亿元。\n\n",
    );
    expect(result.err).toContain(`处理 2/2: ${join(dir, "b.xlsx")}`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(outDir, "b_汇总.xlsx"));
    expect(book.getWorksheet("指标汇总")?.getCell("A1").value).toBe("主要经济指标汇总");
  });
});
