import {
  demoDataFolder,
  freePort,
  type RunningServer,
  startServer,
} from "@kraftsamling/api/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, type Request, signedInClient } from "./api-client";
import { accessibilityViolations, launchBrowser } from "./browser";
import { browserContexts, demo, demoPassword, uniqueSuffix } from "./fixtures";

/** More members than the old plain list gave (100), so that only paging reaches the last. */
const memberCount = 105;
/** A few more open invitations than one page holds. */
const invitationCount = 53;
/** The API takes at most 15 aliases in one operation. */
const perRequest = 10;

describe("an organisation with more members and invitations than a page holds", () => {
  let server: RunningServer;
  let browser: Browser;
  let coordinatorApi: Request;
  const { signedInPage, closeAll } = browserContexts(() => browser);
  const suffix = uniqueSuffix();
  let slug = "";
  /** The members' names, the longest-standing first, as the page lists them. */
  const memberNames: string[] = [];
  /** The invited addresses, the first invited first. */
  const invitedEmails: string[] = [];

  /** The coordinator invites these addresses into the organisation, a few per request. */
  async function inviteAll(organisationId: string, people: { email: string; name: string }[]) {
    for (let at = 0; at < people.length; at += perRequest) {
      const chunk = people.slice(at, at + perRequest);
      const fields = chunk.map(
        (_, i) =>
          `i${i}: invitePerson(input: { email: $e${i}, name: $n${i}, organisationId: $org, membershipRole: MEMBER }) { __typename }`,
      );
      const params = chunk.map((_, i) => `$e${i}: String!, $n${i}: String`);
      const variables: Record<string, unknown> = { org: organisationId };
      chunk.forEach((person, i) => {
        variables[`e${i}`] = person.email;
        variables[`n${i}`] = person.name;
      });
      const answer = await coordinatorApi<Record<string, { __typename: string }>>(
        `mutation ($org: ID!, ${params.join(", ")}) { ${fields.join(" ")} }`,
        variables,
      );
      for (const [alias, result] of Object.entries(answer)) {
        if (result.__typename !== "MutationInvitePersonSuccess")
          throw new Error(`invitation ${alias} was refused: ${result.__typename}`);
      }
    }
  }

  /** The token in the latest invitation e-mail to each address, read in the outbox. */
  async function tokensFor(emails: string[]): Promise<Map<string, string>> {
    const { outbox } = await coordinatorApi<{ outbox: { to: string; text: string }[] }>(
      `{ outbox(limit: 100) { to text } }`,
    );
    const tokens = new Map<string, string>();
    for (const mail of outbox) {
      const token = mail.text.match(/\/inbjudan\/([\w-]+)/)?.[1];
      if (token && emails.includes(mail.to) && !tokens.has(mail.to)) tokens.set(mail.to, token);
    }
    return tokens;
  }

  /**
   * The coordinator invites these people into the organisation and each accepts in turn, a few at a
   * time, so that they become members in this order.
   */
  async function joinAll(organisationId: string, people: { email: string; name: string }[]) {
    for (let at = 0; at < people.length; at += perRequest) {
      const chunk = people.slice(at, at + perRequest);
      await inviteAll(organisationId, chunk);
      const tokens = await tokensFor(chunk.map((p) => p.email));
      for (const person of chunk) {
        const token = tokens.get(person.email);
        if (!token) throw new Error(`no invitation to ${person.email} in the outbox`);
        const { acceptInvitation } = await apiClient(server.url)<{
          acceptInvitation: { __typename: string };
        }>(
          `mutation ($token: String!, $name: String!, $password: String!) { acceptInvitation(token: $token, name: $name, password: $password) { __typename } }`,
          { token, name: person.name, password: "fyra-ord-som-ingen-gissar" },
        );
        if (acceptInvitation.__typename !== "MutationAcceptInvitationSuccess")
          throw new Error(`${person.email} could not accept: ${acceptInvitation.__typename}`);
      }
    }
  }

  beforeAll(async () => {
    server = await startServer({ DATA_DIR: demoDataFolder(), PORT: String(await freePort()) });
    browser = await launchBrowser();
    coordinatorApi = await signedInClient(server.url, demo.coordinator.email, demoPassword);

    const { createOrganisation } = await coordinatorApi<{
      createOrganisation: { __typename: string; data?: { id: string; slug: string } };
    }>(
      `mutation ($input: OrganisationInput!) { createOrganisation(input: $input) { __typename ... on MutationCreateOrganisationSuccess { data { id slug } } } }`,
      {
        input: {
          name: `Stora föreningen ${suffix}`,
          kind: "INTRESSEORGANISATION",
          circle: "BRED_DELAKTIGHET",
        },
      },
    );
    const organisation = createOrganisation.data;
    if (!organisation) throw new Error(`no organisation: ${createOrganisation.__typename}`);
    slug = organisation.slug;

    // Numbered names sort as the page lists them: Medlem 001 joined first.
    const members = Array.from({ length: memberCount }, (_, i) => {
      const number = String(i + 1).padStart(3, "0");
      return {
        email: `medlem${number}.${suffix}@kommun.example`,
        name: `Medlem ${number} ${suffix}`,
      };
    });
    await joinAll(organisation.id, members);
    memberNames.push(...members.map((m) => m.name));

    const invited = Array.from({ length: invitationCount }, (_, i) => {
      const number = String(i + 1).padStart(3, "0");
      return { email: `inbjuden${number}.${suffix}@kommun.example`, name: `Inbjuden ${number}` };
    });
    await inviteAll(organisation.id, invited);
    invitedEmails.push(...invited.map((p) => p.email));
  }, 300_000);
  afterAll(async () => {
    await closeAll();
    await browser?.close();
    server?.child.kill("SIGTERM");
    await server?.exited;
  });

  /** The rows of the members table, by the name in each row's header cell. */
  const memberRow = (page: Page, name: string) =>
    page
      .getByRole("table", { name: "Organisationens medlemmar och deras roller" })
      .getByRole("rowheader", { name: new RegExp(`^${name}`) });

  it("pages through the members 50 at a time, to the last, and keeps the count after a removal", async () => {
    const page = await signedInPage(server.url, demo.coordinator.email, `organisationer/${slug}`);
    const pager = page.getByRole("navigation", { name: "Sidor i listan över medlemmar" });
    await pager.getByText(`Visar 1–50 av ${memberCount}`).waitFor();
    await memberRow(page, memberNames[49] ?? "").waitFor();
    expect(await memberRow(page, memberNames[50] ?? "").count()).toBe(0);

    await pager.getByRole("button", { name: "Nästa" }).click();
    await pager.getByText(`Visar 51–100 av ${memberCount}`).waitFor();
    await memberRow(page, memberNames[50] ?? "").waitFor();
    expect(await memberRow(page, memberNames[0] ?? "").count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    await pager.getByRole("button", { name: "Nästa" }).click();
    await pager.getByText(`Visar 101–${memberCount} av ${memberCount}`).waitFor();
    const last = memberNames[memberCount - 1] ?? "";
    await memberRow(page, last).waitFor();
    // On the last page "Nästa" leads nowhere, and says so where it stood, keeping the focus.
    const next = pager.getByRole("button", { name: "Nästa" });
    await expect.poll(() => next.getAttribute("aria-disabled")).toBe("true");
    expect(await next.evaluate((button) => button === document.activeElement)).toBe(true);

    // Removing the last member refreshes the page shown, and the count with it.
    await page.getByRole("button", { name: `Ta bort ${last}` }).click();
    await page.getByRole("button", { name: "Ja, ta bort" }).click();
    await pager.getByText(`Visar 101–${memberCount - 1} av ${memberCount - 1}`).waitFor();
    await expect.poll(() => memberRow(page, last).count()).toBe(0);
    await memberRow(page, memberNames[memberCount - 2] ?? "").waitFor();

    await pager.getByRole("button", { name: "Föregående" }).click();
    await pager.getByText(`Visar 51–100 av ${memberCount - 1}`).waitFor();
    await memberRow(page, memberNames[50] ?? "").waitFor();
  });

  it("pages through the invitations that wait, the newest first, and counts a withdrawal", async () => {
    const page = await signedInPage(server.url, demo.coordinator.email, `organisationer/${slug}`);
    const pager = page.getByRole("navigation", {
      name: "Sidor i listan över inbjudningar som väntar",
    });
    const invitations = page.getByRole("table", {
      name: "Inbjudningar till organisationen som inte har använts ännu",
    });
    const invitationRow = (email: string) => invitations.getByRole("rowheader", { name: email });
    const first = invitedEmails[0] ?? "";
    const newest = invitedEmails[invitationCount - 1] ?? "";

    await pager.getByText(`Visar 1–50 av ${invitationCount}`).waitFor();
    await invitationRow(newest).waitFor();
    expect(await invitationRow(first).count()).toBe(0);

    await pager.getByRole("button", { name: "Nästa" }).click();
    await pager.getByText(`Visar 51–${invitationCount} av ${invitationCount}`).waitFor();
    await invitationRow(first).waitFor();

    await page.getByRole("button", { name: `Dra tillbaka inbjudan till ${first}` }).click();
    await page.getByRole("button", { name: "Ja, dra tillbaka" }).click();
    await pager.getByText(`Visar 51–${invitationCount - 1} av ${invitationCount - 1}`).waitFor();
    await expect.poll(() => invitationRow(first).count()).toBe(0);

    // Withdrawn to the last of the page, the list shows its first page again.
    for (const email of invitedEmails.slice(1, invitationCount - 50)) {
      await page.getByRole("button", { name: `Dra tillbaka inbjudan till ${email}` }).click();
      await page.getByRole("button", { name: "Ja, dra tillbaka" }).click();
      await expect.poll(() => invitationRow(email).count()).toBe(0);
    }
    await pager.getByText("Visar 1–50 av 50").waitFor();
    await invitationRow(newest).waitFor();
  });
});
