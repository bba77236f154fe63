import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults, RunOptions } from "axe-core";
import { type Browser, chromium, type Page } from "playwright-core";
import { watchPageTraffic } from "./page-traffic";
import { systemChromium } from "./system-chromium";

/** The browsers this test file has open: a failed test prints what their pages show. */
export const openBrowsers = new Set<Browser>();

/** The system Chromium, started as the machine's notes require. */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch(systemChromium);
  watchPageTraffic(browser);
  openBrowsers.add(browser);
  browser.once("disconnected", () => openBrowsers.delete(browser));
  return browser;
}

/** axe-core's script, read once: each page it checks runs it once. */
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

const axeOptions: RunOptions = {
  runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
  resultTypes: ["violations"],
};

/**
 * WCAG 2.1 A and AA violations on the page as it is now (or in the part the selector names), as
 * short lines for a readable failure. axe runs in the page itself: the portal has no frames, so
 * nothing needs the cross-frame runner, which opens a page of its own for every check.
 */
export async function accessibilityViolations(page: Page, within = "html"): Promise<string[]> {
  // A script given as text runs as the debugger runs it, past the page's Content-Security-Policy.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const result = await page.evaluate(
    ([selector, options]) =>
      (
        window as unknown as { axe: { run(c: string, o: RunOptions): Promise<AxeResults> } }
      ).axe.run(selector, options),
    [within, axeOptions] as const,
  );
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
}
