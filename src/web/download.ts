/** Offers bytes as a download under a file name (a link to a blob URL, clicked; nothing leaves the page). */
export function downloadBytes(fileName: string, bytes: Uint8Array, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has taken the file by the next task; the URL is released after.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
