import { schema } from "@kraftsamling/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpServer, sessionCookie, storedMeeting } from "./meetings-support";
import { type TestApi, testApi } from "./support";

const pdf = Buffer.concat([
  Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"),
  Buffer.from("trailer << /Root 1 0 R >>\n%%EOF\n"),
]);

describe("the name of an uploaded document", () => {
  let api: TestApi;
  let server: Awaited<ReturnType<typeof httpServer>>;
  let cookie: string;
  let meeting: Awaited<ReturnType<typeof storedMeeting>>;

  beforeAll(async () => {
    api = await testApi();
    server = await httpServer(api);
    cookie = await sessionCookie(
      api,
      (await api.viewer("samordnare@kraftsamling.example")).personId,
    );
    meeting = await storedMeeting(api);
  });
  afterAll(async () => {
    await server?.stop();
    await api?.close();
  });

  const upload = async (fileName: string, bytes: Buffer) => {
    const form = new FormData();
    form.append("file", new Blob([bytes]), fileName);
    const response = await fetch(`${server.url}/meetings/${meeting.id}/documents`, {
      method: "POST",
      body: form,
      headers: { cookie, "apollo-require-preflight": "true" },
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const storedNames = async () =>
    (
      await api.database.db
        .select({ fileName: schema.meetingDocuments.fileName })
        .from(schema.meetingDocuments)
        .where(eq(schema.meetingDocuments.meetingId, meeting.id))
    ).map((row) => row.fileName);

  it.each([
    "Utredning 19121212-1212.pdf",
    "121212_1212.pdf",
    "Barnet ١٢١٢١٢-١٢١٢.txt",
  ])("refuses a file named %s and stores nothing", async (fileName) => {
    const bytes = fileName.endsWith(".txt") ? Buffer.from("Om mötet.\n") : pdf;
    const answer = await upload(fileName, bytes);
    expect(answer).toMatchObject({
      status: 422,
      body: { error: { code: "PERSONAL_DATA", field: "fileName" } },
    });
    expect(await storedNames()).not.toContain(fileName);
  });

  it("takes a file named with a date", async () => {
    const answer = await upload("Program 2030-05-14.pdf", pdf);
    expect(answer.status).toBe(201);
    expect(await storedNames()).toContain("Program 2030-05-14.pdf");
  });
});
