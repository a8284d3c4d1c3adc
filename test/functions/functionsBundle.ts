/**
 * The built custom-functions bundle (dist/functions.js) loaded as Excel loads it: in a separate
 * JavaScript context with a stub `CustomFunctions` runtime (associate, Error, ErrorCode), and the
 * generated metadata (dist/functions.json). Build first with `npx webpack --mode production`.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";

export const DIST = join(__dirname, "..", "..", "dist");
export const BUNDLE_PATH = join(DIST, "functions.js");
export const METADATA_PATH = join(DIST, "functions.json");

/** CustomFunctions.ErrorCode as the Office runtime defines it. */
export const ERROR_CODE = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** The stub of CustomFunctions.Error: like Office's, an Error with a `code`. */
export class StubFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? "");
    this.name = "CustomFunctionError";
  }
}

export type CustomFunction = (...args: unknown[]) => unknown;

export interface LoadedBundle {
  /** Every associate call in order, as (id, function). */
  readonly associations: readonly (readonly [string, CustomFunction])[];
  /** The function associated with each id. */
  readonly byId: ReadonlyMap<string, CustomFunction>;
}

export interface MetadataParameter {
  readonly name: string;
  readonly description?: string;
  readonly type?: string;
  readonly optional?: boolean;
  readonly dimensionality?: string;
}

export interface MetadataFunction {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly parameters: readonly MetadataParameter[];
  readonly result: { readonly type?: string; readonly dimensionality?: string };
}

function bundleSource(): string {
  if (!existsSync(BUNDLE_PATH)) {
    throw new Error(`${BUNDLE_PATH} is missing: build it with "npx webpack --mode production" (npm test builds first)`);
  }
  return readFileSync(BUNDLE_PATH, "utf8");
}

/** Runs the bundle in a fresh context; `withRuntime: false` leaves CustomFunctions undefined. */
export function loadBundle(withRuntime = true): LoadedBundle {
  const associations: [string, CustomFunction][] = [];
  const sandbox: Record<string, unknown> = { console };
  if (withRuntime) {
    sandbox["CustomFunctions"] = {
      associate(id: string, fn: CustomFunction) {
        associations.push([id, fn]);
      },
      Error: StubFunctionError,
      ErrorCode: ERROR_CODE,
    };
  }
  runInContext(bundleSource(), createContext(sandbox), { filename: BUNDLE_PATH });
  return { associations, byId: new Map(associations) };
}

/** dist/functions.json's functions. */
export function loadMetadata(): readonly MetadataFunction[] {
  const parsed = JSON.parse(readFileSync(METADATA_PATH, "utf8")) as { functions: MetadataFunction[] };
  return parsed.functions;
}

/** What a cell shows after a call: the value, or the error with its code and message. */
export type Outcome = { readonly value: unknown } | { readonly error: string; readonly message: string | undefined };

/** Calls a function as Excel does and says what the cell gets. Anything but a CustomFunctions.Error rethrows. */
export function outcome(fn: CustomFunction, args: readonly unknown[]): Outcome {
  try {
    return { value: fn(...args) };
  } catch (error) {
    if (error instanceof StubFunctionError) {
      return { error: error.code, message: error.message === "" ? undefined : error.message };
    }
    throw error;
  }
}
