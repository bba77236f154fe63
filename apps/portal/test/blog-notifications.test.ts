import {
  demoDataFolder,
  freePort,
  type RunningServer,
  startServer,
} from "@kraftsamling/api/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Request, signedInClient } from "./api-client";
import { accessibilityViolations, launchBrowser } from "./browser";
import {
  browserContexts,
  demo,
  demoPassword,
  newParticipant,
  publishedBlogPost,
  uniqueSuffix,
} from "./fixtures";

const coordinator = demo.coordinator.email;
const member = demo.member;
const seedPost = "Sammanfattning av tio regeringsuppdrag";
/** A post of the test's own, its title unique in the run. */
const newPost = () => ({
  title: `Inför höstens återbesök i kommunerna ${uniqueSuffix()}`,
  body: "Vi återvänder till **alla 50 kommuner** under hösten.\n\nSkriv gärna vad ni vill att vi tar upp.",
});

describe("the blog and notifications, in a browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let coordinatorApi: Request;
  const { freshPage, closeAll } = browserContexts(() => browser);
  const url = (path: string) => new URL(path, server.url).toString();

  async function signedIn(email: string, path: string, password = demoPassword): Promise<Page> {
    const page = await freshPage();
    await page.goto(url(`logga-in?tillbaka=${encodeURIComponent(path)}`));
    await page.getByLabel("E-postadress").fill(email);
    await page.getByLabel("Lösenord", { exact: true }).fill(password);
    await page.getByRole("button", { name: "Logga in" }).click();
    // Signed in first, then back where the sign-in came from.
    await page.getByRole("button", { name: "Logga ut", exact: true }).waitFor();
    await expect.poll(() => new URL(page.url()).pathname).toBe(path);
    return page;
  }

  beforeAll(async () => {
    server = await startServer({ DATA_DIR: demoDataFolder(), PORT: String(await freePort()) });
    browser = await launchBrowser();
    coordinatorApi = await signedInClient(server.url, coordinator, demoPassword);
  });
  afterAll(async () => {
    await closeAll();
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
    const post = newPost();
    const page = await signedIn(coordinator, "/admin/blogg");
    await page.getByRole("heading", { name: "Bloggen", level: 1 }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Nytt inlägg" }).click();
    await page.getByLabel("Rubrik").fill(post.title);
    await page.getByLabel("Text", { exact: true }).fill(post.body);
    await page.getByLabel("Direkttid och dokumentation").check();
    await page.getByLabel("Publicera nu").check();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Spara" }).click();
    await page.getByText("Inlägget är sparat.").waitFor();

    const reader = await freshPage();
    await reader.goto(url("blogg"));
    const card = reader.getByRole("article").filter({ hasText: post.title });
    await card.getByRole("link", { name: "Direkttid och dokumentation" }).waitFor();
    await card.getByRole("link", { name: post.title, exact: true }).click();
    await reader.locator(".blog-body strong", { hasText: "alla 50 kommuner" }).waitFor();

    // A personal identity number in a post is refused with the message, and nothing is published.
    await page.getByRole("button", { name: "Nytt inlägg" }).click();
    await page.getByLabel("Rubrik").fill("Ett ärende");
    await page.getByLabel("Text", { exact: true }).fill("Gäller barnet 19121212-1212.");
    await page.getByRole("button", { name: "Spara" }).click();
    await page.getByRole("alert").filter({ hasText: "personnummer" }).waitFor();
  });

  it("tells a member of a reply: the count in the header, the notification, and the way to the reply", async () => {
    // A post and two participants of the test's own: no other test's notifications in the count.
    const post = await publishedBlogPost(coordinatorApi, newPost());
    const postPath = `/blogg/${post.slug}`;
    const [member, otherMember] = [
      await newParticipant(server.url, coordinatorApi),
      await newParticipant(server.url, coordinatorApi),
    ];
    const author = await signedIn(member.email, postPath, member.password);
    await author.getByLabel("Din kommentar").fill("Ta gärna upp dokumentationskraven.");
    await author.getByRole("button", { name: "Publicera" }).click();
    const written = author.getByRole("article", { name: member.name });
    await written.getByText("Ta gärna upp dokumentationskraven.").waitFor();

    const replier = await signedIn(otherMember.email, postPath, otherMember.password);
    const theirs = replier.getByRole("article", { name: member.name });
    await theirs.getByRole("button", { name: "Svara" }).click();
    await replier
      .getByLabel(`Ditt svar till ${member.name}`)
      .fill("Instämmer, det tar tid från barnen.");
    await replier.getByRole("button", { name: "Skicka svaret" }).click();
    await theirs.getByText("Svaret är publicerat.").waitFor();

    // The author's next page shows one unread notification.
    await author.goto(url("teman"));
    const link = author.getByRole("link", { name: /Notiser.*1 oläst notis/ });
    await link.click();
    await author.getByRole("heading", { name: "Notiser", level: 1 }).waitFor();
    const text = `${otherMember.name} svarade på din kommentar i ”${post.title}”.`;
    const item = author.getByRole("listitem").filter({ hasText: text });
    await item.getByText("Oläst").waitFor();
    expect(await accessibilityViolations(author)).toEqual([]);
    await item.getByRole("link", { name: "Visa" }).click();
    await expect.poll(() => new URL(author.url()).pathname).toBe(postPath);
    expect(new URL(author.url()).hash).toMatch(/^#kommentar-/);
    await author.getByText("Instämmer, det tar tid från barnen.").waitFor();
    await expect.poll(() => author.getByRole("link", { name: /oläst/ }).count()).toBe(0);
  });

  it("lets a person choose how notifications come by e-mail", async () => {
    const page = await signedIn(member.email, "/profil");
    const section = page.getByRole("region", { name: "Notiser med e-post" });
    expect(await section.getByLabel("Direkt, ett mejl för varje notis").isChecked()).toBe(true);
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
