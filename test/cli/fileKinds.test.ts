import { mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { runTongji, sha256, type CliRun } from "./runTongji";

/**
 * Files that are not readable .xlsx workbooks say what they are and what to do; sheets past the limits
 * stop with a Chinese message; what Excel would reject is never written. Inputs are never changed.
 */

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tongji-kinds-"));
});

async function runUnchanged(file: string, extra: string[] = []): Promise<CliRun> {
  const before = await sha256(file);
  const result = await runTongji([file, ...extra]);
  expect(await sha256(file)).toBe(before);
  return result;
}

/**
 * An OLE compound file header followed by a directory naming the streams of an encrypted OOXML package
 * (EncryptionInfo, EncryptedPackage; MS-OFFCRYPTO 2.3.4): what Excel saves under 用密码进行加密.
 */
function oleFile(streams: readonly string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const entries = streams.map((name) => {
    const entry = Buffer.alloc(128);
    Buffer.from(`${name}\u0000`, "utf16le").copy(entry);
    entry.writeUInt16LE((name.length + 1) * 2, 64);
    entry[66] = 2;
    return entry;
  });
  return Buffer.concat([header, ...entries]);
}

async function zipFile(name: string, entries: Record<string, string>): Promise<string> {
  const zip = new JSZip();
  for (const [path, text] of Object.entries(entries)) zip.file(path, text);
  const file = join(dir, name);
  await writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
  return file;
}

describe("files that are not .xlsx workbooks say what they are", () => {
  it("a password-protected workbook", async () => {
    const file = join(dir, "加密.xlsx");
    await writeFile(file, oleFile(["Root Entry", "EncryptionInfo", "EncryptedPackage"]));
    expect(await runUnchanged(file)).toEqual({
      code: 1,
      out: "",
      err:
        `错误:“${file}”有密码保护,统计助手无法读取:请在 Excel 中输入密码打开,点“文件 › 信息 › 保护工作簿 › 用密码进行加密”,` +
        "删去密码后确定,再“另存为”一个没有密码的副本(WPS:“文件 › 文档加密 › 密码加密”,清除打开密码),用这个副本运行\n",
    });
  });

  it("an old binary workbook named .xlsx", async () => {
    const file = join(dir, "旧表.xlsx");
    await writeFile(file, oleFile(["Root Entry", "Workbook"]));
    expect((await runUnchanged(file)).err).toBe(
      `错误:“${file}”实际是旧版 Excel(.xls)或 WPS(.et)格式的文件,无法直接读取:请在 Excel 或 WPS 中打开并“另存为” .xlsx 后再运行\n`,
    );
  });

  it.each([
    [
      "an OpenDocument spreadsheet",
      "表格.xlsx",
      { mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<office:document-content/>" },
      "是 OpenDocument 表格(.ods,LibreOffice 等软件的格式),不是 .xlsx:请在 LibreOffice、WPS 或 Excel 中打开并“另存为” Excel 工作簿(.xlsx)后再运行",
    ],
    [
      "a Word document",
      "文字.xlsx",
      { "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" },
      "是 Word 文档,不是 Excel 工作簿:请给出指标表所在的 .xlsx 文件",
    ],
    [
      "another zip",
      "压缩包.xlsx",
      { "报表/说明.txt": "见附件" },
      "是 zip 压缩包,不是 Excel 工作簿:如果指标表在压缩包里,请先解压,再对其中的 .xlsx 文件运行",
    ],
  ])("%s", async (_case, name, entries, message) => {
    const file = await zipFile(name, entries);
    expect(await runUnchanged(file)).toEqual({ code: 1, out: "", err: `错误:“${file}”${message}\n` });
  });

  it("a real .ods saved by LibreOffice is read (by the reader of .xls, .et, .ods and .csv)", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("指标");
    sheet.addRow(["指标名称", "计量单位", "本期", "上年同期"]);
    sheet.addRow(["工业总产值", "亿元", 12, 10]);
    const xlsx = join(dir, "转换.xlsx");
    await book.xlsx.writeFile(xlsx);
    const { execFileSync } = await import("node:child_process");
    const profile = await mkdtemp(join(tmpdir(), "tongji-lo-"));
    execFileSync(
      "soffice",
      [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "ods", "--outdir", dir, xlsx],
      {
        stdio: "ignore",
      },
    );
    const file = join(dir, "转换.ods");
    expect(await readdir(dir)).toContain("转换.ods");
    expect(await runUnchanged(file)).toEqual({ code: 0, out: "实现工业总产值12亿元,同比增长20.0%。\n", err: "" });
  }, 60_000);
});

describe("limits", () => {
  it("one space in XFD1048576 is one cell, not a million rows", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("指标");
    sheet.getRow(1).values = ["指标名称", "计量单位", "本期", "上年同期"];
    sheet.getRow(2).values = ["工业总产值", "亿元", 12, 10];
    sheet.getCell("XFD1048576").value = " ";
    const file = join(dir, "远处空格.xlsx");
    await book.xlsx.writeFile(file);
    expect(await runUnchanged(file)).toEqual({ code: 0, out: "实现工业总产值12亿元,同比增长20.0%。\n", err: "" });
  });

  it("a sheet with more rows holding data than the limit stops with what to do", async () => {
    const file = join(dir, "三十万行.xlsx");
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
    const sheet = book.addWorksheet("明细");
    sheet.getRow(1).values = ["指标名称", "本期"];
    for (let r = 2; r <= 300_002; r += 1) sheet.getRow(r).values = [r];
    sheet.commit();
    await book.commit();
    expect(await runUnchanged(file)).toEqual({
      code: 1,
      out: "",
      err:
        `错误:“${file}”:工作表“明细”有数据的行超过30万行,超出统计助手能处理的上限(每个工作表30万行、500万个有数据的单元格):` +
        "请把指标表拆成几个工作表或文件后分别运行;如果这个工作表不是指标表,请用 --sheet 指定指标表所在的工作表\n",
    });
  }, 120_000);
  it("a .csv with more rows holding data than the limit stops with the same words", async () => {
    const file = join(dir, "三十万行.csv");
    await writeFile(file, `指标名称,本期\n${"1,2\n".repeat(300_001)}`);
    expect(await runUnchanged(file)).toEqual({
      code: 1,
      out: "",
      err:
        `错误:“${file}”:工作表“三十万行”有数据的行超过30万行,超出统计助手能处理的上限(每个工作表30万行、500万个有数据的单元格):` +
        "请把指标表拆成几个工作表或文件后分别运行;如果这个工作表不是指标表,请用 --sheet 指定指标表所在的工作表\n",
    });
  }, 120_000);
});

describe("what Excel would reject is never written", () => {
  it("a table cell over 32,767 characters is cut, marked and named", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("指标");
    const name = `工业总产值${"很长的说明".repeat(8000)}`;
    sheet.getRow(1).values = ["指标名称", "本期"];
    sheet.getRow(2).values = [name, 12];
    const file = join(dir, "长名称.xlsx");
    await book.xlsx.writeFile(file);
    const out = join(dir, "长名称_汇总.xlsx");
    const result = await runUnchanged(file, ["--out", out]);
    expect(result.code).toBe(0);
    expect(result.err).toContain(
      `提示:“${out}”的汇总表A5单元格文字超过 Excel 单元格上限(32767个字符),已截断,末尾标“…”;完整文字见原表\n`,
    );
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    const cell = written.getWorksheet("指标汇总")?.getCell("A5").value as string;
    expect(cell).toHaveLength(32_767);
    expect(cell).toBe(`${name.slice(0, 32_766)}…`);
  });

  it("a sheet name Excel forbids is read, and its --formulas copy is renamed and named", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("SHEETNAME");
    sheet.getRow(1).values = ["指标名称", "计量单位", "本期", "上年同期"];
    sheet.getRow(2).values = ["工业总产值", "亿元", 12, 10];
    const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", workbookXml.replace('name="SHEETNAME"', 'name="1/9月"'));
    const file = join(dir, "斜杠.xlsx");
    await writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
    const out = join(dir, "斜杠_汇总.xlsx");
    const result = await runUnchanged(file, ["--out", out, "--formulas"]);
    expect(result).toEqual({
      code: 0,
      out: "实现工业总产值12亿元,同比增长20.0%。\n",
      err:
        `提示:工作表名称“1/9月”Excel 不允许(工作表名称不能包含 : \\ / ? * [ ] 这些字符),“${out}”里的原表副本改名为“1_9月”,公式引用这个名称\n` +
        `已写入 ${out}\n`,
    });
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    expect(written.worksheets.map((s) => s.name)).toEqual(["指标汇总", "1_9月"]);
    expect(written.getWorksheet("指标汇总")?.getCell("C5").value).toMatchObject({ formula: "'1_9月'!C2" });
    expect(await readFile(out)).toBeDefined();
  });
});

describe("what the .xlsx file says beyond its values", () => {
  it("a hidden row, a date where a figure belongs and a formula never calculated are each named", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("指标");
    sheet.getRow(1).values = ["指标名称", "计量单位", "1-9月", "上年同期"];
    sheet.getRow(2).values = ["工业总产值", "亿元", 12, 10];
    sheet.getRow(3).values = ["税收收入", "亿元", 6, 5];
    sheet.getRow(3).hidden = true;
    sheet.getRow(4).values = ["固定资产投资", "亿元", new Date(Date.UTC(2024, 8, 30)), 5];
    sheet.getCell("C4").numFmt = "yyyy-mm-dd";
    sheet.getRow(5).values = ["社会消费品零售总额", "亿元", { formula: "D5*2" }, 5];
    const file = join(dir, "隐藏与公式.xlsx");
    await book.xlsx.writeFile(file);
    expect(await runUnchanged(file)).toEqual({
      code: 0,
      out: "1-9月,实现工业总产值12亿元,同比增长20.0%;税收收入6亿元,同比增长20.0%。\n",
      err: [
        "提示(隐藏与公式.xlsx / 指标):第3行“税收收入”:这一行在表中是隐藏的,文字和汇总表照常写入,请核对是否应当写入",
        "提示(隐藏与公式.xlsx / 指标):第4行“固定资产投资”:本期数“2024-09-30”不是数字,未写入文字",
        "提示(隐藏与公式.xlsx / 指标):第5行“社会消费品零售总额”:有公式没有保存计算结果(文件可能由其他程序生成,没有在 Excel 中计算过),按空白读取:请在 Excel 或 WPS 中打开、保存后再运行",
        "提示(隐藏与公式.xlsx / 指标):第5行“社会消费品零售总额”:本期数为空白,未写入文字",
        "",
      ].join("\n"),
    });
  });
});
