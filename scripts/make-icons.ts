// Renders assets/icon.svg to the PNG sizes the manifest names (16, 32, 64, 80, 128) in headless Chromium.
// Run: npx tsx scripts/make-icons.ts  (the PNGs are committed; the build only copies them).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const SIZES = [16, 32, 64, 80, 128] as const;

async function main(): Promise<void> {
  const svg = readFileSync(join("assets", "icon.svg"), "utf8");
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
    ],
  });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      const body = svg.replace("<svg ", `<svg width="${size}" height="${size}" `);
      await page.setContent(`<html><body style="margin:0;background:transparent">${body}</body></html>`);
      await page.screenshot({ path: join("assets", `icon-${size}.png`), omitBackground: true });
      await page.close();
      console.log(`assets/icon-${size}.png`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
