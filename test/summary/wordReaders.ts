import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import JSZip from "jszip";
import mammoth from "mammoth";
import { SOFFICE } from "../cli/libreOfficeCsv";

/** Where the test machine has poppler's renderer (Debian's poppler-utils). */
export const PDFTOPPM = "/usr/bin/pdftoppm";

/**
 * Converts .docx files with LibreOffice Writer (headless) into `target` ("pdf" or "txt"), next to each
 * file, in one run of LibreOffice with its profile in the first file's folder. Throws when LibreOffice
 * cannot load a file (no output is made).
 */
export function libreOfficeConvert(files: readonly string[], target: "pdf" | "txt"): string[] {
  const dir = dirname(files[0] ?? ".");
  const filter = target === "pdf" ? "pdf:writer_pdf_Export" : "txt:Text (encoded):UTF8";
  execFileSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--headless",
      "--convert-to",
      filter,
      "--outdir",
      dir,
      ...files,
    ],
    { timeout: 120_000, stdio: "ignore" },
  );
  return files.map((file) => join(dir, `${basename(file, extname(file))}.${target}`));
}

/** The lines of LibreOffice's plain text of a .docx (one per paragraph and per table cell), blank ones left out. */
export async function libreOfficeLines(txt: string): Promise<string[]> {
  const text = (await readFile(txt, "utf8")).replace(/^\uFEFF/, "");
  return text.split(/\r?\n/).filter((line) => line !== "");
}

/** The paragraphs mammoth (a second, independent .docx reader) finds, table cells included, blank ones left out. */
export async function mammothLines(file: string): Promise<string[]> {
  const { value } = await mammoth.extractRawText({ path: file });
  return value.split("\n").filter((line) => line !== "");
}

/** One part of the .docx package as text (word/document.xml, word/styles.xml…). */
export async function docxPart(file: string, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const entry = zip.file(part);
  if (entry === null) throw new Error(`${part} missing`);
  return entry.async("string");
}
