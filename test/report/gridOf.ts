import type { SheetCell, SheetGrid } from "../../src/report/types";

/** A grid from plain values (General format, text as Excel shows plain values), deep-frozen so the engine cannot change it. */
export function gridOf(
  rows: readonly (readonly (string | number | boolean | null | SheetCell)[])[],
  sheetName = "Sheet1",
): SheetGrid {
  const cells = rows.map((row) =>
    row.map((value): SheetCell => {
      if (value !== null && typeof value === "object") return value;
      if (value === null) return { value: null };
      const text = typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value);
      return { value, text, numberFormat: "General" };
    }),
  );
  return deepFreeze({ sheetName, cells });
}

/** Freezes an object and everything in it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) {
      deepFreeze((value as Record<string, unknown>)[key]);
    }
  }
  return value;
}
