import { readCellValue, type CellReading } from "../core/cellValue";
import { raise, type ErrorValue } from "./functionError";

/**
 * Reading the arguments of a custom function as Excel passes them: numbers, numeric text
 * ("1,234.5", "１２３", "12.3%"), blanks (null on the web and in omitted optional arguments),
 * booleans and error texts. Blank is missing data, never zero; what cannot be read is thrown as a
 * CustomFunctions.Error whose Chinese message names the argument (`label`).
 */

const ERROR_TEXTS: ReadonlySet<string> = new Set<ErrorValue>(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!"]);

/**
 * The reading of a raw argument. The metadata allows data types for "any" arguments, so a cell may
 * also arrive as a cell-value object ({ type: "Double", basicValue: 0.305, numberFormat: "0.0%" },
 * { type: "Error", basicValue: "#DIV/0!" }); its basic value is read. Arrays are not cell values.
 */
function readingOf(raw: unknown, label: string): CellReading {
  if (raw === null || raw === undefined || typeof raw === "string" || typeof raw === "number") {
    return readCellValue(raw);
  }
  if (typeof raw === "boolean") {
    return { kind: "boolean", value: raw };
  }
  if (typeof raw === "object" && !Array.isArray(raw) && "basicValue" in raw) {
    const cell = raw as { readonly type?: unknown; readonly basicValue: unknown };
    if (cell.type === "Error") {
      return { kind: "error", text: typeof cell.basicValue === "string" ? cell.basicValue : "#VALUE!" };
    }
    if (typeof cell.basicValue !== "object") {
      return readingOf(cell.basicValue, label);
    }
  }
  if (typeof raw === "object" && !Array.isArray(raw) && (raw as { type?: unknown }).type === "Empty") {
    return { kind: "blank" };
  }
  return raise("#VALUE!", `${label}应为单个单元格的值`);
}

type NumberReading = Extract<CellReading, { kind: "number" }>;

/** The error for a reading that holds no number, naming the argument. */
function raiseFor(reading: Exclude<CellReading, NumberReading>, label: string): never {
  switch (reading.kind) {
    case "blank":
      return raise("#N/A", `缺少${label}`);
    case "dash":
      return raise("#N/A", `缺少${label}(单元格为“${reading.text}”)`);
    case "error":
      return raise(
        ERROR_TEXTS.has(reading.text) ? (reading.text as ErrorValue) : "#VALUE!",
        `${label}是错误值${reading.text}`,
      );
    case "boolean":
      return raise("#VALUE!", `${label}应为数字,不是${reading.value ? "TRUE" : "FALSE"}`);
    case "text":
      return raise("#VALUE!", `${label}“${reading.text}”不是数字`);
  }
}

/** The reading when it holds a number, or the error for what it holds instead. */
function numberOrThrow(reading: CellReading, label: string): NumberReading {
  return reading.kind === "number" ? reading : raiseFor(reading, label);
}

/** A required number: blank gives #N/A "缺少{label}", text that is not a number #VALUE!. */
export function readNumber(raw: unknown, label: string): number {
  if (typeof raw === "number" && Number.isFinite(raw)) {
    return raw;
  }
  return numberOrThrow(readingOf(raw, label), label).value;
}

/**
 * A required number with what its text said besides: `percent` for "9.29%" (the value is then
 * already a fraction) and the unit of "37.57亿元".
 */
export function readNumberReading(raw: unknown, label: string): NumberReading {
  return numberOrThrow(readingOf(raw, label), label);
}

/** An optional number: undefined when blank or omitted; otherwise read as `readNumber` does. */
export function readOptionalNumber(raw: unknown, label: string): number | undefined {
  if (typeof raw === "number" && Number.isFinite(raw)) {
    return raw;
  }
  const reading = readingOf(raw, label);
  return reading.kind === "blank" ? undefined : numberOrThrow(reading, label).value;
}

/** The most decimals a phrase is printed with. */
export const MAX_DECIMALS = 10;

/** Decimals of a printed figure: `fallback` when omitted; a whole number from 0 to 10. */
export function readDecimals(raw: unknown, fallback: number): number {
  const value = readOptionalNumber(raw, "小数位数");
  if (value === undefined) {
    return fallback;
  }
  if (value < 0 || value > MAX_DECIMALS || !Number.isInteger(value)) {
    return raise("#VALUE!", `小数位数应为 0 到 ${MAX_DECIMALS} 的整数(现为${value})`);
  }
  return value;
}

/** A TRUE/FALSE switch: FALSE when omitted; TRUE/FALSE, 1/0 or the texts "TRUE"/"FALSE". */
export function readFlag(raw: unknown, label: string): boolean {
  if (raw === null || raw === undefined || raw === "") {
    return false;
  }
  if (typeof raw === "boolean") {
    return raw;
  }
  if (raw === 1 || raw === 0) {
    return raw === 1;
  }
  if (typeof raw === "string" && /^\s*(true|false)\s*$/i.test(raw)) {
    return raw.trim().toUpperCase() === "TRUE";
  }
  return raise("#VALUE!", `${label}应为 TRUE 或 FALSE(现为“${shown(raw)}”)`);
}

/**
 * Required text such as a name or a unit: blank or a dash gives #N/A "缺少{label}", an error text
 * its error, a number #VALUE!.
 */
export function readText(raw: unknown, label: string): string {
  if (typeof raw !== "string" && raw !== null && raw !== undefined) {
    return raise("#VALUE!", `${label}应为文字(现为“${shown(raw)}”)`);
  }
  const reading = readCellValue(raw);
  if (reading.kind === "blank" || reading.kind === "dash" || reading.kind === "error") {
    return raiseFor(reading, label);
  }
  return (raw ?? "").trim();
}

/** A raw argument as a message quotes it. */
function shown(raw: unknown): string {
  if (typeof raw === "string" || typeof raw === "number") {
    return String(raw);
  }
  if (typeof raw === "boolean") {
    return raw ? "TRUE" : "FALSE";
  }
  return "非单元格值";
}

/** True for an omitted argument, an empty cell (null) or text of spaces only. */
export function isBlankArgument(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "");
}
