import { WorkbookAdvice } from "../WorkbookAdvice";

/**
 * What the user should do for the Excel errors a statistician meets, by their code
 * (OfficeExtension.Error.code; Office's own message is localized and not meant for users).
 */
const ADVICE_BY_CODE: Readonly<Record<string, string>> = {
  ResponsePayloadSizeLimitExceeded:
    "表格太大,超出了Excel单次读取的上限(5 MB)。请只选中指标表所在的区域,打开“仅分析选中区域”后点“重新识别”。",
  InvalidSelection: "选中的是多个不连续的区域,请只选中指标表所在的一个连续区域后重试。",
  AccessDenied:
    "工作簿受保护或是只读的,统计助手不能新建或删除工作表。请在“审阅”选项卡中点“保护工作簿”撤消保护(或另存一份可以编辑的副本),然后重试。(AccessDenied)",
  InvalidOperationInCellEditMode:
    "Excel 正在编辑一个单元格。请按 Enter 或 Esc 结束编辑,然后重试。(InvalidOperationInCellEditMode)",
};

/** The code of an Office.js error, or undefined for anything else. */
export function officeErrorCode(error: unknown): string | undefined {
  const code = (error as { readonly code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/**
 * An error of Excel as the user should read it: a WorkbookAdvice for the codes above (Excel's error as its
 * cause), otherwise the error as it is (the pane then gives its general advice with Excel's words).
 */
export function officeAdvice(error: unknown): unknown {
  const code = officeErrorCode(error);
  const advice = code === undefined ? undefined : ADVICE_BY_CODE[code];
  return advice === undefined ? error : new WorkbookAdvice(advice, { cause: error, code });
}
