import { NonFiniteError } from "../core/nonFiniteError";
import { functionError, isFunctionError, type FunctionError } from "./functionError";

/**
 * Whatever a function threw, as the error Excel should show: a `CustomFunctions.Error` passes
 * unchanged; a phrase that refused to print Infinity or NaN becomes #VALUE! with core's own words
 * (数值过大,无法计算: #NUM! could not show them); anything else (a bug) becomes #VALUE! with a Chinese
 * message that says the program failed and whom to tell (the program's own words in brackets, for whoever
 * fixes it), so no other exception ever leaves a function.
 */
export function toCustomError(error: unknown): FunctionError {
  if (isFunctionError(error)) {
    return error;
  }
  if (error instanceof NonFiniteError) {
    return functionError("#VALUE!", error.message);
  }
  const detail = (error instanceof Error ? error.message : String(error)).trim();
  return functionError(
    "#VALUE!",
    `统计助手出现了程序问题,没能算出结果${detail === "" ? "" : `(${detail})`}。请把这个公式和它引用的数发给维护人员。`,
  );
}

/** What `compute` returns, or what `toCustomError` makes of whatever it throws: the body of every function. */
export function withCustomErrors<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- Excel's CustomFunctions.Error is thrown as is.
    throw toCustomError(error);
  }
}
