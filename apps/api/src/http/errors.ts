import type { ErrorRequestHandler } from "express";
import type { Log } from "../shared/log";

const messages: Record<number, string> = {
  400: "The request is malformed (is the body valid JSON?).",
  403: "Forbidden.",
  404: "Not found.",
  413: "The request is too large.",
  415: "The request's content type is not supported.",
};

/**
 * The answer to any request that failed outside GraphQL: its status and one plain sentence, in
 * every NODE_ENV, with no stack trace or file path. An unexpected failure is logged in full.
 */
export function httpErrorHandler(log: Log): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    // body-parser and express set `status` on the errors they raise; anything else is ours: 500.
    const given = (error as { status?: unknown }).status;
    const status = typeof given === "number" && given >= 400 && given < 600 ? given : 500;
    if (status >= 500) log.error("request failed", error);
    res
      .status(status)
      .type("text/plain; charset=utf-8")
      .send(
        messages[status] ??
          (status >= 500
            ? "Something went wrong; please try again later."
            : "The request was refused."),
      );
  };
}
