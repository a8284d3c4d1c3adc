import { PHRASES } from "../core/phrases";
import { compilePhrase } from "./compilePhrase";
import { changeText, completionText, figureText, growthText } from "./indicatorPhrases";
import type { ResolvedOptions } from "./resolveOptions";
import type { Indicator, Period } from "./types";

const valueClause = compilePhrase(PHRASES.clause.value);
const lossClause = compilePhrase(PHRASES.report.loss);

/** One indicator's clause without its verb: 固定资产投资37.59亿元,同比增长23.8%[,同比增加…][,完成全年目标的…]. */
export function indicatorClause(indicator: Indicator, period: Period, options: ResolvedOptions): string | undefined {
  const current = indicator.current;
  if (current === undefined) return undefined;
  const value = figureText(current, indicator, options);
  const head =
    current.value < 0 ? indicator.name + lossClause({ value }) : valueClause({ name: indicator.name, value });
  const separator = PHRASES.report.partSeparator;
  let clause = head;
  const growth = growthText(indicator, options);
  if (growth !== undefined) clause += separator + growth;
  if (options.change) {
    const change = changeText(indicator, options);
    if (change !== undefined) clause += separator + change;
  }
  if (options.completion) {
    const completion = completionText(indicator, period, options);
    if (completion !== undefined) clause += separator + completion;
  }
  return clause;
}
