/** Calling the registered functions of the built bundle by id, as Excel does. */
import { loadBundle, outcome, type Outcome } from "./functionsBundle";

const bundle = loadBundle();

/** What the cell gets for `=TJ.<id>(args…)`. */
export function call(id: string, ...args: readonly unknown[]): Outcome {
  const fn = bundle.byId.get(id);
  if (fn === undefined) {
    throw new Error(`TJ.${id} is not associated`);
  }
  return outcome(fn, args);
}

/** The value of a call that must succeed. */
export function valueOf(id: string, ...args: readonly unknown[]): unknown {
  const result = call(id, ...args);
  if (!("value" in result)) {
    throw new Error(`TJ.${id}(${args.map((a) => JSON.stringify(a)).join(",")}) gave ${result.error} ${result.message}`);
  }
  return result.value;
}

/** The number of a call that must succeed with a number. */
export function numberOf(id: string, ...args: readonly unknown[]): number {
  const value = valueOf(id, ...args);
  if (typeof value !== "number") {
    throw new Error(`TJ.${id} returned ${typeof value}, not a number`);
  }
  return value;
}

/** The ids of the bundle. */
export const IDS = [...bundle.byId.keys()];
