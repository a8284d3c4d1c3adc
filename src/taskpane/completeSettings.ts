import type { PaneSettings } from "../workbook/workbookPort";
import { DEFAULT_PANE_SETTINGS } from "./defaultPaneSettings";

const isBoolean = (value: unknown): value is boolean => typeof value === "boolean";

/**
 * Settings as stored in a workbook (possibly written by an older version, or partly missing) made
 * whole: every missing or malformed field takes its default.
 */
export function completeSettings(stored: Partial<PaneSettings> | undefined): PaneSettings {
  const defaults = DEFAULT_PANE_SETTINGS;
  if (stored === undefined || stored === null || typeof stored !== "object") return defaults;
  const clauses: Partial<PaneSettings["clauses"]> =
    stored.clauses !== undefined && typeof stored.clauses === "object" ? stored.clauses : {};
  const decimals =
    typeof stored.decimals === "number" &&
    Number.isInteger(stored.decimals) &&
    stored.decimals >= 0 &&
    stored.decimals <= 4
      ? stored.decimals
      : defaults.decimals;
  const name =
    typeof stored.outputSheetName === "string" && stored.outputSheetName.trim() !== ""
      ? stored.outputSheetName
      : defaults.outputSheetName;
  const settings: PaneSettings = {
    decimals,
    convertUnits: isBoolean(stored.convertUnits) ? stored.convertUnits : defaults.convertUnits,
    clauses: {
      change: isBoolean(clauses.change) ? clauses.change : defaults.clauses.change,
      completion: isBoolean(clauses.completion) ? clauses.completion : defaults.clauses.completion,
      progress: isBoolean(clauses.progress) ? clauses.progress : defaults.clauses.progress,
      highlights: isBoolean(clauses.highlights) ? clauses.highlights : defaults.clauses.highlights,
    },
    outputSheetName: name,
    mode: stored.mode === "formulas" ? "formulas" : "values",
  };
  return typeof stored.periodLabel === "string" && stored.periodLabel.trim() !== ""
    ? { ...settings, periodLabel: stored.periodLabel }
    : settings;
}
