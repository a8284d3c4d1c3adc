import type { OfficeHost } from "./excelSubset";

/** The host of the running add-in: the global `Excel` and `Office` that Office.js (or a test's fake) defines. */
export function officeHostFromGlobals(): OfficeHost {
  const settings = Office.context.document.settings;
  return {
    excel: Excel,
    settings: {
      get: (name) => settings.get(name) as unknown,
      set: (name, value) => settings.set(name, value),
      remove: (name) => settings.remove(name),
      saveAsync: (callback) =>
        settings.saveAsync((result) => callback?.({ status: String(result.status), error: result.error ?? null })),
    },
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    ...(typeof Office.context.platform === "string" ? { platform: Office.context.platform } : {}),
  };
}
