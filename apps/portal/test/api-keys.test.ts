import {
  demoDataFolder,
  freePort,
  type RunningServer,
  startServer,
} from "@kraftsamling/api/testing";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Request, signedInClient } from "./api-client";
import { accessibilityViolations, launchBrowser } from "./browser";
import { browserContexts, demo, demoPassword, uniqueSuffix } from "./fixtures";

describe("API keys in the portal", () => {
  let server: RunningServer;
  let browser: Browser;
  let coordinatorApi: Request;
  const { freshPage, signedInPage, closeAll } = browserContexts(() => browser);
  const url = (path: string) => new URL(path, server.url).toString();

  /** Reads the public API with a key, as a program would. */
  async function readWithKey(secret: string): Promise<number> {
    const response = await fetch(url("graphql"), {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: "{ counties { code } }" }),
    });
    return response.status;
  }

  beforeAll(async () => {
    server = await startServer({ DATA_DIR: demoDataFolder(), PORT: String(await freePort()) });
    browser = await launchBrowser();
    coordinatorApi = await signedInClient(server.url, demo.coordinator.email, demoPassword);
  });
  afterAll(async () => {
    await closeAll();
    await browser?.close();
    server?.child.kill("SIGTERM");
    await server?.exited;
  });

  it("sends a link to anyone who asks, and the link shows the key once", async () => {
    const email = `utvecklare.${uniqueSuffix()}@forskning.example`;
    const page = await freshPage();
    await page.goto(url("api-nyckel"));
    await page.getByRole("heading", { name: "Skaffa en API-nyckel", level: 1 }).waitFor();
    await page.getByLabel("Din e-postadress").fill(email);
    await page.getByLabel("Namn på nyckeln").fill("Länsstatistik");
    await page.getByRole("button", { name: "Skicka länken" }).click();
    await page.getByText(`Vi har skickat en länk till ${email}.`).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const { outbox } = await coordinatorApi<{ outbox: { to: string; text: string }[] }>(
      `{ outbox(limit: 50) { to text } }`,
    );
    const token = outbox
      .find((mail) => mail.to === email)
      ?.text.match(/\/api-nyckel\/([A-Za-z0-9_-]+)/)?.[1];
    expect(token).toBeDefined();

    await page.goto(url(`api-nyckel/${token}`));
    await page.getByRole("button", { name: "Skapa och visa nyckeln" }).click();
    await page.getByRole("heading", { name: "Nyckeln ”Länsstatistik”" }).waitFor();
    await page.getByText("Den visas bara den här gången").waitFor();
    const secret = await page.getByLabel("API-nyckel", { exact: true }).inputValue();
    expect(secret).toMatch(/^ks_/);
    await expect
      .poll(() => page.locator("pre").first().textContent())
      .toBe(`Authorization: Bearer ${secret}`);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await readWithKey(secret)).toBe(200);

    // The same link again says at once that it is spent, with no button and no key.
    await page.reload();
    await page.getByRole("alert").filter({ hasText: "Länken har redan använts" }).waitFor();
    expect(await page.getByRole("button", { name: "Skapa och visa nyckeln" }).count()).toBe(0);
    expect(await page.getByText("när du trycker på knappen").count()).toBe(0);
    expect(await page.getByLabel("API-nyckel", { exact: true }).count()).toBe(0);
    await page.getByRole("link", { name: "Be om en ny nyckel" }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("lists a signed-in person's keys in the profile, makes one and revokes it", async () => {
    const name = `Rapportskript ${uniqueSuffix()}`;
    const page = await signedInPage(server.url, demo.member.email, "/profil");
    const section = page.getByRole("region", { name: "API-nycklar" });
    await section.getByLabel("Namn på nyckeln").fill(name);
    await section.getByRole("button", { name: "Skapa nyckeln" }).click();
    await section.getByRole("heading", { name: `Nyckeln ”${name}”` }).waitFor();
    const secret = await section.getByLabel("API-nyckel", { exact: true }).inputValue();
    expect(await readWithKey(secret)).toBe(200);

    const row = section.getByRole("row").filter({ hasText: name });
    await expect.poll(() => row.count()).toBe(1);
    await expect
      .poll(() => row.getByRole("cell").nth(0).textContent())
      .toBe(`${secret.slice(0, 11)}…`);
    expect(await accessibilityViolations(page)).toEqual([]);

    await row.getByRole("button", { name: `Återkalla nyckeln ${name}` }).click();
    await row.getByRole("button", { name: "Ja, återkalla" }).click();
    await row.getByText("Återkallad").waitFor();
    expect(await readWithKey(secret)).toBe(401);
  });
});
