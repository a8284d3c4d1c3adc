import { ReportError } from "../report/types";
import { WorkbookAdvice } from "../workbook/WorkbookAdvice";
import type { PaneMessage } from "./paneMessage";

/** What the user can do when the sheet holds no readable indicator table. */
const SHEET_ADVICE: Readonly<Record<ReportError["code"], string>> = {
  "empty-sheet": "请切换到指标表所在的工作表后点“重新识别”;也可以点“插入标准指标表”,填好数据后再识别。",
  "no-header": "请切换到指标表所在的工作表,或选中含表头的区域并打开“仅分析选中区域”,然后点“重新识别”。",
  "no-indicators": "请检查表头下面是否有指标行,或在“各列的含义”中重新指定列后再试。",
};

/**
 * What to do for the Excel errors a statistician meets, by their code (OfficeExtension.Error.code; Office's
 * message is localized and not meant for users). Other codes get the general advice.
 */
const EXCEL_ADVICE: Readonly<Record<string, string>> = {
  AccessDenied:
    "工作簿受保护或是只读的,统计助手不能新建或删除工作表。请在“审阅”选项卡中点“保护工作簿”撤消保护(或另存一份可以编辑的副本),然后重试。",
  InvalidOperationInCellEditMode: "Excel 正在编辑一个单元格。请按 Enter 或 Esc 结束编辑,然后重试。",
};

/**
 * A Chinese message for an error of the engine or of Excel, saying what happened (`action` names the
 * step: "读取工作表", "生成汇总表"…) and what to do.
 */
export function errorMessage(error: unknown, action: string): PaneMessage {
  if (error instanceof ReportError) {
    return { intent: "error", title: "没有识别出指标表", body: `${error.message}。${SHEET_ADVICE[error.code]}` };
  }
  if (error instanceof WorkbookAdvice) {
    // The adapter's own messages are Chinese and already say what to do.
    return { intent: "error", title: `${action}失败`, body: error.message };
  }
  const text = error instanceof Error ? error.message.trim() : "";
  const code = (error as { readonly code?: unknown } | null)?.code;
  const advice = typeof code === "string" ? EXCEL_ADVICE[code] : undefined;
  if (advice !== undefined) {
    return { intent: "error", title: `${action}失败`, body: `${advice}(${code as string})` };
  }
  const detail = text === "" ? "" : `(${text})`;
  return {
    intent: "error",
    title: `${action}失败`,
    body: `Excel 没有完成这一步${detail}。请确认没有正在编辑的单元格(按 Esc 退出编辑),然后重试;如果仍然失败,请保存工作簿后重新打开统计助手。`,
  };
}
