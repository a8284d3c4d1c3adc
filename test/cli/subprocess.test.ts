import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

interface Exit {
  status: number | null;
  stdout: string;
  stderr: string;
}

const ROOT = join(__dirname, "..", "..");
const SAMPLE = "assets/示例指标表.xlsx";

function run(command: string, args: string[]): Exit {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A tool of node_modules/.bin, called directly (npx may print its own notices on stderr). */
const bin = (name: string): string => join(ROOT, "node_modules", ".bin", name);

const tongji = (args: string[]): Exit => run(bin("tsx"), ["src/cli/main.ts", ...args]);

/** The lines docs/cli.md shows under "示例:`npm run demo` 的输出", without npm's two banner lines. */
function documentedDemo(): string[] {
  const doc = readFileSync(join(ROOT, "docs", "cli.md"), "utf8");
  const section = doc.slice(doc.indexOf("## 示例:`npm run demo` 的输出"));
  const block = /```text\n([\s\S]*?)\n```/.exec(section)?.[1] ?? "";
  const lines = block.split("\n");
  expect(lines.slice(0, 3)).toEqual(["> tongji@0.1.0 demo", `> tsx src/cli/main.ts ${SAMPLE}`, ""]);
  return lines.slice(3);
}

describe("the command line as a real process", () => {
  it("prints the Chinese usage with --help and exits 0", () => {
    const result = tongji(["--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe("用法: tongji <指标表.xlsx 或 文件夹>… [选项]");
  }, 120_000);

  it("exits 2 with a Chinese message when no sheet is given", () => {
    const result = tongji([]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("错误:请给出要读取的指标表(.xlsx 文件或文件夹)");
  }, 120_000);

  it("prints for the sample sheet exactly what docs/cli.md shows for npm run demo", () => {
    const result = tongji([SAMPLE]);
    expect(result.status).toBe(0);
    const printed = [...result.stdout.split("\n"), ...result.stderr.split("\n")].filter((line) => line !== "");
    expect(printed).toEqual(documentedDemo());
  }, 120_000);

  it("runs compiled (tsc -p tsconfig.cli.json) through bin/tongji.cjs with the same output", () => {
    // Built into test/output so that the repository's lib/ is left alone; node_modules resolves from there.
    const out = join(ROOT, "test", "output", "cli-build");
    rmSync(out, { recursive: true, force: true });
    mkdirSync(join(out, "bin"), { recursive: true });
    const build = run(bin("tsc"), ["-p", "tsconfig.cli.json", "--outDir", join(out, "lib")]);
    expect(build.stdout + build.stderr).toBe("");
    copyFileSync(join(ROOT, "bin", "tongji.cjs"), join(out, "bin", "tongji.cjs"));
    const compiled = run("node", [join(out, "bin", "tongji.cjs"), SAMPLE]);
    const viaTsx = tongji([SAMPLE]);
    expect(compiled).toEqual({ status: 0, stdout: viaTsx.stdout, stderr: viaTsx.stderr });
    expect(compiled.stdout.split("\n")).toHaveLength(4);
  }, 180_000);
});
