import { cellNumber } from "../core/cellNumber";
import { readCellValue, type CellReading, type RawCellValue } from "../core/cellValue";
import { raise, type ErrorValue } from "./functionError";

/**
 * Reading the arguments of a custom function as Excel passes them: numbers, numeric text
 * ("1,234.5", "１２３", "12.3%"), blanks (null on the web and in omitted optional arguments),
 * booleans and error texts. Blank is missing data, never zero; what cannot be read is thrown as a
 * CustomFunctions.Error with core's Chinese message naming the argument (`label`).
 */

const ERROR_TEXTS: ReadonlySet<string> = new Set<ErrorValue>(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!"]);

/**
 * The cell value of a raw argument. The metadata allows data types for "any" arguments, so a cell
 * may also arrive as a cell-value object ({ type: "Double", basicValue: 0.305, numberFormat: "0.0%" },
 * { type: "Error", basicValue: "#DIV/0!" }); its basic value is taken. Arrays are not cell values.
 */
export function cellValueOf(raw: unknown, label: string): RawCellValue {
  if (raw === null || raw === undefined || typeof raw === "string" || typeof raw === "number") {
    return raw;
  }
  if (typeof raw === "boolean") {
    return raw;
  }
  if (typeof raw === "object" && !Array.isArray(raw)) {
    const cell = raw as { readonly type?: unknown; readonly basicValue?: unknown };
    if (cell.type === "Error") {
      return typeof cell.basicValue === "string" ? cell.basicValue : "#VALUE!";
    }
    if (cell.type === "Empty") {
      return null;
    }
    if ("basicValue" in cell && typeof cell.basicValue !== "object" && typeof cell.basicValue !== "function") {
      return cellValueOf(cell.basicValue, label);
    }
  }
  return raise("#VALUE!", `${label}应为单个单元格的值`);
}

type NumberReading = Extract<CellReading, { kind: "number" }>;

/**
 * The error for a cell that holds no number: #N/A for missing data (blank, "—"), the cell's own
 * error for an error value, #VALUE! otherwise; the message is core's (缺少上年同期数 …).
 */
function raiseFor(cell: RawCellValue, reading: Exclude<CellReading, NumberReading>, label: string): never {
  const checked = cellNumber(cell, label);
  const message = checked.ok ? `${label}不是数字` : checked.message;
  switch (reading.kind) {
    case "blank":
    case "dash":
      return raise("#N/A", message);
    case "error":
      return raise(ERROR_TEXTS.has(reading.text) ? (reading.text as ErrorValue) : "#VALUE!", message);
    case "boolean":
    case "text":
      return raise("#VALUE!", message);
  }
}

/**
 * A required number with what its text said besides: `percent` for "9.29%" (the value is then
 * already a fraction) and the unit of "37.57亿元"; the error for what the cell holds instead.
 */
export function readNumberReading(raw: unknown, label: string): NumberReading {
  const cell = cellValueOf(raw, label);
  const reading = readCellValue(cell);
  return reading.kind === "number" ? reading : raiseFor(cell, reading, label);
}

/** A required number: blank gives #N/A "缺少{label}", text that is not a number #VALUE!. */
export function readNumber(raw: unknown, label: string): number {
  if (typeof raw === "number" && Number.isFinite(raw)) {
    return raw;
  }
  return readNumberReading(raw, label).value;
}

/** An optional number: undefined when blank, a dash or omitted; otherwise read as `readNumber` does. */
export function readOptionalNumber(raw: unknown, label: string): number | undefined {
  if (typeof raw === "number" && Number.isFinite(raw)) {
    return raw;
  }
  return readOptionalNumberReading(raw, label)?.value;
}

/** An optional number with what its text said besides (see `readNumberReading`); undefined when not given. */
export function readOptionalNumberReading(raw: unknown, label: string): NumberReading | undefined {
  const cell = cellValueOf(raw, label);
  const reading = readCellValue(cell);
  if (reading.kind === "number") {
    return reading;
  }
  // A dash in an optional argument ("—" in a growth column) says the figure is not given.
  return reading.kind === "blank" || reading.kind === "dash" ? undefined : raiseFor(cell, reading, label);
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

/** A TRUE/FALSE switch: `fallback` (FALSE unless given) when omitted; TRUE/FALSE, 1/0 or the texts "TRUE"/"FALSE". */
export function readFlag(raw: unknown, label: string, fallback = false): boolean {
  if (raw === null || raw === undefined || raw === "") {
    return fallback;
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
    return raiseFor(raw, reading, label);
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
