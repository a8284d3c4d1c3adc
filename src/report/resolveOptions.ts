import { DEFAULT_AMOUNT_DECIMALS } from "../core/amountText";
import { DEFAULT_DECIMALS } from "../core/growthPhrase";
import type { ReportOptions } from "./types";

/** Report options with every default filled in. */
export interface ResolvedOptions {
  readonly decimals: number;
  readonly amountDecimals: number;
  readonly convertUnits: boolean;
  readonly verbs: boolean;
  readonly change: boolean;
  readonly completion: boolean;
  readonly progress: boolean;
  readonly highlights: boolean;
  readonly periodLabel: string | undefined;
}

/** Fills in the defaults: 1 decimal, units converted, verbs on, completion and time progress on, 增减额 and highlights off. */
export function resolveOptions(options: ReportOptions = {}): ResolvedOptions {
  const decimals = Math.max(0, Math.min(6, Math.trunc(options.decimals ?? DEFAULT_DECIMALS)));
  return {
    decimals,
    amountDecimals: Math.max(0, Math.min(6, Math.trunc(options.amountDecimals ?? DEFAULT_AMOUNT_DECIMALS))),
    convertUnits: options.convertUnits ?? true,
    verbs: options.verbs ?? true,
    change: options.clauses?.change ?? false,
    completion: options.clauses?.completion ?? true,
    progress: options.clauses?.progress ?? true,
    highlights: options.clauses?.highlights ?? false,
    periodLabel: options.periodLabel,
  };
}
