/**
 * Puts text on the clipboard: the async Clipboard API where the webview allows it, else a hidden
 * textarea and `document.execCommand("copy")`, which older Office webviews still support.
 * Resolves to false when neither worked.
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard !== undefined && typeof clipboard.writeText === "function") {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Permission refused (common in Office webviews): fall through to the legacy way.
    }
  }
  const area = doc.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.top = "-1000px";
  area.style.opacity = "0";
  doc.body.appendChild(area);
  const focused = doc.activeElement;
  area.focus();
  area.select();
  let copied = false;
  try {
    // Deprecated, but the only way in webviews without the Clipboard API.
    copied = typeof doc.execCommand === "function" && doc.execCommand("copy");
  } catch {
    copied = false;
  }
  area.remove();
  if (focused instanceof HTMLElement) focused.focus();
  return copied;
}
