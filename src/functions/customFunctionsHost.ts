/**
 * The `CustomFunctions` runtime of the host, looked up when it is needed rather than when the bundle
 * loads, so the functions bundle also loads where there is none (a plain browser, Node) and a stub
 * installed by tests is found.
 */

/** The part of the runtime the functions use. */
export interface CustomFunctionsRuntime {
  readonly associate: (id: string, functionObject: (...args: never[]) => unknown) => void;
  readonly Error: new (code: CustomFunctions.ErrorCode, message?: string) => CustomFunctions.Error;
}

/** The host's runtime, or undefined where the page runs outside Excel. */
export function customFunctionsHost(): CustomFunctionsRuntime | undefined {
  return (globalThis as { CustomFunctions?: CustomFunctionsRuntime }).CustomFunctions;
}
