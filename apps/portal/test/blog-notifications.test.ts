import { freePort, type RunningServer, startServer, tempFolder } from "@kraftsamling/api/testing";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, launchBrowser } from "./browser";

const demoPassword = "kraftsamling-demo";
const coordinator = "samordnare@kraftsamling.example";
const member = { email: "medlem.raddabarnen@kraftsamling.example", name: "Omar Nilsson" };
const otherMember = { email: "admin.ssr@kraftsamling.example", name: "Sara Lund" };
const seedPost = "Sammanfattning av tio regeringsuppdrag";
const newPost = {
  title: "Inför höstens återbesök i kommunerna",
  body: "Vi återvänder till **alla 50 kommuner** under hösten.\n\nSkriv gärna vad ni vill att vi tar upp.",
};

describe("the blog and notifications, in a browser", () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const url = (path: string) => new URL(path, server.url).toString();

  async function freshPage(): Promise<Page> {
    const context = await browser.newContext({
      locale: "sv-SE",
      viewport: { width: 1280, height: 900 },
    });
    contexts.push(context);
    return context.newPage();
  }

  async function signedIn(email: string, path: string): Promise<Page> {
    const page = await freshPage();
    await page.goto(url(`logga-in?tillbaka=${encodeURIComponent(path)}`));
    await page.getByLabel("E-postadress").fill(email);
    await page.getByLabel("Lösenord", { exact: true }).fill(demoPassword);
    await page.getByRole("button", { name: "Logga in" }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(path);
    return page;
  }

  beforeAll(async () => {
    server = await startServer({ DATA_DIR: tempFolder(), PORT: String(await freePort()) });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    server?.child.kill("SIGTERM");
    await server?.exited;
  });

  it("shows the coordinator's blog to anyone, with seed 001 rendered and an Atom feed", async () => {
    const page = await freshPage();
    await page.goto(url("blogg"));
    await page.getByRole("heading", { name: "Samordnarens blogg", level: 1 }).waitFor();
    const feed = page.getByRole("link", { name: "Prenumerera på bloggen (Atom)" });
    expect(await feed.getAttribute("href")).toBe("/blogg/atom.xml");
    expect(
      await page.locator('head link[rel="alternate"][type="application/atom+xml"]').count(),
    ).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole("link", { name: seedPost, exact: true }).click();
    await page.getByRole("heading", { name: seedPost, level: 1 }).waitFor();
    await page
      .locator(".blog-body strong", {
        hasText: "1. Finansiering av stöd för användardriven innovation",
      })
      .waitFor();
    await page.getByText("Samtalet är öppet för inloggade deltagare.", { exact: false }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const atom = await fetch(url("blogg/atom.xml"));
    expect(atom.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
    expect(await atom.text()).toContain(`<title>${seedPost}</title>`);
  });

  it("lets the coordinator write and publish a post that everyone then reads", async () => {
    const page = await signedIn(coordinator, "/admin/blogg");
    await page.getByRole("heading", { name: "Bloggen", level: 1 }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Nytt inlägg" }).click();
    await page.getByLabel("Rubrik").fill(newPost.title);
    await page.getByLabel("Text", { exact: true }).fill(newPost.body);
    await page.getByLabel("Direkttid och dokumentation").check();
    await page.getByLabel("Publicera nu").check();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Spara" }).click();
    await page.getByText("Inlägget är sparat.").waitFor();

    const reader = await freshPage();
    await reader.goto(url("blogg"));
    const card = reader.getByRole("article").filter({ hasText: newPost.title });
    await card.getByRole("link", { name: "Direkttid och dokumentation" }).waitFor();
    await card.getByRole("link", { name: newPost.title, exact: true }).click();
    await reader.locator(".blog-body strong", { hasText: "alla 50 kommuner" }).waitFor();

    // A personal identity number in a post is refused with the message, and nothing is published.
    await page.getByRole("button", { name: "Nytt inlägg" }).click();
    await page.getByLabel("Rubrik").fill("Ett ärende");
    await page.getByLabel("Text", { exact: true }).fill("Gäller barnet 19121212-1212.");
    await page.getByRole("button", { name: "Spara" }).click();
    await page.getByRole("alert").filter({ hasText: "personnummer" }).waitFor();
  });

  it("tells a member of a reply: the count in the header, the notification, and the way to the reply", async () => {
    const author = await signedIn(member.email, "/blogg/infor-hostens-aterbesok-i-kommunerna");
    await author.getByLabel("Din kommentar").fill("Ta gärna upp dokumentationskraven.");
    await author.getByRole("button", { name: "Publicera" }).click();
    const written = author.getByRole("article", { name: member.name });
    await written.getByText("Ta gärna upp dokumentationskraven.").waitFor();

    const replier = await signedIn(
      otherMember.email,
      "/blogg/infor-hostens-aterbesok-i-kommunerna",
    );
    const theirs = replier.getByRole("article", { name: member.name });
    await theirs.getByRole("button", { name: "Svara" }).click();
    await replier
      .getByLabel(`Ditt svar till ${member.name}`)
      .fill("Instämmer, det tar tid från barnen.");
    await replier.getByRole("button", { name: "Skicka svaret" }).click();
    await theirs.getByText("Svaret är publicerat.").waitFor();

    // The author's next page shows one unread notification.
    await author.goto(url("teman"));
    const link = author.getByRole("link", { name: /Aviseringar.*1 oläst avisering/ });
    await link.click();
    await author.getByRole("heading", { name: "Aviseringar", level: 1 }).waitFor();
    const text = `${otherMember.name} svarade på din kommentar i ”${newPost.title}”.`;
    const item = author.getByRole("listitem").filter({ hasText: text });
    await item.getByText("Oläst").waitFor();
    expect(await accessibilityViolations(author)).toEqual([]);
    await item.getByRole("link", { name: "Visa" }).click();
    await expect
      .poll(() => new URL(author.url()).pathname)
      .toBe("/blogg/infor-hostens-aterbesok-i-kommunerna");
    expect(new URL(author.url()).hash).toMatch(/^#kommentar-/);
    await author.getByText("Instämmer, det tar tid från barnen.").waitFor();
    await expect.poll(() => author.getByRole("link", { name: /oläst/ }).count()).toBe(0);
  });

  it("lets a person choose how notifications come by e-mail", async () => {
    const page = await signedIn(member.email, "/profil");
    const section = page.getByRole("region", { name: "Aviseringar med e-post" });
    expect(await section.getByLabel("Direkt, ett mejl för varje avisering").isChecked()).toBe(true);
    await section.getByLabel("En sammanfattning om dagen (kl. 07.00)").check();
    await section.getByRole("button", { name: "Spara valet" }).click();
    await section.getByText("Ditt val är sparat.").waitFor();
    await page.reload();
    await expect
      .poll(() => page.getByLabel("En sammanfattning om dagen (kl. 07.00)").isChecked())
      .toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
