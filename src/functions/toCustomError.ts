import { functionError, isFunctionError, type FunctionError } from "./functionError";

/**
 * Whatever a function threw, as the error Excel should show: a `CustomFunctions.Error` passes
 * unchanged; anything else (a bug) becomes #VALUE! with a Chinese message instead of an unexplained
 * #VALUE!, so no other exception ever leaves a function.
 */
export function toCustomError(error: unknown): FunctionError {
  if (isFunctionError(error)) {
    return error;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return functionError("#VALUE!", `统计助手计算出错:${detail}`);
}

/** Throws what `toCustomError` makes of `error`: the end of every function's catch block. */
export function throwAsCustomError(error: unknown): never {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- Excel's CustomFunctions.Error is thrown as is.
  throw toCustomError(error);
}
