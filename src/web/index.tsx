// Entry of the offline web page (dist/web/统计助手.html): the task pane over a file the user picks.
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import type { BrowserPortServices } from "../workbook/browser/BrowserWorkbookPort";
import { browserDownload } from "../workbook/browserDownload";
import { WebApp } from "./components/WebApp";
import { PAGE_WORKER } from "./workbookWorker";

const root = document.getElementById("root");
if (root !== null) {
  const dark = window.matchMedia("(prefers-color-scheme: dark)").matches;
  document.body.style.margin = "0";
  document.body.style.backgroundColor = dark ? "#292929" : "#ffffff";
  const worker = PAGE_WORKER;
  const services: BrowserPortServices = {
    writeSummary: (document, options) => worker.write(document, options.sheetName, options.source),
    download: (file) => browserDownload(file),
    storage: window.localStorage,
  };
  root.textContent = "";
  createRoot(root).render(
    <StrictMode>
      <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang="zh-CN">
        <WebApp readFile={(name, bytes, progress) => worker.read(name, bytes, progress)} services={services} />
      </FluentProvider>
    </StrictMode>,
  );
}
