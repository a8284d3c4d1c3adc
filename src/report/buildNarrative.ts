import { PHRASES, fillPhrase } from "../core/phrases";
import { growthRateName } from "./growthRateName";
import { comparisonContext } from "./comparisonTexts";
import { indicatorClause } from "./indicatorClause";
import type { ResolvedOptions } from "./resolveOptions";
import type { Analysis, Indicator, Period } from "./types";
import { verbFor } from "./verbFor";

/** The words that open a paragraph: "1-9月," or "全年" (no comma before 实现…); "" when the period is unknown. */
export function periodOpening(period: Period): string {
  if (period.label === "") return "";
  const noComma: readonly string[] = PHRASES.report.openingsWithoutComma;
  return noComma.includes(period.label) ? period.label : fillPhrase(PHRASES.report.opening, { period: period.label });
}

/** A stated indicator's clause (with its children's) and the indicator, whose verb it may take. */
interface StatedClause {
  readonly text: string;
  readonly indicator: Indicator;
}

/**
 * The narrative paragraphs: one per group (or one for the sheet), opened by the period, one clause per
 * indicator joined by ";", children after their parent as ",其中…", ending with "。". A verb (完成/实现)
 * is written when it differs from the previous clause's, as in "全年实现财政总收入…;一般公共预算收入…;完成固定资产投资…".
 */
export function buildNarrative(analysis: Analysis, period: Period, options: ResolvedOptions): string[] {
  const { indicators } = analysis;
  const context = comparisonContext(analysis);
  const children = new Map<number, number[]>();
  indicators.forEach((indicator, index) => {
    if (indicator.parent === undefined) return;
    const siblings = children.get(indicator.parent);
    if (siblings === undefined) children.set(indicator.parent, [index]);
    else siblings.push(index);
  });

  /**
   * Appends the clause of an indicator followed by its children's (",其中…"); the children of an unstated
   * parent are lifted to its level. Inside a 其中 list a child's own children follow it in the same list
   * ("其中工业投资…,技改投资…,基础设施投资…"): a second 其中 in one sentence would read as a list of its own.
   */
  const collect = (index: number, out: StatedClause[], nested = false): void => {
    const indicator = indicators[index];
    if (indicator === undefined) return;
    const parent = indicator.parent !== undefined ? indicators[indicator.parent] : undefined;
    const own = indicatorClause(indicator, period, options, parent === undefined ? context : { ...context, parent });
    const kids = children.get(index) ?? [];
    if (own === undefined) {
      for (const child of kids) collect(child, out, nested);
      return;
    }
    if (kids.length === 0) {
      out.push({ text: own, indicator });
      return;
    }
    const below: StatedClause[] = [];
    for (const child of kids) collect(child, below, true);
    let text = own;
    below.forEach((kid, k) => {
      text +=
        (k === 0 && !nested ? PHRASES.report.partSeparator + PHRASES.report.children : PHRASES.report.partSeparator) +
        kid.text;
    });
    out.push({ text, indicator });
  };

  const groups: { key: string | undefined; roots: number[] }[] = [];
  indicators.forEach((indicator, index) => {
    if (indicator.parent !== undefined) return;
    let last = groups[groups.length - 1];
    if (last === undefined || last.key !== indicator.group) {
      last = { key: indicator.group, roots: [] };
      groups.push(last);
    }
    last.roots.push(index);
  });

  // A place's sheet with the whole beside it opens with the place: 1-9月,朝阳区完成…
  const opening = periodOpening(period) + (analysis.across?.place ?? "");
  const paragraphs: string[] = [];
  for (const group of groups) {
    let lastVerb: string | undefined;
    const clauses: string[] = [];
    const stated: StatedClause[] = [];
    for (const root of group.roots) collect(root, stated);
    for (const clause of stated) {
      const verb =
        options.verbs &&
        clause.indicator.current !== undefined &&
        clause.indicator.current.value >= 0 &&
        growthRateName(clause.indicator) === undefined
          ? verbFor(clause.indicator.name)
          : undefined;
      clauses.push(verb !== undefined && verb !== lastVerb ? verb + clause.text : clause.text);
      lastVerb = verb;
    }
    if (clauses.length > 0) {
      paragraphs.push(opening + clauses.join(PHRASES.report.clauseSeparator) + PHRASES.report.end);
    }
  }
  return paragraphs;
}
