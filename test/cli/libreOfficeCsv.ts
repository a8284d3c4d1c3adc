import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";

/** Where the test machine has LibreOffice. */
export const SOFFICE = "/usr/bin/soffice";

/**
 * The lines of the CSV LibreOffice makes of the first sheet of `xlsx` (recalculating formulas without a
 * cached result): comma-separated, UTF-8, text quoted, numbers as their format displays them. The CSV
 * and LibreOffice's profile go into the folder of `xlsx`.
 */
export async function libreOfficeCsv(xlsx: string): Promise<string[]> {
  const dir = dirname(xlsx);
  execFileSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--headless",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1",
      "--outdir",
      dir,
      xlsx,
    ],
    { timeout: 90_000, stdio: "ignore" },
  );
  const csv = join(dir, `${basename(xlsx, extname(xlsx))}.csv`);
  return (await readFile(csv, "utf8")).split(/\r?\n/);
}
