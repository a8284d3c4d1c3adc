// Task pane speed: the gzipped size of the pane's initial JavaScript (what dist/taskpane.html loads
// before any dynamic import: the entry bundles it names), of all the add-in's JavaScript the page
// has loaded once the pane is interactive (the lazily loaded pane chunk and the vendor chunks it
// needs), and the time from navigation start to an interactive pane (preview shown, 生成汇总表
// enabled) in headless Debian Chromium over the fake Excel host, median of several runs.
// Needs a production build in dist/ (npm run build). Prints figures; asserts nothing.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { formatDecimal } from "../../src/core/decimal";
import { CHROMIUM_OPTIONS, DIST, bundleFakeHost, openPane, serveDist } from "../../test/e2e/paneHarness";

const RUNS = 7;

/** Records when the pane becomes interactive, measured inside the page from navigation start. */
const INTERACTIVE_PROBE = `(() => {
  const check = () => {
    const button = Array.from(document.querySelectorAll("button")).find((b) => b.textContent === "生成汇总表");
    if (button !== undefined && !button.disabled && document.querySelector("main p") !== null) {
      window.__interactiveAt = performance.now();
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

const gz = (path: string): number => gzipSync(readFileSync(join(DIST, path)), { level: 9 }).length;
const kb = (bytes: number): string => `${formatDecimal(bytes / 1024, 1)} KB`;
const ms = (value: number): string => formatDecimal(value, 0);
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

async function main(): Promise<void> {
  if (!existsSync(join(DIST, "taskpane.html"))) {
    console.log("dist/taskpane.html is missing: run `npm run build` first");
    process.exitCode = 1;
    return;
  }
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const initial = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1] ?? "")
    .filter((src) => !/^https?:/.test(src));
  const initialBytes = initial.reduce((sum, file) => sum + gz(file), 0);
  console.log(
    `initial JS (${initial.join(" + ")}): ${kb(initialBytes)} gzipped (aim: under 350 KB; office.js from the CDN not counted)`,
  );
  for (const file of initial) console.log(`  ${file}: ${kb(gz(file))}`);

  const [server, fakeHost, browser] = await Promise.all([
    serveDist(),
    bundleFakeHost(),
    chromium.launch(CHROMIUM_OPTIONS),
  ]);
  const times: number[] = [];
  let loaded: string[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const session = await openPane(browser, server.origin, fakeHost, {
        theme: "light",
        initScript: INTERACTIVE_PROBE,
      });
      await session.page.waitForFunction(
        () => (window as unknown as { __interactiveAt?: number }).__interactiveAt !== undefined,
        null,
        {
          timeout: 30000,
        },
      );
      times.push(await session.page.evaluate(() => (window as unknown as { __interactiveAt: number }).__interactiveAt));
      loaded = session.scripts.map((path) => path.replace(/^\//, ""));
      await session.context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const loadedBytes = loaded.reduce((sum, file) => sum + gz(file), 0);
  console.log(`JS loaded when interactive (${loaded.length} files): ${kb(loadedBytes)} gzipped`);
  for (const file of loaded) console.log(`  ${file}: ${kb(gz(file))}`);
  console.log(
    `page load to interactive pane: median ${ms(median(times))} ms over ${RUNS} runs (min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}; aim: under 1000 ms)`,
  );
}

void main();
