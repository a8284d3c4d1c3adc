import type { WorkbookPort } from "../workbook/workbookPort";
import { legacyWebviewMessage } from "./legacyWebviewMessage";
import { paneIsDark } from "./paneTheme";
import { showPlainMessage } from "./showPlainMessage";

/** Shown when the page is opened outside Excel (a browser, Word…). */
export const OUTSIDE_EXCEL_MESSAGE =
  "统计助手是 Excel 加载项,请在 Excel 中打开:在“开始”选项卡中点“统计助手”按钮(首次使用需先按 README 中的说明加载 manifest.xml)。";

/**
 * Starts the pane: checks the webview before loading any of React or Fluent UI, waits for Office,
 * refuses hosts other than Excel, then loads the pane (a separate chunk) over the port `createPort`
 * makes. `createPort` is the seam where the Office.js adapter is plugged in (tests and the browser
 * test pass the same adapter over a fake Excel).
 */
export function startPane(
  createPort: () => WorkbookPort,
  root: HTMLElement | null = document.getElementById("root"),
): void {
  if (root === null) return;
  const legacy = legacyWebviewMessage(navigator.userAgent);
  if (legacy !== undefined) {
    showPlainMessage(root, "需要更新 Office", legacy);
    return;
  }
  if (typeof Office === "undefined") {
    showPlainMessage(root, "请在 Excel 中打开", OUTSIDE_EXCEL_MESSAGE);
    return;
  }
  Office.onReady()
    .then(async (info) => {
      if (info.host !== Office.HostType.Excel) {
        showPlainMessage(root, "请在 Excel 中打开", OUTSIDE_EXCEL_MESSAGE);
        return;
      }
      const prefersDark = window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
      const dark = paneIsDark(Office.context?.officeTheme, prefersDark);
      const { mountPane } = await import(/* webpackChunkName: "pane" */ "./mountPane");
      mountPane(root, createPort(), dark);
    })
    .catch((error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      showPlainMessage(
        root,
        "统计助手没有启动",
        `加载时出错(${detail})。请关闭任务窗格后重新打开;如果仍然出错,请重新启动 Excel。`,
      );
    });
}
