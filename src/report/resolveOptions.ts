import { DEFAULT_AMOUNT_DECIMALS } from "../core/amountText";
import { DEFAULT_DECIMALS } from "../core/growthPhrase";
import { resolveClauses, type ClauseSwitches } from "./clauses";
import type { ReportOptions } from "./types";

/** Report options with every default filled in. */
export interface ResolvedOptions extends ClauseSwitches {
  readonly decimals: number;
  readonly amountDecimals: number;
  readonly convertUnits: boolean;
  readonly verbs: boolean;
  readonly periodLabel: string | undefined;
}

/** Fills in the defaults: 1 decimal, units converted, verbs on, the clauses as clauses.ts switches them by default. */
export function resolveOptions(options: ReportOptions = {}): ResolvedOptions {
  const decimals = Math.max(0, Math.min(6, Math.trunc(options.decimals ?? DEFAULT_DECIMALS)));
  return {
    decimals,
    amountDecimals: Math.max(0, Math.min(6, Math.trunc(options.amountDecimals ?? DEFAULT_AMOUNT_DECIMALS))),
    convertUnits: options.convertUnits ?? true,
    verbs: options.verbs ?? true,
    ...resolveClauses(options.clauses),
    periodLabel: options.periodLabel,
  };
}
