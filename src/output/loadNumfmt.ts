import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { join } from "node:path";

/** The part of numfmt the reader uses. */
export interface Numfmt {
  format(pattern: string, value: number | string, options?: object): string;
}

/**
 * Loads numfmt. The installed numfmt 4.0.1 maps `require` to dist/index.cjs, which its package does
 * not ship (the CommonJS build is dist/index.js), so a plain require fails under Jest and compiled
 * CommonJS; fall back to the file that exists.
 */
export function loadNumfmt(): Numfmt {
  const load = createRequire(join(process.cwd(), "noop.js"));
  const here = createRequire(__filename);
  for (const req of [here, load]) {
    try {
      return req("numfmt") as Numfmt;
    } catch {
      for (const base of req.resolve.paths("numfmt") ?? []) {
        const file = join(base, "numfmt", "dist", "index.js");
        if (existsSync(file)) {
          return req(file) as Numfmt;
        }
      }
    }
  }
  throw new Error("未找到 numfmt 组件,请先运行 npm ci");
}
