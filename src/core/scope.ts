import { PHRASES } from "./phrases";
import { fillOne, splitPhrase } from "./splitPhrase";

/**
 * The kinds of a whole that take a scope word of their own: 全市, 全区, 全县, 全省, 全镇, 全乡, 全州, 全旗, 全国.
 * A total of another kind (合计 alone, 某某街道合计) reads 全部.
 */
const KINDS = "市区县省镇乡州旗国";

/** The words that make a row a total when they end its name: 全市合计, 朝阳区合计, 合计. */
const TOTAL_WORDS = ["合计", "总计", "汇总"] as const;

const SCOPE_OF_KIND = splitPhrase(PHRASES.places.scopeOfKind);

/** Spaces (ASCII, full-width) and brackets, which sheets put inside names (全\u3000市, 全市(合计)). */
const NOISE = /[\s\u3000()()]+/g;

/**
 * The scope word of a total row's name (DESIGN section 9): 全市 for 全市 / 全市合计 / 某某市合计, 全区, 全县, 全省 …;
 * 合计 / 总计 / 汇总 / 全部 alone read 全部. Undefined when the name is not a total's (a place such as 朝阳区,
 * or an indicator such as 全社会消费品零售总额).
 */
export function scopeOfTotal(name: string): string | undefined {
  const text = name.replace(NOISE, "");
  const total = TOTAL_WORDS.find((word) => text.endsWith(word));
  const head = total === undefined ? text : text.slice(0, text.length - total.length);
  if (head.length === 2 && head.startsWith("全") && KINDS.includes(head.charAt(1))) {
    return fillOne(SCOPE_OF_KIND, head.charAt(1));
  }
  if (total === undefined) {
    return head === PHRASES.places.allScope ? PHRASES.places.allScope : undefined;
  }
  const kind = head.charAt(head.length - 1);
  return head.length > 1 && KINDS.includes(kind) ? fillOne(SCOPE_OF_KIND, kind) : PHRASES.places.allScope;
}

/**
 * The scope word for a name the user gives (the custom functions' 范围名称): the scope of a total's name
 * (合计 reads 全部, 全区合计 reads 全区), else the name itself (全开发区); blank gives 全市.
 */
export function scopeWord(name: string | undefined): string {
  const text = (name ?? "").replace(NOISE, "");
  if (text === "") {
    return PHRASES.places.defaultScope;
  }
  return scopeOfTotal(text) ?? text;
}
