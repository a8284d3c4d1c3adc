/**
 * Units of statistical indicators and the scaling between money units (元/万元/亿元, 美元/万美元/亿美元).
 */

/** A money unit family and its scale in base units. */
interface MoneyUnit {
  readonly family: "CNY" | "USD";
  readonly scale: number;
}

const MONEY_UNITS: Readonly<Record<string, MoneyUnit>> = {
  元: { family: "CNY", scale: 1 },
  千元: { family: "CNY", scale: 1e3 },
  万元: { family: "CNY", scale: 1e4 },
  亿元: { family: "CNY", scale: 1e8 },
  美元: { family: "USD", scale: 1 },
  万美元: { family: "USD", scale: 1e4 },
  亿美元: { family: "USD", scale: 1e8 },
};

/**
 * The unit a large figure is stated in, largest first: a figure is moved up to the first unit it
 * reaches `minimum` of (in base units). 元 figures move to 万元 only from 1,000,000元, so that
 * per-head figures such as 52,000元 are never rescaled.
 */
const TARGET_UNITS: Readonly<Record<MoneyUnit["family"], readonly { unit: string; minimum: number }[]>> = {
  CNY: [
    { unit: "亿元", minimum: 1e8 },
    { unit: "万元", minimum: 1e6 },
  ],
  USD: [
    { unit: "亿美元", minimum: 1e8 },
    { unit: "万美元", minimum: 1e6 },
  ],
};

/** Known unit spellings to their canonical form. */
const UNIT_ALIASES: Readonly<Record<string, string>> = {
  万: "万元",
  亿: "亿元",
  "%": "%",
  "％": "%",
  百分比: "%",
  个百分点: "百分点",
  平米: "平方米",
  万平米: "万平方米",
  km2: "平方公里",
  "km²": "平方公里",
  m2: "平方米",
  "m²": "平方米",
};

/** Normalises a unit as written in a sheet: trims, strips brackets, maps aliases ("万" -> "万元"). */
export function normalizeUnit(unit: string): string {
  const trimmed = unit
    .replace(/[\s\u3000]+/g, "")
    .replace(/^[(（[【]|[)）\]】]$/g, "")
    .replace(/^单位[:：]/, "");
  return UNIT_ALIASES[trimmed] ?? trimmed;
}

/** True for money units that can be rescaled. */
export function isMoneyUnit(unit: string): boolean {
  return MONEY_UNITS[normalizeUnit(unit)] !== undefined;
}

/** Per-capita indicators (人均…, units such as 元/人) keep their unit. */
export function isPerCapita(name: string, unit: string): boolean {
  return /人均|平均工资|每人|元\/人|元／人/.test(name) || /\/人|／人/.test(unit);
}

export interface ScaledAmount {
  readonly value: number;
  readonly unit: string;
  /** True when the figure was moved to another unit. */
  readonly converted: boolean;
}

/**
 * States a money figure in the unit it reads best in: 45000万元 -> 4.5亿元. Figures in other units,
 * per-capita figures and figures already in the right unit come back unchanged.
 */
export function scaleAmount(value: number, unit: string, name = ""): ScaledAmount {
  const canonical = normalizeUnit(unit);
  const money = MONEY_UNITS[canonical];
  if (money === undefined || isPerCapita(name, canonical) || !Number.isFinite(value)) {
    return { value, unit: canonical, converted: false };
  }
  const base = Math.abs(value) * money.scale;
  for (const target of TARGET_UNITS[money.family]) {
    const targetScale = MONEY_UNITS[target.unit]?.scale ?? 1;
    if (base >= target.minimum && targetScale > money.scale) {
      return { value: rescale(value, money.scale, targetScale), unit: target.unit, converted: true };
    }
    if (targetScale <= money.scale) {
      break;
    }
  }
  return { value, unit: canonical, converted: false };
}

/** Converts a money figure between two units of the same family; undefined when they differ. */
export function convertAmount(value: number, from: string, to: string): number | undefined {
  const source = MONEY_UNITS[normalizeUnit(from)];
  const target = MONEY_UNITS[normalizeUnit(to)];
  if (source === undefined || target === undefined || source.family !== target.family) {
    return undefined;
  }
  return rescale(value, source.scale, target.scale);
}

/**
 * value × from / to. Multiplying first can overflow where the result cannot (1e308万元 is 1e304亿元); then
 * the value is divided by the ratio of the scales (a power of ten, exact) instead.
 */
function rescale(value: number, from: number, to: number): number {
  const scaled = (value * from) / to;
  return Number.isFinite(scaled) || !Number.isFinite(value)
    ? scaled
    : from < to
      ? value / (to / from)
      : value * (from / to);
}

const NAME_UNIT = /^(.*?)[\s\u3000]*[(（]([^()（）]{1,8})[)）][\s\u3000]*$/;

/** Splits a unit out of an indicator name: "工业总产值(亿元)" -> { name: "工业总产值", unit: "亿元" }. */
export function splitNameUnit(text: string): { name: string; unit: string | undefined } {
  const match = NAME_UNIT.exec(text);
  if (match?.[1] && match[2] && looksLikeUnit(match[2])) {
    return { name: match[1].trim(), unit: normalizeUnit(match[2]) };
  }
  return { name: text.trim(), unit: undefined };
}

/** True for the units statistics sheets use (money, counts, areas, people, %). */
export function looksLikeUnit(text: string): boolean {
  const unit = normalizeUnit(text);
  return /^(?:[千万亿]?美?元(?:\/人)?|%|百分点|‰|[个家项只户台套件辆座人次]|万?人次?|万?[吨亩]|公顷|[万]?平方米|平方公里|[万亿]?千瓦时|倍|天|年|月|吨标准煤|万吨标准煤)$/.test(
    unit,
  );
}
