import { spawnSync } from "node:child_process";

function tongji(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync("npx", ["tsx", "src/cli/main.ts", ...args], { encoding: "utf8", timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the command line as a real process", () => {
  it("prints the Chinese usage with --help and exits 0", () => {
    const result = tongji(["--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe("用法: tongji <指标表.xlsx 或 文件夹>… [选项]");
  }, 60_000);

  it("exits 2 with a Chinese message when no sheet is given", () => {
    const result = tongji([]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("错误:请给出要读取的指标表(.xlsx 文件或文件夹)");
  }, 60_000);
});
