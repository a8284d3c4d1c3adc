import { analyzeSheet } from "../../src/report/analyzeSheet";
import { buildReport } from "../../src/report/buildReport";
import { ReportError, type SheetCell } from "../../src/report/types";
import { deepFreeze, gridOf } from "./gridOf";

function reportError(run: () => unknown): ReportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ReportError) return error;
    throw error;
  }
  throw new Error("expected a ReportError");
}

describe("bad input: sheets that cannot be read give a clear Chinese message naming the sheet", () => {
  it.each([
    ["an empty grid", [], "empty-sheet", "工作表“数据”是空的,没有可以读取的指标"],
    [
      "only blank cells",
      [
        [null, ""],
        ["  ", null],
      ],
      "empty-sheet",
      "工作表“数据”是空的,没有可以读取的指标",
    ],
    [
      "no indicator header",
      [["会议纪要"], ["时间", "地点"], ["3月5日", "三楼会议室"]],
      "no-header",
      "工作表“数据”中找不到指标表的表头:需要一行列名,包含“指标名称”以及“本期”“上年同期”“同比增长(%)”“全年目标”等中的至少一个",
    ],
    [
      "a header without rows",
      [["指标名称", "本期", "上年同期"]],
      "no-indicators",
      "工作表“数据”的表头(第1行)下面没有指标行",
    ],
  ])("%s", (_case, rows, code, message) => {
    const error = reportError(() => buildReport(gridOf(rows, "数据")));
    expect(error.code).toBe(code);
    expect(error.message).toBe(message);
  });
});

describe("bad input: cells that are not numbers", () => {
  it("states what can be stated and lists every row it cannot state", () => {
    const report = buildReport(
      gridOf([
        ["指标名称", "计量单位", "本期", "上年同期"],
        ["工业总产值", "亿元", "37.57亿元", "28.78"],
        ["税收收入", "万元", "待核", 6632],
        ["外贸出口", "万美元", { value: "#VALUE!", text: "#VALUE!" }, 8207],
        ["工业用电量", "万千瓦时", "1,234", "１，１００"],
        ["技改投资", "亿元", true, 9.8],
      ]),
    );
    expect(report.paragraphs).toEqual(["实现工业总产值37.57亿元,同比增长30.5%;工业用电量1234万千瓦时,同比增长12.2%。"]);
    expect(report.warnings.map((warning) => warning.message)).toEqual([
      "第3行“税收收入”:本期数“待核”不是数字,未写入文字",
      "第4行“外贸出口”:本期数“#VALUE!”不是数字,未写入文字",
      "第6行“技改投资”:本期数“TRUE”不是数字,未写入文字",
    ]);
    expect(report.table.rows).toHaveLength(5);
  });
});

describe("bad input: zero and negative bases", () => {
  it.each([
    [3500, -1200, "实现利润总额3500万元,扭亏为盈。"],
    [-860, 420, "利润总额亏损860万元,由盈转亏。"],
    [-480, -640, "利润总额亏损480万元,同比减亏25.0%。"],
    [-975, -640, "利润总额亏损975万元,同比亏损增加52.3%。"],
    [800, 0, "实现利润总额800万元,上年同期为零。"],
    [0, 0, "实现利润总额0万元,与上年同期持平。"],
  ])("本期 %d, 上年同期 %d", (current, previous, paragraph) => {
    const report = buildReport(
      gridOf([
        ["指标", "单位", "本期", "上年同期"],
        ["利润总额", "万元", current, previous],
      ]),
    );
    expect(report.paragraphs).toEqual([paragraph]);
  });
});

describe("bad input: a 50,000-row sheet", () => {
  it("reads every row, warns once per bad row, and leaves the grid unchanged", () => {
    const rows: (string | number | null)[][] = [
      ["2023年1-9月主要经济指标"],
      ["指标名称", "计量单位", "1-9月", "上年同期", "同比增长(%)"],
    ];
    for (let i = 0; i < 50000; i++) {
      const bad = i % 1000 === 999;
      rows.push([i % 10 === 0 ? `指标${i}` : `  其中:分项${i}`, "万元", bad ? "缺报" : 1000 + i, 900 + i, null]);
    }
    const grid = gridOf(rows);
    const before = JSON.stringify(grid);
    const report = buildReport(grid);
    expect(report.analysis.indicators).toHaveLength(50000);
    expect(report.analysis.indicators.filter((indicator) => indicator.level === 1)).toHaveLength(45000);
    expect(report.warnings).toHaveLength(50);
    expect(report.warnings[0]?.message).toBe("第1002行“分项999”:本期数“缺报”不是数字,未写入文字");
    expect(report.table.rows).toHaveLength(50000);
    expect(report.paragraphs).toHaveLength(1);
    expect(report.paragraphs[0]?.split(";")).toHaveLength(5000);
    expect(JSON.stringify(grid)).toBe(before);
  });
});

describe("the input grid is never changed", () => {
  it("analyses a deep-frozen grid with title, groups, children and warnings", () => {
    const cells: SheetCell[][] = [
      [{ value: "2024年1-6月指标" }],
      [{ value: "指标" }, { value: "本期" }, { value: "上年同期" }],
      [{ value: "一、工业" }],
      [{ value: "工业总产值(亿元)" }, { value: 10, text: "10.00", numberFormat: "0.00" }, { value: "abc" }],
      [{ value: "工业投资(亿元)", indent: 1 }, { value: 5 }, { value: 4 }],
    ];
    const grid = deepFreeze({ sheetName: "冻结", cells });
    const before = JSON.stringify(grid);
    expect(analyzeSheet(grid).indicators).toHaveLength(2);
    expect(JSON.stringify(grid)).toBe(before);
  });
});
