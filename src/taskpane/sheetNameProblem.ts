/** Excel's rules for a sheet name: what is wrong with `name` in Chinese, or undefined when Excel accepts it. */
export function sheetNameProblem(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === "") return "请填写汇总表的工作表名称";
  if (trimmed.length > 31) return `工作表名称最多31个字符,现在有${trimmed.length}个`;
  const bad = /[:\\/?*[\]]/.exec(trimmed);
  if (bad !== null) return `工作表名称不能包含字符“${bad[0]}”(不能用 : \\ / ? * [ ])`;
  if (trimmed.startsWith("'") || trimmed.endsWith("'")) return "工作表名称不能以单引号开头或结尾";
  if (trimmed === "历史记录" || trimmed.toLowerCase() === "history") return "“历史记录”(History)是 Excel 保留的名称";
  return undefined;
}
