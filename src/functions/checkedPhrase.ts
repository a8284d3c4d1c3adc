import { raise } from "./functionError";

/**
 * A phrase as the cell may show it. Figures near the limit of a double (1e308) overflow inside the
 * arithmetic and would print as "Infinity"; such a phrase becomes #NUM! instead of text.
 */
export function checkedPhrase(phrase: string): string {
  if (/Infinity|NaN/.test(phrase)) {
    return raise("#NUM!", "数值过大,无法计算");
  }
  return phrase;
}
