import { open, readFile } from "node:fs/promises";
import JSZip from "jszip";

/**
 * What a file is, told from its bytes rather than its name, for a message that says what to do with it:
 * an OOXML workbook, a password-protected Office file (an OLE compound file holding EncryptedPackage), an
 * old binary Office file, an OpenDocument file, another OOXML document, or another zip.
 */
export type WorkbookFileKind =
  "xlsx" | "encrypted" | "legacy-office" | "ods" | "opendocument" | "docx" | "pptx" | "zip" | "other";

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from("PK\u0003\u0004", "latin1");

/** The first bytes of a file. */
async function head(file: string, length: number): Promise<Buffer> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The kind of a zip package, from its entries. */
async function zipKind(file: string): Promise<WorkbookFileKind> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(await readFile(file));
  } catch {
    return "other";
  }
  const mimetype = await zip.file("mimetype")?.async("string");
  if (mimetype !== undefined) {
    return mimetype.trim() === "application/vnd.oasis.opendocument.spreadsheet" ? "ods" : "opendocument";
  }
  if (zip.file("xl/workbook.xml") !== null) return "xlsx";
  if (zip.file("word/document.xml") !== null) return "docx";
  if (zip.file("ppt/presentation.xml") !== null) return "pptx";
  return "zip";
}

/**
 * The kind of a file. Cheap for the common case (eight bytes are read); a zip is opened to tell an .xlsx
 * from other packages only when `inspectZip` (after reading it as a workbook found no sheet).
 */
export async function workbookFileKind(file: string, inspectZip = false): Promise<WorkbookFileKind> {
  const start = await head(file, 8);
  if (start.equals(OLE_MAGIC)) {
    // A password-protected OOXML file is an OLE compound file whose directory names EncryptedPackage
    // (UTF-16LE); an old .xls, .et or .doc holds no such stream.
    const bytes = await readFile(file);
    return bytes.includes(Buffer.from("EncryptedPackage", "utf16le")) ? "encrypted" : "legacy-office";
  }
  if (start.subarray(0, 4).equals(ZIP_MAGIC)) return inspectZip ? zipKind(file) : "xlsx";
  return "other";
}
