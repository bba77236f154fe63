import type { IncomingMessage } from "node:http";
import type { Database } from "@kraftsamling/db";
import busboy from "busboy";
import { type Request, type Response, Router } from "express";
import { hasScope } from "../accounts/scopes";
import type { Viewer } from "../accounts/viewer";
import { DocumentRefusal, maximumDocumentBytes } from "../meetings/document-types";
import { addMeetingDocument, downloadableDocument, meetingById } from "../meetings/service";
import type { Dependencies } from "../shared/dependencies";

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

/** Reads the one file of a multipart request, stopping past the size limit. */
function readOneFile(req: IncomingMessage): Promise<{ fileName: string; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        // Browsers send file names in UTF-8 (Program för dagen.pdf).
        defParamCharset: "utf8",
        limits: { files: 1, fileSize: maximumDocumentBytes, fields: 5 },
      });
    } catch {
      reject(new DocumentRefusal("NOT_MULTIPART", 400, "Send the file as multipart/form-data."));
      return;
    }
    let found: Promise<{ fileName: string; bytes: Buffer }> | null = null;
    parser.on("file", (_field, stream, info) => {
      if (found) {
        stream.resume();
        return;
      }
      found = new Promise((done, fail) => {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("limit", () =>
          fail(
            new DocumentRefusal(
              "FILE_TOO_LARGE",
              413,
              `A document is at most ${maximumDocumentBytes / 1024 / 1024} MB.`,
            ),
          ),
        );
        stream.on("end", () =>
          done({ fileName: info.filename ?? "", bytes: Buffer.concat(chunks) }),
        );
        stream.on("error", fail);
      });
      found.catch(() => {});
    });
    parser.on("error", () =>
      reject(new DocumentRefusal("NOT_MULTIPART", 400, "The multipart request is malformed.")),
    );
    parser.on("close", () => {
      if (!found)
        reject(
          new DocumentRefusal("FILE_MISSING", 400, "The request holds no file (field 'file')."),
        );
      else found.then(resolve, reject);
    });
    req.pipe(parser);
  });
}

/**
 * Documents of meetings over plain HTTP: the coordinator uploads (multipart, session cookie and a
 * CSRF header), anyone downloads those of meetings that are not drafts.
 */
export function documentRoutes(options: {
  database: Database;
  services: Dependencies;
  viewerOf: (req: Request) => Promise<Viewer | null>;
}): Router {
  const { database, services } = options;
  const router = Router();

  router.post("/meetings/:id/documents", async (req, res) => {
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
        ? refuse(res, 403, "FORBIDDEN", "Only the coordinator uploads documents.")
        : refuse(res, 401, "UNAUTHENTICATED", "Sign in as the coordinator to upload documents.");
    }
    const meeting = await meetingById(database.db, req.params.id);
    if (!meeting) {
      req.resume();
      return refuse(res, 404, "NOT_FOUND", "There is no such meeting.");
    }
    // Refuse at once what cannot fit, before reading it (the multipart framing adds a little).
    if (Number(req.get("content-length") ?? 0) > maximumDocumentBytes + 64 * 1024) {
      req.resume();
      return refuse(
        res,
        413,
        "FILE_TOO_LARGE",
        `A document is at most ${maximumDocumentBytes / 1024 / 1024} MB.`,
      );
    }
    try {
      const file = await readOneFile(req);
      const document = await addMeetingDocument(database.db, viewer, meeting, file);
      return res.status(201).json({
        document: {
          id: document.id,
          fileName: document.fileName,
          contentType: document.contentType,
          size: document.size,
          uploadedAt: document.uploadedAt.toISOString(),
          url: `${services.config.publicUrl}/meetings/documents/${document.id}`,
        },
      });
    } catch (error) {
      if (error instanceof DocumentRefusal) {
        req.unpipe();
        req.resume();
        return refuse(res, error.status, error.code, error.message, error.field);
      }
      services.log.error("document upload failed", error);
      return refuse(res, 500, "INTERNAL", "The document could not be stored: try again later.");
    }
  });

  router.get("/meetings/documents/:id", async (req, res) => {
    const document = await downloadableDocument(
      database.db,
      () => options.viewerOf(req),
      req.params.id,
    );
    if (!document) return refuse(res, 404, "NOT_FOUND", "There is no such document.");
    const ascii = document.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
    res.set({
      "Content-Type": document.contentType,
      "Content-Length": String(document.size),
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, max-age=300",
    });
    return res.end(Buffer.from(document.content));
  });

  return router;
}
