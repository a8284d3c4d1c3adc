// Writes docs/report.png, the README's picture of the Word report's first page: the demo's report
// (`npm run demo -- --docx`) converted to PDF by LibreOffice Writer and page 1 rendered by pdftoppm.
// Run: npx tsx scripts/make-report-picture.ts
import { execFileSync } from "node:child_process";
import { mkdtempSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildReport } from "../src/report/buildReport";
import { runCli } from "../src/cli/runCli";

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "tongji-picture-"));
  const docx = join(dir, "示例报告.docx");
  const quiet = {
    stdout: () => undefined,
    stderr: (text: string) => void process.stderr.write(text),
    stderrIsTty: false,
  };
  if ((await runCli(["assets/示例指标表.xlsx", "--docx", docx], quiet, buildReport)) !== 0) process.exit(1);
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      docx,
    ],
    {
      stdio: "ignore",
    },
  );
  const stem = join(dir, "page1");
  execFileSync("pdftoppm", ["-png", "-r", "72", "-f", "1", "-l", "1", "-singlefile", join(dir, "示例报告.pdf"), stem]);
  renameSync(`${stem}.png`, join("docs", "report.png"));
  console.log("docs/report.png");
}

void main();
