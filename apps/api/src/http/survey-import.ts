import type { IncomingMessage } from "node:http";
import type { Readable } from "node:stream";
import type { Database } from "@kraftsamling/db";
import { couldBePhoneNumber, findPersonalIdentityNumbers } from "@kraftsamling/domain";
import busboy from "busboy";
import { type Request, type Response, Router } from "express";
import { hasScope } from "../accounts/scopes";
import type { Viewer } from "../accounts/viewer";
import { nulCharacterMessage, personalDataMessage, phoneNumberAdvice } from "../input-guard";
import {
  maximumSurveyBytes,
  runSurveyImport,
  SurveyUploadFailure,
  startSurveyImport,
  surveyImportInput,
} from "../measurement/import";
import type { SurveyImportRow } from "../measurement/service";
import type { Dependencies } from "../shared/dependencies";
import { InputError } from "../shared/errors";

const refuse = (
  res: Response,
  status: number,
  code: string,
  message: string,
  field: string | null = null,
) => res.status(status).json({ error: field ? { code, field, message } : { code, message } });

/** Like Apollo's CSRF prevention: a header a plain form or image cannot send without a preflight. */
function hasCsrfHeader(req: Request): boolean {
  return Boolean(req.get("apollo-require-preflight") || req.get("x-apollo-operation-name"));
}

class UploadRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The fields sent before the file, and the file as a stream, as soon as it starts: the file is
 * read while it arrives, never held whole. `done` settles when the request has been read.
 */
function uploadOf(req: IncomingMessage): Promise<{
  fields: Record<string, string>;
  file: Readable;
  done: Promise<void>;
}> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { files: 1, fileSize: maximumSurveyBytes, fields: 10, fieldSize: 1000 },
      });
    } catch {
      reject(new UploadRefusal(400, "NOT_MULTIPART", "Send the file as multipart/form-data."));
      return;
    }
    const fields: Record<string, string> = {};
    let started = false;
    let settle: { resolve: () => void; reject: (e: Error) => void } | null = null;
    const done = new Promise<void>((res, rej) => {
      settle = { resolve: res, reject: rej };
    });
    done.catch(() => {});
    parser.on("field", (name, value) => {
      fields[name] = value;
    });
    let current: Readable | null = null;
    parser.on("file", (_name, stream) => {
      if (started) {
        stream.resume();
        return;
      }
      started = true;
      current = stream;
      resolve({ fields, file: stream, done });
    });
    parser.on("error", () => {
      const error = new UploadRefusal(400, "NOT_MULTIPART", "The multipart request is malformed.");
      settle?.reject(error);
      reject(error);
    });
    parser.on("close", () => {
      settle?.resolve();
      if (!started)
        reject(new UploadRefusal(400, "FILE_MISSING", "The request holds no file (field 'file')."));
    });
    // A client that goes away midway ends the file with a failure, so that the import stops.
    req.on("close", () => {
      if (req.complete) return;
      const failure = new SurveyUploadFailure("uppladdningen avbröts");
      (current as Readable | null)?.destroy(failure);
      settle?.reject(failure);
    });
    req.pipe(parser);
  });
}

/** C0 and C1 control characters and DEL: none belongs in a survey's name. */
const hasControlCharacter = (text: string) =>
  [...text].some((c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 || (code >= 0x7f && code <= 0x9f);
  });

/**
 * The form's text fields pass what every GraphQL argument passes: no NUL character anywhere, no
 * control character in the name, and no field holding what looks like a Swedish personal identity
 * or coordination number, refused with the same message (and the field's name).
 */
function guardFormText(fields: Record<string, string>): void {
  for (const [field, value] of Object.entries(fields)) {
    if (value.includes("\u0000"))
      throw new InputError("NUL_CHARACTER", nulCharacterMessage(field), field);
  }
  if (hasControlCharacter((fields.name ?? "").trim()))
    throw new InputError("INVALID_NAME", "A survey's name holds no control characters.", "name");
  for (const [field, value] of Object.entries(fields)) {
    const [found] = findPersonalIdentityNumbers(value);
    if (!found) continue;
    const message =
      personalDataMessage + (couldBePhoneNumber(value, found) ? phoneNumberAdvice : "");
    throw new InputError("PERSONAL_DATA", message, field);
  }
}

/** The file's chunks, failing when the upload stops early or passes the size limit. */
async function* chunksOf(file: Readable): AsyncGenerator<Buffer> {
  for await (const chunk of file) yield chunk as Buffer;
  if ((file as Readable & { truncated?: boolean }).truncated)
    throw new SurveyUploadFailure(`filen är större än ${maximumSurveyBytes / 1024 / 1024} MB`);
}

/** An import as the route answers it: the same shape as the GraphQL SurveyImport. */
export function importAnswer(row: SurveyImportRow) {
  return {
    id: row.id,
    status: row.status.toUpperCase(),
    name: row.name,
    rowsRead: row.rowsRead,
    problems: row.problems ?? [],
    surveyId: row.surveyId,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/**
 * The time-use survey's upload: the coordinator posts a CSV file (multipart, session cookie and a
 * CSRF header) with the fields name, periodStart, periodEnd, round and optionally importId (a UUID
 * to follow the import by, with the GraphQL query surveyImport, while it runs) before the file.
 * Answers when the import is done: 201 with the import when imported, 422 with the import and
 * every bad row when refused.
 */
export function surveyImportRoutes(options: {
  database: Database;
  services: Dependencies;
  viewerOf: (req: Request) => Promise<Viewer | null>;
}): Router {
  const { database, services } = options;
  const router = Router();

  router.post("/measurement/surveys", async (req, res) => {
    if (!hasCsrfHeader(req)) {
      req.resume();
      return refuse(
        res,
        400,
        "CSRF_HEADER_MISSING",
        "Send the header Apollo-Require-Preflight: true with an upload.",
      );
    }
    const viewer = await options.viewerOf(req);
    if (!viewer || !hasScope(viewer, "coordinator")) {
      req.resume();
      return viewer
        ? refuse(res, 403, "FORBIDDEN", "Only the coordinator imports surveys.")
        : refuse(res, 401, "UNAUTHENTICATED", "Sign in as the coordinator to import a survey.");
    }
    if (Number(req.get("content-length") ?? 0) > maximumSurveyBytes + 64 * 1024) {
      req.resume();
      return refuse(
        res,
        413,
        "FILE_TOO_LARGE",
        `A survey file is at most ${maximumSurveyBytes / 1024 / 1024} MB.`,
      );
    }
    let upload: Awaited<ReturnType<typeof uploadOf>>;
    try {
      upload = await uploadOf(req);
    } catch (error) {
      req.unpipe();
      req.resume();
      if (error instanceof UploadRefusal)
        return refuse(res, error.status, error.code, error.message);
      throw error;
    }
    let importId: string;
    try {
      guardFormText(upload.fields);
      const input = surveyImportInput(upload.fields);
      importId = await startSurveyImport(
        database.db,
        services,
        viewer,
        input,
        upload.fields.importId,
      );
      const row = await runSurveyImport(
        database.db,
        services,
        viewer,
        importId,
        input,
        chunksOf(upload.file),
      );
      await upload.done;
      return res.status(row.status === "imported" ? 201 : 422).json({ import: importAnswer(row) });
    } catch (error) {
      upload.file.resume();
      req.unpipe();
      req.resume();
      if (error instanceof InputError)
        return refuse(res, 400, error.code, error.message, error.field);
      if (error instanceof SurveyUploadFailure)
        return refuse(res, 400, "UPLOAD_FAILED", error.message);
      services.log.error("survey import failed", error);
      return refuse(res, 500, "INTERNAL", "The survey could not be imported: try again later.");
    }
  });

  return router;
}
