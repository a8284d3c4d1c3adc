/**
 * The words the outputs print around the engine's text (zh-CN). Every renderer takes them from here:
 * the sheet's period line and heading, the Word report's table caption and notes.
 */
export const OUTPUT_LABELS = {
  /** Before the period: "统计期:1-9月". */
  period: "统计期:",
  /** The heading above the paragraphs on the summary sheet. */
  paragraphs: "文字材料",
} as const;

/** The period line of a summary: "统计期:1-9月". */
export function periodLine(periodLabel: string): string {
  return `${OUTPUT_LABELS.period}${periodLabel}`;
}
