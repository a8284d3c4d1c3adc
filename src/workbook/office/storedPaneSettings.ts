import { parseClauses } from "../../report/clauses";
import type { PaneSettings, TableMode } from "../workbookPort";

/** Where the pane's settings live in the document settings. */
export const PANE_SETTINGS_KEY = "tongji.paneSettings";

type Writable<T> = { -readonly [K in keyof T]?: T[K] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * The pane settings as stored in a workbook, keeping only well-formed fields (a file written by
 * another version, or edited by hand, must not break the pane); undefined when nothing usable is stored.
 */
export function parsePaneSettings(stored: unknown): Partial<PaneSettings> | undefined {
  if (!isRecord(stored)) return undefined;
  const out: Writable<PaneSettings> = {};
  if (typeof stored.periodLabel === "string") out.periodLabel = stored.periodLabel;
  if (typeof stored.previousSheet === "string") out.previousSheet = stored.previousSheet;
  if (
    typeof stored.decimals === "number" &&
    Number.isInteger(stored.decimals) &&
    stored.decimals >= 0 &&
    stored.decimals <= 6
  ) {
    out.decimals = stored.decimals;
  }
  if (typeof stored.convertUnits === "boolean") out.convertUnits = stored.convertUnits;
  if (typeof stored.outputSheetName === "string") out.outputSheetName = stored.outputSheetName;
  if (stored.mode === "values" || stored.mode === "formulas") out.mode = stored.mode satisfies TableMode;
  const clauses = parseClauses(stored.clauses);
  if (clauses !== undefined) out.clauses = clauses;
  return Object.keys(out).length === 0 ? undefined : out;
}
