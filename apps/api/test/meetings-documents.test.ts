import { schema } from "@kraftsamling/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpServer, newParticipant, sessionCookie, storedMeeting } from "./meetings-support";
import { type TestApi, testApi } from "./support";

const pdf = Buffer.concat([
  Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"),
  Buffer.from("trailer << /Root 1 0 R >>\n%%EOF\n"),
]);
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

interface UploadAnswer {
  document: { id: string; fileName: string; contentType: string; size: number; url: string };
  error: { code: string; message: string };
}

describe("documents of a meeting over HTTP", () => {
  let api: TestApi;
  let server: Awaited<ReturnType<typeof httpServer>>;
  let coordinatorCookie: string;
  let memberCookie: string;
  let meeting: Awaited<ReturnType<typeof storedMeeting>>;

  beforeAll(async () => {
    api = await testApi();
    server = await httpServer(api);
    const coordinator = await api.viewer("samordnare@kraftsamling.example");
    coordinatorCookie = await sessionCookie(api, coordinator.personId);
    memberCookie = await sessionCookie(api, (await newParticipant(api)).personId);
    meeting = await storedMeeting(api);
  });
  afterAll(async () => {
    await server?.stop();
    await api?.close();
  });

  const upload = async (
    fileName: string,
    bytes: Buffer,
    options: { cookie?: string | null; csrf?: boolean; meetingId?: string } = {},
  ) => {
    const form = new FormData();
    form.append("file", new Blob([bytes]), fileName);
    const headers: Record<string, string> = {};
    if (options.cookie !== null) headers.cookie = options.cookie ?? coordinatorCookie;
    if (options.csrf !== false) headers["apollo-require-preflight"] = "true";
    const response = await fetch(
      `${server.url}/meetings/${options.meetingId ?? meeting.id}/documents`,
      { method: "POST", body: form, headers },
    );
    return { status: response.status, body: (await response.json()) as UploadAnswer };
  };
  const documentCount = async () =>
    (
      await api.database.db
        .select({ id: schema.meetingDocuments.id })
        .from(schema.meetingDocuments)
        .where(eq(schema.meetingDocuments.meetingId, meeting.id))
    ).length;

  it("stores a PDF from the coordinator and serves it back as an attachment", async () => {
    const answer = await upload("Program för dagen.pdf", pdf);
    expect(answer.status).toBe(201);
    expect(answer.body.document).toMatchObject({
      fileName: "Program för dagen.pdf",
      contentType: "application/pdf",
      size: pdf.length,
    });
    const download = await fetch(`${server.url}/meetings/documents/${answer.body.document.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.headers.get("content-disposition")).toBe(
      `attachment; filename="Program f_r dagen.pdf"; filename*=UTF-8''Program%20f%C3%B6r%20dagen.pdf`,
    );
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);

    const listed = await api.query<{
      meeting: { documents: { id: string; fileName: string; size: number; url: string }[] };
    }>(`query ($id: ID!) { meeting(id: $id) { documents { id fileName size url } } }`, {
      id: meeting.id,
    });
    expect(listed.meeting.documents).toEqual([
      {
        id: answer.body.document.id,
        fileName: "Program för dagen.pdf",
        size: pdf.length,
        url: `http://portal.test/meetings/documents/${answer.body.document.id}`,
      },
    ]);
    const [entry] = await api.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, "meeting.document.add"));
    expect(entry).toMatchObject({ actorName: "Ingrid Holm", subjectId: meeting.id });
  });

  it("accepts a PNG and a plain text file by what they hold", async () => {
    expect((await upload("bild.png", png)).body.document.contentType).toBe("image/png");
    const text = await upload("anteckningar.txt", Buffer.from("Åtgärder: fler samtal med barn.\n"));
    expect(text.body.document.contentType).toBe("text/plain; charset=utf-8");
  });

  it("refuses a file larger than 20 MB, and stores nothing", async () => {
    const before = await documentCount();
    const big = Buffer.alloc(20 * 1024 * 1024 + 1, 0x20);
    big.write("%PDF-1.4", 0);
    const answer = await upload("stor.pdf", big);
    expect(answer).toMatchObject({ status: 413, body: { error: { code: "FILE_TOO_LARGE" } } });
    expect(await documentCount()).toBe(before);
  });

  it("refuses by what the file holds, not by its name, and types that are not allowed", async () => {
    const before = await documentCount();
    expect(await upload("program.pdf", png)).toMatchObject({
      status: 415,
      body: { error: { code: "FILE_CONTENT_MISMATCH" } },
    });
    expect(await upload("rapport.docx", pdf)).toMatchObject({
      status: 415,
      body: { error: { code: "FILE_CONTENT_MISMATCH" } },
    });
    expect(await upload("lista.csv", png)).toMatchObject({
      status: 415,
      body: { error: { code: "FILE_CONTENT_MISMATCH" } },
    });
    const exe = await upload("verktyg.exe", Buffer.from("MZ\x90\x00"));
    expect(exe).toMatchObject({ status: 415, body: { error: { code: "FILE_TYPE_NOT_ALLOWED" } } });
    expect(exe.body.error.message).toMatch(/PDF, DOCX, XLSX, PPTX, ODT, TXT, CSV, PNG or JPEG/);
    expect(await documentCount()).toBe(before);
  });

  it("refuses a text file with a personal identity number", async () => {
    const before = await documentCount();
    const answer = await upload(
      "deltagare.csv",
      Buffer.from("namn,nummer\nPojken,20121212-1212\n"),
    );
    expect(answer).toMatchObject({ status: 422, body: { error: { code: "PERSONAL_DATA" } } });
    expect(await documentCount()).toBe(before);
  });

  it("takes uploads only from the coordinator, with the CSRF header", async () => {
    const before = await documentCount();
    expect(await upload("a.pdf", pdf, { csrf: false })).toMatchObject({
      status: 400,
      body: { error: { code: "CSRF_HEADER_MISSING" } },
    });
    expect(await upload("a.pdf", pdf, { cookie: null })).toMatchObject({
      status: 401,
      body: { error: { code: "UNAUTHENTICATED" } },
    });
    expect(await upload("a.pdf", pdf, { cookie: memberCookie })).toMatchObject({
      status: 403,
      body: { error: { code: "FORBIDDEN" } },
    });
    expect(await upload("a.pdf", pdf, { meetingId: "ingen" })).toMatchObject({ status: 404 });
    expect(await documentCount()).toBe(before);
  });

  it("hides the documents of a draft from all but the coordinator, and removes one on request", async () => {
    const draft = await storedMeeting(api, { status: "draft" });
    const answer = await upload("utkast.pdf", pdf, { meetingId: draft.id });
    const url = `${server.url}/meetings/documents/${answer.body.document.id}`;
    expect((await fetch(url)).status).toBe(404);
    expect((await fetch(url, { headers: { cookie: memberCookie } })).status).toBe(404);
    expect((await fetch(url, { headers: { cookie: coordinatorCookie } })).status).toBe(200);
    const coordinator = await api.viewer("samordnare@kraftsamling.example");
    const removed = await api.query<{ removeMeetingDocument: boolean }>(
      `mutation ($id: ID!) { removeMeetingDocument(id: $id) }`,
      { id: answer.body.document.id },
      coordinator,
    );
    expect(removed.removeMeetingDocument).toBe(true);
    expect((await fetch(url, { headers: { cookie: coordinatorCookie } })).status).toBe(404);
  });
});
