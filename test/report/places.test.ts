/**
 * Regions sheets (DESIGN section 9, places as rows with a total row): what tells them from an indicator sheet,
 * the focus place's paragraph, the ranking sentences, and bad input, in exact Chinese. The default narrative of
 * the fixtures is in test/golden (regions-rows, regions-two-level).
 */
import fc from "fast-check";
import { analyzeSheet } from "../../src/report/analyzeSheet";
import { buildReport } from "../../src/report/buildReport";
import { COLUMN_ROLE_LABELS } from "../../src/report/roles/columnRoles";
import { headerRole } from "../../src/report/roles/headerRole";
import { detectPlaces } from "../../src/report/places/detectPlaces";
import { placeColumnKind } from "../../src/report/places/detectPlaces";
import { ReportError, type SheetGrid } from "../../src/report/types";
import { toGrid, type FixtureCell } from "../fixtures/fixtureSheet";
import { FIXTURE_SHEETS } from "../fixtures/sheets";
import { placeColumns } from "../fixtures/sheets/placeColumns";
import { regionsRows } from "../fixtures/sheets/regionsRows";
import { regionsTwoLevel } from "../fixtures/sheets/regionsTwoLevel";

function grid(rows: readonly (readonly FixtureCell[])[]): SheetGrid {
  return toGrid({ name: "t", description: "", sheetName: "表", rows });
}

describe("detectPlaces: a regions sheet told from an indicator sheet", () => {
  it("finds places as rows in the three regions fixtures and in none of the indicator sheets", () => {
    const found = FIXTURE_SHEETS.filter((fixture) => detectPlaces(toGrid(fixture)) !== undefined).map((f) => f.name);
    expect(found).toEqual(["regions-rows", "regions-two-level", "regions-ranking"]);
  });

  it("reads the one-level header as column groups and the two-level header by its upper row", () => {
    expect(detectPlaces(toGrid(regionsRows))).toMatchObject({
      headerRow: 1,
      placeColumn: 0,
      totalRow: 2,
      indicators: [
        { name: "规上工业总产值", unit: "亿元", columns: { value: 1, growth: 2 } },
        { name: "社会消费品零售总额", unit: "亿元", columns: { value: 3, growth: 4 } },
      ],
    });
    expect(detectPlaces(toGrid(regionsTwoLevel))).toMatchObject({
      upperHeaderRow: 1,
      headerRow: 2,
      totalRow: 8,
      indicators: [
        { name: "进出口总额", unit: "亿美元", columns: { value: 1, growth: 2, share: 3, rank: 4 } },
        { name: "一般公共预算收入", unit: "亿元", columns: { value: 5, growth: 6 } },
      ],
    });
  });

  it("finds a column of place names without a 地区 header, by its total row", () => {
    const sheet = grid([
      ["", "工业增加值(亿元)", "增速(%)"],
      ["全区", 100, 6],
      ["东街道", 40, 7],
      ["西街道", 35, 5],
      ["高新园区", 25, 6.5],
    ]);
    expect(detectPlaces(sheet)).toMatchObject({ placeColumn: 0, totalRow: 1 });
    expect(buildReport(sheet).paragraphs[0]).toBe("全区实现工业增加值100亿元,同比增长6%。");
  });

  it.each<[string, FixtureCell[][]]>([
    [
      "an indicator sheet with a 合计 row and names ending in 区",
      [
        ["指标名称", "单位", "本期", "同比增长(%)"],
        ["工业园区投资", "亿元", 12, 5],
        ["开发区税收", "亿元", 8, 3],
        ["合计", "亿元", 20, 4],
      ],
    ],
    [
      "a sheet of places without a total row",
      [
        ["地区", "产值(亿元)", "增速(%)"],
        ["甲区", 10, 5],
        ["乙区", 8, 4],
        ["丙区", 6, 3],
      ],
    ],
  ])("is no regions sheet: %s", (_case, rows) => {
    expect(detectPlaces(grid(rows))).toBeUndefined();
  });

  it.each<[string, string]>([
    ["规上工业总产值(亿元)", "value"],
    ["绝对值", "value"],
    ["同比增长(%)", "growth"],
    ["增速(%)", "growth"],
    ["同比±%", "growth"],
    ["占全市比重(%)", "share"],
    ["比重", "share"],
    ["位次", "rank"],
    ["全市排名", "rank"],
    ["增速位次", "growthRank"],
    ["排名(增速)", "growthRank"],
  ])("a column headed %p holds the %s", (header, kind) => {
    expect(placeColumnKind(header)).toBe(kind);
  });
});

describe("a focus place: its paragraph leads, with its share, ranks and growth against the whole", () => {
  it("甲区 of the one-level sheet (computed share and ranks)", () => {
    expect(buildReport(toGrid(regionsRows), { place: "甲区" }).paragraphs).toEqual([
      "1-9月,甲区实现规上工业总产值555.37亿元,同比增长9.3%,占全市的36.7%,居全市第一位,增速高于全市2.1个百分点,增速居全市第一位;" +
        "社会消费品零售总额301.2亿元,同比增长6.8%,占全市的34.9%,居全市第一位,增速高于全市1.7个百分点,增速居全市第二位。",
      "从其他地区看,规上工业总产值增速最快的是乙区,同比增长8.1%,增速低于全市的有丁区、戊区;" +
        "社会消费品零售总额增速最快的是丁区,同比增长7.9%,增速低于全市的有乙区、戊区。",
    ]);
  });

  it("ties share a rank: 乙区 and 丙区 both 8.1%, 丁区 after them is fourth", () => {
    const [lead] = buildReport(toGrid(regionsRows), { place: "丙区" }).paragraphs;
    expect(lead).toBe(
      "1-9月,丙区实现规上工业总产值288.05亿元,同比增长8.1%,占全市的19.0%,居全市第三位,增速高于全市0.9个百分点,增速居全市第二位;" +
        "社会消费品零售总额160.3亿元,同比增长5.1%,占全市的18.6%,居全市第三位,与全市持平,增速居全市第三位。",
    );
    expect(buildReport(toGrid(regionsRows), { place: "丁区" }).paragraphs[0]).toContain(
      "同比增长3.5%,占全市的16.3%,居全市第四位,增速低于全市3.7个百分点,增速居全市第四位",
    );
  });

  it("a falling place against a rising whole, and the last rank", () => {
    expect(buildReport(toGrid(regionsRows), { place: "戊区" }).paragraphs[0]).toBe(
      "1-9月,戊区实现规上工业总产值120.3亿元,同比下降2.4%,占全市的8.0%,居全市第五位,增速低于全市9.6个百分点,增速居全市第五位;" +
        "社会消费品零售总额91.8亿元,同比下降1.5%,占全市的10.6%,居全市第五位,增速低于全市6.6个百分点,增速居全市第五位。",
    );
  });

  it("the sheet's share (as printed) and rank win over computed ones; 合计 takes the 全市 its headers name", () => {
    expect(buildReport(toGrid(regionsTwoLevel), { place: "东城县" }).paragraphs).toEqual([
      "上半年,东城县完成进出口总额555.37亿美元,同比增长12.4%,占全市的36.73%,居全市第一位,增速高于全市7.6个百分点,增速居全市第二位;" +
        "实现一般公共预算收入28.6亿元,同比增长6.2%,占全市的28.5%,居全市第一位,增速高于全市3.1个百分点,增速居全市第二位。",
      "从其他地区看,进出口总额增速最快的是北湖区,同比增长21.5%,增速低于全市的有西城县;" +
        "一般公共预算收入增速最快的是北湖区,同比增长9.8%,增速低于全市的有西城县、北湖区。",
    ]);
  });

  it("both falling: 降幅比全市低/高", () => {
    const sheet = grid([
      ["地区", "工业用电量(亿千瓦时)", "增速(%)"],
      ["全县", 50, -4],
      ["甲镇", 20, -1.5],
      ["乙镇", 18, -6.2],
      ["丙镇", 12, -4],
    ]);
    expect(buildReport(sheet, { place: "甲镇" }).paragraphs[0]).toBe(
      "甲镇工业用电量20亿千瓦时,同比下降1.5%,占全县的40.0%,居全县第一位,降幅比全县低2.5个百分点,增速居全县第一位。",
    );
    expect(buildReport(sheet, { place: "乙镇" }).paragraphs[0]).toContain("降幅比全县高2.2个百分点,增速居全县第三位");
    expect(buildReport(sheet, { place: "丙镇" }).paragraphs[0]).toContain("与全县持平,增速居全县第二位");
  });

  it("a focus named with spaces or full-width letters is found", () => {
    expect(buildReport(toGrid(regionsRows), { place: " 甲 区 " }).paragraphs[0]).toMatch(/^1-9月,甲区/);
  });

  it("no ranking sentences when placeRanking is off", () => {
    const options = { clauses: { placeRanking: false } };
    expect(buildReport(toGrid(regionsRows), { ...options, place: "甲区" }).paragraphs).toHaveLength(1);
    expect(buildReport(toGrid(regionsRows), options).paragraphs).toHaveLength(2);
  });
});

describe("bad input: a clear Chinese message", () => {
  it("a focus place the sheet does not hold lists the places found", () => {
    const attempt = () => buildReport(toGrid(regionsRows), { place: "朝阳区" });
    expect(attempt).toThrow(ReportError);
    expect(attempt).toThrow("表中没有地区“朝阳区”。表中的地区有:甲区、乙区、丙区、丁区、戊区");
  });

  it("a focus place on an indicator sheet says the sheet is not by place", () => {
    const sheet = grid([
      ["指标名称", "单位", "本期"],
      ["工业总产值", "亿元", 12],
    ]);
    expect(() => buildReport(sheet, { place: "甲区" })).toThrow(
      "这张表不是分地区的表(找不到“地区”列和“全市”“合计”等合计行),无法以“甲区”为重点地区",
    );
  });

  it("a place without a figure is left out of the text and of the ranking", () => {
    const sheet = grid([
      ["地区", "产值(亿元)", "增速(%)"],
      ["全市", 30, 5],
      ["甲区", "—", 6],
      ["乙区", 18, 4],
      ["丙区", 12, 3],
    ]);
    const report = buildReport(sheet, { place: "乙区" });
    expect(report.warnings.map((w) => w.message)).toEqual([
      "第3行“甲区”:产值为“—”,文字中不写该地区的产值,也不参加排位",
    ]);
    expect(report.paragraphs[0]).toBe(
      "乙区实现产值18亿元,同比增长4%,占全市的60.0%,居全市第一位,增速低于全市1个百分点,增速居全市第二位。",
    );
  });
});

describe("properties of the ranks", () => {
  it("every place's computed rank by value is 1 + the number of places with more, ties sharing", () => {
    const values = fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 2, maxLength: 8 });
    fc.assert(
      fc.property(values, (figures) => {
        const rows: FixtureCell[][] = [
          ["地区", "产值(亿元)"],
          ["全市", figures.reduce((s, x) => s + x, 0)],
        ];
        figures.forEach((x, i) => rows.push([`第${i + 1}区`, x]));
        figures.forEach((x, i) => {
          const ahead = figures.filter((y) => y > x).length;
          const lead = buildReport(grid(rows), { place: `第${i + 1}区` }).paragraphs[0] ?? "";
          const word = ahead + 1 <= 10 ? "一二三四五六七八九十"[ahead] : String(ahead + 1);
          expect(lead).toContain(`,居全市第${word}位`);
        });
      }),
      { numRuns: 30 },
    );
  });
});

describe("a place's indicator sheet with the whole beside it", () => {
  it("reads the place's column as 本期 and the whole's columns by their roles", () => {
    const analysis = analyzeSheet(toGrid(placeColumns));
    expect(analysis.layout.columns).toMatchObject({
      name: 0,
      unit: 1,
      current: 2,
      growth: 3,
      whole: 4,
      wholeGrowth: 5,
      share: 6,
      rank: 7,
    });
    expect(analysis.across).toEqual({ place: "朝阳区", scope: "全市" });
    expect(analysis.warnings).toEqual([]);
  });

  it.each<[string, string, string]>([
    ["全市", "whole", "全市(合计)"],
    ["全市累计", "whole", "全市(合计)"],
    ["全区", "whole", "全市(合计)"],
    ["全市增速(%)", "wholeGrowth", "全市增速(%)"],
    ["全市同比±(%)", "wholeGrowth", "全市增速(%)"],
    ["占全市比重(%)", "share", "占全市比重(%)"],
    ["比重", "share", "占全市比重(%)"],
    ["全市位次", "rank", "全市位次"],
    ["排名", "rank", "全市位次"],
    ["朝阳区", "current", "本期"],
    ["高新技术开发区", "current", "本期"],
  ])("the header %p names the %s column (the pane's %p)", (header, role, label) => {
    expect(headerRole(header)).toBe(role);
    expect(COLUMN_ROLE_LABELS[role as keyof typeof COLUMN_ROLE_LABELS]).toBe(label);
  });

  it("a district beside 全区 and 排名, with no share column: the share is computed, the scope is 全区", () => {
    const sheet = grid([
      ["指标名称", "计量单位", "某某街道", "增速(%)", "全区", "全区增速(%)", "排名"],
      ["工业增加值", "亿元", 12.5, -3.2, 50, -1.1, 4],
    ]);
    expect(buildReport(sheet).paragraphs).toEqual([
      "某某街道实现工业增加值12.5亿元,同比下降3.2%,占全区的25.0%,居全区第四位,降幅比全区高2.1个百分点。",
    ]);
  });

  it("a rank that is not a whole number is said, and not stated", () => {
    const sheet = grid([
      ["指标名称", "单位", "朝阳区", "全市", "全市位次"],
      ["进出口总额", "亿美元", 555.37, 1512.1, "第一"],
    ]);
    const report = buildReport(sheet);
    expect(report.paragraphs).toEqual(["朝阳区完成进出口总额555.37亿美元,占全市的36.7%。"]);
    expect(report.warnings.map((w) => w.message)).toEqual(["第2行“进出口总额”:位次“第一”不是数字,未采用"]);
  });
});
