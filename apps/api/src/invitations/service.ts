import { type Db, schema } from "@kraftsamling/db";
import { and, eq, isNull, sql } from "drizzle-orm";
import { checkNewPassword, hashPassword } from "../accounts/passwords";
import type { Taken } from "../accounts/rate-limits";
import { hasScope } from "../accounts/scopes";
import { personWithEmail } from "../accounts/service";
import { type SessionClient, type StartedSession, startSession } from "../accounts/sessions";
import { newToken, tokenHash } from "../accounts/tokens";
import type { PortalRole, Viewer } from "../accounts/viewer";
import { recordAudit } from "../audit/service";
import { mailLimits, takeInvitationMail } from "../mail/mail-limits";
import { invitationMail } from "../mail/messages";
import type { Dependencies } from "../shared/dependencies";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";

export const invitationDays = 7;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type InvitationState = "VALID" | "EXPIRED" | "USED" | "REVOKED";

/** What the link's holder may see before accepting: no more than the invitation says of them. */
export interface InvitationPreview {
  email: string;
  name: string | null;
  organisationName: string | null;
  expiresAt: Date;
  state: InvitationState;
}

export interface InvitationInput {
  email: string;
  name?: string | null;
  role?: PortalRole | null;
  /** As given: an id that is no UUID names no organisation. */
  organisationId?: string | null;
  membershipRole?: "member" | "admin" | null;
}

export function invitationState(invitation: {
  acceptedAt: Date | null;
  revokedAt: Date | null;
  expiresAt: Date;
}): InvitationState {
  if (invitation.acceptedAt) return "USED";
  if (invitation.revokedAt) return "REVOKED";
  if (invitation.expiresAt < new Date()) return "EXPIRED";
  return "VALID";
}

/** The invitation behind a link's token, as its holder may see it; null when the token is unknown. */
export async function invitationPreview(db: Db, token: string): Promise<InvitationPreview | null> {
  const invitation = await db.query.invitations.findFirst({
    where: { tokenHash: tokenHash(token) },
    with: { organisation: true },
  });
  if (!invitation) return null;
  return {
    email: invitation.email,
    name: invitation.name,
    organisationName: invitation.organisation?.name ?? null,
    expiresAt: invitation.expiresAt,
    state: invitationState(invitation),
  };
}

/**
 * Takes one of the invitations an address may be sent in the hour, from whoever sends them: one
 * address gets a few invitations an hour, not a mailbox full.
 */
function takeInvitationToAddress(db: Db, email: string): Promise<Taken> {
  return takeInvitationMail(db, email);
}

/**
 * Who may withdraw an invitation (or replace it with a new one): an admin of its organisation a
 * member's invitation into it, the coordinator any.
 */
export function mayWithdrawInvitation(
  viewer: Viewer | null,
  invitation: Pick<typeof schema.invitations.$inferSelect, "organisationId" | "role">,
): boolean {
  return invitation.organisationId && invitation.role === "member"
    ? hasScope(viewer, "organisationAdmin", invitation.organisationId)
    : hasScope(viewer, "coordinator");
}

const noSuchOrganisation = () =>
  new InputError("NOT_FOUND", "There is no such organisation.", "organisationId");

/**
 * Invites someone by e-mail and mails them the link; the new invitation replaces any earlier open
 * one to the address (INVITATION_PENDING when the inviter could not withdraw it). Audited as the inviter's action. Returns the invitation's id. Who may invite
 * to which role is the caller's check.
 */
export async function createInvitation(
  db: Db,
  dependencies: Pick<Dependencies, "mailer" | "config">,
  inviter: Viewer | null,
  input: InvitationInput,
): Promise<string> {
  const email = input.email.trim();
  if (!emailPattern.test(email))
    throw new InputError(
      "EMAIL_INVALID",
      "Give a whole e-mail address, such as namn@kommun.se.",
      "email",
    );
  if (await personWithEmail(db, email))
    throw new InputError("PERSON_EXISTS", "This address has an account already.", "email");
  const organisationId = input.organisationId ? uuidOrNull(input.organisationId) : null;
  if (input.organisationId && !organisationId) throw noSuchOrganisation();
  const organisation = organisationId
    ? await db.query.organisations.findFirst({ where: { id: organisationId } })
    : null;
  if (organisationId && !organisation) throw noSuchOrganisation();
  const allowed = await takeInvitationToAddress(db, email);
  if (!allowed.allowed) {
    const { max, windowMinutes } = mailLimits.invitationPerAddress;
    throw new InputError(
      "TOO_MANY_INVITATIONS",
      `This address has been sent ${max} invitations in the last ${windowMinutes} minutes. Try again after ${allowed.retryAt.toISOString()}.`,
      "email",
      allowed.retryAt,
    );
  }

  const token = newToken();
  const created = await db.transaction(async (tx) => {
    // A new invitation replaces any earlier open one to the address, if the inviter could withdraw it.
    const open = await tx
      .select()
      .from(schema.invitations)
      .where(
        and(
          sql`lower(${schema.invitations.email}) = lower(${email})`,
          isNull(schema.invitations.acceptedAt),
          isNull(schema.invitations.revokedAt),
        ),
      )
      .for("update");
    if (inviter && open.some((earlier) => !mayWithdrawInvitation(inviter, earlier))) {
      throw new InputError(
        "INVITATION_PENDING",
        "This address has an open invitation that only the coordinator can replace.",
        "email",
      );
    }
    for (const earlier of open) {
      await tx
        .update(schema.invitations)
        .set({ revokedAt: new Date() })
        .where(eq(schema.invitations.id, earlier.id));
      await recordAudit(tx, inviter, {
        action: "invitation.revoke",
        subjectType: "invitation",
        subjectId: earlier.id,
        after: { replaced: true },
      });
    }
    const [row] = await tx
      .insert(schema.invitations)
      .values({
        tokenHash: tokenHash(token),
        email,
        name: input.name?.trim() || null,
        role: input.role ?? "member",
        organisationId,
        membershipRole: input.membershipRole ?? "member",
        invitedById: inviter?.personId ?? null,
        expiresAt: new Date(Date.now() + invitationDays * 86_400_000),
      })
      .returning();
    if (!row) throw new Error("the invitation was not stored");
    await recordAudit(tx, inviter, {
      action: "invitation.create",
      subjectType: "invitation",
      subjectId: row.id,
      after: { email, role: row.role, organisationId, membershipRole: row.membershipRole },
    });
    return row;
  });
  await dependencies.mailer.send(
    invitationMail(
      email,
      `${dependencies.config.publicUrl}/inbjudan/${token}`,
      inviter?.name ?? "Kraftsamling",
      organisation?.name ?? null,
    ),
  );
  return created.id;
}

/** Withdraws an open invitation, audited; false when there is no open invitation with this id. */
export async function revokeInvitation(db: Db, actor: Viewer | null, id: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const revoked = await tx
      .update(schema.invitations)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(schema.invitations.id, id),
          isNull(schema.invitations.acceptedAt),
          isNull(schema.invitations.revokedAt),
        ),
      )
      .returning({ id: schema.invitations.id });
    if (revoked.length === 0) return false;
    await recordAudit(tx, actor, {
      action: "invitation.revoke",
      subjectType: "invitation",
      subjectId: id,
    });
    return true;
  });
}

const invitationUsed = () =>
  new InputError("LINK_USED", "This invitation has been used already. Sign in instead.", "token");

/**
 * Creates the account from an invitation link (with its membership, if the invitation names an
 * organisation), once, and opens a session for it: the caller sets the returned token as the
 * session cookie.
 */
export async function acceptInvitation(
  db: Db,
  answer: { token: string; name: string; password: string },
  client: SessionClient,
): Promise<StartedSession> {
  const invitation = await db.query.invitations.findFirst({
    where: { tokenHash: tokenHash(answer.token) },
  });
  if (!invitation)
    throw new InputError("LINK_INVALID", "This invitation link is not valid.", "token");
  const state = invitationState(invitation);
  if (state === "USED") throw invitationUsed();
  if (state === "REVOKED")
    throw new InputError("LINK_REVOKED", "This invitation has been withdrawn.", "token");
  if (state === "EXPIRED")
    throw new InputError(
      "LINK_EXPIRED",
      "This invitation has expired. Ask for a new one.",
      "token",
    );
  const name = answer.name.trim();
  if (name.length < 2 || name.length > 120)
    throw new InputError("NAME_LENGTH", "Give a name of 2 to 120 characters.", "name");
  checkNewPassword(answer.password, invitation.email);
  const passwordHash = await hashPassword(answer.password);
  const personId = await db.transaction(async (tx) => {
    const taken = await tx
      .update(schema.invitations)
      .set({ acceptedAt: new Date() })
      .where(and(eq(schema.invitations.id, invitation.id), isNull(schema.invitations.acceptedAt)))
      .returning({ id: schema.invitations.id });
    if (taken.length === 0) throw invitationUsed();
    const [person] = await tx
      .insert(schema.people)
      .values({ name, email: invitation.email, role: invitation.role, passwordHash })
      .returning({ id: schema.people.id });
    if (!person) throw new Error("the person was not stored");
    if (invitation.organisationId) {
      await tx.insert(schema.memberships).values({
        personId: person.id,
        organisationId: invitation.organisationId,
        role: invitation.membershipRole,
      });
    }
    return person.id;
  });
  return startSession(db, personId, client);
}
