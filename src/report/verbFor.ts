import { PHRASES } from "../core/phrases";

/** Indicator kinds and their verb, first match wins: investment is 完成, output and income are 实现. */
const VERB_KINDS: readonly (readonly [RegExp, keyof typeof PHRASES.report.verbs])[] = [
  [/投资|出口|进出口|外贸|交货值|到位|利用外资|使用外资|引资|招商/, "complete"],
  [/生产总值|产值|增加值|收入|营业额|销售额|销售收入|利润|利税|税金|零售|税收|营收/, "achieve"],
];

/** 完成 or 实现 for an indicator name, or undefined when the kind takes no verb (counts, rates, new items). */
export function verbFor(name: string): string | undefined {
  if (/^(?:新增|新引进|新签|新开工|引进|签约|累计)/.test(name)) {
    return undefined;
  }
  for (const [pattern, verb] of VERB_KINDS) {
    if (pattern.test(name)) {
      return PHRASES.report.verbs[verb];
    }
  }
  return undefined;
}
