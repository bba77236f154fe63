import { schema } from "@kraftsamling/db";
import { findPersonalIdentityNumbers } from "@kraftsamling/domain";
import { and, eq, lt, ne } from "drizzle-orm";
import { asDb, type DbOrDatabase } from "./database";
import { newToken, tokenHash } from "./tokens";
import type { Viewer } from "./viewer";

export const sessionDays = 30;
export const sessionMaxAgeSeconds = sessionDays * 24 * 60 * 60;

/** The browser a session is opened from. */
export interface SessionClient {
  ip: string;
  userAgent: string | null;
}

/**
 * A browser's own description as it is kept, shown in the person's sessions and data export: a
 * client may send anything there, and a personal identity number in it is not kept.
 */
function withoutPersonalNumbers(text: string): string {
  let kept = text;
  for (const found of findPersonalIdentityNumbers(text).reverse())
    kept = `${kept.slice(0, found.index)}…${kept.slice(found.index + found.length)}`;
  return kept;
}

/** A session just opened: the token for its cookie, and the signed-in person as the viewer. */
export interface StartedSession {
  token: string;
  viewer: Viewer;
}

/** Opens a new session (a new id at every sign-in); the caller sets its cookie. */
export async function startSession(
  database: DbOrDatabase,
  personId: string,
  client: SessionClient,
): Promise<StartedSession> {
  const db = asDb(database);
  const token = newToken();
  await db.insert(schema.sessions).values({
    tokenHash: tokenHash(token),
    personId,
    userAgent: client.userAgent ? withoutPersonalNumbers(client.userAgent.slice(0, 500)) : null,
    ip: client.ip || null,
    expiresAt: new Date(Date.now() + sessionMaxAgeSeconds * 1000),
  });
  // The account is in use: the retention of unused accounts counts from the last sign-in.
  await db
    .update(schema.people)
    .set({ lastSignedInAt: new Date() })
    .where(eq(schema.people.id, personId));
  const viewer = await viewerFromToken(db, token);
  if (!viewer) throw new Error("the session disappeared as it was opened");
  return { token, viewer };
}

/** The viewer behind a session cookie's token, or null when the session is unknown or has expired. */
export async function viewerFromToken(
  database: DbOrDatabase,
  token: string | null,
): Promise<Viewer | null> {
  if (!token) return null;
  const db = asDb(database);
  const now = new Date();
  const session = await db.query.sessions.findFirst({
    where: { tokenHash: tokenHash(token), expiresAt: { gt: now } },
    with: { person: { with: { memberships: true } } },
  });
  if (!session) return null;
  // Last seen to the minute is enough for the list of sessions, and spares a write per request.
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
    await db
      .update(schema.sessions)
      .set({ lastSeenAt: now })
      .where(eq(schema.sessions.id, session.id));
  }
  const { person } = session;
  return {
    personId: person.id,
    name: person.name,
    email: person.email,
    role: person.role,
    sessionId: session.id,
    sessionExpiresAt: session.expiresAt,
    actingOrganisationId: session.actingOrganisationId,
    memberships: person.memberships.map((m) => ({
      organisationId: m.organisationId,
      role: m.role,
    })),
  };
}

export async function endSession(database: DbOrDatabase, sessionId: string): Promise<void> {
  await asDb(database).delete(schema.sessions).where(eq(schema.sessions.id, sessionId));
}

/** Ends every session of a person, or every one but the current. */
export async function endSessions(
  database: DbOrDatabase,
  personId: string,
  keepSessionId?: string,
): Promise<number> {
  const where = keepSessionId
    ? and(eq(schema.sessions.personId, personId), ne(schema.sessions.id, keepSessionId))
    : eq(schema.sessions.personId, personId);
  const ended = await asDb(database)
    .delete(schema.sessions)
    .where(where)
    .returning({ id: schema.sessions.id });
  return ended.length;
}

export async function removeExpiredSessions(database: DbOrDatabase): Promise<void> {
  await asDb(database).delete(schema.sessions).where(lt(schema.sessions.expiresAt, new Date()));
}
