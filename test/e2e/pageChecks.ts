import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "playwright-core";

/**
 * Checks of what a user sees, made only when the page is at rest. A check made while a dialog fades in
 * measures half-transparent text (axe reports a contrast fault that the finished dialog does not have)
 * and a screenshot catches a frame no user looks at; whether it does depends on the machine's speed and
 * on the Chromium of the day. So every accessibility check and screenshot of the browser tests goes
 * through this file, and they run with motion on: what is checked is the finished state of the real,
 * animated page.
 */

/** Consecutive animation frames without a running animation that count as "at rest". */
const REST_FRAMES = 3;

/**
 * Waits until the page's fonts are loaded and no animation or transition (Web Animations, CSS
 * animations, CSS transitions: all are in `document.getAnimations()`) has run or been pending for
 * REST_FRAMES frames in a row. Fails naming the animations still running.
 */
export async function waitAtRest(page: Page, timeout = 15000): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    (window as unknown as { __tongjiRestFrames: number }).__tongjiRestFrames = 0;
  });
  try {
    await page.waitForFunction(
      (frames) => {
        const state = window as unknown as { __tongjiRestFrames: number };
        const busy = document.getAnimations().some((a) => a.pending || a.playState === "running");
        state.__tongjiRestFrames = busy ? 0 : state.__tongjiRestFrames + 1;
        return state.__tongjiRestFrames >= frames;
      },
      REST_FRAMES,
      { polling: "raf", timeout },
    );
  } catch (error) {
    const running = await page.evaluate(() =>
      document
        .getAnimations()
        .filter((a) => a.pending || a.playState === "running")
        .map((a) => {
          const target = a.effect instanceof KeyframeEffect ? a.effect.target : null;
          const name =
            a instanceof CSSTransition ? a.transitionProperty : a instanceof CSSAnimation ? a.animationName : a.id;
          return `${name || "animation"} on ${target?.outerHTML.slice(0, 80) ?? "?"}`;
        }),
    );
    throw new Error(`the page does not come to rest within ${timeout} ms; still running: ${running.join("; ")}`, {
      cause: error,
    });
  }
}

/**
 * axe violations a user of a screen reader or keyboard would meet (serious or critical), on the page at
 * rest. Tabster's focus-redirecting dummies (`<i aria-hidden tabindex=0 data-tabster-dummy>`, used by
 * Fluent UI) are a known false positive of aria-hidden-focus (microsoft/tabster#288): only those nodes
 * are left out.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await waitAtRest(page);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      ...v,
      nodes: v.nodes.filter((n) => !(v.id === "aria-hidden-focus" && n.html.includes("data-tabster-dummy"))),
    }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/** A full-page screenshot of the page at rest. */
export async function screenshotAtRest(page: Page, path: string): Promise<void> {
  await waitAtRest(page);
  await page.screenshot({ path, fullPage: true, animations: "disabled" });
}

/** Waits (up to 5 s) until `target` has the focus; fails naming the element that has it instead. */
export async function expectFocus(target: Locator): Promise<void> {
  const element = await target.elementHandle({ timeout: 5000 });
  try {
    await target.page().waitForFunction((el) => el === document.activeElement, element, { timeout: 5000 });
  } catch {
    const focused = await target.page().evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? "nothing");
    throw new Error(`${target.toString()} does not get the focus; ${focused} has it`);
  } finally {
    await element.dispose();
  }
}
