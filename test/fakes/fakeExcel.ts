/**
 * A strict in-repo fake of the part of Office.js that 统计助手 uses, for Jest and for browser pages.
 * Pure TypeScript, no Node imports.
 *
 * In Jest, build a host for the adapter:
 *
 *     const workbook = new FakeWorkbook();                 // or new FakeWorkbook({ excelApi: "1.12" })
 *     workbook.addGridSheet(toGrid(fixture));              // a user's sheet
 *     const port = new OfficeWorkbookPort(fakeOfficeHost(workbook));
 *     await port.writeSummary(...);
 *     workbook.syncCount; workbook.requests; workbook.sheet("指标汇总")?.grid();
 *
 * In a browser page (end-to-end tests), bundle this file and call, before the add-in's scripts start:
 *
 *     installFakeOffice(globalThis, workbook, { theme: "dark" });
 *
 * It defines `Excel.run` and the parts of `Office` the pane uses: Office.onReady (resolves with host
 * Excel), Office.context.requirements.isSetSupported, Office.context.document.settings (get, set,
 * remove, saveAsync), Office.context.officeTheme, Office.context.displayLanguage, Office.HostType,
 * Office.PlatformType and Office.AsyncResultStatus. If Office.js itself was loaded first, the fake
 * replaces those members on the existing `Office` object in place (accessors become plain values), as
 * a page's `var Office` cannot be redefined.
 *
 * What it enforces, as Office does: operations are queued and run only at `context.sync()`, in order;
 * reading a property that was not loaded and synced throws PropertyNotLoaded; proxies are not values
 * (assigning one throws); written arrays must match the range; sheet names follow Excel's rules
 * (InvalidArgument) and must be unique regardless of case (ItemAlreadyExists); getItem of a missing
 * sheet fails the sync with ItemNotFound, getItemOrNullObject gives isNullObject after the sync; a
 * request or response over 5 MB fails with RequestPayloadSizeLimitExceeded /
 * ResponsePayloadSizeLimitExceeded; objects of a finished Excel.run cannot be used (InvalidObjectPath).
 * Stricter than Office: a batch that ends with operations never sent by a sync fails, and the fake
 * does not calculate (a formula cell reads back as value "").
 */
import { FakeRequestContext } from "./fakeRequestContext";
import type { FakeWorkbook } from "./fakeWorkbook";
import type { OfficeHost, RequestContextSubset } from "../../src/workbook/office/excelSubset";

export { FakeWorkbook, FakeSheet } from "./fakeWorkbook";
export { FakeOfficeError } from "./fakeOfficeError";
export { FakeRequestContext, FAKE_PAYLOAD_LIMIT } from "./fakeRequestContext";

export interface FakeRunOptions {
  mergeUndoGroup?: boolean;
  delayForCellEdit?: boolean;
}

/** The fake `Excel` namespace: run(batch) or run(options, batch). */
export interface FakeExcel {
  run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
  run<T>(options: FakeRunOptions, batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
}

export function createFakeExcel(workbook: FakeWorkbook): FakeExcel {
  async function run<T>(
    first: FakeRunOptions | ((context: FakeRequestContext) => Promise<T>),
    second?: (context: FakeRequestContext) => Promise<T>,
  ): Promise<T> {
    const options = typeof first === "function" ? {} : first;
    const batch = typeof first === "function" ? first : second;
    if (batch === undefined) throw new TypeError("Excel.run needs a batch function");
    // Hosts without the api set ignore the option: it is recorded only where it takes effect.
    const recorded: { mergeUndoGroup?: boolean; delayForCellEdit?: boolean } = {};
    if (options.mergeUndoGroup !== undefined && workbook.isSetSupported("ExcelApi", "1.20")) {
      recorded.mergeUndoGroup = options.mergeUndoGroup;
    }
    if (options.delayForCellEdit !== undefined && workbook.isSetSupported("ExcelApi", "1.11")) {
      recorded.delayForCellEdit = options.delayForCellEdit;
    }
    workbook.runs.push(recorded);
    const context = new FakeRequestContext(workbook);
    try {
      const result = await batch(context);
      if (context.pending > 0) {
        throw new Error(
          `fake Excel: the batch ended with ${context.pending} queued operations that no context.sync() sent`,
        );
      }
      return result;
    } finally {
      context.close();
    }
  }
  return { run };
}

/** The result handed to an Office async callback. */
export interface FakeAsyncResult {
  readonly status: "succeeded" | "failed";
  readonly value: undefined;
  readonly error: { readonly code: number; readonly name: string; readonly message: string } | null;
  readonly asyncContext: unknown;
}

/**
 * Office.context.document.settings: values are kept as JSON (as Office stores them), changes live in
 * memory until saveAsync writes them into the document (FakeWorkbook.savedSettings).
 */
export class FakeSettings {
  private readonly values = new Map<string, string>();

  constructor(private readonly workbook: FakeWorkbook) {
    for (const [name, json] of Object.entries(workbook.savedSettings)) this.values.set(name, json);
  }

  get(name: string): unknown {
    const json = this.values.get(name);
    return json === undefined ? null : (JSON.parse(json) as unknown);
  }

  set(name: string, value: unknown): void {
    const json = JSON.stringify(value);
    if (json === undefined) throw new Error("Office settings hold JSON values only");
    this.values.set(name, json);
  }

  remove(name: string): void {
    this.values.delete(name);
  }

  saveAsync(first?: unknown, second?: unknown): void {
    const callback = (typeof first === "function" ? first : second) as ((result: FakeAsyncResult) => void) | undefined;
    const failed = this.workbook.failSettingsSave;
    if (!failed) this.workbook.savedSettings = Object.fromEntries(this.values);
    queueMicrotask(() =>
      callback?.({
        status: failed ? "failed" : "succeeded",
        value: undefined,
        error: failed ? { code: 5010, name: "Settings save failed", message: "The document is read-only." } : null,
        asyncContext: undefined,
      }),
    );
  }
}

/** The adapter's host over a fake workbook (what officeHostFromGlobals gives in Excel). */
export function fakeOfficeHost(
  workbook: FakeWorkbook,
  settings: FakeSettings = new FakeSettings(workbook),
): OfficeHost {
  const excel = createFakeExcel(workbook);
  return {
    excel: {
      run: <T>(options: FakeRunOptions, batch: (context: RequestContextSubset) => Promise<T>) =>
        excel.run(options, (context) => batch(context)),
    },
    settings,
    isSetSupported: (name, version) => workbook.isSetSupported(name, version),
  };
}

export interface InstallOptions {
  readonly theme?: "light" | "dark";
  /** Office.context.platform: Excel on the web (the default, where a pane may download) or Windows. */
  readonly platform?: "OfficeOnline" | "PC";
}

const THEMES = {
  light: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#000000",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#000000",
  },
  dark: {
    bodyBackgroundColor: "#262626",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#363636",
    controlForegroundColor: "#FFFFFF",
  },
} as const;

/** Defines `Excel` and the parts of `Office` the pane uses on `target` (a window, or globalThis in Jest). */
export function installFakeOffice(
  target: typeof globalThis,
  workbook: FakeWorkbook,
  options: InstallOptions = {},
): { settings: FakeSettings } {
  const settings = new FakeSettings(workbook);
  const platform = options.platform ?? "OfficeOnline";
  const host = { host: "Excel", platform };
  const existing = (target as unknown as { Office?: Record<string, unknown> }).Office;
  const office = existing ?? {};
  const members: Record<string, unknown> = {
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: (callback?: (info: typeof host) => void) => {
      callback?.(host);
      return Promise.resolve(host);
    },
    context: {
      host: "Excel",
      platform,
      displayLanguage: "zh-CN",
      contentLanguage: "zh-CN",
      officeTheme: THEMES[options.theme ?? "light"],
      requirements: {
        isSetSupported: (name: string, version?: string) => workbook.isSetSupported(name, version ?? "1.1"),
      },
      document: { settings },
    },
  };
  // Office.js defines some members as accessors (Office.context): they become plain values.
  for (const [name, value] of Object.entries(members)) {
    Object.defineProperty(office, name, { value, writable: true, configurable: true, enumerable: true });
  }
  // A page's `var Office` cannot be redefined: an existing Office object is filled in place.
  if (existing === undefined) {
    Object.defineProperty(target, "Office", { value: office, configurable: true, writable: true });
  }
  Object.defineProperty(target, "Excel", { value: createFakeExcel(workbook), configurable: true, writable: true });
  return { settings };
}
