import { type Db, schema } from "@kraftsamling/db";
import { and, count, eq, isNull, or, sql } from "drizzle-orm";
import { hasScope } from "../accounts/scopes";
import { personWithEmail } from "../accounts/service";
import { newToken, tokenHash } from "../accounts/tokens";
import type { Viewer } from "../accounts/viewer";
import { recordAudit } from "../audit/service";
import { apiKeyRequestMail } from "../mail/api-key-messages";
import type { Dependencies } from "../shared/dependencies";
import { InputError } from "../shared/errors";
import { forgetApiKeys } from "./bearer";
import { maxActiveKeys, takeApiKeyMail, takeApiKeyRequest } from "./limits";
import { ownedBy, ownedByFilter } from "./owner";
import { apiKeySecretHash, newApiKeySecret } from "./secrets";

/** How long a confirmation link works. */
export const requestHours = 24;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const maxNameLength = 80;

export type ApiKeyRow = typeof schema.apiKeys.$inferSelect;

/** A key just made: its secret is in this answer and nowhere else, ever. */
export interface NewApiKey {
  key: ApiKeyRow;
  secret: string;
}

function checkedEmail(address: string): string {
  const email = address.trim().toLowerCase();
  if (!emailPattern.test(email) || email.length > 254)
    throw new InputError(
      "EMAIL_INVALID",
      "Give a whole e-mail address, such as namn@kommun.se.",
      "email",
    );
  return email;
}

function checkedName(given: string): string {
  const name = given.trim().replace(/\s+/g, " ");
  if (name.length < 2 || name.length > maxNameLength)
    throw new InputError(
      "KEY_NAME_LENGTH",
      `Give the key a name of 2 to ${maxNameLength} characters, such as the program that will use it.`,
      "name",
    );
  return name;
}

async function refuseTooMany(db: Db, email: string, personId: string | null): Promise<void> {
  const owner = personId
    ? or(eq(schema.apiKeys.personId, personId), eq(schema.apiKeys.ownerEmail, email))
    : eq(schema.apiKeys.ownerEmail, email);
  const [held] = await db
    .select({ n: count() })
    .from(schema.apiKeys)
    .where(and(owner, isNull(schema.apiKeys.revokedAt)));
  if ((held?.n ?? 0) >= maxActiveKeys)
    throw new InputError(
      "TOO_MANY_KEYS",
      `An address holds at most ${maxActiveKeys} keys at a time. Revoke one you no longer use first.`,
      "name",
    );
}

async function insertKey(
  db: Db,
  owner: { email: string; personId: string | null },
  name: string,
): Promise<NewApiKey> {
  const { secret, secretHash, prefix } = newApiKeySecret();
  const [key] = await db
    .insert(schema.apiKeys)
    .values({ name, secretHash, prefix, ownerEmail: owner.email, personId: owner.personId })
    .returning();
  if (!key) throw new Error("the API key was not stored");
  return { key, secret };
}

/**
 * Mails a link that makes a key for the address when it is followed; anyone may ask, with or
 * without an account. At most 3 mails to one mailbox and 20 requests from one client address an
 * hour: a mail over the address's limit is not sent, and the answer does not say so.
 */
export async function requestApiKey(
  db: Db,
  dependencies: Pick<Dependencies, "mailer" | "config">,
  input: { email: string; name: string },
  clientIp: string,
): Promise<void> {
  const email = checkedEmail(input.email);
  const name = checkedName(input.name);
  const client = await takeApiKeyRequest(db, clientIp);
  if (!client.allowed)
    throw new InputError(
      "TOO_MANY_ATTEMPTS",
      `Too many keys have been asked for from your address. Try again after ${client.retryAt.toISOString()}.`,
      null,
      client.retryAt,
    );
  const mail = await takeApiKeyMail(db, email);
  if (!mail.allowed) return;
  const token = newToken();
  await db.insert(schema.apiKeyRequests).values({
    tokenHash: tokenHash(token),
    email,
    keyName: name,
    expiresAt: new Date(Date.now() + requestHours * 3600_000),
  });
  await dependencies.mailer.send(
    apiKeyRequestMail(email, `${dependencies.config.publicUrl}/api-nyckel/${token}`, name),
  );
}

const linkUsed = () =>
  new InputError(
    "LINK_USED",
    "This link has made its key already, and a key is shown only once. If you did not keep it, revoke it and ask for a new one.",
    "token",
  );

/** What a mailed link would do if followed now, without spending it. */
export type ApiKeyLinkState = "READY" | "USED" | "EXPIRED" | "INVALID";

/** The request a link's token names, and what following the link would do now. */
async function linkOf(db: Db, token: string) {
  const request = await db.query.apiKeyRequests.findFirst({
    where: { tokenHash: tokenHash(token.trim()) },
  });
  const state: ApiKeyLinkState = !request
    ? "INVALID"
    : request.usedAt
      ? "USED"
      : request.expiresAt < new Date()
        ? "EXPIRED"
        : "READY";
  return { request, state };
}

/**
 * Whether a mailed link can still make its key: read only, so that the page the link opens says at
 * once when it is spent or too old, and offers the button only when pressing it will work.
 */
export async function apiKeyLinkState(db: Db, token: string): Promise<ApiKeyLinkState> {
  return (await linkOf(db, token)).state;
}

/**
 * Makes the key a mailed link asked for, once, within 24 hours of the request; the answer holds the
 * secret, which is shown this once. A key for an address with an account belongs to that account.
 */
export async function confirmApiKey(db: Db, token: string): Promise<NewApiKey> {
  const { request, state } = await linkOf(db, token);
  if (state === "INVALID" || !request)
    throw new InputError(
      "LINK_INVALID",
      "This link is not valid. Check that the whole address was copied, or ask for a new key.",
      "token",
    );
  if (state === "USED") throw linkUsed();
  if (state === "EXPIRED")
    throw new InputError(
      "LINK_EXPIRED",
      `This link has expired: it works for ${requestHours} hours. Ask for a new key.`,
      "token",
    );
  const person = await personWithEmail(db, request.email);
  return db.transaction(async (tx) => {
    const used = await tx
      .update(schema.apiKeyRequests)
      .set({ usedAt: new Date() })
      .where(and(eq(schema.apiKeyRequests.id, request.id), isNull(schema.apiKeyRequests.usedAt)))
      .returning({ id: schema.apiKeyRequests.id });
    if (used.length === 0) throw linkUsed();
    await refuseTooMany(tx, request.email, person?.id ?? null);
    return insertKey(tx, { email: request.email, personId: person?.id ?? null }, request.keyName);
  });
}

/** Makes a key for the signed-in person; the answer holds the secret, which is shown this once. */
export async function createApiKey(db: Db, viewer: Viewer, name: string): Promise<NewApiKey> {
  const keyName = checkedName(name);
  const email = viewer.email.trim().toLowerCase();
  await refuseTooMany(db, email, viewer.personId);
  return insertKey(db, { email, personId: viewer.personId }, keyName);
}

/**
 * The person's keys as a relational query reads them, newest first (at most 100); the columns are
 * the ApiKey type's, which leave out the secret's hash.
 */
export function myApiKeysQuery(viewer: Pick<Viewer, "personId" | "email">) {
  return {
    where: ownedByFilter(viewer),
    orderBy: { createdAt: "desc" as const },
    limit: 100,
  };
}

const noSuchKey = () => new InputError("NOT_FOUND", "You have no API key with this id.", "id");

/**
 * Revokes a key of the person's own (the coordinator any, audited when it is someone else's); a
 * revoked key is refused from its next request on. Revoking twice changes nothing.
 */
export async function revokeApiKey(db: Db, viewer: Viewer, id: string): Promise<ApiKeyRow> {
  const coordinator = hasScope(viewer, "coordinator");
  const [key] = await db
    .select()
    .from(schema.apiKeys)
    .where(
      coordinator ? eq(schema.apiKeys.id, id) : and(eq(schema.apiKeys.id, id), ownedBy(viewer)),
    );
  if (!key) throw noSuchKey();
  if (key.revokedAt) return key;
  const own =
    key.personId === viewer.personId || key.ownerEmail === viewer.email.trim().toLowerCase();
  const revoked = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(schema.apiKeys)
      .set({ revokedAt: new Date() })
      .where(eq(schema.apiKeys.id, key.id))
      .returning();
    if (!own)
      await recordAudit(tx, viewer, {
        action: "api-key.revoke",
        subjectType: "api-key",
        subjectId: key.id,
        before: { name: key.name, prefix: key.prefix },
      });
    return row ?? key;
  });
  forgetApiKeys([key.id]);
  return revoked;
}

/**
 * Revokes a key by the key itself, for an owner without an account: the key's row goes, with its
 * name and address; when the address holds no other key, its requests and the mails that sent
 * their links go too.
 */
export async function revokeApiKeyBySecret(db: Db, secret: string): Promise<void> {
  const removed = await db.transaction(async (tx) => {
    const [key] = await tx
      .delete(schema.apiKeys)
      .where(eq(schema.apiKeys.secretHash, apiKeySecretHash(secret)))
      .returning({ id: schema.apiKeys.id, ownerEmail: schema.apiKeys.ownerEmail });
    if (!key)
      throw new InputError(
        "INVALID_API_KEY",
        "This is not a key of Kraftsamling's API, or it has been removed already.",
        "key",
      );
    const [others] = await tx
      .select({ n: count() })
      .from(schema.apiKeys)
      .where(eq(schema.apiKeys.ownerEmail, key.ownerEmail));
    if ((others?.n ?? 0) === 0) await forgetAddress(tx, key.ownerEmail);
    return key;
  });
  forgetApiKeys([removed.id]);
}

/** An address's key requests and the mails that sent their links. */
async function forgetAddress(tx: Db, email: string): Promise<void> {
  await tx.delete(schema.apiKeyRequests).where(eq(schema.apiKeyRequests.email, email));
  await tx
    .delete(schema.outbox)
    .where(
      and(eq(schema.outbox.kind, "api-key-request"), sql`lower(${schema.outbox.to}) = ${email}`),
    );
}
