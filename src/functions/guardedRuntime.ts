import { customFunctionsHost, type CustomFunctionsRuntime } from "./customFunctionsHost";

/**
 * `associate` that reaches the host's CustomFunctions runtime when there is one and does nothing
 * where there is none (a plain browser, Node), so the functions bundle loads everywhere.
 */
export const guardedRuntime: Pick<CustomFunctionsRuntime, "associate"> = {
  associate(id, functionObject) {
    customFunctionsHost()?.associate(id, functionObject);
  },
};
