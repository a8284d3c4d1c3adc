import type { WorkbookPort } from "../workbook/workbookPort";

/**
 * Dependency injection point until the Office.js adapter (src/workbook/office) lands: index.tsx
 * passes a factory of WorkbookPort to startPane; this one only says the adapter is missing.
 */
export function officeWorkbookPortPending(): WorkbookPort {
  const missing = (): Promise<never> => Promise.reject(new Error("此版本缺少 Excel 读写模块"));
  return {
    readSource: missing,
    writeSummary: missing,
    deleteGenerated: missing,
    insertTemplate: missing,
    selectCell: missing,
    loadSettings: () => Promise.resolve(undefined),
    saveSettings: () => Promise.resolve(),
  };
}
