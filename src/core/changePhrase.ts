import { PHRASES, fillPhrase, type Comparison } from "./phrases";

/** True for revenue indicators, whose change is 增收/减收. */
export function isRevenue(name: string): boolean {
  return /收入|税收|财政|税金/.test(name) && !/支出/.test(name);
}

/**
 * 增减额: 同比增加/减少 followed by an amount already in words ("1.2亿元"), or 增收/减收 for revenue.
 * `delta` decides the direction only; its text is `amount`. No change at all is 与上年同期持平.
 */
export function changePhrase(delta: number, amount: string, name = "", comparison: Comparison = "yoy"): string {
  const words = PHRASES.comparison[comparison];
  if (delta === 0) {
    return fillPhrase(PHRASES.growth.flat, words);
  }
  const revenue = isRevenue(name);
  const template =
    delta >= 0
      ? revenue
        ? PHRASES.change.revenueUp
        : PHRASES.change.up
      : revenue
        ? PHRASES.change.revenueDown
        : PHRASES.change.down;
  return fillPhrase(template, { ...words, v: amount.replace(/^-/, "") });
}
