import { normalizeText } from "../normalizeText";
import { ROLES_BY_PRIORITY, type ColumnRole } from "./columnRoles";

/** A header as the role patterns see it: normalised, every kind of dash (and 至/到) as "-". */
function headerKey(text: string): string {
  return normalizeText(text).replace(/[—–~～－至到]/g, "-");
}

/** Every role whose pattern matches a header, highest priority first (for tests and for review). */
export function headerRoleMatches(text: string): ColumnRole[] {
  const t = headerKey(text);
  if (t === "" || /^单位[:：]/.test(t)) return [];
  return ROLES_BY_PRIORITY.filter((row) => row.pattern.test(t)).map((row) => row.id);
}

/** The role a header cell names ("1-9月累计" -> current, "同比±%" -> growth), or undefined. */
export function headerRole(text: string): ColumnRole | undefined {
  const t = headerKey(text);
  if (t === "" || /^单位[:：]/.test(t)) return undefined;
  for (const row of ROLES_BY_PRIORITY) {
    if (row.pattern.test(t)) return row.id;
  }
  return undefined;
}

/** The year a header names ("2018年" -> 2018), used to tell this year's column from last year's. */
export function headerYear(text: string): number | undefined {
  const match = /^((?:19|20)\d{2})年/.exec(normalizeText(text));
  return match?.[1] !== undefined ? Number(match[1]) : undefined;
}
