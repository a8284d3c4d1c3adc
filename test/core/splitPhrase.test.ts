import { COMPARISON_PHRASES } from "../../src/core/comparisonPhrases";
import { PHRASES, fillPhrase, type Comparison } from "../../src/core/phrases";
import { fillOne, fillSplit, splitPhrase } from "../../src/core/splitPhrase";

/** The fill that phrases.ts used before templates were split: one regular-expression replace. */
function replaceFill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** Every template string in PHRASES. */
function templates(node: unknown): string[] {
  if (typeof node === "string") return [node];
  if (typeof node === "object" && node !== null) return Object.values(node).flatMap(templates);
  return [];
}

const VALUE_SETS: readonly Readonly<Record<string, string>>[] = [
  {},
  { cmp: "同比", base: "上年同期", p: "30.5", t: "2.4", r: "160.0", x: "60.0", v: "902万元", c: "62.9" },
  {
    total: "零售总额",
    name: "工业总产值",
    value: "37.57亿元",
    verb: "完成",
    period: "1-9月",
    points: "提高1.2个百分点",
  },
  { growth: "同比增长9.3%", names: "利润总额、税金", n: "3" },
  // Values that look like placeholders are printed as given, not filled again.
  { cmp: "{p}", p: "{cmp}", base: "$&", total: "$1" },
];

describe("splitPhrase/fillSplit: the same text as a replace, by concatenation", () => {
  const all = templates(PHRASES);

  it("PHRASES has templates with placeholders to test", () => {
    expect(all.filter((t) => t.includes("{")).length).toBeGreaterThan(30);
  });

  test.each(all)("%p", (template) => {
    for (const values of VALUE_SETS) {
      expect(fillSplit(splitPhrase(template), values)).toBe(replaceFill(template, values));
      expect(fillPhrase(template, values)).toBe(replaceFill(template, values));
    }
  });

  test.each<[string, Record<string, string>, string]>([
    ["{a}{b}{a}", { a: "甲", b: "乙" }, "甲乙甲"],
    ["{a}{b}", { a: "甲" }, "甲{b}"],
    ["前{a}后", { a: "" }, "前后"],
    ["{ a }{}{-}", { a: "甲" }, "{ a }{}{-}"],
    ["", {}, ""],
    ["未收录的模板{k}", { k: "值" }, "未收录的模板值"],
  ])("fillPhrase(%p, %j) = %p (templates outside PHRASES too)", (template, values, expected) => {
    expect(fillPhrase(template, values)).toBe(expected);
    expect(replaceFill(template, values)).toBe(expected);
  });

  test.each<[string, Record<string, string>, string, string]>([
    [PHRASES.growth.up, { cmp: "同比" }, "30.5", "同比增长30.5%"],
    [PHRASES.growth.times, { cmp: "比上年" }, "2.4", "比上年增长2.4倍"],
    [PHRASES.contribution.rate, { total: "零售总额" }, "62.9", "对零售总额增长的贡献率为62.9%"],
    // A fixed value is not searched for placeholders.
    [PHRASES.growth.up, { cmp: "{p}" }, "1.0", "{p}增长1.0%"],
  ])("splitPhrase(%p, %j) leaves one slot: filled with %p is %p", (template, fixed, value, expected) => {
    const split = splitPhrase(template, fixed);
    expect(split.keys).toHaveLength(1);
    expect(fillOne(split, value)).toBe(expected);
  });

  it("fillOne on a phrase with two slots leaves both visible rather than guess", () => {
    expect(fillOne(splitPhrase(PHRASES.completion.over), "1")).toBe("完成全年目标的{r}%,超额完成{x}%");
  });
});

describe("COMPARISON_PHRASES: the comparison's words filled in once", () => {
  const cases: readonly [Comparison, string, string, string, string][] = [
    ["yoy", "与上年同期持平", "上年同期为零", "同比增长1.0%", "同比增收1万元"],
    ["lastYear", "与上年持平", "上年为零", "比上年增长1.0%", "比上年增收1万元"],
  ];
  test.each(cases)("%s", (comparison, flat, zero, up, revenueUp) => {
    const phrases = COMPARISON_PHRASES[comparison];
    const words = PHRASES.comparison[comparison];
    expect(phrases.flat).toBe(flat);
    expect(phrases.zero).toBe(zero);
    expect(phrases.zeroBoth).toBe(replaceFill(PHRASES.base.zeroBoth, words));
    expect(fillOne(phrases.up, "1.0")).toBe(up);
    expect(fillOne(phrases.revenueUp, "1万元")).toBe(revenueUp);
    const pairs = [
      [phrases.down, PHRASES.growth.down],
      [phrases.times, PHRASES.growth.times],
      [phrases.lossNarrowed, PHRASES.base.lossNarrowed],
      [phrases.lossWidened, PHRASES.base.lossWidened],
      [phrases.changeUp, PHRASES.change.up],
      [phrases.changeDown, PHRASES.change.down],
      [phrases.revenueDown, PHRASES.change.revenueDown],
    ] as const;
    for (const [split, template] of pairs) {
      expect(fillOne(split, "7.5")).toBe(replaceFill(template, { ...words, p: "7.5", t: "7.5", v: "7.5" }));
    }
  });
});
