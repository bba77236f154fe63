import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLError, GraphQLFormattedError } from "graphql";
import { InputError } from "./shared/errors";
import type { Log } from "./shared/log";
import { shownMessage } from "./shared/query-limits";

export const internalErrorMessage =
  "Något gick fel hos Kraftsamling. Internal error: please try again later.";

export const invalidCursorMessage =
  "Invalid cursor: it is not one this list gave out. Give a cursor from a page of this list, asked with the same filter, order and other arguments but first, last, after and before (an edge's `cursor`, or `pageInfo`'s `startCursor` or `endCursor`).";

function isPothosRefusal(error: unknown): error is Error {
  return error instanceof Error && error.name === "PothosValidationError";
}

function isDataException(code: string | undefined): boolean {
  return typeof code === "string" && code.startsWith("22");
}

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
  const message = shownMessage(formatted.message);
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
  // Pothos's refusal of arguments that do not go together (a page's `first` with `last`) names
  // the arguments only: the caller's to mend.
  if (isPothosRefusal(unwrapped) && /^Argument(s)? "/i.test(unwrapped.message)) {
    return {
      message: unwrapped.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: "BAD_USER_INPUT" },
    };
  }
  // A cursor no page gave (empty, the wrong number or kind of values): said without repeating it.
  if (isPothosRefusal(unwrapped) && /cursor/i.test(unwrapped.message)) {
    return {
      message: invalidCursorMessage,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: "BAD_USER_INPUT", reason: "INVALID_CURSOR" },
    };
  }
  const original = unwrapped as { code?: string; cause?: { code?: string } };
  // PostgreSQL's data exceptions (class 22: a malformed id, a date that does not exist, a number
  // out of range), which only a value in the request can cause here, are the caller's mistake.
  if (isDataException(original?.code) || isDataException(original?.cause?.code)) {
    return {
      message: "A value in the request is not valid (a malformed id, date or cursor?).",
      ...(formatted.path ? { path: formatted.path } : {}),
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
