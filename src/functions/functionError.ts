import { customFunctionsHost } from "./customFunctionsHost";

/** Excel error values a function can return, as CustomFunctions.ErrorCode spells them. */
export type ErrorValue = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!";

/** Excel shows a custom message only for #VALUE! and #N/A; the other codes take none. */
const CODES_WITH_MESSAGE: ReadonlySet<ErrorValue> = new Set<ErrorValue>(["#VALUE!", "#N/A"]);

/** What is thrown where no runtime exists (a plain browser): the same shape as CustomFunctions.Error. */
export class DetachedFunctionError extends Error {
  constructor(
    readonly code: ErrorValue,
    message?: string,
  ) {
    super(message ?? code);
    this.name = "DetachedFunctionError";
  }
}

export type FunctionError = CustomFunctions.Error | DetachedFunctionError;

/** A `CustomFunctions.Error` for `code`, with `message` where Excel can show one. */
export function functionError(code: ErrorValue, message: string): FunctionError {
  const host = customFunctionsHost();
  const shown = CODES_WITH_MESSAGE.has(code) ? message : undefined;
  if (host === undefined) {
    return new DetachedFunctionError(code, shown);
  }
  // The enum's values are the error texts themselves ("#N/A"), so the text is the code.
  const errorCode = code as CustomFunctions.ErrorCode;
  return shown === undefined ? new host.Error(errorCode) : new host.Error(errorCode, shown);
}

/**
 * Throws the `CustomFunctions.Error` for `code`. Every error of the functions leaves through here:
 * Excel expects that object thrown, and its declared type does not extend Error.
 */
export function raise(code: ErrorValue, message: string): never {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- Excel's CustomFunctions.Error is thrown as is.
  throw functionError(code, message);
}

/** True when `error` is what `functionError` makes, so it may leave a function as it is. */
export function isFunctionError(error: unknown): error is FunctionError {
  const host = customFunctionsHost();
  return error instanceof DetachedFunctionError || (host !== undefined && error instanceof host.Error);
}
