import { parseArgs, USAGE } from "../../src/cli/parseArgs";
import { buildReport } from "../../src/report/buildReport";
import { CLAUSE_TABLE, completeClauses, DEFAULT_CLAUSES, parseClauses, resolveClauses } from "../../src/report/clauses";
import { COLUMN_ROLE_LABELS, COLUMN_ROLE_TABLE, COLUMN_ROLES } from "../../src/report/roles/columnRoles";
import { headerRole, headerRoleMatches } from "../../src/report/roles/headerRole";
import { standardTemplate } from "../../src/report/standardTemplate";
import { gridOf } from "./gridOf";

describe("the column role table", () => {
  it("gives every role a priority of its own, so that a header matching several roles never depends on order", () => {
    const priorities = COLUMN_ROLE_TABLE.map((row) => row.priority);
    expect(new Set(priorities).size).toBe(priorities.length);
  });

  it.each([
    // Header, every role its patterns match (highest priority first), the role it takes.
    ["上年同期增速", ["previousGrowth", "growth", "previous"], "previousGrowth"],
    ["上月累计增速", ["previousGrowth", "growth", "current"], "previousGrowth"],
    ["比上年同期增长(%)", ["growth", "previous"], "growth"],
    ["两年前同期", ["twoYearsBefore", "previous"], "twoYearsBefore"],
    ["比上年增长", ["growth", "previous"], "growth"],
    ["同比增减额", ["change", "growth"], "change"],
    ["完成目标(%)", ["completion", "target"], "completion"],
    ["1-9月累计", ["current"], "current"],
    ["上年同期", ["previous"], "previous"],
    // The whole beside a place: its growth over plain growth, its share and rank over everything.
    ["全市同比±(%)", ["wholeGrowth", "growth"], "wholeGrowth"],
    ["全市累计", ["whole", "current"], "whole"],
    ["占全市比重(%)", ["share"], "share"],
    // A rank by growth over the rank and the growths its header names.
    ["增速位次", ["growthRank", "rank", "growth"], "growthRank"],
    ["增速排名", ["growthRank", "rank", "growth"], "growthRank"],
    ["全市增速位次", ["growthRank", "rank", "wholeGrowth", "growth"], "growthRank"],
    ["全市位次", ["rank"], "rank"],
  ])("%s: matched by %j, read as %s", (header, matches, role) => {
    expect(headerRoleMatches(header)).toEqual(matches);
    expect(headerRole(header)).toBe(role);
  });

  it("derives the labels the pane lists and the standard template's header from the same rows", () => {
    expect(COLUMN_ROLES.map((role) => COLUMN_ROLE_LABELS[role])).toEqual([
      "指标名称",
      "计量单位",
      "本期",
      "上年同期",
      "同比增长(%)",
      "增减额",
      "全年目标",
      "完成目标(%)",
      "全市(合计)",
      "全市增速(%)",
      "占全市比重(%)",
      "全市位次",
      "全市增速位次",
      "本月",
      "上期增速(%)",
      "两年前同期",
    ]);
    // Each label of the template's header is read back as its own role.
    const header = standardTemplate(9)[2] ?? [];
    expect(header.map((text) => headerRole(text))).toEqual([
      "name",
      "unit",
      "current",
      "previous",
      "growth",
      "target",
      "completion",
    ]);
  });
});

describe("the sheet's 增减额 column", () => {
  const grid = gridOf([
    ["指标名称", "计量单位", "1-9月", "上年同期", "增减额", "同比增长(%)"],
    ["固定资产投资", "亿元", 37.59, 30.36, 7.23, 23.8],
  ]);

  it("is printed by the 增减额 clause as the sheet shows it", () => {
    expect(buildReport(grid, { clauses: { change: true } }).paragraphs).toEqual([
      "1-9月,完成固定资产投资37.59亿元,同比增长23.8%,同比增加7.23亿元。",
    ]);
  });

  it("is referred to by the summary table's 增减额 cell", () => {
    const table = buildReport(grid).table;
    const column = table.columns.findIndex((c) => c.key === "change");
    expect(table.columns[column]?.header).toBe("增减额");
    expect(table.rows[0]?.cells[column]).toEqual({ value: 7.23, formula: { op: "ref", row: 1, column: 4 } });
  });
});

describe("the clause table", () => {
  it("switches completion, time progress and the place ranking on by default, 增减额, highlights, 贡献率 and 拉动 off", () => {
    expect(DEFAULT_CLAUSES).toEqual({
      change: false,
      completion: true,
      progress: true,
      highlights: false,
      placeRanking: true,
      contribution: false,
      pull: false,
    });
    expect(resolveClauses({ highlights: true })).toEqual({ ...DEFAULT_CLAUSES, highlights: true });
  });

  it("keeps stored switches only when every clause is a boolean, and completes partial ones with defaults", () => {
    expect(parseClauses({ change: true })).toBeUndefined();
    expect(
      parseClauses({ change: true, completion: false, progress: true, highlights: true, placeRanking: false }),
    ).toEqual({
      change: true,
      completion: false,
      progress: true,
      highlights: true,
      placeRanking: false,
      contribution: false,
      pull: false,
    });
    expect(completeClauses({ change: true, progress: "否" })).toEqual({ ...DEFAULT_CLAUSES, change: true });
    // Switches stored before the place-ranking, 贡献率 and 拉动 clauses existed are whole: those take their defaults.
    expect(parseClauses({ change: true, completion: false, progress: true, highlights: true })).toEqual({
      change: true,
      completion: false,
      progress: true,
      highlights: true,
      placeRanking: true,
      contribution: false,
      pull: false,
    });
    expect(
      parseClauses({ change: true, completion: false, progress: true, highlights: true, placeRanking: "否" }),
    ).toBeUndefined();
  });

  it("gives the command line a flag and a help line for each clause that has one", () => {
    for (const row of CLAUSE_TABLE) {
      if (!("cli" in row)) continue;
      expect(USAGE).toContain(`  ${row.cli.flag.padEnd(16)}  ${row.cli.help}`);
      expect(parseArgs(["表.xlsx", row.cli.flag]).clauses).toEqual({ [row.id]: !row.defaultOn });
    }
    expect(parseArgs(["表.xlsx"]).clauses).toEqual({});
  });
});
