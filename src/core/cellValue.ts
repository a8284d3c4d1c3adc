/**
 * Reading one cell value as statistics sheets hold it: numbers, numeric text ("1,234.5", "12.3%",
 * full-width "１２３", "37.57亿元"), blanks, dashes and Excel errors. Every reader of numbers in the
 * product goes through `readCellValue`, so the same text is read the same way everywhere.
 */

/** The raw value of a cell as Office.js, ExcelJS or a custom-function argument hands it over. */
export type RawCellValue = string | number | boolean | null | undefined;

export type CellReading =
  /** A number; `percent` when the text carried a % sign (the value is then already a fraction). */
  | { readonly kind: "number"; readonly value: number; readonly percent: boolean; readonly unit?: string }
  /** An empty cell or whitespace: missing data, never zero. */
  | { readonly kind: "blank" }
  /** "-", "—", "…", "/" and the like: the sheet says there is no figure. */
  | { readonly kind: "dash"; readonly text: string }
  /** An Excel error value such as "#DIV/0!". */
  | { readonly kind: "error"; readonly text: string }
  /** Text that is not a number. */
  | { readonly kind: "text"; readonly text: string }
  /** TRUE/FALSE: never a statistic. */
  | { readonly kind: "boolean"; readonly value: boolean };

const DASHES = new Set(["-", "--", "—", "——", "–", "－", "…", "……", "...", "/", "／", "\\", "x", "X", "×", "*"]);
const EXCEL_ERROR =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!)$/i;

/** Full-width digits and signs to ASCII, so "１２３．５" reads as 123.5. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ");
}

/** Unit suffixes that may follow a number in a cell ("37.57亿元", "11家"). */
const UNIT_SUFFIX =
  /^(亿美元|万美元|美元|亿元|万元|千元|元|亿|万|万人次|人次|万人|人|个|家|项|只|户|台|套|件|辆|亩|万平方米|平方米|平方公里|公顷|万吨|吨|千瓦时|万千瓦时|亿千瓦时|倍)$/;

const NUMBER_TEXT = /^([+-]?)(\d+(?:,\d{3})*(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?$/;

/** Reads a raw cell value. Never throws. */
export function readCellValue(raw: RawCellValue): CellReading {
  if (raw === null || raw === undefined) {
    return { kind: "blank" };
  }
  if (typeof raw === "number") {
    return Number.isFinite(raw) ? { kind: "number", value: raw, percent: false } : { kind: "text", text: String(raw) };
  }
  if (typeof raw === "boolean") {
    return { kind: "boolean", value: raw };
  }
  const original = raw;
  const spaced = toHalfWidth(original);
  // Spaces between digits would join two figures ("100 200") into one: such text is not a number.
  if (/[\d.,][\s\u00A0]+[\d.,]/.test(spaced.trim())) {
    return { kind: "text", text: original.trim() };
  }
  const text = spaced.replace(/[\s\u00A0]+/g, "");
  if (text === "") {
    return { kind: "blank" };
  }
  if (DASHES.has(text) || /^[-—–…·.]+$/.test(text)) {
    return { kind: "dash", text: original.trim() };
  }
  if (EXCEL_ERROR.test(text)) {
    return { kind: "error", text: text.toUpperCase() };
  }
  let body = text.replace(/[−﹣]/g, "-");
  let negative = false;
  // Accounting negatives "(12.3)".
  const parenthesised = /^\((.*)\)$/.exec(body);
  if (parenthesised?.[1] !== undefined) {
    body = parenthesised[1];
    negative = true;
  }
  let percent = false;
  if (body.endsWith("%")) {
    percent = true;
    body = body.slice(0, -1);
  } else if (body.endsWith("‰")) {
    body = body.slice(0, -1);
    const per = readPlainNumber(body, -3);
    return per === undefined
      ? { kind: "text", text: original.trim() }
      : { kind: "number", value: negative ? -per : per, percent: true };
  }
  let unit: string | undefined;
  const unitMatch = /^(.*?\d\.?)([^\d.,%]+)$/.exec(body);
  if (!percent && unitMatch?.[1] !== undefined && unitMatch[2] !== undefined && UNIT_SUFFIX.test(unitMatch[2])) {
    body = unitMatch[1];
    unit = unitMatch[2];
  }
  // Shift the decimal point in text so that "12.3%" is exactly 0.123, not 0.12300000000000001.
  const value = readPlainNumber(body, percent ? -2 : 0);
  if (value === undefined) {
    return { kind: "text", text: original.trim() };
  }
  const result = negative ? -value : value;
  return unit === undefined
    ? { kind: "number", value: result, percent }
    : { kind: "number", value: result, percent, unit };
}

/** The number written in `body`, times 10^shift (the shift is made on the exponent, so it is exact). */
function readPlainNumber(body: string, shift: number): number | undefined {
  const match = NUMBER_TEXT.exec(body);
  if (!match) {
    return undefined;
  }
  const exponent = Number(match[3] ?? "0") + shift;
  const value = Number((match[1] ?? "") + (match[2] ?? "").replace(/,/g, "") + "e" + String(exponent));
  return Number.isFinite(value) ? value : undefined;
}

/** The number in a reading, or undefined when the reading holds none. */
export function numberOf(reading: CellReading): number | undefined {
  return reading.kind === "number" ? reading.value : undefined;
}
