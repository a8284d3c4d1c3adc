/**
 * Whether an Excel number format shows a date or a time ("yyyy-mm-dd", "m/d/yy", "[$-804]yyyy年m月d日",
 * "h:mm"): it holds a date or time code (y, m, d, h, s, e for the era year) outside quoted text, escaped
 * characters, bracketed codes ([Red], [$-804]) and the fill and spacing codes (*x, _x). "General" holds
 * none once its letters are read as a word.
 */
export function isDateFormat(pattern: string | undefined): boolean {
  if (pattern === undefined || pattern === "" || /^general$/i.test(pattern.trim()) || pattern === "@") return false;
  const codes = pattern
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[(?:h+|m+|s+)\]/gi, "h")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/general/gi, "")
    // Scientific notation (0.00E+00) is not an era year.
    .replace(/E[+-]/g, "");
  return /[ymdhse]/i.test(codes);
}
