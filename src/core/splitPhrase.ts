/**
 * A phrase template split once into its literal text and its `{name}` placeholders, so that filling it
 * is string concatenation instead of a regular-expression replace per call.
 */
export interface SplitPhrase {
  /** The text around the placeholders: literals[0] {keys[0]} literals[1] … {keys[n-1]} literals[n]. */
  readonly literals: readonly string[];
  readonly keys: readonly string[];
}

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Splits `template`; placeholders named in `fixed` are filled now (their values are not searched for
 * placeholders, as in a single replace), the others stay slots.
 */
export function splitPhrase(template: string, fixed: Readonly<Record<string, string>> = {}): SplitPhrase {
  const literals: string[] = [];
  const keys: string[] = [];
  let text = "";
  let last = 0;
  PLACEHOLDER.lastIndex = 0;
  for (let match = PLACEHOLDER.exec(template); match !== null; match = PLACEHOLDER.exec(template)) {
    const key = match[1] ?? "";
    text += template.slice(last, match.index);
    last = match.index + match[0].length;
    const value = fixed[key];
    if (value !== undefined) {
      text += value;
    } else {
      literals.push(text);
      keys.push(key);
      text = "";
    }
  }
  literals.push(text + template.slice(last));
  return { literals, keys };
}

/** Fills the slots of a split phrase; a slot without a value stays visible as `{name}`, so a test catches it. */
export function fillSplit(phrase: SplitPhrase, values: Readonly<Record<string, string>>): string {
  const { literals, keys } = phrase;
  let text = literals[0] ?? "";
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] ?? "";
    text += (values[key] ?? "{" + key + "}") + (literals[i + 1] ?? "");
  }
  return text;
}

/** Fills a phrase with one slot (such as "同比增长{p}%" after {cmp} was fixed) with `value`. */
export function fillOne(phrase: SplitPhrase, value: string): string {
  return phrase.keys.length === 1
    ? (phrase.literals[0] ?? "") + value + (phrase.literals[1] ?? "")
    : fillSplit(phrase, {});
}
