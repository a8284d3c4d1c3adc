import { customFunctionsHost, type CustomFunctionsRuntime } from "./customFunctionsHost";

/** Ids this binding has handed to the host, with their functions. */
const associated = new Map<string, unknown>();

/**
 * `associate` that reaches the host's CustomFunctions runtime when there is one and does nothing
 * where there is none (a plain browser, Node), so the functions bundle loads everywhere. The same
 * id and function associated again is skipped: the metadata plugin appends its own associate lines
 * to functions.ts, and Office warns "[DuplicatedName]" on a second association.
 */
export const guardedRuntime: Pick<CustomFunctionsRuntime, "associate"> = {
  associate(id, functionObject) {
    const host = customFunctionsHost();
    if (host === undefined || associated.get(id) === functionObject) {
      return;
    }
    associated.set(id, functionObject);
    host.associate(id, functionObject);
  },
};
