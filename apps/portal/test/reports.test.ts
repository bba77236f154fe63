import { readFile } from "node:fs/promises";
import { inflateRawSync } from "node:zlib";
import {
  demoDataFolder,
  freePort,
  type RunningServer,
  startServer,
} from "@kraftsamling/api/testing";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, launchBrowser } from "./browser";
import { browserContexts, demo, uniqueSuffix } from "./fixtures";

/** One file of a ZIP archive (stored or deflated), read through its central directory. */
function zipEntry(zip: Buffer, name: string): Buffer | null {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) return null;
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString("utf8", at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return method === 0 ? Buffer.from(data) : inflateRawSync(data);
    }
    at += 46 + nameLength + extra + comment;
  }
  return null;
}

describe("the coordinator's report desk, in a browser", () => {
  let server: RunningServer;
  let browser: Browser;
  const { signedInPage, closeAll } = browserContexts(() => browser);

  beforeAll(async () => {
    server = await startServer({ DATA_DIR: demoDataFolder(), PORT: String(await freePort()) });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await closeAll();
    await browser?.close();
    server?.child.kill("SIGTERM");
    await server?.exited;
  });

  it("writes the summary of Q3 2016, downloads the report as a Word document, prints it and marks it sent", async () => {
    const page = await signedInPage(server.url, demo.coordinator.email, "/admin");
    await page
      .getByRole("navigation", { name: "Administration" })
      .getByRole("link", { name: "Kvartalsrapporter" })
      .click();
    await page.getByRole("heading", { name: "Kvartalsrapporter", level: 1 }).waitFor();
    await page.getByLabel("År", { exact: true }).selectOption("2016");
    await page.getByLabel("Kvartal", { exact: true }).selectOption({ label: "Kvartal 3" });
    await page.getByRole("button", { name: "Visa", exact: true }).click();
    await page.waitForURL(/ar=2016&kvartal=3/);
    await page.getByRole("heading", { name: "Kvartalsrapport Q3 2016", level: 2 }).waitFor();
    await page.getByText("Perioden 1 juli 2016–30 september 2016").waitFor();
    for (const section of [
      "Sammanfattning",
      "Nya publicerade iakttagelser",
      "Genomförda möten",
      "Kommunbesök",
      "Tidsmätningen",
      "Åtaganden som ändrat status",
    ])
      await page.getByRole("region", { name: section, exact: true }).waitFor();
    // The proposals were handed over in September 2016: their steps are in the quarter.
    const commitments = page.getByRole("region", { name: "Åtaganden som ändrat status" });
    expect(await commitments.getByRole("row").count()).toBeGreaterThan(1);

    const summary = `Kvartalet präglades av arbetet med förslagen till regeringen (${uniqueSuffix()}).`;
    await page.getByRole("textbox", { name: "Sammanfattning" }).fill(summary);
    await page.getByRole("button", { name: "Spara sammanfattningen" }).click();
    await page.getByText("Sammanfattningen är sparad.").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Ladda ner som Word-dokument (DOCX)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("kvartalsrapport-2016-q3.docx");
    const docx = await readFile((await download.path()) ?? "");
    expect(docx.subarray(0, 2).toString("latin1")).toBe("PK");
    const document = zipEntry(docx, "word/document.xml")?.toString("utf8") ?? "";
    expect(document).toContain(summary);
    expect(document).toContain("Kvartalsrapport Q3 2016");

    await page.getByRole("link", { name: "Öppna utskriftsversionen" }).click();
    await page.waitForURL(/\/admin\/rapporter\/2016\/3\/utskrift$/);
    await page.getByRole("heading", { name: "Kvartalsrapport Q3 2016", level: 1 }).waitFor();
    await page.getByText(summary).waitFor();
    expect(await page.getByRole("navigation").count()).toBe(0);
    // Every table names its columns in a header row, which the print repeats on each page.
    const tables = page.locator("table");
    expect(await tables.count()).toBeGreaterThan(1);
    for (const table of await tables.all())
      expect(await table.locator("thead th[scope=col]").count()).toBeGreaterThan(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole("link", { name: "Tillbaka till kvartalsrapporterna" }).click();
    const send = page.getByRole("region", { name: "Markera som skickad" });
    await send.getByLabel("Skickad datum").fill("2016-10-05");
    await send.getByRole("button", { name: "Markera som skickad" }).click();
    await send.getByText("Vill du markera rapporten för Q3 2016 som skickad").waitFor();
    await send.getByRole("button", { name: "Ja, markera som skickad" }).click();
    await page.getByText("Rapporten skickades 5 oktober 2016").waitFor();
    // Sent: kept as it was, the summary now text and no longer a form.
    await page
      .getByRole("region", { name: "Sammanfattning", exact: true })
      .getByText(summary)
      .waitFor();
    expect(await page.getByRole("button", { name: "Spara sammanfattningen" }).count()).toBe(0);
    await page
      .getByRole("region", { name: "Sparade rapporter" })
      .getByText("Kvartalsrapport Q3 2016")
      .waitFor();
  });
});
