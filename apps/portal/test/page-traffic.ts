// What each page of a test's browsers asked the server and said on its console, kept so that a
// failed test can print the requests still waiting, those that failed and the page's errors.
import type { Browser, Page, Request } from "playwright-core";

interface Traffic {
  pending: Map<Request, number>;
  failed: string[];
  errors: string[];
}

const traffic = new WeakMap<Page, Traffic>();
/** At most this many failed requests and console errors are kept a page: the latest. */
const kept = 10;

function keep(list: string[], line: string): void {
  list.push(line);
  if (list.length > kept) list.shift();
}

function watch(page: Page): void {
  const seen: Traffic = { pending: new Map(), failed: [], errors: [] };
  traffic.set(page, seen);
  page.on("request", (request) => seen.pending.set(request, Date.now()));
  page.on("requestfinished", (request) => seen.pending.delete(request));
  page.on("requestfailed", (request) => {
    seen.pending.delete(request);
    keep(seen.failed, `${request.url()}: ${request.failure()?.errorText ?? "failed"}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error") keep(seen.errors, message.text());
  });
  page.on("pageerror", (error) => keep(seen.errors, String(error)));
}

/** Watches every page the browser opens from now on, in a context of its own or not. */
export function watchPageTraffic(browser: Browser): void {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.on("page", watch);
    return context;
  };
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (options) => {
    const page = await newPage(options);
    if (!traffic.has(page)) watch(page);
    return page;
  };
}

/** Forgets what the page asked and said so far: it starts anew for another test. */
export function forgetTraffic(page: Page): void {
  const seen = traffic.get(page);
  if (!seen) return;
  seen.pending.clear();
  seen.failed.length = 0;
  seen.errors.length = 0;
}

/** The page's requests still waiting for an answer (with how long), and its failures and errors. */
export function trafficOf(page: Page) {
  const seen = traffic.get(page);
  if (!seen) return null;
  const now = Date.now();
  return {
    waiting: [...seen.pending].map(
      ([request, since]) => `${request.method()} ${request.url()} for ${now - since} ms`,
    ),
    failed: seen.failed,
    errors: seen.errors,
  };
}
