/**
 * Web Vitals of the portal's public pages on a first visit: LCP, CLS and INP as Google's web-vitals
 * library measures them in a real Chromium, for the start page, a theme, the meetings calendar and
 * the findings dashboard, at a desktop's and a phone's size. Each run is a new browser context (an
 * empty cache, as a first visit); the table gives the median of the runs.
 *
 * Starts the built API (`node apps/api/dist/main.js`, which serves apps/portal/dist) on a fresh
 * embedded database, unless BASE_URL names a running one. Build both first.
 *
 *   npx -y pnpm@10 --filter @kraftsamling/bench run web-vitals
 *   RUNS=9 BASE_URL=http://127.0.0.1:4000 npx -y pnpm@10 --filter @kraftsamling/bench run web-vitals
 *
 * INP needs an interaction: each run clicks the page's heading (nothing happens on a click there)
 * once the page has settled, then hides the page, which makes the library report CLS and INP.
 * No network or CPU throttling: the figures are of this machine over loopback.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./chromium";
import { freePort, type Started, startApi } from "./load-processes";

const runs = Number(process.env.RUNS ?? 5);
const viewports = [
  { name: "desktop 1280x900", viewport: { width: 1280, height: 900 }, isMobile: false },
  { name: "phone 390x844", viewport: { width: 390, height: 844 }, isMobile: true },
] as const;

/** The library's classic-script build: it defines `webVitals` on the page's window. */
const webVitalsScript = readFileSync(
  join(dirname(createRequire(import.meta.url).resolve("web-vitals")), "web-vitals.iife.js"),
  "utf8",
);

/** Runs in the page before its own scripts: keeps the latest value of each metric. */
const collect = `
  window.__vitals = {};
  const keep = (metric) => { window.__vitals[metric.name] = metric.value; };
  webVitals.onLCP(keep, { reportAllChanges: true });
  webVitals.onCLS(keep, { reportAllChanges: true });
  webVitals.onINP(keep, { reportAllChanges: true });
`;

interface Vitals {
  LCP?: number;
  CLS?: number;
  INP?: number;
}

/** The path of a theme page: the first theme the themes list links to. */
async function aThemePath(browser: Browser, baseUrl: string): Promise<string> {
  const page = await browser.newPage();
  page.setDefaultTimeout(120_000);
  await page.goto(new URL("/teman", baseUrl).toString());
  const link = page.locator('main a[href^="/teman/"]').first();
  await link.waitFor();
  const href = await link.getAttribute("href");
  await page.close();
  if (!href) throw new Error("The themes list links to no theme");
  return href;
}

/** One first visit: load, let the page settle, click its heading, hide it, read the metrics. */
async function measure(page: Page, url: string): Promise<Vitals> {
  await page.goto(url, { waitUntil: "networkidle" });
  const heading = page.getByRole("heading", { level: 1 }).first();
  await heading.waitFor();
  await heading.click();
  // The click's timing entry arrives after the next paint; hiding the page makes the library
  // report CLS and INP. (Strings: they run in the page, whose types this package does not have.)
  await page.evaluate("new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100)))");
  await page.evaluate(`
    Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true });
    document.dispatchEvent(new Event("visibilitychange"));
  `);
  return page.evaluate<Vitals>("window.__vitals");
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[middle]
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const ms = (value: number | undefined) => (value === undefined ? "—" : `${Math.round(value)} ms`);
const score = (value: number | undefined) => (value === undefined ? "—" : value.toFixed(3));

async function main() {
  let api: Started | undefined;
  let dataDir: string | undefined;
  let baseUrl = process.env.BASE_URL;
  if (!baseUrl) {
    dataDir = mkdtempSync(join(tmpdir(), "kraftsamling-web-vitals-"));
    api = await startApi({ dataDir }, await freePort());
    baseUrl = api.url;
  }
  const browser = await launchChromium();
  try {
    const pages = [
      { name: "start page", path: "/" },
      { name: "a theme", path: await aThemePath(browser, baseUrl) },
      { name: "meetings calendar", path: "/moten" },
      { name: "findings dashboard", path: "/iakttagelser" },
    ];
    const rows: string[] = [];
    for (const { name: size, viewport, isMobile } of viewports) {
      for (const { name, path } of pages) {
        const samples: Vitals[] = [];
        for (let run = 0; run < runs; run += 1) {
          const context = await browser.newContext({ viewport, isMobile, locale: "sv-SE" });
          await context.addInitScript({ content: `${webVitalsScript}\n${collect}` });
          const page = await context.newPage();
          // This machine is shared and slow at times: wait for the page rather than fail.
          page.setDefaultTimeout(120_000);
          page.setDefaultNavigationTimeout(120_000);
          samples.push(await measure(page, new URL(path, baseUrl).toString()));
          await context.close();
        }
        const of = (key: keyof Vitals) =>
          median(samples.flatMap((s) => (s[key] === undefined ? [] : [s[key] as number])));
        const row = `| ${size} | ${name} (\`${path}\`) | ${ms(of("LCP"))} | ${score(of("CLS"))} | ${ms(of("INP"))} |`;
        console.log(row);
        rows.push(row);
      }
    }
    console.log(`\nMedian of ${runs} first visits each, ${new Date().toISOString()}:\n`);
    console.log("| size | page | LCP | CLS | INP |");
    console.log("| --- | --- | --- | --- | --- |");
    for (const row of rows) console.log(row);
  } finally {
    await browser.close();
    await api?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
