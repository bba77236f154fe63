import { schema } from "@kraftsamling/db";
import { and, eq, isNull, sql } from "drizzle-orm";
import { checkNewPassword, hashPassword } from "../accounts/passwords";
import { startSession } from "../accounts/sessions";
import { newToken, tokenHash } from "../accounts/tokens";
import { recordAudit } from "../audit";
import { builder } from "../builder";
import { mailLimits, takeInvitationMail } from "../mail/mail-limits";
import { invitationMail } from "../mail/messages";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";
import { readableByAnyone } from "./access";
import { LinkState, MembershipRole, PortalRole } from "./enums";

export const invitationDays = 7;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const Invitation = builder.drizzleObject("invitations", {
  name: "Invitation",
  description: "An invitation by e-mail, as its sender sees it.",
  // Only the columns the asked-for fields read: never the token's hash.
  select: { columns: { id: true } },
  fields: (t) => ({
    id: t.exposeID("id"),
    email: t.exposeString("email"),
    name: t.exposeString("name", { nullable: true }),
    role: t.expose("role", { type: PortalRole }),
    membershipRole: t.expose("membershipRole", { type: MembershipRole }),
    organisation: t.relation("organisation", { nullable: true }),
    invitedBy: t.relation("invitedBy", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    expiresAt: t.expose("expiresAt", { type: "DateTime" }),
    acceptedAt: t.expose("acceptedAt", { type: "DateTime", nullable: true }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true }),
  }),
});

/** What the link's holder may see before accepting: no more than the invitation says of them. */
interface InvitationPreviewShape {
  email: string;
  name: string | null;
  organisationName: string | null;
  expiresAt: Date;
  state: "VALID" | "EXPIRED" | "USED" | "REVOKED";
}

const InvitationPreview = builder.objectRef<InvitationPreviewShape>("InvitationPreview").implement({
  fields: (t) => ({
    email: t.exposeString("email"),
    name: t.exposeString("name", { nullable: true }),
    organisationName: t.exposeString("organisationName", { nullable: true }),
    expiresAt: t.expose("expiresAt", { type: "DateTime" }),
    state: t.expose("state", { type: LinkState }),
  }),
});

const InviteInput = builder.inputType("InviteInput", {
  fields: (t) => ({
    email: t.string({ required: true, notFreeText: "email" }),
    name: t.string({ required: false }),
    role: t.field({
      type: PortalRole,
      required: false,
      description: "Only the coordinator gives roles other than MEMBER.",
    }),
    organisationId: t.id({ required: false }),
    membershipRole: t.field({ type: MembershipRole, required: false }),
  }),
});

function invitationState(invitation: {
  acceptedAt: Date | null;
  revokedAt: Date | null;
  expiresAt: Date;
}): InvitationPreviewShape["state"] {
  if (invitation.acceptedAt) return "USED";
  if (invitation.revokedAt) return "REVOKED";
  if (invitation.expiresAt < new Date()) return "EXPIRED";
  return "VALID";
}

builder.queryFields((t) => ({
  invitation: t.field({
    ...readableByAnyone,
    type: InvitationPreview,
    nullable: true,
    args: { token: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const invitation = await ctx.database.db.query.invitations.findFirst({
        where: { tokenHash: tokenHash(args.token) },
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
    },
  }),
  invitations: t.drizzleField({
    type: ["invitations"],
    description: "Invitations not yet accepted, newest first (coordinator).",
    resolve: (query, _root, _args, ctx) =>
      ctx.database.db.query.invitations.findMany(
        query({
          where: { acceptedAt: { isNull: true }, revokedAt: { isNull: true } },
          orderBy: { createdAt: "desc" },
        }),
      ),
  }),
}));

builder.mutationFields((t) => ({
  invitePerson: t.drizzleField({
    type: "invitations",
    description:
      "Invites someone by e-mail: the coordinator to any role, an organisation admin into their organisation.",
    skipTypeScopes: true,
    authScopes: (_root, args) =>
      args.input.organisationId && (!args.input.role || args.input.role === "member")
        ? { organisationAdmin: String(args.input.organisationId) }
        : { coordinator: true },
    errors: {},
    args: { input: t.arg({ type: InviteInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const email = input.email.trim();
      if (!emailPattern.test(email))
        throw new InputError(
          "EMAIL_INVALID",
          "Give a whole e-mail address, such as namn@kommun.se.",
          "email",
        );
      const existing = await ctx.database.db.query.people.findFirst({
        where: { RAW: (p) => sql`lower(${p.email}) = lower(${email})` },
      });
      if (existing)
        throw new InputError("PERSON_EXISTS", "This address has an account already.", "email");
      const organisationId = input.organisationId ? uuidOrNull(input.organisationId) : null;
      if (input.organisationId && !organisationId)
        throw new InputError("NOT_FOUND", "There is no such organisation.", "organisationId");
      const organisation = organisationId
        ? await ctx.database.db.query.organisations.findFirst({ where: { id: organisationId } })
        : null;
      if (organisationId && !organisation)
        throw new InputError("NOT_FOUND", "There is no such organisation.", "organisationId");
      // Whoever sends them, one address gets a few invitations an hour, not a mailbox full.
      const allowed = await takeInvitationMail(ctx.database, email);
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
      const created = await ctx.database.db.transaction(async (tx) => {
        // A new invitation replaces any earlier one to the same address and organisation.
        await tx
          .update(schema.invitations)
          .set({ revokedAt: new Date() })
          .where(
            and(
              sql`lower(${schema.invitations.email}) = lower(${email})`,
              isNull(schema.invitations.acceptedAt),
              isNull(schema.invitations.revokedAt),
            ),
          );
        const [row] = await tx
          .insert(schema.invitations)
          .values({
            tokenHash: tokenHash(token),
            email,
            name: input.name?.trim() || null,
            role: input.role ?? "member",
            organisationId,
            membershipRole: input.membershipRole ?? "member",
            invitedById: ctx.viewer?.personId ?? null,
            expiresAt: new Date(Date.now() + invitationDays * 86_400_000),
          })
          .returning();
        if (!row) throw new Error("the invitation was not stored");
        await recordAudit(
          ctx,
          {
            action: "invitation.create",
            subjectType: "invitation",
            subjectId: row.id,
            after: { email, role: row.role, organisationId, membershipRole: row.membershipRole },
          },
          tx,
        );
        return row;
      });
      await ctx.services.mailer.send(
        invitationMail(
          email,
          `${ctx.services.config.publicUrl}/inbjudan/${token}`,
          ctx.viewer?.name ?? "Kraftsamling",
          organisation?.name ?? null,
        ),
      );
      const invitation = await ctx.database.db.query.invitations.findFirst(
        query({ where: { id: created.id } }),
      );
      if (!invitation) throw new Error("the invitation disappeared");
      return invitation;
    },
  }),
  revokeInvitation: t.boolean({
    skipTypeScopes: true,
    authScopes: async (_root, args, ctx) => {
      const id = uuidOrNull(args.id);
      const invitation = id
        ? await ctx.database.db.query.invitations.findFirst({ where: { id } })
        : undefined;
      // An organisation admin withdraws only what they could have sent: a member's invitation into their organisation.
      return invitation?.organisationId && invitation.role === "member"
        ? { organisationAdmin: invitation.organisationId }
        : { coordinator: true };
    },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const id = uuidOrNull(args.id);
      if (!id) return false;
      const revoked = await ctx.database.db
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
      if (revoked.length > 0)
        await recordAudit(ctx, {
          action: "invitation.revoke",
          subjectType: "invitation",
          subjectId: id,
        });
      return revoked.length > 0;
    },
  }),
  acceptInvitation: t.drizzleField({
    ...readableByAnyone,
    type: "people",
    description: "Creates the account from an invitation link, sets its password and signs in.",
    errors: {},
    args: {
      token: t.arg.string({ required: true, notFreeText: "token" }),
      name: t.arg.string({ required: true }),
      password: t.arg.string({ required: true, notFreeText: "password" }),
    },
    resolve: async (query, _root, args, ctx) => {
      const invitation = await ctx.database.db.query.invitations.findFirst({
        where: { tokenHash: tokenHash(args.token) },
      });
      if (!invitation)
        throw new InputError("LINK_INVALID", "This invitation link is not valid.", "token");
      const state = invitationState(invitation);
      if (state === "USED")
        throw new InputError(
          "LINK_USED",
          "This invitation has been used already. Sign in instead.",
          "token",
        );
      if (state === "REVOKED")
        throw new InputError("LINK_REVOKED", "This invitation has been withdrawn.", "token");
      if (state === "EXPIRED")
        throw new InputError(
          "LINK_EXPIRED",
          "This invitation has expired. Ask for a new one.",
          "token",
        );
      const name = args.name.trim();
      if (name.length < 2 || name.length > 120)
        throw new InputError("NAME_LENGTH", "Give a name of 2 to 120 characters.", "name");
      checkNewPassword(args.password, invitation.email);
      const passwordHash = await hashPassword(args.password);
      const personId = await ctx.database.db.transaction(async (tx) => {
        const taken = await tx
          .update(schema.invitations)
          .set({ acceptedAt: new Date() })
          .where(
            and(eq(schema.invitations.id, invitation.id), isNull(schema.invitations.acceptedAt)),
          )
          .returning({ id: schema.invitations.id });
        if (taken.length === 0)
          throw new InputError(
            "LINK_USED",
            "This invitation has been used already. Sign in instead.",
            "token",
          );
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
      await startSession(ctx, personId);
      const person = await ctx.database.db.query.people.findFirst(
        query({ where: { id: personId } }),
      );
      if (!person) throw new Error("the person disappeared");
      return person;
    },
  }),
}));
