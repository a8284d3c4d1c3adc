import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";

/** Repository root. */
export const ROOT = resolve(__dirname, "../..");
export const DIST = join(ROOT, "dist");
const OFFICE_JS_DIST = join(ROOT, "node_modules/@microsoft/office-js/dist");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/**
 * office.js's own telemetry frame, which it asks for when it runs outside Office (no fake host): the
 * request is blocked like any other off 127.0.0.1, and only the plain-browser test tolerates the attempt.
 */
export const OFFICE_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com/";

export const CHROMIUM_OPTIONS = {
  executablePath: "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
};

/** A static server of the built add-in (dist/) on 127.0.0.1, on a free port. */
export async function serveDist(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname));
    const file = join(DIST, path);
    if (!file.startsWith(DIST)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) =>
        response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** The fake Excel host as one browser script (test/fakes bundled by esbuild). */
export async function bundleFakeHost(): Promise<string> {
  // esbuild (a devDependency, also used by tsx), loaded by require: only this harness needs it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require("esbuild") as typeof import("esbuild");
  const result = await esbuild.build({
    entryPoints: [join(ROOT, "test/e2e/fakeHostEntry.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error("esbuild produced no output");
  return output.text;
}

export interface PaneSession {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Requests that would have left the machine (aborted). */
  readonly leaks: string[];
  /** Files of office.js served from the @microsoft/office-js package in place of the CDN. */
  readonly officeFiles: string[];
  /** Uncaught errors in the page, apart from office.js's own (below). */
  readonly pageErrors: string[];
  /**
   * Errors thrown inside office.js's own scripts: outside Office it goes on initialising after the fake
   * host is installed and fails to redefine the members the fake locked ("Cannot redefine property: context").
   */
  readonly officeJsErrors: string[];
  /** Paths of the add-in's scripts (served from 127.0.0.1) the page requested, in order. */
  readonly scripts: string[];
}

/**
 * Opens the built task pane in a new context: office.js from the installed package (the CDN request
 * answered locally) followed by the fake Excel host, nothing else allowed off 127.0.0.1.
 */
export async function openPane(
  browser: Browser,
  origin: string,
  fakeHost: string,
  options: {
    theme: "light" | "dark";
    width?: number;
    height?: number;
    initScript?: string;
    /** The fake host's platform: Excel on the web (the default) lets the pane download, Windows does not. */
    platform?: "OfficeOnline" | "PC";
  },
): Promise<PaneSession> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 360, height: options.height ?? 900 },
    locale: "zh-CN",
    // The system's scheme is the opposite of Office's theme, so that the pane is seen to follow Office.
    colorScheme: options.theme === "dark" ? "light" : "dark",
  });
  if (options.initScript !== undefined) await context.addInitScript({ content: options.initScript });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  const leaks: string[] = [];
  const officeFiles: string[] = [];
  const scripts: string[] = [];
  const pageErrors: string[] = [];
  const officeJsErrors: string[] = [];
  await context.addInitScript(
    ({ theme, platform }) => {
      const page = window as unknown as { __tongjiTheme: string; __tongjiPlatform: string };
      page.__tongjiTheme = theme;
      page.__tongjiPlatform = platform;
    },
    { theme: options.theme, platform: options.platform ?? "OfficeOnline" },
  );
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) {
      if (route.request().resourceType() === "script") scripts.push(new URL(url).pathname);
      await route.continue();
      return;
    }
    if (url.startsWith(OFFICE_CDN)) {
      const name = normalize(new URL(url).pathname.slice("/lib/1/hosted/".length));
      const file = join(OFFICE_JS_DIST, name);
      try {
        if (!file.startsWith(OFFICE_JS_DIST)) throw new Error("outside the package");
        let body = await readFile(file, "utf8");
        if (name === "office.js") body += `\n;${fakeHost}`;
        officeFiles.push(name);
        await route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body });
      } catch {
        officeFiles.push(`${name} (absent)`);
        await route.fulfill({ status: 404, body: "" });
      }
      return;
    }
    if (url.startsWith("data:") || url.startsWith("blob:")) {
      await route.continue();
      return;
    }
    leaks.push(url);
    await route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => {
    // The innermost frame with a script address tells whose code threw.
    const top = (error.stack ?? "").split("\n").find((line) => /^\s*at .*https?:\/\//.test(line));
    (top?.includes(OFFICE_CDN) === true ? officeJsErrors : pageErrors).push(error.message);
  });
  await page.goto(`${origin}/taskpane.html`);
  return { context, page, leaks, officeFiles, pageErrors, officeJsErrors, scripts };
}

/** Waits until the pane shows its preview with 生成汇总表 enabled: the pane is interactive. */
export async function waitInteractive(page: Page): Promise<void> {
  await page.getByRole("button", { name: "生成汇总表" }).and(page.locator(":enabled")).waitFor({ timeout: 30000 });
}
