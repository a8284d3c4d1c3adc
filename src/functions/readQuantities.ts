import { convertAmount, normalizeUnit } from "../core/units";
import { raise } from "./functionError";
import { readNumberReading } from "./readArgument";

/**
 * Figures that are compared with each other (本期数 and 上年同期数, 完成数 and 全年目标 …), read as
 * `readNumber` does, in one unit. Text such as "4.5亿元" and "45000万元" is converted to the unit of
 * the first figure that states one (or to `unit` when given), so the comparison is right; units
 * that cannot be converted ("11家" against "5亿元") are an error, never a silent guess. Plain
 * numbers are taken to be in that unit.
 */
export function readQuantities<const Raws extends readonly unknown[]>(
  raws: Raws,
  labels: { readonly [K in keyof Raws]: string },
  unit?: string,
): { -readonly [K in keyof Raws]: number } {
  const values: number[] = [];
  let reference = unit;
  let referenceLabel = "";
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i];
    const label = labels[i] ?? "";
    if (typeof raw === "number" && Number.isFinite(raw)) {
      values.push(raw);
      continue;
    }
    const reading = readNumberReading(raw, label);
    if (reading.unit === undefined) {
      values.push(reading.value);
    } else if (reference === undefined) {
      reference = reading.unit;
      referenceLabel = label;
      values.push(reading.value);
    } else if (normalizeUnit(reading.unit) === normalizeUnit(reference)) {
      values.push(reading.value);
    } else {
      const against = unit !== undefined && reference === unit ? "计量单位" : `${referenceLabel}的单位`;
      values.push(
        convertAmount(reading.value, reading.unit, reference) ??
          raise("#VALUE!", `${label}的单位“${reading.unit}”与${against}“${reference}”不一致,无法换算`),
      );
    }
  }
  return values as { -readonly [K in keyof Raws]: number };
}
