import { MAX_SHEET_NAME_LENGTH, sameSheetName } from "../workbook/sheetName";

/**
 * Excel's rules for a sheet name (as src/workbook/sheetName.ts applies them when writing), phrased for
 * the pane's name field: what is wrong with `name` in Chinese, naming the character or the count, or
 * undefined when Excel accepts it. The name is checked as it will be written, without surrounding spaces.
 */
export function sheetNameProblem(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === "") return "请填写汇总表的工作表名称";
  // Counted as Excel and the writer count: a character outside the BMP is one character.
  const length = [...trimmed].length;
  if (length > MAX_SHEET_NAME_LENGTH) return `工作表名称最多${MAX_SHEET_NAME_LENGTH}个字符,现在有${length}个`;
  const bad = /[:\\/?*[\]]/.exec(trimmed);
  if (bad !== null) return `工作表名称不能包含字符“${bad[0]}”(不能用 : \\ / ? * [ ])`;
  if (trimmed.startsWith("'") || trimmed.endsWith("'")) return "工作表名称不能以单引号开头或结尾";
  if (trimmed === "历史记录" || sameSheetName(trimmed, "History")) return "“历史记录”(History)是 Excel 保留的名称";
  return undefined;
}
