import { link, mkdir, mkdtemp, readdir, readFile, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { runCli } from "../../src/cli/runCli";
import { buildReport } from "../../src/report/buildReport";
import type { SheetGrid } from "../../src/report/types";
import { runTongji, sha256 } from "./runTongji";

/**
 * The command line never loses a file: outputs are compared with inputs by identity (links included),
 * a file the tool did not write is never replaced without --force, two inputs never write one output,
 * and one file's failure does not stop a folder run.
 */

const PARAGRAPH = "实现工业总产值12亿元,同比增长20.0%。";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "tongji-files-"));
});

/** An indicator workbook (one figure row) at `file`; `current` tells files apart. */
async function indicatorFile(file: string, current = 12, sheetName = "指标"): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  sheet.getRow(1).values = ["指标名称", "计量单位", "本期", "上年同期"];
  sheet.getRow(2).values = ["工业总产值", "亿元", current, 10];
  await book.xlsx.writeFile(file);
  return file;
}

/** A workbook of the user's own, not an indicator table. */
async function ownFile(file: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("我的汇总").getCell("A1").value = "我自己整理的汇总,不能丢";
  await book.xlsx.writeFile(file);
  return file;
}

async function summaryC5(file: string): Promise<unknown> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book.getWorksheet("指标汇总")?.getCell("C5").value;
}

const refusedSame = (out: string, input: string): string =>
  `错误:输出文件“${out}”与输入文件“${input}”是同一个文件(经由链接):为保护原表,不会覆盖,请换一个输出文件名\n`;

describe("an output that is the input under another name is refused, the input unchanged", () => {
  it("--out is a symlink to the input", async () => {
    const input = await indicatorFile(join(dir, "报表.xlsx"));
    const out = join(dir, "链接.xlsx");
    await symlink(input, out);
    const before = await sha256(input);
    expect(await runTongji([input, "--out", out])).toEqual({ code: 1, out: "", err: refusedSame(out, input) });
    expect(await sha256(input)).toBe(before);
  });

  it("--out is a hard link to the input", async () => {
    const input = await indicatorFile(join(dir, "报表.xlsx"));
    const out = join(dir, "硬链接.xlsx");
    await link(input, out);
    const before = await sha256(input);
    expect(await runTongji([input, "--out", out])).toEqual({ code: 1, out: "", err: refusedSame(out, input) });
    expect(await sha256(input)).toBe(before);
  });

  it("the input is given through a symlink and --out names the file itself", async () => {
    const real = await indicatorFile(join(dir, "报表.xlsx"));
    const input = join(dir, "捷径.xlsx");
    await symlink(real, input);
    const before = await sha256(real);
    expect(await runTongji([input, "--out", real])).toEqual({ code: 1, out: "", err: refusedSame(real, input) });
    expect(await sha256(real)).toBe(before);
  });

  it("the input is read through a symlinked folder", async () => {
    await mkdir(join(dir, "月报"));
    const real = await indicatorFile(join(dir, "月报", "报表.xlsx"));
    await symlink(join(dir, "月报"), join(dir, "月报链接"));
    const input = join(dir, "月报链接", "报表.xlsx");
    const before = await sha256(real);
    expect(await runTongji([input, "--out", real])).toEqual({ code: 1, out: "", err: refusedSame(real, input) });
    expect(await sha256(real)).toBe(before);
  });
});

describe("an existing file the tool did not write is replaced only with --force", () => {
  it("refuses, then --force replaces it, and a file the tool wrote is replaced without asking", async () => {
    const input = await indicatorFile(join(dir, "报表.xlsx"));
    const out = await ownFile(join(dir, "汇总.xlsx"));
    const own = await sha256(out);
    expect(await runTongji([input, "--out", out])).toEqual({
      code: 1,
      out: "",
      err:
        `错误:输出文件“${out}”已存在,且不是统计助手生成的文件:为免覆盖您自己的文件,没有写入;` +
        "请换一个输出文件名,或移走原文件;确实要替换它时加 --force\n",
    });
    expect(await sha256(out)).toBe(own);
    expect(await runTongji([input, "--out", out, "--force"])).toEqual({
      code: 0,
      out: `${PARAGRAPH}\n`,
      err: `已写入 ${out}\n`,
    });
    expect(await summaryC5(out)).toBe(12);
    await indicatorFile(input, 15);
    expect((await runTongji([input, "--out", out])).code).toBe(0);
    expect(await summaryC5(out)).toBe(15);
    expect(await readdir(dir)).toEqual(["报表.xlsx", "汇总.xlsx"]);
  });

  it("--force never replaces an input", async () => {
    const input = await indicatorFile(join(dir, "报表.xlsx"));
    const before = await sha256(input);
    expect((await runTongji([input, "--out", input, "--force"])).code).toBe(1);
    expect(await sha256(input)).toBe(before);
  });

  it("marks what it writes with a custom document property that Office shows under 属性 › 自定义", async () => {
    const input = await indicatorFile(join(dir, "报表.xlsx"));
    const out = join(dir, "汇总.xlsx");
    await runTongji([input, "--out", out]);
    const zip = await JSZip.loadAsync(await readFile(out));
    expect(await zip.file("docProps/custom.xml")?.async("string")).toContain(
      '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="统计助手输出"><vt:lpwstr>汇总工作簿</vt:lpwstr></property>',
    );
    expect(await zip.file("[Content_Types].xml")?.async("string")).toContain(
      '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>',
    );
  });

  it("--force is refused without --out or --docx", async () => {
    const result = await runTongji(["报表.xlsx", "--force"]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(
      "错误:--force 只用于 --out 或 --docx 另存的文件,请同时给出 --out 文件.xlsx 或 --docx 文件.docx",
    );
  });
});

describe("folder runs", () => {
  it("never overwrite the user's own 报表_汇总.xlsx, which is read as an input like any other", async () => {
    const input = await indicatorFile(join(dir, "报表.xlsx"));
    const own = await ownFile(join(dir, "报表_汇总.xlsx"));
    const before = [await sha256(input), await sha256(own)];
    const result = await runTongji([dir, "--out", dir]);
    expect(result.code).toBe(1);
    expect(result.err.split("\n")).toEqual([
      `错误:输出文件“${own}”与输入文件相同:为保护原表,不会覆盖,请换一个输出文件名`,
      `处理 1/2: ${input}`,
      `错误:“${own}”:工作表“我的汇总”中找不到指标表的表头:需要一行列名,包含“指标名称”以及“本期”“上年同期”“同比增长(%)”“全年目标”等中的至少一个。`,
      `处理 2/2: ${own}`,
      "完成:2个文件中0个成功,2个失败:报表.xlsx(输出会覆盖输入文件)、报表_汇总.xlsx(没有找到指标表)",
      "",
    ]);
    expect([await sha256(input), await sha256(own)]).toEqual(before);
  });

  it("skip the tool's own outputs on a second run and replace them", async () => {
    const input = await indicatorFile(join(dir, "报表.xlsx"));
    expect((await runTongji([dir, "--out", dir])).code).toBe(0);
    await indicatorFile(input, 15);
    const second = await runTongji([dir, "--out", dir]);
    expect(second).toEqual({
      code: 0,
      out: "【报表.xlsx】\n实现工业总产值15亿元,同比增长50.0%。\n\n",
      err: [
        `提示:跳过“${join(dir, "报表_汇总.xlsx")}”:这是统计助手生成的汇总工作簿,不是指标表`,
        `已写入 ${join(dir, "报表_汇总.xlsx")}`,
        `处理 1/1: ${input}`,
        "完成:1个文件全部处理成功",
        "",
      ].join("\n"),
    });
    expect(await summaryC5(join(dir, "报表_汇总.xlsx"))).toBe(15);
    expect(await readdir(dir)).toEqual(["报表.xlsx", "报表_汇总.xlsx"]);
  });

  it("refuse two inputs that would write one output, and write the others", async () => {
    await mkdir(join(dir, "a"));
    await mkdir(join(dir, "b"));
    const a = await indicatorFile(join(dir, "a", "报表.xlsx"), 12);
    const b = await indicatorFile(join(dir, "b", "报表.xlsx"), 15);
    const c = await indicatorFile(join(dir, "b", "其他.xlsx"), 11);
    const out = join(dir, "汇总");
    const result = await runTongji([a, b, c, "--out", out]);
    const clash =
      `错误:“${a}”和“${b}”都会写成同一个输出文件“${join(out, "报表_汇总.xlsx")}”:为免互相覆盖,都没有写;` +
      "请把同名的表分开处理,或改名后再运行";
    expect(result.code).toBe(1);
    expect(result.err.split("\n")).toEqual([
      clash,
      `处理 1/3: ${a}`,
      clash,
      `处理 2/3: ${b}`,
      `已写入 ${join(out, "其他_汇总.xlsx")}`,
      `处理 3/3: ${c}`,
      "完成:3个文件中1个成功,2个失败:报表.xlsx(与其他文件的输出同名)、报表.xlsx(与其他文件的输出同名)",
      "",
    ]);
    expect(await readdir(out)).toEqual(["其他_汇总.xlsx"]);
  });

  it("treat 报表.xlsx and 报表.XLSX as writing one output", async () => {
    const lower = await indicatorFile(join(dir, "报表.xlsx"), 12);
    const upper = await indicatorFile(join(dir, "报表.XLSX"), 15);
    const out = join(dir, "汇总");
    const result = await runTongji([dir, "--out", out]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`错误:“${upper}”和“${lower}”都会写成同一个输出文件`);
    expect(await readdir(out)).toEqual([]);
  });

  it("go on after a file that hits an error of the program, and say which failed and why", async () => {
    await indicatorFile(join(dir, "a.xlsx"), 12);
    await indicatorFile(join(dir, "b.xlsx"), 13, "坏");
    await indicatorFile(join(dir, "c.xlsx"), 14);
    const out = join(dir, "汇总");
    let err = "";
    const failing = (grid: SheetGrid, options: Parameters<typeof buildReport>[1]): ReturnType<typeof buildReport> => {
      if (grid.sheetName === "坏") throw new RangeError("数值过大");
      return buildReport(grid, options);
    };
    const code = await runCli(
      [dir, "--out", out],
      { stdout: () => undefined, stderr: (text) => void (err += text), stderrIsTty: false },
      failing,
    );
    expect(code).toBe(3);
    expect(err).toContain(
      `错误:“${join(dir, "b.xlsx")}”:内部错误:统计助手出现了程序问题,没有完成这次处理(数值过大)。输入文件没有被改动。`,
    );
    expect(err).toContain("完成:3个文件中2个成功,1个失败:b.xlsx(程序内部错误)\n");
    expect(await readdir(out)).toEqual(["a_汇总.xlsx", "c_汇总.xlsx"]);
    expect(await summaryC5(join(out, "c_汇总.xlsx"))).toBe(14);
  });
});

it("reads a file named twice (also through a link) once", async () => {
  const input = await indicatorFile(join(dir, "报表.xlsx"));
  await symlink(input, join(dir, "链接.xlsx"));
  const result = await runTongji([input, join(dir, "链接.xlsx")]);
  expect(result).toEqual({
    code: 0,
    out: `${PARAGRAPH}\n`,
    err: `提示:“${join(dir, "链接.xlsx")}”与“${input}”是同一个文件,只读取一次\n`,
  });
});
