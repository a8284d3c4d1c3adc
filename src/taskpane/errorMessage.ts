import { ReportError } from "../report/types";
import { WorkbookAdvice } from "../workbook/WorkbookAdvice";
import type { PaneMessage } from "./paneMessage";

/** What the user can do when the sheet holds no readable indicator table, by the engine's error code. */
export type SheetAdvice = Readonly<Record<ReportError["code"], string>>;

/** In Excel: switch sheets, select the table, or insert the template. */
export const SHEET_ADVICE: SheetAdvice = {
  "empty-sheet": "请切换到指标表所在的工作表后点“重新识别”;也可以点“插入标准指标表”,填好数据后再识别。",
  "no-header": "请切换到指标表所在的工作表,或选中含表头的区域并打开“仅分析选中区域”,然后点“重新识别”。",
  "no-indicators": "请检查表头下面是否有指标行,或在“各列的含义”中重新指定列后再试。",
  "place-not-found": "请改用表中列出的地区名称。",
};

/** On the web page: choose another sheet of the file, or correct the file in Excel or WPS and pick it again. */
export const WEB_SHEET_ADVICE: SheetAdvice = {
  "empty-sheet": "请在“工作表”中选择指标表所在的工作表;如果文件里还没有指标表,请在 Excel 或 WPS 中填好后重新选择文件。",
  "no-header":
    "请在“工作表”中选择指标表所在的工作表;如果表头不是“指标名称”“本期”等列名,请在 Excel 或 WPS 中改正后重新选择文件。",
  "no-indicators": SHEET_ADVICE["no-indicators"],
  "place-not-found": SHEET_ADVICE["place-not-found"],
};

/**
 * A Chinese message for an error of the engine or of Excel, saying what happened (`action` names the
 * step: "读取工作表", "生成汇总表"…) and what to do.
 */
export function errorMessage(error: unknown, action: string, advice: SheetAdvice = SHEET_ADVICE): PaneMessage {
  if (error instanceof ReportError) {
    return { intent: "error", title: "没有识别出指标表", body: `${error.message}。${advice[error.code]}` };
  }
  if (error instanceof WorkbookAdvice) {
    // The adapter's own messages are Chinese and already say what to do.
    return { intent: "error", title: `${action}失败`, body: error.message };
  }
  const text = error instanceof Error ? error.message.trim() : "";
  const detail = text === "" ? "" : `(${text})`;
  return {
    intent: "error",
    title: `${action}失败`,
    body: `Excel 没有完成这一步${detail}。请确认没有正在编辑的单元格(按 Esc 退出编辑),然后重试;如果仍然失败,请保存工作簿后重新打开统计助手。`,
  };
}
