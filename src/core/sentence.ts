import { amountText, type AmountOptions } from "./amountText";
import { growthPhrase, yoyPhrase, type PhraseOptions } from "./growthPhrase";
import { finite } from "./nonFiniteError";
import { normalizeUnit, scaleAmount } from "./units";

export interface SentenceInput {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The figure of the same period last year; undefined when the sheet has none. */
  readonly previous?: number | undefined;
  /** An official growth (fraction) that wins over the one computed from `previous`. */
  readonly growth?: number | undefined;
  /** The value as the sheet displays it ("37.57"); used unless the unit is converted. */
  readonly valueText?: string | undefined;
}

export interface SentenceOptions extends PhraseOptions {
  readonly amount?: AmountOptions;
}

/**
 * 工业总产值37.57亿元,同比增长30.5%: a name, a value and its growth (given, else computed). Throws
 * NonFiniteError rather than print Infinity or NaN.
 */
export function sentence(input: SentenceInput, options: SentenceOptions = {}): string {
  finite(input.value);
  const amountOptions: AmountOptions = { ...options.amount, name: input.name };
  const converted = options.amount?.convert !== false && scaleAmount(input.value, input.unit, input.name).converted;
  const value =
    input.valueText !== undefined && !converted
      ? input.valueText + normalizeUnit(input.unit)
      : amountText(input.value, input.unit, amountOptions);
  const head = input.name + value;
  if (input.growth !== undefined) {
    return head + "," + growthPhrase(input.growth, options);
  }
  if (input.previous !== undefined) {
    return head + "," + yoyPhrase(input.value, input.previous, options);
  }
  return head;
}
