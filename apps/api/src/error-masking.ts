import { unwrapResolverError } from "@apollo/server/errors";
import type { ErrorRequestHandler } from "express";
import type { GraphQLError, GraphQLFormattedError } from "graphql";
import { InputError } from "./shared/errors";
import type { Log } from "./shared/log";
import { withoutSuggestions } from "./shared/query-limits";

/** The largest body `/graphql` reads (express.json's `limit`). */
export const graphqlBodyLimit = "1mb";

export const internalErrorMessage =
  "Något gick fel hos Kraftsamling. Internal error: please try again later.";

/**
 * What a caller may see of an error, over HTTP and WebSocket alike: a refusal (InputError) as the
 * caller's mistake with its sentence, an unexpected failure logged in full and reported without its
 * internals (SQL, paths, stack); a field is never suggested.
 */
export function maskError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: Log,
): GraphQLFormattedError {
  const message = withoutSuggestions(formatted.message);
  if (formatted.extensions?.code !== "INTERNAL_SERVER_ERROR") return { ...formatted, message };
  const unwrapped = unwrapResolverError(error);
  // A refusal a query's service throws (a bad filter, a page out of range) is the caller's to mend:
  // its sentence and the input it names, as a mutation's InputError result would give them.
  if (unwrapped instanceof InputError) {
    return {
      message: unwrapped.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: "BAD_USER_INPUT", reason: unwrapped.code, field: unwrapped.field },
    };
  }
  // Pothos's refusal of arguments that do not go together (a page's `first` with `last`, a cursor
  // that is not one) names the arguments only: the caller's to mend.
  if (
    unwrapped instanceof Error &&
    unwrapped.name === "PothosValidationError" &&
    /^(Argument(s)? "|Invalid (offset )?cursor)/i.test(unwrapped.message)
  ) {
    return {
      message: unwrapped.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: "BAD_USER_INPUT" },
    };
  }
  const original = unwrapped as { code?: string; cause?: { code?: string } };
  // PostgreSQL's "invalid input syntax" (a malformed id or date) is the caller's mistake.
  if (original?.code === "22P02" || original?.cause?.code === "22P02") {
    return {
      message: "A value in the request is not valid (a malformed id?).",
      extensions: { code: "BAD_USER_INPUT" },
    };
  }
  log.error("GraphQL operation failed", original);
  return {
    message: internalErrorMessage,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}

/**
 * For the WebSocket path, which does not pass through Apollo: gives each error the code Apollo
 * would (INTERNAL_SERVER_ERROR where none was set), drops the HTTP-only extensions and masks it.
 */
export function maskSocketErrors(
  errors: readonly GraphQLError[],
  log: Log,
): GraphQLFormattedError[] {
  return errors.map((error) => {
    const { http: _http, ...extensions } = (error.extensions ?? {}) as Record<string, unknown>;
    const formatted: GraphQLFormattedError = {
      ...error.toJSON(),
      extensions: { ...extensions, code: extensions.code ?? "INTERNAL_SERVER_ERROR" },
    };
    return maskError(formatted, error, log);
  });
}

/**
 * A `/graphql` body over the size limit answers as GraphQL answers: JSON with one error, a plain
 * sentence and a stable code (PAYLOAD_TOO_LARGE), not a page.
 */
export const graphqlBodyTooLarge: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent || (error as { status?: unknown }).status !== 413) {
    next(error);
    return;
  }
  res.status(413).json({
    errors: [
      {
        message: "The request is too large: the body of a GraphQL request may hold at most 1 MB.",
        extensions: { code: "PAYLOAD_TOO_LARGE" },
      },
    ],
  });
};
