/**
 * The optional clauses and paragraphs of the narrative, one row each: the engine's option, the pane's
 * checkbox, the stored settings and the command line's flag all come from this table.
 */
interface ClauseRow {
  readonly id: string;
  /** The pane's checkbox label. */
  readonly label: string;
  /** On unless the user turns it off. */
  readonly defaultOn: boolean;
  /** The command line's flag that turns it on (or off, for a clause on by default), with its help text. */
  readonly cli?: { readonly flag: string; readonly help: string };
  /** Added after settings were first stored: stored switches without it are whole, and it takes its default. */
  readonly addedLater?: true;
}

export const CLAUSE_TABLE = [
  { id: "change", label: "增减额(同比增加/减少)", defaultOn: false },
  { id: "completion", label: "完成全年目标情况", defaultOn: true },
  { id: "progress", label: "与时序进度比较", defaultOn: true },
  {
    id: "highlights",
    label: "亮点与不足段落",
    defaultOn: false,
    cli: { flag: "--highlights", help: "增加亮点段落(增速最快、下降、进度落后)" },
  },
  {
    id: "placeRanking",
    label: "地区排位句(增速居前三位的地区;重点地区之外的其他地区)",
    defaultOn: true,
    cli: { flag: "--no-place-ranking", help: "分地区的表不写排位句(增速居前三位的地区、其他地区)" },
    addedLater: true,
  },
  {
    id: "contribution",
    label: "其中项对总量增长的贡献率",
    defaultOn: false,
    cli: { flag: "--contribution", help: "其中项写出对总量增长的贡献率" },
    addedLater: true,
  },
  {
    id: "pull",
    label: "其中项拉动总量增长的百分点",
    defaultOn: false,
    cli: { flag: "--pull", help: "其中项写出拉动总量增长的百分点" },
    addedLater: true,
  },
] as const satisfies readonly ClauseRow[];

/** An optional clause or paragraph. */
export type ClauseId = (typeof CLAUSE_TABLE)[number]["id"];

/** Which optional clauses are on. */
export type ClauseSwitches = { readonly [K in ClauseId]: boolean };

export const CLAUSE_IDS: readonly ClauseId[] = CLAUSE_TABLE.map((row) => row.id);

/** The clauses as a statistician wants them before choosing: completion and time progress on, the rest off. */
export const DEFAULT_CLAUSES = Object.fromEntries(CLAUSE_TABLE.map((row) => [row.id, row.defaultOn])) as ClauseSwitches;

/** Every clause switched as given, else by default. */
export function resolveClauses(given: Partial<ClauseSwitches> | undefined): ClauseSwitches {
  const out: Record<string, boolean> = {};
  for (const row of CLAUSE_TABLE) out[row.id] = given?.[row.id] ?? row.defaultOn;
  return out as ClauseSwitches;
}

/**
 * Stored switches (from a workbook or an older version) when every clause is a boolean there (a clause added
 * later may be missing: it takes its default); undefined otherwise.
 */
export function parseClauses(stored: unknown): ClauseSwitches | undefined {
  if (stored === null || typeof stored !== "object" || Array.isArray(stored)) return undefined;
  const record = stored as Record<string, unknown>;
  const out: Record<string, boolean> = {};
  for (const row of CLAUSE_TABLE) {
    const value = record[row.id];
    if (value === undefined && "addedLater" in row) {
      out[row.id] = row.defaultOn;
    } else if (typeof value !== "boolean") {
      return undefined;
    } else {
      out[row.id] = value;
    }
  }
  return out as ClauseSwitches;
}

/** Switches of which any may be missing or malformed, made whole with the defaults. */
export function completeClauses(stored: unknown): ClauseSwitches {
  const record = stored !== null && typeof stored === "object" ? (stored as Record<string, unknown>) : {};
  const out: Record<string, boolean> = {};
  for (const row of CLAUSE_TABLE) {
    const value = record[row.id];
    out[row.id] = typeof value === "boolean" ? value : row.defaultOn;
  }
  return out as ClauseSwitches;
}

/**
 * The order of the places in a regions sheet's ranking tables, one row each: the engine's option, the pane's
 * choice, the stored settings and the command line's `--place-order` value all come from this table.
 */
interface PlaceOrderRow {
  readonly id: string;
  /** The pane's label. */
  readonly label: string;
  /** The Chinese word `--place-order` also takes for it. */
  readonly word: string;
}

export const PLACE_ORDER_TABLE = [
  { id: "sheet", label: "按原表顺序", word: "原表" },
  { id: "value", label: "按总量从高到低", word: "总量" },
  { id: "growth", label: "按增速从高到低", word: "增速" },
] as const satisfies readonly PlaceOrderRow[];

/** How a regions sheet's ranking tables order the places (the total row stays first or last, as the sheet has it). */
export type PlaceOrder = (typeof PLACE_ORDER_TABLE)[number]["id"];

export const PLACE_ORDERS: readonly PlaceOrder[] = PLACE_ORDER_TABLE.map((row) => row.id);

/** The sheet's own order, as a statistician typed it. */
export const DEFAULT_PLACE_ORDER: PlaceOrder = "sheet";

/** A stored or typed place order (its id, or its Chinese word), undefined when it is none of PLACE_ORDERS. */
export function parsePlaceOrder(stored: unknown): PlaceOrder | undefined {
  return PLACE_ORDER_TABLE.find((row) => row.id === stored || row.word === stored)?.id;
}
