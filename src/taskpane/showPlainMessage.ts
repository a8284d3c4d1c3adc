/** Shows a plain message in the page, without React (for hosts the pane cannot run in). */
export function showPlainMessage(root: HTMLElement, title: string, text: string): void {
  root.textContent = "";
  const box = root.ownerDocument.createElement("div");
  box.setAttribute("role", "alert");
  box.style.cssText =
    "font-family:'Microsoft YaHei','PingFang SC',sans-serif;font-size:14px;line-height:1.6;padding:16px;";
  const heading = root.ownerDocument.createElement("h1");
  heading.style.cssText = "font-size:18px;margin:0 0 8px;";
  heading.textContent = title;
  const paragraph = root.ownerDocument.createElement("p");
  paragraph.style.margin = "0";
  paragraph.textContent = text;
  box.appendChild(heading);
  box.appendChild(paragraph);
  root.appendChild(box);
}
