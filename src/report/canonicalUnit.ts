import { normalizeUnit } from "../core/units";

/** Units seen so far and their normal form; a sheet has a handful of distinct unit spellings. */
const SEEN = new Map<string, string>();
const LIMIT = 1000;

/** core's normalizeUnit, remembered per spelling (it is pure), as the engine asks it for every row and figure. */
export function canonicalUnit(unit: string): string {
  let canonical = SEEN.get(unit);
  if (canonical === undefined) {
    canonical = normalizeUnit(unit);
    if (SEEN.size >= LIMIT) SEEN.clear();
    SEEN.set(unit, canonical);
  }
  return canonical;
}
