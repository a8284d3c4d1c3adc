// Builds the offline web page, dist/web/统计助手.html: one self-contained file (scripts and styles
// inlined, no CDN, no fonts from the network) that works opened from disk. The readers (ExcelJS,
// SheetJS) run in a Web Worker whose script is built first and carried as a string inside the page,
// so they are parsed only when a file is picked. `--serve` then serves the page on localhost and
// rebuilds it on each load (npm run web).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const WEB_PAGE = join(ROOT, "dist/web/统计助手.html");

/** The Node-only numfmt loader is replaced by the browser's (the package's ES module resolves there). */
const browserNumfmt = {
  name: "browser-numfmt",
  setup(build) {
    build.onResolve({ filter: /\/loadNumfmt$/ }, (args) => ({
      path: join(args.resolveDir, "loadNumfmt.browser.ts"),
    }));
  },
};

/**
 * In the page's bundle the registry's file renderers (src/output/formats.ts: the Word report's
 * docx/renderDocx, the summary workbook's xlsx/writeSummaryWorkbook) are the stand-ins of src/web/inWorker,
 * which ask the page's worker for the file: the docx library and ExcelJS are in the worker's script only,
 * parsed when the worker starts, and the page stays small and quick to open.
 */
const renderersInWorker = {
  name: "renderers-in-worker",
  setup(build) {
    build.onResolve({ filter: /\/(docx\/renderDocx|xlsx\/writeSummaryWorkbook)$/ }, (args) => ({
      path: join(ROOT, "src/web/inWorker", `${args.path.replace(/^.*\//, "")}.ts`),
    }));
  },
};

const common = {
  bundle: true,
  write: false,
  minify: true,
  format: "iife",
  platform: "browser",
  target: ["chrome87", "firefox78", "edge88"],
  legalComments: "none",
  logLevel: "warning",
  define: { "process.env.NODE_ENV": '"production"' },
  // The pane's file registry names the command line's streaming .xlsx writer (Node streams), loaded only
  // when called; the page writes its workbook in memory instead, so that module never runs here.
  external: ["node:stream"],
  plugins: [browserNumfmt],
};

/** The page may run only its own inline script and a blob: worker; it can fetch nothing. */
const CSP = [
  "default-src 'none'",
  "script-src 'unsafe-inline' blob:",
  "worker-src blob:",
  "style-src 'unsafe-inline'",
  "img-src data: blob:",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/** Inline script text must not close its element early. */
const inlineSafe = (code) => code.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");

export async function buildWebPage() {
  const worker = await esbuild.build({ ...common, entryPoints: [join(ROOT, "src/web/worker.ts")] });
  const workerCode = worker.outputFiles[0].text;
  const page = await esbuild.build({
    ...common,
    entryPoints: [join(ROOT, "src/web/index.tsx")],
    jsx: "automatic",
    plugins: [...common.plugins, renderersInWorker],
    define: { ...common.define, TONGJI_WORKER_SOURCE: JSON.stringify(workerCode) },
  });
  const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>统计助手</title>
</head>
<body>
<div id="root"><noscript>统计助手需要启用 JavaScript 的浏览器(Chrome、Edge、360、Firefox 等)。</noscript></div>
<script>${inlineSafe(page.outputFiles[0].text)}</script>
</body>
</html>
`;
  mkdirSync(dirname(WEB_PAGE), { recursive: true });
  writeFileSync(WEB_PAGE, html);
  return { bytes: Buffer.byteLength(html), workerBytes: Buffer.byteLength(workerCode) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { bytes } = await buildWebPage();
  console.log(`dist/web/统计助手.html: ${(bytes / 1024).toFixed(0)} KiB`);
  if (process.argv.includes("--serve")) {
    const port = Number(process.env.TONGJI_WEB_PORT ?? 3001);
    createServer((request, response) => {
      if (request.url !== "/" && request.url !== "/index.html") {
        response.writeHead(404).end();
        return;
      }
      buildWebPage().then(
        () => {
          response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
          response.end(readFileSync(WEB_PAGE));
        },
        (error) => response.writeHead(500, { "content-type": "text/plain; charset=utf-8" }).end(String(error)),
      );
    }).listen(port, "127.0.0.1", () => console.log(`统计助手网页版:http://127.0.0.1:${port}/(每次刷新都会重新构建)`));
  }
}
