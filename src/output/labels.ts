/**
 * The words the outputs print around the engine's text (zh-CN). Every renderer takes them from here:
 * the sheet's period line and heading, the Word report's table caption and notes.
 */
export const OUTPUT_LABELS = {
  /** Before the period: "统计期:1-9月". */
  period: "统计期:",
  /** The heading above the paragraphs on the summary sheet. */
  paragraphs: "文字材料",
  /** Before the title of the nth table: "表1 开发区2018年主要经济指标完成情况", "表2 社会消费品零售总额分地区排名". */
  numberedTable: "表{n} ",
  /** What a table title ends with when the sheet's title does not say it. */
  tableSubject: "完成情况",
  /** Before the first note (a warning) under the Word report's table. */
  notes: "说明:",
} as const;

/** The period line of a summary: "统计期:1-9月". */
export function periodLine(periodLabel: string): string {
  return `${OUTPUT_LABELS.period}${periodLabel}`;
}

/**
 * The title of the Word report's table, from the document's title: "表1 " and the title without a
 * trailing "表", with "完成情况" added to a title that ends at "指标" ("…主要经济指标" -> "…主要经济指标完成情况").
 */
export function tableCaption(title: string): string {
  const subject = title.replace(/表$/, "");
  const complete = /指标$/.test(subject) ? `${subject}${OUTPUT_LABELS.tableSubject}` : subject;
  return numberedCaption(1, complete);
}

/** The caption of the nth of several tables: "表2 社会消费品零售总额分地区排名". */
export function numberedCaption(n: number, title: string): string {
  return `${OUTPUT_LABELS.numberedTable.replace("{n}", String(n))}${title}`;
}
