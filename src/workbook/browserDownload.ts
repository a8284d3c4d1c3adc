import type { DownloadFile } from "./workbookPort";

/** How long the file's Blob URL lives after the click (the browser has taken the file by then). */
const URL_LIFETIME_MS = 60_000;

/** Saves a file through the browser's download: a Blob URL on a link the page clicks. Nothing leaves the machine. */
export function browserDownload(file: DownloadFile, doc: Document = document): Promise<void> {
  const url = URL.createObjectURL(new Blob([new Uint8Array(file.bytes)], { type: file.mediaType }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = file.name;
  link.style.display = "none";
  doc.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
  return Promise.resolve();
}
