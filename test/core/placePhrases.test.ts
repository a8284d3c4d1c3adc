import fc from "fast-check";
import { formatDecimal } from "../../src/core/decimal";
import { NonFiniteError } from "../../src/core/nonFiniteError";
import {
  growthSubject,
  ordinalText,
  rankPhrase,
  shareOf,
  sharePhrase,
  topPlacesPhrase,
  versusWholePhrase,
} from "../../src/core/placePhrases";
import { competitionRank, competitionRanks } from "../../src/core/rank";
import { scopeOfTotal, scopeWord } from "../../src/core/scope";

describe("scopeOfTotal: the scope word from the total row's name", () => {
  test.each<[string, string | undefined]>([
    ["全市", "全市"],
    ["全区", "全区"],
    ["全县", "全县"],
    ["全省", "全省"],
    ["全镇", "全镇"],
    ["全 市", "全市"],
    ["全\u3000区", "全区"],
    ["全市合计", "全市"],
    ["全区(合计)", "全区"],
    ["朝阳区合计", "全区"],
    ["某某市总计", "全市"],
    ["某某县汇总", "全县"],
    ["合计", "全部"],
    ["合　计", "全部"],
    ["总计", "全部"],
    ["全部", "全部"],
    ["某某街道合计", "全部"],
    // Not a total: a place, an indicator, a period.
    ["朝阳区", undefined],
    ["经开区", undefined],
    ["全社会消费品零售总额", undefined],
    ["全年", undefined],
    ["", undefined],
  ])("%p -> %p", (name, scope) => {
    expect(scopeOfTotal(name)).toBe(scope);
  });

  test.each<[string | undefined, string]>([
    [undefined, "全市"],
    ["", "全市"],
    ["  ", "全市"],
    ["全区", "全区"],
    ["合计", "全部"],
    ["全县合计", "全县"],
    ["全开发区", "全开发区"],
    ["全国", "全国"],
  ])("scopeWord(%p) = %p", (name, scope) => {
    expect(scopeWord(name)).toBe(scope);
  });
});

describe("ordinalText and rankPhrase: 第一…第十 in Chinese numerals, then 第11位", () => {
  test.each<[number, string]>([
    [1, "第一位"],
    [2, "第二位"],
    [3, "第三位"],
    [4, "第四位"],
    [5, "第五位"],
    [6, "第六位"],
    [7, "第七位"],
    [8, "第八位"],
    [9, "第九位"],
    [10, "第十位"],
    [11, "第11位"],
    [23, "第23位"],
  ])("ordinalText(%p) = %p", (rank, text) => {
    expect(ordinalText(rank)).toBe(text);
  });

  test.each<[number, string, Parameters<typeof rankPhrase>[2], string]>([
    [1, "全市", {}, "居全市第一位"],
    [1, "全市", { first: true }, "居全市首位"],
    [2, "全市", { first: true }, "居全市第二位"],
    [3, "全区", { measure: "growth" }, "增速居全区第三位"],
    [1, "全区", { measure: "growth", first: true }, "增速居全区首位"],
    [12, "全省", {}, "居全省第12位"],
    [10, "全部", { measure: "value" }, "居全部第十位"],
  ])("rankPhrase(%p, %p, %j) = %p", (rank, scope, options, text) => {
    expect(rankPhrase(rank, scope, options)).toBe(text);
  });

  test.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("a rank of %p is refused in Chinese", (rank) => {
    expect(() => ordinalText(rank)).toThrow(`位次应为正整数(现为${rank})`);
  });

  it("words 1-10 in Chinese numerals and digits from 11, for every rank", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), (rank) => {
        const text = rankPhrase(rank, "全市");
        expect(text).toBe(rank <= 10 ? `居全市第${"一二三四五六七八九十"[rank - 1]}位` : `居全市第${rank}位`);
      }),
    );
  });
});

describe("competitionRank: ties share a rank, the next is skipped (as RANK.EQ)", () => {
  test.each<[number, number[], boolean | undefined, number]>([
    [555.37, [555.37, 300, 200.5, 120, 80], undefined, 1],
    [200.5, [555.37, 300, 200.5, 120, 80], undefined, 3],
    [80, [555.37, 300, 200.5, 120, 80], undefined, 5],
    [80, [555.37, 300, 200.5, 120, 80], false, 1],
    [9.3, [9.3, 9.3, 7.1], undefined, 1],
    [7.1, [9.3, 9.3, 7.1], undefined, 3],
    [-2.5, [3.1, -2.5, -2.5, -4], undefined, 2],
    [-4, [3.1, -2.5, -2.5, -4], undefined, 4],
    [-2.5, [3.1, -2.5, -2.5, -4], false, 2],
  ])("rank of %p in %j (descending %p) is %p", (value, values, descending, rank) => {
    const order = descending === undefined ? {} : { descending };
    expect(competitionRank(value, values, order)).toBe(rank);
  });

  test.each<[number[], boolean, number[]]>([
    [[9.3, 12.1, 9.3, 7.2, 12.1], true, [3, 1, 3, 5, 1]],
    [[9.3, 12.1, 9.3, 7.2, 12.1], false, [2, 4, 2, 1, 4]],
    [[], true, []],
    [[5], true, [1]],
  ])("ranks of %j (descending %p) are %j", (values, descending, ranks) => {
    expect(competitionRanks(values, { descending })).toEqual(ranks);
  });

  it("ranks every value as competitionRank does; equal values share a rank; ranks run from 1 to n", () => {
    const figures = fc.array(
      fc.integer({ min: -50, max: 50 }).map((n) => n / 10),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(figures, fc.boolean(), (values, descending) => {
        const ranks = competitionRanks(values, { descending });
        values.forEach((value, i) => {
          expect(ranks[i]).toBe(competitionRank(value, values, { descending }));
          expect(ranks[i]).toBeGreaterThanOrEqual(1);
          expect(ranks[i]).toBeLessThanOrEqual(values.length);
          values.forEach((other, j) => {
            if (other === value) expect(ranks[j]).toBe(ranks[i]);
            if (descending ? other > value : other < value) expect(ranks[j]!).toBeLessThan(ranks[i]!);
          });
        });
        if (values.length > 0) expect(Math.min(...ranks)).toBe(1);
      }),
    );
  });
});

describe("sharePhrase and shareOf: 占全市的36.73%", () => {
  test.each<[number, number, string, number | undefined, string]>([
    // Seed 002: 全区累计完成进出口总额555.37亿美元,占全市的36.73%.
    [555.37, 1512.1, "全市", 2, "占全市的36.73%"],
    [555.37, 1512.1, "全市", undefined, "占全市的36.7%"],
    [1, 3, "全区", 0, "占全区的33%"],
    [0, 80, "全县", 1, "占全县的0.0%"],
    [80, 80, "全部", 1, "占全部的100.0%"],
    // Half up on the decimal value: 1.005% -> 1.01%.
    [1.005, 100, "全市", 2, "占全市的1.01%"],
  ])("%p of %p in %p at %p decimals: %p", (part, whole, scope, decimals, text) => {
    const share = shareOf(part, whole);
    expect(share.ok).toBe(true);
    if (share.ok) expect(sharePhrase(share.value, scope, decimals)).toBe(text);
  });

  test.each<[number | undefined, number | undefined, string]>([
    [10, 0, "总量为零,无法计算比重"],
    [10, -5, "总量为负数(-5),比重无意义"],
    [-3, 100, "部分数为负数(-3),比重无意义"],
    [undefined, 100, "缺少部分数"],
    [10, undefined, "缺少总量"],
  ])("shareOf(%p, %p) has no value: %p", (part, whole, message) => {
    expect(shareOf(part, whole)).toMatchObject({ ok: false, message });
  });

  it("prints the share rounded half up, never Infinity", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 4 }), (share, decimals) => {
        expect(sharePhrase(share, "全市", decimals)).toBe(`占全市的${formatDecimal(share * 100, decimals)}%`);
      }),
    );
    expect(() => sharePhrase(Number.POSITIVE_INFINITY, "全市")).toThrow(NonFiniteError);
  });
});

describe("versusWholePhrase: a place's growth against the whole's, on the figures as printed", () => {
  test.each<[number, number, string, number | undefined, string]>([
    [0.093, 0.072, "全市", undefined, "增速高于全市2.1个百分点"],
    [0.051, 0.072, "全市", undefined, "增速低于全市2.1个百分点"],
    [0.072, 0.072, "全市", undefined, "与全市持平"],
    // As printed: 9.26% and 9.34% both show as 9.3%, so 持平 (the unrounded gap is 0.08 points).
    [0.0926, 0.0934, "全区", undefined, "与全区持平"],
    // As printed: 9.26% shows as 9.3%, 7.24% as 7.2%: 2.1 points, not 2.02.
    [0.0926, 0.0724, "全市", undefined, "增速高于全市2.1个百分点"],
    [0.0926, 0.0724, "全市", 2, "增速高于全市2.02个百分点"],
    // Both falling: the place falls less (降幅比全市低) or more (降幅比全市高).
    [-0.021, -0.05, "全市", undefined, "降幅比全市低2.9个百分点"],
    [-0.08, -0.05, "全市", undefined, "降幅比全市高3.0个百分点"],
    [-0.05, -0.05, "全县", undefined, "与全县持平"],
    // Mixed signs and zero: higher or lower.
    [0.03, -0.02, "全市", undefined, "增速高于全市5.0个百分点"],
    [-0.02, 0.03, "全市", undefined, "增速低于全市5.0个百分点"],
    [0, -0.02, "全市", undefined, "增速高于全市2.0个百分点"],
    // A fall that prints as 0.0% is no fall.
    [-0.0004, -0.02, "全市", undefined, "增速高于全市2.0个百分点"],
    [-0.03, -0.0004, "全市", undefined, "增速低于全市3.0个百分点"],
    [0.1, 0.05, "全部", 0, "增速高于全部5个百分点"],
  ])("%p against %p (%p, %p decimals): %p", (place, whole, scope, decimals, text) => {
    expect(versusWholePhrase(place, whole, scope, decimals)).toBe(text);
  });

  const growth = fc.integer({ min: -500, max: 500 }).map((n) => n / 1000);

  it("states the gap between the printed figures; swapping the two turns higher into lower", () => {
    fc.assert(
      fc.property(growth, growth, (place, whole) => {
        const shown = (g: number): number => Number(formatDecimal(g * 100, 1));
        const gap = formatDecimal(Math.abs(shown(place) - shown(whole)), 1);
        const text = versusWholePhrase(place, whole, "全市");
        const back = versusWholePhrase(whole, place, "全市");
        if (Number(gap) === 0) {
          expect([text, back]).toEqual(["与全市持平", "与全市持平"]);
        } else if (shown(place) < 0 && shown(whole) < 0) {
          expect(text).toMatch(new RegExp(`^降幅比全市[低高]${gap.replace(".", "\\.")}个百分点$`));
          expect(back).toBe(text.includes("低") ? text.replace("低", "高") : text.replace("高", "低"));
        } else {
          expect(text).toMatch(new RegExp(`^增速[高低]于全市${gap.replace(".", "\\.")}个百分点$`));
          expect(back).toBe(text.includes("高于") ? text.replace("高于", "低于") : text.replace("低于", "高于"));
        }
      }),
    );
  });

  it("refuses to print Infinity or NaN", () => {
    expect(() => versusWholePhrase(Number.NaN, 0.05, "全市")).toThrow(NonFiniteError);
    expect(() => versusWholePhrase(0.05, Number.POSITIVE_INFINITY, "全市")).toThrow(NonFiniteError);
  });
});

describe("topPlacesPhrase: the places ahead", () => {
  test.each<[string[], number, string, string]>([
    [["甲区", "乙区", "丙区"], 3, growthSubject(), "增速居前三位的是甲区、乙区、丙区"],
    [["甲区", "乙区"], 2, growthSubject("规上工业总产值"), "规上工业总产值增速居前两位的是甲区、乙区"],
    [["甲区", "乙区", "丙区", "丁区"], 3, "规上工业总产值", "规上工业总产值居前三位的是甲区、乙区、丙区、丁区"],
  ])("%j, %p, %p: %p", (names, count, subject, text) => {
    expect(topPlacesPhrase(names, count, subject)).toBe(text);
  });
});
