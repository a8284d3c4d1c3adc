import { formatDecimal } from "../../src/core/decimal";
import { buildReport } from "../../src/report/buildReport";
import type { SheetCell } from "../../src/report/types";
import { deepFreeze } from "./gridOf";

/**
 * Figures are never wrong or gone without a word: each case below gave a wrong or silent text before;
 * the test states the text and the warnings a user now reads.
 */

/** A cell with a number format and the text the sheet shows for it. */
const c = (value: string | number | null, numberFormat = "General", text?: string): SheetCell => ({
  value,
  numberFormat,
  text: text ?? (value === null ? "" : String(value)),
});
const HEADER = ["指标名称", "计量单位", "1-9月", "上年同期", "同比增长(%)", "全年目标"].map((h) => c(h));

function report(rows: SheetCell[][], hiddenRows?: number[]) {
  const result = buildReport(
    deepFreeze({ sheetName: "指标", cells: rows, ...(hiddenRows !== undefined ? { hiddenRows } : {}) }),
  );
  return { paragraphs: result.paragraphs, warnings: result.warnings.map((w) => w.message), period: result.period };
}

describe("figures read as the sheet means them", () => {
  it.each([
    [
      "a date in a 本期 cell is named, not stated as its serial (工业总产值09-30-24亿元,同比增长157.2倍)",
      [HEADER, [c("工业总产值"), c("亿元"), c(45565, "mm-dd-yy", "09-30-24"), c(290), c(null), c(480)]],
      [],
      ["第2行“工业总产值”:本期数“09-30-24”不是数字,未写入文字"],
    ],
    [
      "a date in the name cell is named, the row not stated",
      [
        HEADER,
        [c(45565, "yyyy-mm-dd", "2024-09-30"), c("亿元"), c(300), c(290), c(null), c(480)],
        [c("税收收入"), c("亿元"), c(30), c(29), c(null), c(48)],
      ],
      ["1-9月,实现税收收入30亿元,同比增长3.4%,完成全年目标的62.5%,慢于时序进度12.5个百分点。"],
      ["第2行:指标名称“2024-09-30”是日期,不是指标名称,未写入文字和汇总表"],
    ],
    [
      "noise of =(C3/D3-1)*100 in a growth cell is 持平, as the sheet shows 0.0",
      [HEADER, [c("工业总产值"), c("亿元"), c(300), c(300), c(-1.42e-14, "0.0", "-0.0"), c(480)]],
      ["1-9月,实现工业总产值300亿元,与上年同期持平,完成全年目标的62.5%,慢于时序进度12.5个百分点。"],
      [],
    ],
    [
      "noise in a General growth cell is 持平 too",
      [HEADER, [c("工业总产值"), c("亿元"), c(300), c(300), c(-1.42e-14, "General", "-1.42E-14"), c(480)]],
      ["1-9月,实现工业总产值300亿元,与上年同期持平,完成全年目标的62.5%,慢于时序进度12.5个百分点。"],
      [],
    ],
    [
      "noise in a completion cell is the 0.0% the sheet shows, with a gap (not NaN)",
      [
        ["指标名称", "计量单位", "1-9月", "全年目标", "完成目标(%)"].map((h) => c(h)),
        [c("工业总产值"), c("亿元"), c(300), c(480), c(-1.42e-14, "0.0", "-0.0")],
      ],
      ["1-9月,实现工业总产值300亿元,完成全年目标的0.0%,慢于时序进度75.0个百分点。"],
      [],
    ],
    [
      "a growth of -150% for a figure that is not negative is named, not stated as 下降150.0%",
      [HEADER, [c("工业总产值"), c("亿元"), c(300), c(null), c(-150), c(480)]],
      ["1-9月,实现工业总产值300亿元,完成全年目标的62.5%,慢于时序进度12.5个百分点。"],
      [
        "第2行“工业总产值”:表中增速-150%低于-100%,本期数不为负时不可能,未写入增速,请核对",
        "第2行“工业总产值”:缺少上年同期数,未计算增速",
      ],
    ],
    [
      "a growth of -150% for a negative figure (利润 from 100 to -50) stays",
      [HEADER, [c("利润总额"), c("万元"), c(-50), c(null), c(-150), c(null)]],
      ["1-9月,利润总额亏损50万元,同比下降150%。"],
      [],
    ],
    [
      "上年同期 = -5e-324 is a negative base with its phrase, not an error",
      [HEADER, [c("工业总产值"), c("亿元"), c(300), c(-5e-324), c(null), c(480)]],
      ["1-9月,实现工业总产值300亿元,扭亏为盈,完成全年目标的62.5%,慢于时序进度12.5个百分点。"],
      ["第2行“工业总产值”:上年同期数为负数(-5e-324),不计算增速,文字表述为“扭亏为盈”"],
    ],
  ])("%s", (_case, rows, paragraphs, warnings) => {
    const result = report(rows);
    expect(result.paragraphs).toEqual(paragraphs);
    expect(result.warnings).toEqual(warnings);
  });
});

describe("the period comes from a period header or the title only", () => {
  it("a sheet with no period and a 全年目标 header has no period (not 全年) and says nothing of 时序进度", () => {
    const result = report([
      ["指标名称", "计量单位", "本期", "全年目标"].map((h) => c(h)),
      [c("工业总产值"), c("亿元"), c(300), c(480)],
    ]);
    expect(result.period).toEqual({ label: "" });
    expect(result.paragraphs).toEqual(["实现工业总产值300亿元,完成全年目标的62.5%。"]);
  });

  it("the title still gives it", () => {
    const result = report([
      [c("2024年1-6月主要经济指标")],
      ["指标名称", "计量单位", "本期", "全年目标"].map((h) => c(h)),
      [c("工业总产值"), c("亿元"), c(300), c(480)],
    ]);
    expect(result.paragraphs).toEqual([
      "1-6月,实现工业总产值300亿元,完成全年目标的62.5%,快于时序进度12.5个百分点,实现时间过半、任务过半。",
    ]);
  });
});

describe("rows and sheets that were stated or dropped without a word", () => {
  it("a hidden row is stated, with a warning naming it", () => {
    const result = report(
      [
        HEADER,
        [c("工业总产值"), c("亿元"), c(300), c(290), c(null), c(480)],
        [c("税收收入"), c("亿元"), c(30), c(29), c(null), c(48)],
      ],
      [2],
    );
    expect(result.paragraphs[0]).toContain("税收收入30亿元");
    expect(result.warnings).toEqual(["第3行“税收收入”:这一行在表中是隐藏的,文字和汇总表照常写入,请核对是否应当写入"]);
  });

  it("a formula without a cached result is named, not only called 空白", () => {
    const uncalculated: SheetCell = { value: null, uncalculated: true };
    const result = report([HEADER, [c("工业总产值"), c("亿元"), uncalculated, c(290), c(null), c(480)]]);
    expect(result.paragraphs).toEqual([]);
    expect(result.warnings).toEqual([
      "第2行“工业总产值”:有公式没有保存计算结果(文件可能由其他程序生成,没有在 Excel 中计算过),按空白读取:请在 Excel 或 WPS 中打开、保存后再运行",
      "第2行“工业总产值”:本期数为空白,未写入文字",
    ]);
  });

  it("rows with figures below a note that closes the table are named, not dropped", () => {
    const result = report([
      HEADER,
      [c("工业总产值"), c("亿元"), c(300), c(290), c(null), c(480)],
      [c("注:本表为快报数")],
      [c("税收收入"), c("亿元"), c(30), c(29), c(null), c(48)],
      [c("外贸出口"), c("亿美元"), c(3), c(2), c(null), c(5)],
    ]);
    expect(result.paragraphs[0]).not.toContain("税收收入");
    expect(result.warnings).toEqual([
      "第3行:这一行是表尾注释,其下从第4行起还有2行有数字,没有读取;如果它们是指标,请把注释移到表的最后",
    ]);
  });

  it("a sheet without a 本期 column and nothing else to state says so", () => {
    const result = report([
      ["指标名称", "计量单位", "上年同期", "全年目标"].map((h) => c(h)),
      [c("工业总产值"), c("亿元"), c(300), c(480)],
    ]);
    expect(result.paragraphs).toEqual([]);
    expect(result.warnings).toEqual([
      "第1行:表头中没有本期数的一列(如“1-9月”“本期”“本年累计”),只有表中给出增速的指标能写入文字;如果本期数在某一列,请把它的列名改为统计期(如“1-9月”)",
    ]);
  });
});

describe("figures printed side by side agree as printed", () => {
  it.each([
    ["1-6月", 48.85, "完成全年目标的48.9%,慢于时序进度1.1个百分点"],
    ["1-8月", 60.04, "完成全年目标的60.0%,慢于时序进度6.7个百分点"],
    ["1-9月", 75.04, "完成全年目标的75.0%,与时序进度持平"],
  ])("%s, %d of 100", (period, current, phrase) => {
    const result = report([
      ["指标名称", "计量单位", period, "全年目标"].map((h) => c(h)),
      [c("工业总产值"), c("亿元"), c(current), c(100)],
    ]);
    expect(result.paragraphs[0]).toContain(phrase);
  });

  it.each([
    ["1-6月", 48.85, "48.9", "-1.1"],
    ["1-8月", 60.04, "60.0", "-6.7"],
    ["1-9月", 75.04, "75.0", "0.0"],
  ])(
    "the summary table's 完成率 and 进度差 of %s, %d of 100, agree as shown: %s and %s",
    (period, current, done, gap) => {
      const { table } = buildReport(
        deepFreeze({
          sheetName: "指标",
          cells: [
            ["指标名称", "计量单位", period, "全年目标"].map((h) => c(h)),
            [c("工业总产值"), c("亿元"), c(current), c(100)],
          ],
        }),
      );
      const shown = (header: string): string => {
        const index = table.columns.findIndex((column) => column.header === header);
        const value = table.rows[0]?.cells[index]?.value;
        const decimals = table.columns[index]?.numberFormat.split(".")[1]?.length ?? 0;
        return typeof value === "number" ? formatDecimal(value, decimals) : String(value);
      };
      expect([shown("完成率(%)"), shown("进度差(百分点)")]).toEqual([done, gap]);
    },
  );
});
