import type { DocumentSettingsSubset } from "./excelSubset";
import { WorkbookAdvice } from "../WorkbookAdvice";

/**
 * Which sheets the add-in generated. They are recorded in the workbook's document settings
 * (Office.context.document.settings, saved inside the file) by worksheet id, with the name that was
 * asked for when each was written:
 * - worksheet ids (ExcelApi 1.1) and document settings work on every Excel that runs the add-in
 *   (Windows, Mac, web), while worksheet custom properties need ExcelApi 1.12 and a hidden marker cell
 *   would be a visible change a user could edit or copy;
 * - an id survives a rename, and a copy of a generated sheet gets a new id, so a copy the user made
 *   is theirs and is never replaced or deleted;
 * - the wished name lets regenerating replace the sheet this wish produced, also when it had to be
 *   named "指标汇总 (2)" because the user owns a sheet named 指标汇总.
 */

export const GENERATED_SHEETS_KEY = "tongji.generatedSheets";

/** Worksheet id -> the sheet name asked for when it was generated. */
export type GeneratedSheets = Readonly<Record<string, string>>;

/** The record as stored, ignoring anything malformed (an older version, a hand-edited file). */
export function readGeneratedSheets(settings: DocumentSettingsSubset): GeneratedSheets {
  const stored = settings.get(GENERATED_SHEETS_KEY);
  if (stored === null || typeof stored !== "object" || Array.isArray(stored)) return {};
  const out: Record<string, string> = {};
  for (const [id, wish] of Object.entries(stored as Record<string, unknown>)) {
    if (typeof wish === "string") out[id] = wish;
  }
  return out;
}

/** Stores the record and saves the settings into the document. */
export function saveSettingsAsync(settings: DocumentSettingsSubset): Promise<void> {
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === "succeeded") resolve();
      else
        reject(
          new WorkbookAdvice(
            `无法把设置保存到工作簿:${result.error?.message ?? "未知原因"}。请检查工作簿是否为只读后重试。`,
          ),
        );
    });
  });
}

export function writeGeneratedSheets(settings: DocumentSettingsSubset, sheets: GeneratedSheets): Promise<void> {
  settings.set(GENERATED_SHEETS_KEY, sheets);
  return saveSettingsAsync(settings);
}
