import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import type { WorkbookPort } from "../workbook/workbookPort";
import { App } from "./components/App";

/** Renders the pane into `root` over a workbook, in Office's light or dark theme. */
export function mountPane(root: HTMLElement, port: WorkbookPort, dark: boolean): void {
  root.textContent = "";
  document.body.style.margin = "0";
  document.body.style.backgroundColor = dark ? "#292929" : "#ffffff";
  createRoot(root).render(
    <StrictMode>
      <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang="zh-CN">
        <App port={port} />
      </FluentProvider>
    </StrictMode>,
  );
}
