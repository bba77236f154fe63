import { type Db, schema } from "@kraftsamling/db";
import { and, eq, isNull, sql } from "drizzle-orm";
import { recordAudit } from "../audit/service";
import { takePasswordResetMail, takePasswordResetRequest } from "../mail/mail-limits";
import { passwordResetMail } from "../mail/messages";
import type { Dependencies } from "../shared/dependencies";
import { InputError } from "../shared/errors";
import { forgetLimitsOfAddress } from "./forget-limits";
import { checkNewPassword, hashPassword, passwordMatches } from "./passwords";
import { erasePerson, erasePersonWithin, exportPersonData } from "./personal-data";
import { hasScope } from "./scopes";
import {
  endSession,
  endSessions,
  type SessionClient,
  type StartedSession,
  startSession,
} from "./sessions";
import { clearSignInFailures, reserveSignInAttempt } from "./sign-in-limits";
import { newToken, tokenHash } from "./tokens";
import type { PortalRole, Viewer } from "./viewer";

const resetHours = 1;

/**
 * A password-reset request is answered this long after it arrived, whether the address has an
 * account or not and whether a mail goes out or not, so that the time tells nothing either.
 */
export const passwordResetAnswerMilliseconds = 400;

const sleep = (milliseconds: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, milliseconds)));

export const normalEmail = (email: string) => email.trim().toLowerCase();

/** The person whose address this is, however its letters are cased. */
export function personWithEmail(db: Db, email: string) {
  return db.query.people.findFirst({
    where: { RAW: (p) => sql`lower(${p.email}) = lower(${email})` },
  });
}

// Sign-in and sessions

/**
 * Signs in with e-mail and password and opens a new session, ending the one the request came with:
 * the caller sets the returned token as the session cookie. The same error whether the address
 * has an account or not; counted against the sign-in limits before the password is checked.
 */
export async function signIn(
  db: Db,
  credentials: { email: string; password: string },
  client: SessionClient,
  viewer: Viewer | null,
): Promise<StartedSession> {
  const email = normalEmail(credentials.email);
  // Counted before the password is checked; it stays counted as a failure unless it succeeds.
  const attempt = await reserveSignInAttempt(db, email, client.ip);
  const person = await personWithEmail(db, email);
  if (!person || !(await passwordMatches(person.passwordHash ?? null, credentials.password))) {
    throw new InputError("INVALID_CREDENTIALS", "The e-mail address or the password is not right.");
  }
  await attempt.succeeded();
  // A new session id at every sign-in: a session fixed before sign-in is worthless.
  if (viewer) await endSession(db, viewer.sessionId);
  return startSession(db, person.id, client);
}

/** Ends the viewer's session, if there is one. */
export async function signOut(db: Db, viewer: Viewer | null): Promise<void> {
  if (viewer) await endSession(db, viewer.sessionId);
}

/** Ends every session of the person, the current one included; returns how many. */
export function signOutEverywhere(db: Db, viewer: Viewer): Promise<number> {
  return endSessions(db, viewer.personId);
}

/** Ends one of the person's own sessions; false when they have no session with this id. */
export async function endOwnSession(db: Db, viewer: Viewer, sessionId: string): Promise<boolean> {
  const ended = await db
    .delete(schema.sessions)
    .where(and(eq(schema.sessions.id, sessionId), eq(schema.sessions.personId, viewer.personId)))
    .returning({ id: schema.sessions.id });
  return ended.length > 0;
}

/** Chooses the organisation the person speaks for in this session, or none (null: themselves). */
export async function actOnBehalfOf(
  db: Db,
  viewer: Viewer,
  organisationId: string | null,
): Promise<void> {
  if (organisationId && !viewer.memberships.some((m) => m.organisationId === organisationId)) {
    throw new InputError(
      "NOT_A_MEMBER",
      "You can only act on behalf of an organisation you belong to.",
      "organisationId",
    );
  }
  await db
    .update(schema.sessions)
    .set({ actingOrganisationId: organisationId })
    .where(eq(schema.sessions.id, viewer.sessionId));
}

// Passwords

/** Whether a password-reset link can still be used, or null when the token is unknown. */
export async function passwordResetState(
  db: Db,
  token: string,
): Promise<"VALID" | "EXPIRED" | "USED" | null> {
  const reset = await db.query.passwordResets.findFirst({
    where: { tokenHash: tokenHash(token) },
  });
  if (!reset) return null;
  return reset.usedAt ? "USED" : reset.expiresAt < new Date() ? "EXPIRED" : "VALID";
}

/**
 * E-mails a link to choose a new password, if the address has an account and the limits allow:
 * at most 3 mails per address and hour, and 20 requests per client address and hour. Returns after
 * the same time whatever happened, so that neither the answer nor its time tells anything.
 */
export async function requestPasswordReset(
  db: Db,
  dependencies: Pick<Dependencies, "mailer" | "config" | "log">,
  address: string,
  clientIp: string,
): Promise<void> {
  const answerAt = Date.now() + passwordResetAnswerMilliseconds;
  const email = normalEmail(address);
  // Counted alike for addresses with and without an account, so the limit tells nothing either.
  const client = await takePasswordResetRequest(db, clientIp);
  const mail = client.allowed ? await takePasswordResetMail(db, email) : client;
  const person = await personWithEmail(db, email);
  if (person && mail.allowed) {
    const send = async () => {
      const token = newToken();
      await db.insert(schema.passwordResets).values({
        tokenHash: tokenHash(token),
        personId: person.id,
        expiresAt: new Date(Date.now() + resetHours * 3600_000),
      });
      await dependencies.mailer.send(
        passwordResetMail(person.email, `${dependencies.config.publicUrl}/losenord/${token}`),
      );
    };
    // A slow mail server finishes after the answer rather than delay it.
    const sending = send().catch((error) =>
      dependencies.log.error("could not send a password-reset link", error),
    );
    await Promise.race([sending, sleep(answerAt - Date.now())]);
  }
  await sleep(answerAt - Date.now());
}

const linkUsed = () =>
  new InputError("LINK_USED", "This link has been used already. Ask for a new one.", "token");

/** Sets a new password with a reset link's token, once; ends every session of the person. */
export async function resetPassword(db: Db, token: string, password: string): Promise<void> {
  const reset = await db.query.passwordResets.findFirst({
    where: { tokenHash: tokenHash(token) },
    with: { person: true },
  });
  if (!reset)
    throw new InputError("LINK_INVALID", "This link is not valid. Ask for a new one.", "token");
  if (reset.usedAt) throw linkUsed();
  if (reset.expiresAt < new Date())
    throw new InputError("LINK_EXPIRED", "This link has expired. Ask for a new one.", "token");
  checkNewPassword(password, reset.person.email);
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const used = await tx
      .update(schema.passwordResets)
      .set({ usedAt: new Date() })
      .where(and(eq(schema.passwordResets.id, reset.id), isNull(schema.passwordResets.usedAt)))
      .returning({ id: schema.passwordResets.id });
    if (used.length === 0) throw linkUsed();
    await tx
      .update(schema.people)
      .set({ passwordHash, updatedAt: new Date() })
      .where(eq(schema.people.id, reset.personId));
    await tx.delete(schema.sessions).where(eq(schema.sessions.personId, reset.personId));
  });
  await clearSignInFailures(db, normalEmail(reset.person.email));
}

/**
 * Changes the signed-in person's password after checking the current one (a guess counted as at
 * the sign-in); every other session of theirs ends.
 */
export async function changePassword(
  db: Db,
  viewer: Viewer,
  passwords: { currentPassword: string; newPassword: string },
  clientIp: string,
): Promise<void> {
  const { currentPassword, newPassword } = passwords;
  // Guessing the current password counts as guessing at the sign-in, and locks alike.
  const attempt = await reserveSignInAttempt(db, normalEmail(viewer.email), clientIp);
  const person = await db.query.people.findFirst({ where: { id: viewer.personId } });
  if (!(await passwordMatches(person?.passwordHash ?? null, currentPassword))) {
    throw new InputError("WRONG_PASSWORD", "The current password is not right.", "currentPassword");
  }
  await attempt.succeeded();
  if (newPassword === currentPassword) {
    throw new InputError(
      "PASSWORD_UNCHANGED",
      "The new password must differ from the current one.",
      "newPassword",
    );
  }
  checkNewPassword(newPassword, viewer.email, "newPassword");
  await db
    .update(schema.people)
    .set({ passwordHash: await hashPassword(newPassword), updatedAt: new Date() })
    .where(eq(schema.people.id, viewer.personId));
  // Other browsers must sign in again with the new password.
  await endSessions(db, viewer.personId, viewer.sessionId);
}

// The person

/** Sets the signed-in person's name (2 to 120 characters) and title. */
export async function updateProfile(
  db: Db,
  viewer: Viewer,
  profile: { name: string; title?: string | null },
): Promise<void> {
  const name = profile.name.trim();
  if (name.length < 2 || name.length > 120)
    throw new InputError("NAME_LENGTH", "Give a name of 2 to 120 characters.", "name");
  await db
    .update(schema.people)
    .set({ name, title: profile.title?.trim() || null, updatedAt: new Date() })
    .where(eq(schema.people.id, viewer.personId));
}

const noSuchPerson = () => new InputError("NOT_FOUND", "There is no such person.", "personId");

/** Gives a person a role across the portal, audited; the acting person keeps the coordinator's. */
export async function setPortalRole(
  db: Db,
  actor: Viewer,
  personId: string,
  role: PortalRole,
): Promise<void> {
  const before = await db.query.people.findFirst({ where: { id: personId } });
  if (!before) throw noSuchPerson();
  if (personId === actor.personId && role !== "coordinator") {
    throw new InputError(
      "OWN_ROLE",
      "You cannot take the coordinator's role from yourself.",
      "role",
    );
  }
  await db.transaction(async (tx) => {
    await tx
      .update(schema.people)
      .set({ role, updatedAt: new Date() })
      .where(eq(schema.people.id, personId));
    await recordAudit(tx, actor, {
      action: "person.role",
      subjectType: "person",
      subjectId: personId,
      before: { role: before.role },
      after: { role },
    });
  });
}

/** Everything the portal holds about the person, as JSON for them to download. */
export function exportMyData(db: Db, viewer: Viewer): Promise<unknown> {
  return exportPersonData(db, viewer.personId);
}

/**
 * Erases the signed-in person's personal data once their password is given; their comments stay,
 * as a former participant's. The caller clears the session cookie.
 */
export async function deleteOwnAccount(db: Db, viewer: Viewer, password: string): Promise<void> {
  const person = await db.query.people.findFirst({ where: { id: viewer.personId } });
  if (!(await passwordMatches(person?.passwordHash ?? null, password))) {
    throw new InputError("WRONG_PASSWORD", "The password is not right.", "password");
  }
  // Without a coordinator no one could invite, give roles or publish again.
  if (hasScope(viewer, "coordinator")) {
    const others = await db.query.people.findFirst({
      columns: { id: true },
      where: { role: "coordinator", id: { ne: viewer.personId } },
    });
    if (!others)
      throw new InputError(
        "LAST_COORDINATOR",
        "You are the portal's only coordinator: give someone else the coordinator's role first, then delete your account.",
      );
  }
  await erasePerson(db, viewer.personId);
  await forgetLimitsOfAddress(db, viewer.email);
}

/** Erases another person's personal data on their request, audited without their name. */
export async function erasePersonOnRequest(db: Db, actor: Viewer, personId: string): Promise<void> {
  if (personId === actor.personId) {
    throw new InputError("OWN_ACCOUNT", "Delete your own account from your profile.", "personId");
  }
  const person = await db.query.people.findFirst({ where: { id: personId } });
  if (!person) throw noSuchPerson();
  await db.transaction(async (tx) => {
    await erasePersonWithin(tx, personId);
    // The entry names no one: the erased person's name is personal data too.
    await recordAudit(tx, actor, {
      action: "person.erase",
      subjectType: "person",
      subjectId: personId,
      before: { role: person.role },
    });
  });
  await forgetLimitsOfAddress(db, person.email);
}
