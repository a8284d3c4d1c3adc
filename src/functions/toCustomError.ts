import { NonFiniteError } from "../core/nonFiniteError";
import { functionError, isFunctionError, type FunctionError } from "./functionError";

/**
 * Whatever a function threw, as the error Excel should show: a `CustomFunctions.Error` passes
 * unchanged; a phrase that refused to print Infinity or NaN becomes #VALUE! with core's own words
 * (数值过大,无法计算: #NUM! could not show them); anything else (a bug) becomes #VALUE! with a Chinese
 * message instead of an unexplained #VALUE!, so no other exception ever leaves a function.
 */
export function toCustomError(error: unknown): FunctionError {
  if (isFunctionError(error)) {
    return error;
  }
  if (error instanceof NonFiniteError) {
    return functionError("#VALUE!", error.message);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return functionError("#VALUE!", `统计助手计算出错:${detail}`);
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
