/**
 * For a webview the pane's UI library cannot run in (Internet Explorer's Trident, the old EdgeHTML
 * Edge), the Chinese message saying which Office is needed; undefined for a modern webview.
 * Plain string checks only: this runs before any of the pane's code is loaded.
 */
export function legacyWebviewMessage(userAgent: string): string | undefined {
  const trident = /Trident\/|MSIE /.test(userAgent);
  const edgeHtml = /Edge\/\d+/.test(userAgent);
  if (!trident && !edgeHtml) return undefined;
  return (
    "统计助手需要较新版本的 Office:Microsoft 365 或 Office 2021 及以上(Windows 上需已安装 Microsoft Edge WebView2 运行时)," +
    "或者 Mac 版 Excel、网页版 Excel。当前的 Office 使用旧版浏览器内核(" +
    (trident ? "Internet Explorer" : "旧版 Edge") +
    "),无法显示统计助手。请升级 Office,或在网页版 Excel 中使用。"
  );
}
