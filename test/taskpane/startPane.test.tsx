import { readFileSync } from "node:fs";
import { join } from "node:path";
import { screen, waitFor } from "@testing-library/react";
import { legacyWebviewMessage } from "../../src/taskpane/legacyWebviewMessage";
import { OUTSIDE_EXCEL_MESSAGE, startPane } from "../../src/taskpane/startPane";
import type { WorkbookPort } from "../../src/workbook/workbookPort";

const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";

function setUserAgent(userAgent: string): void {
  Object.defineProperty(window.navigator, "userAgent", { value: userAgent, configurable: true });
}

const noPort = (): WorkbookPort => {
  throw new Error("the pane must not start here");
};

afterEach(() => {
  document.body.innerHTML = "";
  delete (globalThis as { Office?: unknown }).Office;
  setUserAgent("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36");
});

function root(): HTMLElement {
  document.body.innerHTML = '<div id="root">统计助手正在加载…</div>';
  return document.getElementById("root")!;
}

test("a legacy webview gets the plain message of which Office is needed, before Office or React", () => {
  setUserAgent(IE11);
  startPane(noPort, root());
  expect(screen.getByRole("alert").textContent).toBe(`需要更新 Office${legacyWebviewMessage(IE11)}`);
});

test("the page opened in a browser without Office.js says to open it from Excel", () => {
  startPane(noPort, root());
  expect(screen.getByRole("heading").textContent).toBe("请在 Excel 中打开");
  expect(screen.getByRole("alert").textContent).toContain(OUTSIDE_EXCEL_MESSAGE);
});

test("Office.js outside Office (host null) says to open it from Excel", async () => {
  (globalThis as { Office?: unknown }).Office = {
    HostType: { Excel: "Excel" },
    onReady: () => Promise.resolve({ host: null, platform: null }),
  };
  startPane(noPort, root());
  await waitFor(() => expect(screen.getByRole("alert").textContent).toBe(`请在 Excel 中打开${OUTSIDE_EXCEL_MESSAGE}`));
});

test("taskpane.html's inline check shows the same message in Internet Explorer, without any bundle", () => {
  const html = readFileSync(join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
  const body = /<body>([\s\S]*)<\/body>/.exec(html)![1]!;
  const script = /<script>([\s\S]*?)<\/script>/.exec(body)![1]!;
  setUserAgent(IE11);
  document.body.innerHTML = body.replace(/<script>[\s\S]*?<\/script>/, "");
  runInlineScript(script);
  expect(screen.getByRole("alert").textContent).toBe(`需要更新 Office${legacyWebviewMessage(IE11)}`);
});

test("taskpane.html's inline check leaves a modern webview alone", () => {
  const html = readFileSync(join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
  const body = /<body>([\s\S]*)<\/body>/.exec(html)![1]!;
  const script = /<script>([\s\S]*?)<\/script>/.exec(body)![1]!;
  document.body.innerHTML = body.replace(/<script>[\s\S]*?<\/script>/, "");
  runInlineScript(script);
  expect(document.getElementById("root")!.textContent).toBe("统计助手正在加载…");
});

/** Runs the page's own inline script as the webview would (jsdom runs inserted scripts). */
function runInlineScript(code: string): void {
  const element = document.createElement("script");
  element.textContent = code;
  document.body.appendChild(element);
}
