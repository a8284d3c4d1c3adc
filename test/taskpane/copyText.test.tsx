import { copyText } from "../../src/taskpane/copyText";

describe("copyText in a webview that refuses the Clipboard API", () => {
  test("falls back to execCommand with the exact text, and restores the focus", async () => {
    const button = document.createElement("button");
    document.body.appendChild(button);
    button.focus();
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) },
      configurable: true,
    });
    let copied: string | undefined;
    const execCommand = jest.fn((command: string) => {
      const active = document.activeElement;
      copied = command === "copy" && active instanceof HTMLTextAreaElement ? active.value : undefined;
      return true;
    });
    Object.defineProperty(document, "execCommand", { value: execCommand, configurable: true });
    expect(await copyText("第一段。\n第二段。")).toBe(true);
    expect(execCommand).toHaveBeenCalledWith("copy");
    expect(copied).toBe("第一段。\n第二段。");
    expect(document.querySelector("textarea")).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  test("says so when neither way works", async () => {
    Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
    Object.defineProperty(document, "execCommand", { value: () => false, configurable: true });
    expect(await copyText("文字")).toBe(false);
  });
});
