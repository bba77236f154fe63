import type { IncomingMessage, ServerResponse } from "node:http";
import { createGunzip, createInflate } from "node:zlib";
import type { ApolloServer } from "@apollo/server";
import type { Database } from "@kraftsamling/db";
import { bearerSecret, invalidApiKeyMessage, lookUpApiKey } from "../api-keys/bearer";
import type { Context } from "../context";
import {
  type ApiBudgets,
  type Caller,
  rateLimitedMessage,
  rateLimitHeaders,
} from "../rate-limits/budgets";
import { headerMapOf, writeApolloBody } from "./apollo-http";
import { answerPreflight, crossOriginHeaders, graphqlMethods } from "./cross-origin";
import {
  hashMismatchMessage,
  markPortalOperation,
  type PersistedOperations,
  takePersistedOperation,
  takePersistedOperationFromSearch,
  unknownOperationMessage,
} from "./persisted-operations";

/** The largest body of a GraphQL request, in bytes, after any Content-Encoding is undone. */
export const graphqlBodyBytes = 1024 * 1024;

/**
 * How long the whole body of a GraphQL request may take to arrive: a megabyte at 35 kB/s. A client
 * that sends its headers and then the body a byte at a time would otherwise hold the connection
 * and its buffers for the five minutes of Node's own limit.
 */
export const graphqlBodySeconds = 30;

export interface GraphqlEndpointOptions {
  apollo: ApolloServer<Context>;
  database: Database;
  publicUrl: string;
  portalOperations: PersistedOperations;
  /** The headers every answer of the server carries (security-headers.ts). */
  headers: readonly (readonly [string, string])[];
  /** The client's address, by the same rule as the rest of the server (TRUST_PROXY). */
  clientAddress: (req: IncomingMessage) => string;
  context: (
    req: IncomingMessage,
    ip: string,
    setCookie: (value: string) => void,
    apiKey: Context["apiKey"],
  ) => Promise<Context>;
  /** The budgets an unknown persisted operation takes its point from; none when limits are off. */
  budgets: { store: ApiBudgets; apiKeyBudget: number } | null;
  log: { error: (message: string, error?: unknown) => void };
  /** How long the body may take to arrive, in ms; graphqlBodySeconds unless given (tests). */
  bodyTimeoutMs?: number;
}

/** A refusal before GraphQL runs: a status, a code and a sentence, as a GraphQL error answer. */
class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: readonly [string, string][] = [],
    /** What the error's `extensions` say besides the code. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/**
 * `/graphql` over HTTP, straight on node:http: the body read within its limit and parsed, the API
 * key looked up, a persisted operation's document put in, then Apollo. Every request to the API
 * passes here, so nothing a request does not need runs: no router, no middleware chain, no ETag of
 * the answer. Refusals answer as GraphQL errors with a stable `extensions.code`.
 */
export function graphqlEndpoint(
  options: GraphqlEndpointOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  const { apollo, database, publicUrl } = options;
  return (req, res) => {
    for (const [name, value] of options.headers) res.setHeader(name, value);
    for (const [name, value] of crossOriginHeaders) res.setHeader(name, value);
    if (req.method === "OPTIONS") return answerPreflight(req, res, graphqlMethods);
    // Whom the request counts against, once known: its key, else its address.
    const caller: { current: Caller } = {
      current: { budget: "anonymous", ip: options.clientAddress(req) },
    };
    answer(req, res, caller)
      .catch((error: unknown) => {
        if (error instanceof Refusal) return error;
        options.log.error("a GraphQL request failed outside GraphQL", error);
        return new Refusal(
          500,
          "INTERNAL_SERVER_ERROR",
          "Something went wrong; please try again later.",
        );
      })
      .then(async (refusal) => {
        if (!refusal) return;
        // A request refused before GraphQL ran (a malformed or too large body, a bad key) takes
        // its point as any other: refusing it must not be a way around the budget. A key that is
        // not valid is said so even when the address's budget is spent: that is what to mend.
        if (!res.hasHeader("RateLimit-Limit") && refusal.status < 500) {
          const limited = await takePoint(res, caller.current);
          return refuse(res, refusal.code === "INVALID_API_KEY" ? refusal : (limited ?? refusal));
        }
        refuse(res, refusal);
      })
      .catch((error: unknown) => {
        options.log.error("a GraphQL request failed outside GraphQL", error);
        res.destroy();
      });
  };

  /** Answers through Apollo; a refusal before it is returned, for the caller to answer. */
  async function answer(
    req: IncomingMessage,
    res: ServerResponse,
    caller: { current: Caller },
  ): Promise<Refusal | undefined> {
    if (req.method !== "GET" && req.method !== "POST") {
      req.resume();
      throw new Refusal(
        405,
        "METHOD_NOT_ALLOWED",
        `/graphql answers ${graphqlMethods.replace(", ", " and ")}: send a query by GET or POST, a mutation by POST.`,
        [["Allow", `${graphqlMethods}, OPTIONS`]],
      );
    }
    // The key first, so that a body refused below counts against the key that sent it.
    const key = await lookUpApiKey(database, bearerSecret(req.headers.authorization));
    if (key.kind === "invalid") {
      req.resume();
      return new Refusal(
        401,
        "INVALID_API_KEY",
        invalidApiKeyMessage(publicUrl, req.headers.authorization),
        [["WWW-Authenticate", 'Bearer error="invalid_token"']],
      );
    }
    const apiKey = key.kind === "valid" ? { id: key.id } : null;
    const ip = options.clientAddress(req);
    if (apiKey) caller.current = { budget: "apiKey", keyId: apiKey.id };
    const body =
      req.method === "POST"
        ? await readJsonBody(req, options.bodyTimeoutMs ?? graphqlBodySeconds * 1000)
        : undefined;
    const url = req.url ?? "/graphql";
    const query = url.indexOf("?");
    const search = query === -1 ? "" : url.slice(query);
    // By POST the body names the operation, by GET the address does.
    const persisted =
      req.method === "POST"
        ? { outcome: takePersistedOperation(options.portalOperations, body), search }
        : takePersistedOperationFromSearch(options.portalOperations, search);
    if (persisted.outcome === "unknown")
      return (
        (await takePoint(res, caller.current)) ??
        new Refusal(200, "PERSISTED_QUERY_NOT_FOUND", unknownOperationMessage)
      );
    if (persisted.outcome === "mismatch")
      return (
        (await takePoint(res, caller.current)) ??
        new Refusal(400, "PERSISTED_QUERY_HASH_MISMATCH", hashMismatchMessage)
      );
    const httpGraphQLRequest = {
      method: req.method?.toUpperCase() ?? "GET",
      headers: headerMapOf(req.headers),
      search: persisted.search,
      body,
    };
    if (persisted.outcome === "portal") markPortalOperation(httpGraphQLRequest);
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: () =>
        options.context(req, ip, (cookie) => res.appendHeader("Set-Cookie", cookie), apiKey),
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    // An answer may hold what only this caller may read: no cache keeps it, whatever Apollo said.
    res.setHeader("Cache-Control", "no-store");
    const status = response.status ?? 200;
    // Refused by Apollo before the operation was counted (the request's shape): a point all the same.
    if (status >= 400 && !res.hasHeader("RateLimit-Limit")) {
      const limited = await takePoint(res, caller.current);
      if (limited) return limited;
    }
    res.statusCode = status;
    await writeApolloBody(res, response.body);
  }

  /**
   * Takes one point from the caller's budget and sets the RateLimit-* headers; answers the 429 to
   * send when the budget is spent. Nothing is counted when the limits are off.
   */
  async function takePoint(res: ServerResponse, caller: Caller): Promise<Refusal | undefined> {
    if (!options.budgets) return undefined;
    const verdict = await options.budgets.store.take(caller, 1);
    const headers = rateLimitHeaders(verdict);
    for (const [name, value] of headers) res.setHeader(name, value);
    if (verdict.allowed) return undefined;
    return new Refusal(
      429,
      "RATE_LIMITED",
      rateLimitedMessage(verdict, caller, options.budgets.apiKeyBudget),
      headers,
      { retryAfterSeconds: verdict.resetSeconds, limit: verdict.limit },
    );
  }
}

function refuse(res: ServerResponse, refusal: Refusal): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  for (const [name, value] of refusal.headers) res.setHeader(name, value);
  res.setHeader("Cache-Control", "no-store");
  res.statusCode = refusal.status;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.end(
    JSON.stringify({
      errors: [
        { message: refusal.message, extensions: { code: refusal.code, ...refusal.extensions } },
      ],
    }),
  );
}

/**
 * The body as JSON (`application/json`, UTF-8), within the size limit after any gzip or deflate.
 * Another type is refused with a sentence that says what to send: a form's type, which a page of
 * another site may post without asking, never runs.
 */
async function readJsonBody(req: IncomingMessage, timeoutMs: number): Promise<unknown> {
  const type = (req.headers["content-type"] ?? "").toLowerCase();
  const [mediaType = "", ...parameters] = type.split(";").map((part) => part.trim());
  if (mediaType !== "application/json") {
    req.resume();
    throw new Refusal(
      415,
      "UNSUPPORTED_MEDIA_TYPE",
      `A GraphQL request by POST is JSON: send the header Content-Type: application/json and a body such as {"query": "{ themes { title } }"}${mediaType ? ` (this request's Content-Type was ${mediaType})` : " (this request had no Content-Type)"}.`,
    );
  }
  const charset = parameters
    .map((parameter) => parameter.split("=").map((part) => part.trim()))
    .find(([name]) => name === "charset")?.[1]
    ?.replace(/^["']|["']$/g, "");
  if (charset !== undefined && charset !== "utf-8" && charset !== "utf8") {
    req.resume();
    throw new Refusal(
      415,
      "UNSUPPORTED_MEDIA_TYPE",
      `The body's charset "${charset}" is not supported: send JSON in UTF-8.`,
    );
  }
  if (Number(req.headers["content-length"] ?? 0) > graphqlBodyBytes) {
    req.resume();
    throw tooLarge();
  }
  const text = await readText(req, timeoutMs);
  try {
    // A byte order mark is allowed before UTF-8 JSON (RFC 8259 lets a reader ignore it).
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new Refusal(400, "BAD_REQUEST", "The request is malformed (is the body valid JSON?).");
  }
}

/** A 413 closes the connection: what the client still sends is not read. */
function tooLarge(): Refusal {
  return new Refusal(
    413,
    "PAYLOAD_TOO_LARGE",
    "The request is too large: the body of a GraphQL request may hold at most 1 MB.",
    [["Connection", "close"]],
  );
}

/**
 * The body as UTF-8 text, its Content-Encoding (gzip, deflate) undone, refused past the size limit
 * or when it has not all arrived in time.
 */
function readText(req: IncomingMessage, timeoutMs: number): Promise<string> {
  const encoding = (req.headers["content-encoding"] ?? "identity").toLowerCase().trim();
  const decoder =
    encoding === "gzip" ? createGunzip() : encoding === "deflate" ? createInflate() : null;
  if (!decoder && encoding !== "identity") {
    req.resume();
    return Promise.reject(
      new Refusal(
        415,
        "UNSUPPORTED_MEDIA_TYPE",
        `The body's Content-Encoding "${encoding}" is not supported: send it as it is, or as gzip or deflate.`,
      ),
    );
  }
  const source = decoder ? req.pipe(decoder) : req;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let sent = 0;
    // Past the limit: stop unpacking at once (a small gzip can unpack to gigabytes), let the rest
    // of what the client sends go by unread, and close the connection after the answer.
    const refuse = (refusal: Refusal) => {
      clearTimeout(deadline);
      req.off("data", countSent);
      source.removeAllListeners("data");
      if (decoder) {
        req.unpipe(decoder);
        decoder.destroy();
      }
      req.resume();
      reject(refusal);
    };
    const deadline = setTimeout(
      () =>
        refuse(
          new Refusal(
            408,
            "REQUEST_TIMEOUT",
            `The request's body did not arrive within ${timeoutMs / 1000} s: send the whole body at once.`,
            [["Connection", "close"]],
          ),
        ),
      timeoutMs,
    );
    // What arrives on the wire counts too, when no Content-Length said it beforehand.
    const countSent = (chunk: Buffer) => {
      sent += chunk.length;
      if (sent > graphqlBodyBytes) refuse(tooLarge());
    };
    if (decoder) req.on("data", countSent);
    source.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > graphqlBodyBytes) {
        refuse(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    source.on("end", () => {
      clearTimeout(deadline);
      resolve(Buffer.concat(chunks).toString("utf8"));
    });
    source.on("error", () => {
      clearTimeout(deadline);
      reject(
        new Refusal(
          400,
          "BAD_REQUEST",
          `The request is malformed: its body is not valid ${encoding} data.`,
        ),
      );
    });
  });
}
