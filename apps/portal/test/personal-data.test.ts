import {
  demoDataFolder,
  freePort,
  type RunningServer,
  startServer,
} from "@kraftsamling/api/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./browser";

const demoPassword = "kraftsamling-demo";
const member = { email: "medlem.raddabarnen@kraftsamling.example", name: "Omar Nilsson" };
/** A fictional personal identity number, disguised: a zero-width space and a non-breaking hyphen. */
const disguised = "Omar 1912\u200b1212\u20111212";

describe("no personal identity number leaves the browser, from any form", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  /** The bodies of every GraphQL request the page sent. */
  const sent: string[] = [];

  beforeAll(async () => {
    server = await startServer({ DATA_DIR: demoDataFolder(), PORT: String(await freePort()) });
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: "sv-SE" });
    page = await context.newPage();
    page.on("request", (request) => {
      if (request.url().endsWith("/graphql")) sent.push(request.postData() ?? "");
    });
    await page.goto(new URL("logga-in", server.url).toString());
    await page.getByLabel("E-postadress").fill(member.email);
    await page.getByLabel("Lösenord", { exact: true }).fill(demoPassword);
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.getByRole("button", { name: "Logga ut", exact: true }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    server?.child.kill("SIGTERM");
    await server?.exited;
  });

  it("refuses a disguised number in the profile's name before sending, and says why on the field", async () => {
    await page.goto(new URL("profil", server.url).toString());
    const name = page.getByLabel("Namn", { exact: true });
    await expect.poll(() => name.inputValue()).toBe(member.name);
    sent.length = 0;
    await name.fill(disguised);
    await page.getByRole("button", { name: "Spara" }).first().click();
    await page
      .getByRole("alert")
      .filter({ hasText: "ser ut som ett personnummer eller samordningsnummer" })
      .first()
      .waitFor();
    expect(await name.getAttribute("aria-invalid")).toBe("true");
    expect(sent.filter((body) => body.includes("1212"))).toEqual([]);
    // The name the others see is unchanged.
    await page.reload();
    await expect
      .poll(() => page.getByLabel("Namn", { exact: true }).inputValue())
      .toBe(member.name);
  });
});
