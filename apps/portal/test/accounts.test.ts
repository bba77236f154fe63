import {
  demoDataFolder,
  freePort,
  type RunningServer,
  startServer,
} from "@kraftsamling/api/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createParticipant,
  invite,
  organisationId,
  type Request,
  signedInClient,
} from "./api-client";
import { accessibilityViolations, launchBrowser } from "./browser";
import { browserContexts, demo, demoPassword, newPersonDetails } from "./fixtures";

const coordinator = demo.coordinator.email;
const newPassword = "fyra-ord-som-ingen-gissar";

describe("accounts in the portal, as a new user meets them", () => {
  let server: RunningServer;
  let browser: Browser;
  /** The coordinator's requests to the API, for what a test needs before it starts. */
  let coordinatorApi: Request;
  let raddaBarnen: string;
  const { freshPage, signedInPage, closeAll } = browserContexts(() => browser);

  const url = (path: string) => new URL(path, server.url).toString();
  /** The coordinator's own page, signed in, at a path. */
  const adminPage = (path: string) => signedInPage(server.url, coordinator, path);

  async function signIn(page: Page, email: string, password: string) {
    await page.getByLabel("E-postadress").fill(email);
    await page.getByLabel("Lösenord", { exact: true }).fill(password);
    await Promise.all([
      page.waitForResponse((r) => r.url().endsWith("/graphql") && r.request().method() === "POST"),
      page.getByRole("button", { name: "Logga in" }).click(),
    ]);
  }

  /** The links in the outbox's e-mail to an address, newest first, as the coordinator reads them. */
  async function linksInOutbox(admin: Page, to: string): Promise<string[]> {
    await admin.goto(url("admin/utkorg"));
    const mails = admin.getByRole("listitem").filter({ hasText: to });
    await mails.first().waitFor();
    const links: string[] = [];
    for (const mail of await mails.all()) {
      await mail.getByText("Visa texten").click();
      const href = await mail.locator('a[href*="/inbjudan/"]').first().getAttribute("href");
      if (href) links.push(href);
    }
    return links;
  }

  async function switchLanguage(page: Page, to: "English" | "Svenska") {
    await page.getByRole("button", { name: to }).click();
    await expect
      .poll(() => page.locator("html").getAttribute("lang"))
      .toBe(to === "English" ? "en" : "sv");
  }

  beforeAll(async () => {
    server = await startServer({ DATA_DIR: demoDataFolder(), PORT: String(await freePort()) });
    browser = await launchBrowser();
    coordinatorApi = await signedInClient(server.url, coordinator, demoPassword);
    raddaBarnen = await organisationId(coordinatorApi, "Rädda Barnen");
  });
  afterAll(async () => {
    await closeAll();
    await browser?.close();
    server?.child.kill("SIGTERM");
    await server?.exited;
  });

  it("lets the coordinator sign in and invite a new person into Rädda Barnen", async () => {
    const newPerson = newPersonDetails();
    // Other tests may have added people before this one: the page counts all there are.
    const { people } = await coordinatorApi<{ people: unknown[] }>("{ people { id } }");
    const admin = await freshPage();
    await admin.goto(url("admin"));
    await admin.getByText("Du behöver logga in för att se den här sidan.").waitFor();
    await admin.getByRole("main").getByRole("link", { name: "Logga in" }).click();
    await admin.getByRole("heading", { name: "Logga in", level: 1 }).waitFor();
    expect(await accessibilityViolations(admin)).toEqual([]);

    // Back where the coordinator came from, signed in.
    await signIn(admin, coordinator, demoPassword);
    await admin.getByRole("heading", { name: "Administration", level: 1 }).waitFor();
    expect(new URL(admin.url()).pathname).toBe("/admin");
    await admin.getByRole("button", { name: "Logga ut" }).waitFor();
    expect(await accessibilityViolations(admin)).toEqual([]);

    await admin
      .getByRole("navigation", { name: "Administration" })
      .getByRole("link", { name: "Personer" })
      .click();
    await admin.getByRole("heading", { name: "Personer", level: 1 }).waitFor();
    await admin.getByText(`${people.length} personer`).waitFor();
    expect(await accessibilityViolations(admin)).toEqual([]);

    const form = admin.locator("form", {
      has: admin.getByRole("heading", { name: "Bjud in en person" }),
    });
    await form.getByLabel("E-postadress").fill(newPerson.email);
    await form.getByLabel("Organisation", { exact: true }).fill("Rädda");
    await form.getByRole("radio", { name: "Rädda Barnen" }).check();
    await form.getByLabel("Roll i organisationen").selectOption("MEMBER");
    await form.getByRole("button", { name: "Skicka inbjudan" }).click();
    await admin.getByText(`En inbjudan är skickad till ${newPerson.email}.`).waitFor();

    await admin.goto(url("admin/inbjudningar"));
    await admin.getByRole("row", { name: new RegExp(newPerson.email) }).waitFor();
    expect(await accessibilityViolations(admin)).toEqual([]);

    const links = await linksInOutbox(admin, newPerson.email);
    expect(links).toHaveLength(1);
    expect(links[0]).toMatch(/\/inbjudan\/[\w-]+$/);
    expect(await accessibilityViolations(admin)).toEqual([]);

    await admin.goto(url("admin/logg"));
    await admin
      .getByRole("listitem")
      .filter({ hasText: /Samordnaren .+ bjöd in/ })
      .first()
      .waitFor();
    expect(await accessibilityViolations(admin)).toEqual([]);

    await admin.goto(url("admin/organisationer"));
    await admin.getByRole("heading", { name: "Ny organisation" }).waitFor();
    expect(await accessibilityViolations(admin)).toEqual([]);
  });

  it("creates the account from the link in a fresh browser, after refusing a weak password", async () => {
    // The coordinator's invitation into Rädda Barnen, as the first test sends it through the page.
    const newPerson = newPersonDetails();
    const token = await invite(
      coordinatorApi,
      { email: newPerson.email },
      {
        id: raddaBarnen,
        role: "MEMBER",
      },
    );
    const invitationLink = url(`inbjudan/${token}`);
    const page = await freshPage();
    await page.goto(invitationLink);
    await page.getByRole("heading", { name: "Skapa ditt konto" }).waitFor();
    const main = page.getByRole("main");
    await main.getByText(newPerson.email).waitFor();
    expect(await main.getByText("Rädda Barnen").count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel("Namn").fill(newPerson.name);
    await page.getByLabel("Välj ett lösenord").fill("kort");
    await page.getByLabel("Upprepa lösenordet").fill("kort");
    await page.getByRole("button", { name: "Skapa konto och logga in" }).click();
    const tooShort = page
      .getByRole("alert")
      .filter({ hasText: "Lösenordet måste ha minst 12 tecken." });
    await tooShort.waitFor();
    // The message belongs to the password field, and says so to assistive technology.
    const password = page.getByLabel("Välj ett lösenord");
    expect(await password.getAttribute("aria-invalid")).toBe("true");
    const problemId = await tooShort.getAttribute("id");
    expect(await password.getAttribute("aria-describedby")).toContain(problemId);
    expect(await accessibilityViolations(page)).toEqual([]);

    await switchLanguage(page, "English");
    await page
      .getByRole("alert")
      .filter({ hasText: "The password must have at least 12 characters." })
      .waitFor();
    await switchLanguage(page, "Svenska");

    await page.getByLabel("Välj ett lösenord").fill(newPassword);
    await page.getByLabel("Upprepa lösenordet").fill(newPassword);
    await page.getByRole("button", { name: "Skapa konto och logga in" }).click();
    await page.waitForURL(/\/profil$/);
    await page.getByRole("heading", { name: "Min profil" }).waitFor();
    await page.getByRole("link", { name: `Inloggad som ${newPerson.name}` }).waitFor();
    await main.getByRole("link", { name: "Rädda Barnen" }).waitFor();
    expect(await main.getByText("Den här webbläsaren", { exact: true }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    // A member is not the coordinator.
    await page.goto(url("admin"));
    await page.getByText("Du har inte behörighet att se den här sidan.").waitFor();

    // The link works once.
    await page.goto(invitationLink);
    await page.getByText("Inbjudan har redan använts. Logga in i stället.").waitFor();
    await switchLanguage(page, "English");
    await page.getByText("The invitation has been used already. Sign in instead.").waitFor();
  });

  it("shows the new member on the organisation's page, with the coordinator's tools", async () => {
    const newPerson = newPersonDetails();
    await createParticipant(server.url, coordinatorApi, newPerson, {
      id: raddaBarnen,
      role: "MEMBER",
    });
    const admin = await adminPage("/");
    await admin.goto(url("organisationer"));
    await admin.getByRole("link", { name: "Rädda Barnen" }).click();
    await admin.getByRole("heading", { name: "Rädda Barnen", level: 1 }).waitFor();
    await admin.getByRole("row", { name: new RegExp(newPerson.name) }).waitFor();
    await admin.getByRole("heading", { name: "Bjud in med e-post" }).waitFor();
    expect(await accessibilityViolations(admin)).toEqual([]);
  });

  it("explains a withdrawn, an expired and an unknown invitation link", async () => {
    const { email } = newPersonDetails();
    const admin = await adminPage("/admin/personer");
    for (let i = 0; i < 2; i++) {
      await admin.goto(url("admin/personer"));
      const form = admin.locator("form", {
        has: admin.getByRole("heading", { name: "Bjud in en person" }),
      });
      await form.getByLabel("E-postadress").fill(email);
      await form.getByRole("button", { name: "Skicka inbjudan" }).click();
      await admin.getByText(`En inbjudan är skickad till ${email}.`).waitFor();
    }
    // The second invitation replaced the first.
    const [, replaced] = await linksInOutbox(admin, email);
    const page = await freshPage();
    await page.goto(replaced ?? "");
    await page.getByText(/Inbjudan har dragits tillbaka/).waitFor();

    await page.goto(url("inbjudan/finns-inte"));
    await page.getByText("Den här inbjudningslänken är inte giltig.", { exact: false }).waitFor();

    // Seven days cannot pass in a test: the API's answer for an expired link stands in for it.
    await page.route("**/graphql", async (route) => {
      if (!route.request().postData()?.includes("InvitationPage_Preview")) return route.continue();
      await route.fulfill({
        json: {
          data: {
            invitation: {
              __typename: "InvitationPreview",
              email,
              name: null,
              organisationName: null,
              expiresAt: "2017-01-01T00:00:00.000Z",
              state: "EXPIRED",
            },
          },
        },
      });
    });
    await page.goto(url("inbjudan/gammal"));
    await page.getByText(/Inbjudan har gått ut/).waitFor();
    await switchLanguage(page, "English");
    await page.getByText(/The invitation has expired/).waitFor();
  });

  it("says why a sign-in fails: a wrong password, then an account locked until a given time", async () => {
    const page = await freshPage();
    await page.goto(url("logga-in"));
    await signIn(page, "observator@kraftsamling.example", "fel-losenord");
    await page
      .getByRole("alert")
      .filter({ hasText: "E-postadressen eller lösenordet stämmer inte." })
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await switchLanguage(page, "English");
    await page
      .getByRole("alert")
      .filter({ hasText: "The e-mail address or the password is not right." })
      .waitFor();
    await switchLanguage(page, "Svenska");

    for (let attempt = 1; attempt <= 6; attempt++) {
      await signIn(page, "moderator@kraftsamling.example", `fel-losenord-${attempt}`);
    }
    const locked = page.getByRole("alert").filter({
      hasText:
        /^Kontot är låst efter för många misslyckade försök\. Försök igen efter kl\. \d{2}:\d{2}\.$/,
    });
    await locked.waitFor();
    await switchLanguage(page, "English");
    await page
      .getByRole("alert")
      .filter({
        hasText:
          /^The account is locked after too many failed attempts\. Try again after \d{2}:\d{2}\.$/,
      })
      .waitFor();
  });
});
