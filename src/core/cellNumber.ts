import { readCellValue, type RawCellValue } from "./cellValue";

/** Why a cell holds no usable number. */
export type CellNumberProblem = "missing" | "dash" | "error" | "text" | "boolean";

export type CellNumber =
  | { readonly ok: true; readonly value: number; readonly percent: boolean }
  | { readonly ok: false; readonly problem: CellNumberProblem; readonly message: string };

/**
 * The number in a cell, or a Chinese message naming the input (`label`, such as "上年同期数") and
 * what the cell held instead: 缺少上年同期数 / 缺少上年同期数(单元格为“—”) / 上年同期数“abc”不是数字.
 * Blanks are missing data, never zero. The wording is the one the custom functions and the report
 * warnings use.
 */
export function cellNumber(raw: RawCellValue, label: string): CellNumber {
  const reading = readCellValue(raw);
  switch (reading.kind) {
    case "number":
      return { ok: true, value: reading.value, percent: reading.percent };
    case "blank":
      return { ok: false, problem: "missing", message: `缺少${label}` };
    case "dash":
      return { ok: false, problem: "dash", message: `缺少${label}(单元格为“${reading.text}”)` };
    case "error":
      return { ok: false, problem: "error", message: `${label}是错误值${reading.text}` };
    case "boolean":
      return {
        ok: false,
        problem: "boolean",
        message: `${label}应为数字,不是${reading.value ? "TRUE" : "FALSE"}`,
      };
    case "text":
      return { ok: false, problem: "text", message: `${label}“${reading.text}”不是数字` };
  }
}
