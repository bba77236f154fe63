import { builder } from "../builder";
import { openInvitationCount, openInvitationsPageQuery } from "../invitations/list";
import {
  acceptInvitation,
  createInvitation,
  type InvitationPreview as InvitationPreviewShape,
  invitationPreview,
  revokeInvitation,
} from "../invitations/service";
import { pageSizes, replacedBy, replacedListLimit } from "../shared/connections";
import { uuidOrNull } from "../shared/ids";
import { readableByAnyone } from "./access";
import { adoptSession } from "./account";
import { checkedCursors, totalCountField } from "./connection";
import { LinkState, MembershipRole, PortalRole } from "./enums";

export const Invitation = builder.drizzleObject("invitations", {
  name: "Invitation",
  description: "An invitation by e-mail, as its sender sees it.",
  // Only the columns the asked-for fields read: never the token's hash.
  select: { columns: { id: true } },
  fields: (t) => ({
    id: t.exposeID("id", { description: "The invitation's id." }),
    email: t.exposeString("email", { description: "The address invited." }),
    name: t.exposeString("name", {
      description: "The name of the person invited.",
      nullable: true,
    }),
    role: t.expose("role", { description: "The role in the portal it gives.", type: PortalRole }),
    membershipRole: t.expose("membershipRole", {
      description: "The role in the organisation it gives; null without an organisation.",
      type: MembershipRole,
    }),
    organisation: t.relation("organisation", {
      description: "The organisation it invites into; null for none.",
      nullable: true,
    }),
    invitedBy: t.relation("invitedBy", {
      description: "Who sent it; null once their account is erased.",
      nullable: true,
    }),
    createdAt: t.expose("createdAt", { description: "When it was sent.", type: "DateTime" }),
    expiresAt: t.expose("expiresAt", {
      description: "When the link stops working.",
      type: "DateTime",
    }),
    acceptedAt: t.expose("acceptedAt", {
      description: "When it was accepted; null until then.",
      type: "DateTime",
      nullable: true,
    }),
    revokedAt: t.expose("revokedAt", {
      description: "When it was taken back; null when not.",
      type: "DateTime",
      nullable: true,
    }),
  }),
});

const InvitationPreview = builder.objectRef<InvitationPreviewShape>("InvitationPreview").implement({
  description: "What an invitation's link shows before it is accepted.",
  fields: (t) => ({
    email: t.exposeString("email", { description: "The address invited." }),
    name: t.exposeString("name", {
      description: "The name of the person invited.",
      nullable: true,
    }),
    organisationName: t.exposeString("organisationName", {
      description: "The organisation it invites into; null for none.",
      nullable: true,
    }),
    expiresAt: t.expose("expiresAt", {
      description: "When the link stops working.",
      type: "DateTime",
    }),
    state: t.expose("state", {
      description: "Whether the link may still be used, and if not, why.",
      type: LinkState,
    }),
  }),
});

const InviteInput = builder.inputType("InviteInput", {
  description: "Whom to invite, and into what.",
  fields: (t) => ({
    email: t.string({
      description: "The e-mail address to invite.",
      required: true,
      notFreeText: "email",
    }),
    name: t.string({ description: "The person's name.", required: false }),
    role: t.field({
      type: PortalRole,
      required: false,
      description: "Only the coordinator gives roles other than MEMBER.",
    }),
    organisationId: t.id({
      description: "The organisation to invite into; left out, none.",
      required: false,
    }),
    membershipRole: t.field({
      description: "The role in the organisation; member when left out.",
      type: MembershipRole,
      required: false,
    }),
  }),
});

builder.queryFields((t) => ({
  invitation: t.field({
    description: "What an invitation's link shows; null when the token names none.",
    ...readableByAnyone,
    type: InvitationPreview,
    nullable: true,
    args: {
      token: t.arg.string({ description: "The token from the invitation's link.", required: true }),
    },
    resolve: (_root, args, ctx) => invitationPreview(ctx.database.db, args.token),
  }),
  invitationsConnection: t.drizzleConnection(
    {
      type: "invitations",
      description:
        "Invitations neither accepted nor withdrawn, newest first, a page at a time (coordinator).",
      ...pageSizes,
      totalCount: (_root, _args, ctx) => openInvitationCount(ctx.database.db),
      resolve: (query, _root, args, ctx) =>
        ctx.database.db.query.invitations.findMany(
          query(checkedCursors("invitations", args, openInvitationsPageQuery)),
        ),
    },
    {
      name: "InvitationConnection",
      description: "A page of invitations, newest first.",
      fields: (t) => ({ totalCount: t.int(totalCountField("open invitations")) }),
    },
    { name: "InvitationEdge", description: "An invitation, and its cursor." },
  ),
  invitations: t.drizzleField({
    type: ["invitations"],
    ...replacedBy("invitations"),
    description: "Invitations not yet accepted, newest first (coordinator).",
    resolve: (query, _root, _args, ctx) =>
      ctx.database.db.query.invitations.findMany(
        query({
          where: { acceptedAt: { isNull: true }, revokedAt: { isNull: true } },
          orderBy: { createdAt: "desc" },
          limit: replacedListLimit,
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
    args: {
      input: t.arg({
        description: "Whom to invite, and into what.",
        type: InviteInput,
        required: true,
      }),
    },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await createInvitation(ctx.database.db, ctx.services, ctx.viewer, {
        ...input,
        organisationId: input.organisationId == null ? null : String(input.organisationId),
      });
      const invitation = await ctx.database.db.query.invitations.findFirst(
        query({ where: { id } }),
      );
      if (!invitation) throw new Error("the invitation disappeared");
      return invitation;
    },
  }),
  revokeInvitation: t.boolean({
    description: "Takes back an invitation not yet accepted: its link stops working.",
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
    args: { id: t.arg.id({ description: "The invitation's id.", required: true }) },
    resolve: async (_root, args, ctx) => {
      const id = uuidOrNull(args.id);
      if (!id) return false;
      return revokeInvitation(ctx.database.db, ctx.viewer, id);
    },
  }),
  acceptInvitation: t.drizzleField({
    ...readableByAnyone,
    type: "people",
    description: "Creates the account from an invitation link, sets its password and signs in.",
    errors: {},
    args: {
      token: t.arg.string({
        description: "The token from the invitation's link.",
        required: true,
        notFreeText: "token",
      }),
      name: t.arg.string({ description: "The name the person goes by.", required: true }),
      password: t.arg.string({
        description: "The password: at least 12 characters, not the e-mail address.",
        required: true,
        notFreeText: "password",
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      const session = await acceptInvitation(ctx.database.db, args, ctx.request);
      adoptSession(ctx, session);
      const person = await ctx.database.db.query.people.findFirst(
        query({ where: { id: session.viewer.personId } }),
      );
      if (!person) throw new Error("the person disappeared");
      return person;
    },
  }),
}));
