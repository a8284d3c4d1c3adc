/** A title without the unit note typed into the same cell ("…完成情况表    单位:亿元" -> "…完成情况表"). */
function withoutUnitNote(title: string): string {
  return title.replace(/[(（]?\s*(?:计量)?单位\s*[:：][^)）]*[)）]?/g, "").trim();
}

/** The sheet's title: the first text above the header that is Chinese and not a unit note, without a unit note in it. */
export function sheetTitle(titleTexts: readonly string[]): string | undefined {
  const title = titleTexts.find((text) => !/^[(（]?单位[:：]/.test(text.trim()) && /[\u4e00-\u9fff]/.test(text));
  return title === undefined ? undefined : withoutUnitNote(title);
}
