import type { Database } from "@kraftsamling/db";
import { schema } from "@kraftsamling/db";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { RequestHandler, Response } from "express";
import { apiKeySecretHash } from "./secrets";

/** The key a request came with: none, a valid key, or a key that is not (revoked, unknown, malformed). */
export type KeyLookup = { kind: "none" } | { kind: "valid"; id: string } | { kind: "invalid" };

/**
 * How long a looked-up key is believed without asking the database again: long while this process
 * hears every revocation the database announces (see `revocations.ts`), a few seconds while it
 * does not (before it listens, and while its listening connection is being made again).
 */
const believedWhileHeard = 300_000;
const believedWhileDeaf = 5_000;
let revocationsHeard = false;
/**
 * Grows with every key forgotten: a lookup that was under way meanwhile may have read the key just
 * before its revocation, so what it read is used for its own request but not kept.
 */
let forgettings = 0;
/** A key's time of last use is written at most this often. */
const lastUseMilliseconds = 60_000;
const maxCached = 10_000;

interface Cached {
  id: string | null;
  until: number;
  lastUsedAt: number | null;
}

/** Keyed by the secret's hash; a revocation anywhere on the database forgets the key at once. */
const cache = new Map<string, Cached>();

/** Forgets keys (by id) at once, so that a revoked or erased key is refused at its next request. */
export function forgetApiKeys(ids: readonly string[]): void {
  if (ids.length === 0) return;
  forgettings += 1;
  const gone = new Set(ids);
  for (const [hash, entry] of cache) if (entry.id && gone.has(entry.id)) cache.delete(hash);
}

/**
 * Whether revocations are heard from the database now. When they stop being heard, everything
 * looked up is forgotten, since a revocation may be missed from then on.
 */
export function hearApiKeyRevocations(heard: boolean): void {
  if (heard === revocationsHeard) return;
  revocationsHeard = heard;
  forgettings += 1;
  cache.clear();
}

/** The key in an `Authorization` header's value: `Bearer <key>`; "" for any other value. */
export function bearerSecret(header: unknown): string | null {
  if (header === undefined || header === null || header === "") return null;
  if (typeof header !== "string") return "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header.trim());
  return match?.[1] ?? "";
}

/**
 * Looks a key up by its hash (one indexed statement, believed for a few seconds) and, at most once
 * a minute, writes when it was last used.
 */
export async function lookUpApiKey(
  database: Database,
  secret: string | null,
  now = Date.now(),
): Promise<KeyLookup> {
  if (secret === null) return { kind: "none" };
  if (secret === "") return { kind: "invalid" };
  const hash = apiKeySecretHash(secret);
  let entry = cache.get(hash);
  if (!entry || entry.until <= now) {
    const forgettingsBefore = forgettings;
    const [row] = await database.db
      .select({
        id: schema.apiKeys.id,
        revokedAt: schema.apiKeys.revokedAt,
        lastUsedAt: schema.apiKeys.lastUsedAt,
      })
      .from(schema.apiKeys)
      .where(eq(schema.apiKeys.secretHash, hash));
    entry = {
      id: row && !row.revokedAt ? row.id : null,
      until: now + (revocationsHeard ? believedWhileHeard : believedWhileDeaf),
      lastUsedAt: row?.lastUsedAt?.getTime() ?? null,
    };
    if (forgettings === forgettingsBefore) {
      if (cache.size >= maxCached) cache.clear();
      cache.set(hash, entry);
    }
  }
  if (!entry.id) return { kind: "invalid" };
  if (entry.lastUsedAt === null || now - entry.lastUsedAt >= lastUseMilliseconds) {
    entry.lastUsedAt = now;
    const at = new Date(now);
    await database.db
      .update(schema.apiKeys)
      .set({ lastUsedAt: at })
      .where(
        and(
          eq(schema.apiKeys.id, entry.id),
          isNull(schema.apiKeys.revokedAt),
          or(
            isNull(schema.apiKeys.lastUsedAt),
            lt(schema.apiKeys.lastUsedAt, new Date(now - lastUseMilliseconds)),
          ),
        ),
      );
  }
  return { kind: "valid", id: entry.id };
}

/** The sentence of the 401: what is wrong, and how to get a key that works. */
export function invalidApiKeyMessage(publicUrl: string, header?: unknown): string {
  if (bearerSecret(header) === "")
    return `The Authorization header is not of the form "Bearer <key>": send the key as "Authorization: Bearer <key>" (the word Bearer, a space, then the key), get a key at ${publicUrl}/api-nyckel, or leave the header out to read as an anonymous caller.`;
  return `The API key in the Authorization header is not valid: it has been revoked, or it never existed. Send a key as "Authorization: Bearer <key>", get a new one at ${publicUrl}/api-nyckel, or leave the header out to read as an anonymous caller.`;
}

const resolved = "kraftsamlingApiKey";

/**
 * Before the GraphQL endpoint: a request with `Authorization: Bearer <key>` goes on with the key's
 * id (see `apiKeyOf`); a key that is not valid is answered 401 with INVALID_API_KEY, never taken
 * for an anonymous request.
 */
export function apiKeyCheck(options: { database: Database; publicUrl: string }): RequestHandler {
  return (req, res, next) => {
    lookUpApiKey(options.database, bearerSecret(req.headers.authorization)).then((lookup) => {
      if (lookup.kind !== "invalid") {
        res.locals[resolved] = lookup.kind === "valid" ? { id: lookup.id } : null;
        next();
        return;
      }
      res
        .status(401)
        .set("WWW-Authenticate", 'Bearer error="invalid_token"')
        .json({
          errors: [
            {
              message: invalidApiKeyMessage(options.publicUrl, req.headers.authorization),
              extensions: { code: "INVALID_API_KEY" },
            },
          ],
        });
    }, next);
  };
}

/** The key `apiKeyCheck` found for this request, or null. */
export function apiKeyOf(res: Response): { id: string } | null {
  return (res.locals[resolved] as { id: string } | null | undefined) ?? null;
}

/** Why a WebSocket is closed (4403) when its key is not valid; a close reason holds 123 bytes. */
export const invalidSocketKeyReason =
  "The API key is not valid: it has been revoked, or it never existed.";

/** The key in a WebSocket's connection parameters (`authorization: "Bearer <key>"`). */
export function socketApiKey(
  database: Database,
  connectionParams: Record<string, unknown> | undefined,
): Promise<KeyLookup> {
  return lookUpApiKey(
    database,
    bearerSecret(connectionParams?.authorization ?? connectionParams?.Authorization),
  );
}
