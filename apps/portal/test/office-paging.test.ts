import {
  demoDataFolder,
  freePort,
  type RunningServer,
  startServer,
} from "@kraftsamling/api/testing";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createParticipant, type Request, signedInClient } from "./api-client";
import { accessibilityViolations, launchBrowser } from "./browser";
import { browserContexts, demo, demoPassword, newPersonDetails } from "./fixtures";

describe("an admin list longer than a page", () => {
  let server: RunningServer;
  let browser: Browser;
  let coordinatorApi: Request;
  const { signedInPage, closeAll } = browserContexts(() => browser);

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

  it("shows the audit log 50 at a time, with where the page lies and the pages before and after", async () => {
    // One person's role changed 60 times: 60 entries in the log, each a role change.
    const person = newPersonDetails();
    await createParticipant(server.url, coordinatorApi, person);
    const { people } = await coordinatorApi<{ people: { id: string }[] }>(
      `query ($search: String) { people(search: $search) { id } }`,
      { search: person.email },
    );
    const personId = people[0]?.id;
    if (!personId) throw new Error("the new person is not there");
    for (let round = 0; round < 6; round += 1) {
      const changes = Array.from(
        { length: 10 },
        (_, i) =>
          `c${i}: setPortalRole(personId: $id, role: ${i % 2 === 0 ? "OBSERVER" : "MEMBER"}) { __typename }`,
      );
      await coordinatorApi(`mutation ($id: ID!) { ${changes.join(" ")} }`, { id: personId });
    }
    const { auditLogConnection } = await coordinatorApi<{
      auditLogConnection: { totalCount: number };
    }>(`{ auditLogConnection(action: "person.role") { totalCount } }`);
    const total = auditLogConnection.totalCount;
    expect(total).toBeGreaterThanOrEqual(60);

    const admin = await signedInPage(
      server.url,
      demo.coordinator.email,
      "admin/logg?handling=person.role",
    );
    const pages = admin.getByRole("navigation", { name: "Sidor i loggen" });
    await pages.getByText(`Visar 1–50 av ${total}`).waitFor();
    expect(await admin.locator(".log-entries > li").count()).toBe(50);

    await pages.getByRole("link", { name: "Nästa" }).click();
    await pages.getByText(`Visar 51–${Math.min(100, total)} av ${total}`).waitFor();
    expect(admin.url()).toMatch(/handling=person\.role/);
    expect(admin.url()).toMatch(/efter=/);
    expect(await admin.locator(".log-entries > li").count()).toBe(Math.min(100, total) - 50);
    expect(await accessibilityViolations(admin)).toEqual([]);

    // The address holds the page: opened again, it shows the same page.
    await admin.reload();
    await pages.getByText(`Visar 51–${Math.min(100, total)} av ${total}`).waitFor();

    await pages.getByRole("link", { name: "Föregående" }).click();
    await pages.getByText(`Visar 1–50 av ${total}`).waitFor();
    // The first page is the list's plain address, with its filter and no page.
    expect(new URL(admin.url()).search).toBe("?handling=person.role");
    // On the first page "Föregående" leads nowhere and says so where it stood.
    const previous = pages.getByRole("link", { name: "Föregående" });
    expect(await previous.getAttribute("aria-disabled")).toBe("true");
    expect(await previous.getAttribute("rel")).toBeNull();
    await pages.getByRole("link", { name: "Nästa" }).waitFor();
  });
});
