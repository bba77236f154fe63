import { type Database, schema } from "@kraftsamling/db";
import { and, eq, lt, ne } from "drizzle-orm";
import type { Context, Viewer } from "../context";
import { newToken, tokenHash } from "./tokens";

export const sessionDays = 30;
export const sessionMaxAgeSeconds = sessionDays * 24 * 60 * 60;

/** Opens a new session (a new id at every sign-in) and sets its cookie. */
export async function startSession(ctx: Context, personId: string): Promise<void> {
  const token = newToken();
  await ctx.database.db.insert(schema.sessions).values({
    tokenHash: tokenHash(token),
    personId,
    userAgent: ctx.request.userAgent?.slice(0, 500) ?? null,
    ip: ctx.request.ip || null,
    expiresAt: new Date(Date.now() + sessionMaxAgeSeconds * 1000),
  });
  ctx.setSessionCookie(token);
  // The rest of this request (the mutation's answer) is the signed-in person's.
  ctx.viewer = await viewerFromToken(ctx.database, token);
}

/** The viewer behind a session cookie's token, or null when the session is unknown or has expired. */
export async function viewerFromToken(
  database: Database,
  token: string | null,
): Promise<Viewer | null> {
  if (!token) return null;
  const now = new Date();
  const session = await database.db.query.sessions.findFirst({
    where: { tokenHash: tokenHash(token), expiresAt: { gt: now } },
    with: { person: { with: { memberships: true } } },
  });
  if (!session) return null;
  // Last seen to the minute is enough for the list of sessions, and spares a write per request.
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
    await database.db
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
    actingOrganisationId: session.actingOrganisationId,
    memberships: person.memberships.map((m) => ({
      organisationId: m.organisationId,
      role: m.role,
    })),
  };
}

export async function endSession(ctx: Context, sessionId: string): Promise<void> {
  await ctx.database.db.delete(schema.sessions).where(eq(schema.sessions.id, sessionId));
}

/** Ends every session of a person, or every one but the current. */
export async function endSessions(
  database: Database,
  personId: string,
  keepSessionId?: string,
): Promise<number> {
  const where = keepSessionId
    ? and(eq(schema.sessions.personId, personId), ne(schema.sessions.id, keepSessionId))
    : eq(schema.sessions.personId, personId);
  const ended = await database.db
    .delete(schema.sessions)
    .where(where)
    .returning({ id: schema.sessions.id });
  return ended.length;
}

export async function removeExpiredSessions(database: Database): Promise<void> {
  await database.db.delete(schema.sessions).where(lt(schema.sessions.expiresAt, new Date()));
}
