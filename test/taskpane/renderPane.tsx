import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import type { MemoryWorkbookPort } from "./memoryWorkbookPort";

// jsdom has no ResizeObserver; Fluent's MessageBar observes its own width to reflow its actions.
if (typeof globalThis.ResizeObserver === "undefined") {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

/** Renders the pane over a port and waits until the sheet is read and the preview shown (or only read, for error cases). */
export async function renderPane(port: MemoryWorkbookPort, waitReady = true) {
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} />
    </FluentProvider>,
  );
  if (waitReady) {
    await waitFor(() => expect(isEnabled(screen.getByRole("button", { name: "生成汇总表" }))).toBe(true));
  } else {
    await waitFor(() => expect(port.reads.length).toBeGreaterThan(0));
  }
  return { user, ...view };
}

/** The paragraphs of the preview, as shown. */
export function previewParagraphs(): string[] {
  const region = screen.getByRole("region", { name: "文字预览" });
  return Array.from(region.querySelectorAll("p")).map((p) => p.textContent ?? "");
}

/** A button the user can press (neither disabled nor aria-disabled). */
export function isEnabled(element: HTMLElement): boolean {
  return !element.hasAttribute("disabled") && element.getAttribute("aria-disabled") !== "true";
}

/** Waits for the MessageBar titled `title` and returns its body text (the title removed). */
export async function findMessage(title: string): Promise<string> {
  return waitFor(() => {
    const bars = Array.from(document.querySelectorAll<HTMLElement>(".fui-MessageBar"));
    const bar = bars.find((el) => el.querySelector(".fui-MessageBarTitle")?.textContent === title);
    if (bar === undefined) {
      const shown = bars.map((el) => el.querySelector(".fui-MessageBarTitle")?.textContent).join(" | ");
      throw new Error(`no message “${title}”; shown: ${shown}`);
    }
    const body = bar.querySelector(".fui-MessageBarBody")?.textContent ?? "";
    return body.slice(title.length);
  });
}
