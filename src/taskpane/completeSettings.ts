import { completeClauses, parsePlaceOrder } from "../report/clauses";
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
    clauses: completeClauses(stored.clauses),
    outputSheetName: name,
    mode: stored.mode === "formulas" ? "formulas" : "values",
  };
  const placeOrder = parsePlaceOrder(stored.placeOrder);
  const ordered = placeOrder === undefined ? settings : { ...settings, placeOrder };
  const withPeriod =
    typeof stored.periodLabel === "string" && stored.periodLabel.trim() !== ""
      ? { ...ordered, periodLabel: stored.periodLabel }
      : ordered;
  return typeof stored.previousSheet === "string" ? { ...withPeriod, previousSheet: stored.previousSheet } : withPeriod;
}
