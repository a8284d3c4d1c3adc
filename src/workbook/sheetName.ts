/**
 * Excel's rules for worksheet names, and the choice of a free name for a new sheet. Excel rejects a
 * name that is blank, longer than 31 characters, holds one of `: \ / ? * [ ]`, starts or ends with an
 * apostrophe, or is "History" (reserved); names are compared without regard to case.
 */

/** Excel's limit on the characters of a sheet name. */
export const MAX_SHEET_NAME_LENGTH = 31;

/** The name used when a wished-for name has nothing usable left. */
export const DEFAULT_SUMMARY_SHEET_NAME = "指标汇总";

/** One character Excel forbids in a sheet name; FORBIDDEN finds them all. */
const FORBIDDEN_CHAR = /[:\\/?*[\]]/;
const FORBIDDEN = new RegExp(FORBIDDEN_CHAR.source, "g");
const CONTROL = /\p{Cc}/gu;
const RESERVED = "HISTORY";

/** Why Excel would reject a sheet name, in Chinese; undefined when the name is valid. */
export function sheetNameProblem(name: string): string | undefined {
  if (name.trim() === "") return "工作表名称不能为空";
  if ([...name].length > MAX_SHEET_NAME_LENGTH) return `工作表名称不能超过${MAX_SHEET_NAME_LENGTH}个字符`;
  if (FORBIDDEN_CHAR.test(name)) return "工作表名称不能包含 : \\ / ? * [ ] 这些字符";
  if (name.startsWith("'") || name.endsWith("'")) return "工作表名称不能以单引号开头或结尾";
  if (name.toUpperCase() === RESERVED) return "“History”是Excel保留的名称,不能用作工作表名称";
  return undefined;
}

/** Cuts a name to at most `max` characters, counting a character outside the BMP as one, as Excel does. */
function truncate(name: string, max: number): string {
  const chars = [...name];
  return chars.length <= max ? name : chars.slice(0, max).join("");
}

/** Strips apostrophes at both ends and spaces around them. */
function trimApostrophes(name: string): string {
  return name.replace(/^[\s']+/u, "").replace(/[\s']+$/u, "");
}

/**
 * A valid sheet name made from a wished-for one: forbidden characters become "_", control characters
 * are dropped, apostrophes and spaces at the ends are stripped, and the name is cut to 31 characters.
 * A name with nothing left becomes `fallback`.
 */
export function cleanSheetName(wish: string, fallback: string = DEFAULT_SUMMARY_SHEET_NAME): string {
  let name = trimApostrophes(wish.replace(CONTROL, "").replace(FORBIDDEN, "_"));
  name = trimApostrophes(truncate(name, MAX_SHEET_NAME_LENGTH));
  if (name === "" || /^_+$/.test(name)) return fallback;
  if (name.toUpperCase() === RESERVED) return `${name}_`;
  return name;
}

/** True when two sheet names are the same to Excel (case-insensitive). */
export function sameSheetName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

/**
 * A valid name, not used by any of `taken` (compared as Excel does): the cleaned wish itself when free,
 * else "指标汇总 (2)", "指标汇总 (3)"…, the base shortened so that the name stays within 31 characters.
 */
export function uniqueSheetName(wish: string, taken: Iterable<string>): string {
  const used = new Set<string>();
  for (const name of taken) used.add(name.toUpperCase());
  const base = cleanSheetName(wish);
  if (!used.has(base.toUpperCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = truncate(base, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd() + suffix;
    if (!used.has(candidate.toUpperCase())) return candidate;
  }
}
