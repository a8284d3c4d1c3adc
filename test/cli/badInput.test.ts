import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runTongji, sha256, type CliRun } from "./runTongji";

/** Bad input through the command line with the real engine: clear Chinese messages, exit codes, inputs untouched. */

type Fill = (book: ExcelJS.Workbook) => void;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tongji-bad-"));
});

async function xlsx(name: string, fill: Fill): Promise<string> {
  const book = new ExcelJS.Workbook();
  fill(book);
  const file = join(dir, name);
  await book.xlsx.writeFile(file);
  return file;
}

/** Runs the command line on a file and checks that the file's bytes are the same afterwards. */
async function runUnchanged(file: string, extra: string[] = []): Promise<CliRun> {
  const before = await sha256(file);
  const result = await runTongji([file, ...extra]);
  expect(await sha256(file)).toBe(before);
  return result;
}

const rowsSheet =
  (sheetName: string, rows: (string | number | null)[][]): Fill =>
  (book) => {
    const sheet = book.addWorksheet(sheetName);
    rows.forEach((row, r) => {
      sheet.getRow(r + 1).values = row;
    });
  };

describe("sheets the engine cannot read: exit 1, a message naming the file and the sheet", () => {
  it.each([
    ["an empty sheet", "空表.xlsx", rowsSheet("Sheet1", []), "工作表“Sheet1”是空的,没有可以读取的指标。"],
    [
      "a sheet without an indicator header",
      "纪要.xlsx",
      rowsSheet("会议", [["会议纪要"], ["时间", "地点"], ["3月5日", "三楼会议室"]]),
      "工作表“会议”中找不到指标表的表头:需要一行列名,包含“指标名称”以及“本期”“上年同期”“同比增长(%)”“全年目标”等中的至少一个。",
    ],
    [
      "a header without indicator rows",
      "只有表头.xlsx",
      rowsSheet("指标", [["2024年1-9月主要经济指标"], ["指标名称", "本期", "上年同期"]]),
      "工作表“指标”的表头(第2行)下面没有指标行。",
    ],
  ])("%s", async (_case, name, fill, message) => {
    const file = await xlsx(name, fill);
    const result = await runUnchanged(file);
    expect(result).toEqual({ code: 1, out: "", err: `错误:“${file}”:${message}\n` });
  });

  it("lists why each sheet was refused when no sheet of the workbook holds an indicator table", async () => {
    const file = await xlsx("两张表.xlsx", (book) => {
      rowsSheet("说明", [["填表说明"]])(book);
      rowsSheet("空白", [])(book);
    });
    const result = await runUnchanged(file);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `错误:“${file}”的2个工作表中都没有找到指标表:工作表“说明”中找不到指标表的表头:需要一行列名,包含“指标名称”以及“本期”“上年同期”“同比增长(%)”“全年目标”等中的至少一个;工作表“空白”是空的,没有可以读取的指标。\n`,
    );
  });

  it("names the file and lists the sheets when --sheet names a missing sheet", async () => {
    const file = await xlsx("有表.xlsx", (book) => {
      rowsSheet("说明", [["填表说明"]])(book);
      rowsSheet("1-9月", [
        ["指标名称", "本期"],
        ["工业总产值", 12],
      ])(book);
    });
    const result = await runUnchanged(file, ["--sheet", "汇总"]);
    expect(result).toEqual({
      code: 1,
      out: "",
      err: `错误:“${file}”中没有名为“汇总”的工作表;现有工作表:说明、1-9月\n`,
    });
  });

  it("reads the sheet --sheet names, and says why when that sheet is not an indicator table", async () => {
    const file = await xlsx("选表.xlsx", (book) => {
      rowsSheet("说明", [["填表说明"]])(book);
      rowsSheet("1-9月", [
        ["指标名称", "计量单位", "本期"],
        ["工业总产值", "亿元", 12],
      ])(book);
    });
    expect(await runUnchanged(file, ["--sheet", "1-9月"])).toEqual({
      code: 0,
      out: "实现工业总产值12亿元。\n",
      err: "",
    });
    const refused = await runUnchanged(file, ["--sheet", "说明"]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(new RegExp(`^错误:“${file}”:工作表“说明”中找不到指标表的表头`));
  });
});

describe("files that are not readable workbooks: exit 1, the file left as it was", () => {
  it.each([
    [
      "text renamed to .xlsx",
      "假.xlsx",
      (): Promise<Buffer> => Promise.resolve(Buffer.from("指标名称,本期\n工业,1\n")),
    ],
    ["an empty file", "零字节.xlsx", (): Promise<Buffer> => Promise.resolve(Buffer.alloc(0))],
    [
      "a truncated workbook",
      "截断.xlsx",
      async (): Promise<Buffer> => {
        const whole = await xlsx(
          "完整.xlsx",
          rowsSheet("指标", [
            ["指标名称", "本期"],
            ["工业总产值", 12],
          ]),
        );
        const bytes = await readFile(whole);
        return bytes.subarray(0, Math.floor(bytes.length / 2));
      },
    ],
  ])("%s", async (_case, name, bytes) => {
    const file = join(dir, name);
    await writeFile(file, await bytes());
    const result = await runUnchanged(file);
    expect(result).toEqual({
      code: 1,
      out: "",
      err: `错误:“${file}”不是有效的 .xlsx 文件(可能已损坏或是其他格式),请用 Excel 另存为 .xlsx 后再试\n`,
    });
  });

  it("goes on with the other files after a bad one and exits 1", async () => {
    const bad = join(dir, "坏.xlsx");
    await writeFile(bad, "not a zip");
    const good = await xlsx(
      "好.xlsx",
      rowsSheet("指标", [
        ["指标名称", "本期", "上年同期"],
        ["工业总产值", 12, 10],
      ]),
    );
    const result = await runTongji([bad, good]);
    expect(result.code).toBe(1);
    expect(result.out).toBe("【好.xlsx】\n实现工业总产值12,同比增长20.0%。\n\n");
    expect(result.err).toContain(`错误:“${bad}”不是有效的 .xlsx 文件`);
    expect(result.err).toContain(`处理 2/2: ${good}`);
  });

  it("says so when a folder holds no workbook file it reads", async () => {
    const empty = await mkdtemp(join(tmpdir(), "tongji-empty-"));
    expect(await runTongji([empty])).toEqual({
      code: 1,
      out: "",
      err: `错误:文件夹“${empty}”中没有 .xlsx、.xls、.et、.ods 或 .csv 文件\n`,
    });
  });
});

describe("outputs that cannot be written: exit 1, a message naming the output, the input left as it was", () => {
  const sample = (): Promise<string> =>
    xlsx(
      "输出.xlsx",
      rowsSheet("指标", [
        ["指标名称", "计量单位", "本期"],
        ["工业总产值", "亿元", 12],
      ]),
    );

  it.each([
    ["a folder that does not exist", (): string => join(dir, "没有这个文件夹", "汇总.xlsx"), "所在文件夹不存在"],
    ["a folder instead of a file name", (): string => dir, "这是一个文件夹,请给出文件名"],
  ])("%s", async (_case, target, reason) => {
    const file = await sample();
    const result = await runUnchanged(file, ["--out", target()]);
    expect(result).toEqual({
      code: 1,
      out: "",
      err: `错误:无法写入“${target()}”:${reason}\n`,
    });
  });

  it("makes the --out folder for several inputs, and refuses a file standing where the folder should be", async () => {
    const a = await xlsx(
      "甲.xlsx",
      rowsSheet("指标", [
        ["指标名称", "计量单位", "本期"],
        ["工业总产值", "亿元", 12],
      ]),
    );
    const b = await xlsx(
      "乙.xlsx",
      rowsSheet("指标", [
        ["指标名称", "计量单位", "本期"],
        ["工业总产值", "亿元", 15],
      ]),
    );
    const folder = join(dir, "新建", "汇总");
    expect((await runTongji([a, b, "--out", folder])).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(folder, "乙_汇总.xlsx"));
    expect(book.getWorksheet("指标汇总")?.getCell("C5").value).toBe(15);
    const result = await runTongji([a, b, "--out", a]);
    expect(result).toEqual({ code: 1, out: "", err: `错误:无法创建输出文件夹“${a}”:路径上已有同名文件,不是文件夹\n` });
  });
});

describe("cells the engine reads with warnings: exit 0, warnings naming file, sheet and row", () => {
  it("states what can be stated and lists non-numeric cells", async () => {
    const file = await xlsx(
      "文字数.xlsx",
      rowsSheet("指标", [
        ["指标名称", "计量单位", "本期", "上年同期"],
        ["工业总产值", "亿元", "37.57亿元", "28.78"],
        ["税收收入", "万元", "待核", 6632],
        ["外贸出口", "万美元", "—", 8207],
        ["工业用电量", "万千瓦时", "1,234", "１，１００"],
      ]),
    );
    const result = await runUnchanged(file);
    expect(result).toEqual({
      code: 0,
      out: "实现工业总产值37.57亿元,同比增长30.5%;工业用电量1234万千瓦时,同比增长12.2%。\n",
      err: [
        "提示(文字数.xlsx / 指标):第3行“税收收入”:本期数“待核”不是数字,未写入文字",
        "提示(文字数.xlsx / 指标):第4行“外贸出口”:本期数为“—”,未写入文字",
        "",
      ].join("\n"),
    });
  });

  it("phrases zero and negative bases and says why no growth was computed", async () => {
    const file = await xlsx(
      "利润.xlsx",
      rowsSheet("效益", [
        ["指标", "单位", "本期", "上年同期"],
        ["利润总额", "万元", 3500, -1200],
        ["国有企业利润", "万元", -860, 420],
        ["小微企业利润", "万元", -480, -640],
        ["新增企业利润", "万元", 800, 0],
      ]),
    );
    const result = await runUnchanged(file);
    expect(result.code).toBe(0);
    expect(result.out).toBe(
      "实现利润总额3500万元,扭亏为盈;国有企业利润亏损860万元,由盈转亏;小微企业利润亏损480万元,同比减亏25.0%;新增企业利润800万元,上年同期为零。\n",
    );
    expect(result.err.split("\n")).toEqual([
      "提示(利润.xlsx / 效益):第2行“利润总额”:上年同期数为负数(-1200),不计算增速,文字表述为“扭亏为盈”",
      "提示(利润.xlsx / 效益):第3行“国有企业利润”:本期数为负数(-860),不计算增速,文字表述为“由盈转亏”",
      "提示(利润.xlsx / 效益):第4行“小微企业利润”:上年同期数为负数(-640),不计算增速,文字表述为“同比减亏25.0%”",
      "提示(利润.xlsx / 效益):第5行“新增企业利润”:上年同期数为零,不计算增速,文字表述为“上年同期为零”",
      "",
    ]);
  });
});

describe("a 50,000-row sheet through the command line", () => {
  it("states every row, warns once per bad row, writes the summary and leaves the input unchanged", async () => {
    const file = await xlsx("五万行.xlsx", (book) => {
      const sheet = book.addWorksheet("明细");
      sheet.getRow(1).values = ["2023年1-9月主要经济指标"];
      sheet.getRow(2).values = ["指标名称", "计量单位", "1-9月", "上年同期"];
      for (let i = 0; i < 50_000; i += 1) {
        const bad = i % 1000 === 999;
        sheet.getRow(3 + i).values = [
          i % 10 === 0 ? `第${i}类` : `其中:分项${i}号`,
          "万元",
          bad ? "缺报" : 1000 + i,
          900 + i,
        ];
      }
    });
    const out = join(dir, "五万行_汇总.xlsx");
    const result = await runUnchanged(file, ["--json", "--out", out]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out) as {
      paragraphs: string[];
      table: { rows: unknown[] };
      warnings: { message: string }[];
    };
    expect(json.table.rows).toHaveLength(50_000);
    expect(json.paragraphs).toHaveLength(1);
    expect(json.paragraphs[0]?.split(";")).toHaveLength(5_000);
    expect(json.paragraphs[0]?.split(",").slice(0, 6)).toEqual([
      "1-9月",
      "第0类1000万元",
      "同比增长11.1%",
      "其中分项1号1001万元",
      "同比增长11.1%",
      "分项2号1002万元",
    ]);
    expect(json.warnings).toHaveLength(50);
    expect(json.warnings[0]?.message).toBe("第1002行“分项999号”:本期数“缺报”不是数字,未写入文字");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet("指标汇总");
    expect([1, 2, 3, 4].map((c) => sheet?.getCell(5 + 49_998, c).value)).toEqual([
      "分项49998号",
      "万元",
      50_998,
      50_898,
    ]);
    expect([1, 2, 3, 4].map((c) => sheet?.getCell(5 + 49_999, c).value)).toEqual(["分项49999号", "万元", null, 50_899]);
  }, 120_000);
});
