/**
 * The thread of 100 000 comments opened in a real Chromium, signed in, as a participant opens it:
 * how long until the first comment shows, how many comments and bytes of GraphQL the first page
 * brings, how long the next page takes ("Visa fler kommentarer"), the page's JavaScript heap and the
 * API's memory before and after. Each run is a new browser context; the table gives each run.
 *
 * Starts the built API (`node apps/api/dist/main.js`, which serves apps/portal/dist) on the large
 * data set on PostgreSQL (generated first when missing: bench/generate-large.ts). Build both first.
 *
 *   npx -y pnpm@10 --filter @kraftsamling/bench run thread-in-browser
 *   RUNS=5 npx -y pnpm@10 --filter @kraftsamling/bench run thread-in-browser
 */
import { launchChromium } from "./chromium";
import { benchDatabaseUrl, ensurePostgresData } from "./generate-large";
import { themesBySlug } from "./load-client";
import { freePort, rssMb, startApi } from "./load-processes";

const runs = Number(process.env.RUNS ?? 3);
const reader = { email: "medlem.raddabarnen@kraftsamling.example", password: "kraftsamling-demo" };

await ensurePostgresData();
const api = await startApi({ databaseUrl: benchDatabaseUrl }, await freePort());
const browser = await launchChromium();
try {
  // The thread the load run measures: the data set's longest, of the first theme by slug.
  const [theme] = await themesBySlug(api.url);
  if (!theme) throw new Error("the data set has no themes");
  console.log(`The thread of /teman/${theme.slug}\n`);
  console.log(
    "| run | first comment shown | comments shown | GraphQL answers of the first page | next page | page JS heap | API RSS before → after |",
  );
  console.log("|---|---:|---:|---:|---:|---:|---|");
  for (let run = 1; run <= runs; run++) {
    const context = await browser.newContext({
      locale: "sv-SE",
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(new URL("/logga-in", api.url).toString());
    await page.getByLabel("E-postadress").fill(reader.email);
    await page.getByLabel("Lösenord", { exact: true }).fill(reader.password);
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.waitForURL(/\/profil$/);
    const before = rssMb(api.process.pid);
    // The answers to the page's GraphQL requests until its first page is shown, whole.
    const bodies: Promise<number>[] = [];
    const collect = (response: import("playwright-core").Response) => {
      if (response.url().endsWith("/graphql"))
        bodies.push(
          response.body().then(
            (body) => body.length,
            () => 0,
          ),
        );
    };
    page.on("response", collect);
    const opened = performance.now();
    await page.goto(new URL(`/teman/${theme.slug}`, api.url).toString());
    await page.getByRole("article").first().waitFor({ timeout: 60_000 });
    const firstShown = performance.now() - opened;
    await page.waitForLoadState("networkidle");
    const shown = await page.getByRole("article").count();
    page.off("response", collect);
    const bytes = (await Promise.all(bodies)).reduce((sum, length) => sum + length, 0);
    const more = page.getByRole("button", { name: /^Visa fler kommentarer/ });
    const asked = performance.now();
    await more.click();
    await page.getByRole("article").nth(shown).waitFor({ timeout: 60_000 });
    const nextPage = performance.now() - asked;
    const heap = await page.evaluate(
      () =>
        (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
          ?.usedJSHeapSize ?? 0,
    );
    console.log(
      `| ${run} | ${Math.round(firstShown)} ms | ${shown} | ${Math.round(bytes / 1024)} kB | ${Math.round(nextPage)} ms | ${Math.round(heap / 1e6)} MB | ${Math.round(before)} → ${Math.round(rssMb(api.process.pid))} MB |`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  await api.stop();
}
