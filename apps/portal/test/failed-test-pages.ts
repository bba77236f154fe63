// After a browser test fails: what each open page showed, in the test's output, so that a failure
// in a run nobody watched says where the page was and what it said (its address, its h1, its alerts
// and the start of its main content), and what it was still waiting for (page-traffic.ts).
import { afterEach } from "vitest";
import { openBrowsers } from "./browser";
import { trafficOf } from "./page-traffic";

afterEach(async ({ task }) => {
  if (task.result?.state !== "fail") return;
  const pages = [...openBrowsers].flatMap((browser) =>
    browser.contexts().flatMap((context) => context.pages()),
  );
  for (const page of pages) {
    const shown = await page
      .evaluate(() => {
        const text = (element: Element | null) =>
          (element as HTMLElement | null)?.innerText.replace(/\s+/g, " ").trim() ?? "";
        return {
          heading: text(document.querySelector("h1")),
          alerts: [...document.querySelectorAll("[role=alert], [role=status]")]
            .map(text)
            .filter((line) => line !== ""),
          main: text(document.querySelector("main") ?? document.body).slice(0, 600),
        };
      })
      .catch((error: unknown) => ({ error: String(error) }));
    console.error(
      `A page open when "${task.name}" failed: ${page.url()}\n${JSON.stringify({ ...shown, ...trafficOf(page) }, null, 2)}`,
    );
  }
});
