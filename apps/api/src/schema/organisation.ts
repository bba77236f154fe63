import { filter, swedishOrder } from "@kraftsamling/db";
import { builder } from "../builder";
import { openInvitationCountOf, openInvitationsPageQuery } from "../invitations/list";
import {
  memberCount,
  membersPageQuery,
  organisationCount,
  organisationPageQuery,
} from "../organisations/list";
import {
  addMember,
  createOrganisation,
  removeMember,
  setMembershipRole,
  updateOrganisation,
} from "../organisations/service";
import { pageSizes, replacedBy, replacedListLimit } from "../shared/connections";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";
import { readableByAnyone } from "./access";
import { checkedCursors, relatedTotalCountField, totalCountField } from "./connection";
import { Circle, MembershipRole, OrganisationKind } from "./enums";

export const Organisation = builder.drizzleObject("organisations", {
  name: "Organisation",
  // Only the columns the asked-for fields read.
  select: { columns: { id: true } },
  description: "A partner organisation of the dialogue, in one of the three circles.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The organisation's id (its global id)." }),
    slug: t.exposeString("slug", {
      description: "The organisation's address: /organisationer/<slug>.",
    }),
    name: t.exposeString("name", { description: "The organisation's name." }),
    shortName: t.exposeString("shortName", {
      description: "A shorter name, e.g. SKR; null when none.",
      nullable: true,
    }),
    kind: t.expose("kind", { description: "What kind of body it is.", type: OrganisationKind }),
    circle: t.expose("circle", {
      description: "The mission's circle it belongs to.",
      type: Circle,
    }),
    description: t.exposeString("description", {
      description: "What the organisation is; null when not written.",
    }),
    website: t.exposeString("website", {
      description: "Its website; null when none.",
      nullable: true,
    }),
    municipality: t.relation("municipality", {
      description: "The municipality, for a municipality's own organisation; null otherwise.",
      nullable: true,
    }),
  }),
});

builder.queryFields((t) => ({
  organisationsConnection: t.drizzleConnection(
    {
      ...readableByAnyone,
      type: "organisations",
      description:
        "Organisations in Swedish alphabetical order, a page at a time, optionally of one circle and/or kind or found by name.",
      ...pageSizes,
      args: {
        circle: t.arg({ type: Circle, required: false, description: "Only this circle's." }),
        kind: t.arg({ type: OrganisationKind, required: false, description: "Only of this kind." }),
        search: t.arg.string({
          required: false,
          description: "Only organisations whose name or short name holds this text.",
        }),
      },
      totalCount: (_root, args, ctx) => organisationCount(ctx.database.db, args),
      resolve: (query, _root, args, ctx) =>
        ctx.database.db.query.organisations.findMany(
          query(checkedCursors("organisations", args, organisationPageQuery(args))),
        ),
    },
    {
      name: "OrganisationConnection",
      description: "A page of organisations, in Swedish alphabetical order.",
      fields: (t) => ({ totalCount: t.int(totalCountField("organisations the filter chooses")) }),
    },
    { name: "OrganisationEdge", description: "An organisation, and its cursor." },
  ),
  organisations: t.drizzleField({
    ...readableByAnyone,
    type: ["organisations"],
    ...replacedBy("organisations"),
    description:
      "Organisations in Swedish alphabetical order, optionally of one circle and/or kind.",
    args: {
      circle: t.arg({ type: Circle, required: false, description: "Only this circle's." }),
      kind: t.arg({ type: OrganisationKind, required: false, description: "Only of this kind." }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.database.db.query.organisations.findMany(
        query({
          where: filter({ circle: args.circle ?? undefined, kind: args.kind ?? undefined }),
          orderBy: (o) => swedishOrder(o.name),
          limit: replacedListLimit,
        }),
      ),
  }),
  organisation: t.drizzleField({
    ...readableByAnyone,
    type: "organisations",
    nullable: true,
    description: "One organisation by its address; null when there is none.",
    args: {
      slug: t.arg.string({
        required: true,
        description: "The organisation's address: /organisationer/<slug>.",
      }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.database.db.query.organisations.findFirst(query({ where: { slug: args.slug } })),
  }),
}));

builder.drizzleObjectFields("organisations", (t) => ({
  membersConnection: t.relatedConnection(
    "memberships",
    {
      description:
        "The organisation's people and their roles, the longest-standing first, a page at a time (signed-in people).",
      authScopes: { signedIn: true },
      ...pageSizes,
      query: (args) => checkedCursors("memberships", args, membersPageQuery),
    },
    {
      name: "MembershipConnection",
      description: "A page of an organisation's members, the longest-standing first.",
      fields: (t) => ({
        totalCount: t.int(
          relatedTotalCountField("members the organisation has", (ctx, id) =>
            memberCount(ctx.database.db, id),
          ),
        ),
      }),
    },
    { name: "MembershipEdge", description: "A membership, and its cursor." },
  ),
  members: t.relation("memberships", {
    ...replacedBy("members"),
    description: "The organisation's people and their roles (signed-in people).",
    authScopes: { signedIn: true },
    query: { orderBy: { createdAt: "asc" }, limit: replacedListLimit },
  }),
  invitationsConnection: t.relatedConnection(
    "invitations",
    {
      description:
        "Invitations into the organisation neither accepted nor withdrawn, newest first, a page at a time (its admins and the coordinator).",
      authScopes: (organisation) => ({ organisationAdmin: organisation.id }),
      ...pageSizes,
      query: (args) => checkedCursors("invitations", args, openInvitationsPageQuery),
    },
    {
      name: "OrganisationInvitationConnection",
      description: "A page of the invitations into an organisation, newest first.",
      fields: (t) => ({
        totalCount: t.int(
          relatedTotalCountField("open invitations into the organisation", (ctx, id) =>
            openInvitationCountOf(ctx.database.db, id),
          ),
        ),
      }),
    },
    {
      name: "OrganisationInvitationEdge",
      description: "An invitation into the organisation, and its cursor.",
    },
  ),
  invitations: t.relation("invitations", {
    ...replacedBy("invitations"),
    description:
      "Invitations into the organisation not yet accepted (its admins and the coordinator).",
    authScopes: (organisation) => ({ organisationAdmin: organisation.id }),
    query: {
      where: { acceptedAt: { isNull: true }, revokedAt: { isNull: true } },
      orderBy: { createdAt: "desc" },
      limit: replacedListLimit,
    },
  }),
}));

const OrganisationInput = builder.inputType("OrganisationInput", {
  description: "An organisation as the coordinator writes it.",
  fields: (t) => ({
    name: t.string({ description: "The organisation's name.", required: true }),
    shortName: t.string({ description: "A shorter name, e.g. SKR.", required: false }),
    kind: t.field({
      description: "What kind of body it is.",
      type: OrganisationKind,
      required: true,
    }),
    circle: t.field({
      description: "The mission's circle it belongs to.",
      type: Circle,
      required: true,
    }),
    description: t.string({ description: "What the organisation is.", required: false }),
    website: t.string({ description: "Its website.", required: false }),
  }),
});

const membershipAuth = {
  skipTypeScopes: true,
  authScopes: (_root: unknown, args: { organisationId: string | number }) => ({
    organisationAdmin: String(args.organisationId),
  }),
};

/** The organisation and person ids of a membership action, or NOT_FOUND when either cannot be an id. */
function membershipIds(args: { organisationId: string | number; personId?: string | number }) {
  const organisationId = uuidOrNull(args.organisationId);
  if (!organisationId)
    throw new InputError("NOT_FOUND", "There is no such organisation.", "organisationId");
  if (args.personId === undefined) return { organisationId, personId: "" };
  const personId = uuidOrNull(args.personId);
  if (!personId) throw new InputError("NOT_FOUND", "There is no such person.", "personId");
  return { organisationId, personId };
}

builder.mutationFields((t) => ({
  createOrganisation: t.drizzleField({
    type: "organisations",
    description: "Adds an organisation (coordinator).",
    errors: {},
    args: {
      input: t.arg({
        description: "The organisation to add.",
        type: OrganisationInput,
        required: true,
      }),
    },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await createOrganisation(ctx.database.db, ctx.viewer, input);
      const created = await ctx.database.db.query.organisations.findFirst(query({ where: { id } }));
      if (!created) throw new Error("the organisation disappeared");
      return created;
    },
  }),
  updateOrganisation: t.drizzleField({
    type: "organisations",
    description: "Changes an organisation's details (coordinator).",
    errors: {},
    args: {
      id: t.arg.id({ description: "The organisation's id.", required: true }),
      input: t.arg({
        description: "The organisation as it is to be.",
        type: OrganisationInput,
        required: true,
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = uuidOrNull(args.id);
      if (!id) throw new InputError("NOT_FOUND", "There is no such organisation.", "id");
      await updateOrganisation(ctx.database.db, ctx.viewer, id, args.input);
      const updated = await ctx.database.db.query.organisations.findFirst(query({ where: { id } }));
      if (!updated) throw new Error("the organisation disappeared");
      return updated;
    },
  }),
  addMember: t.boolean({
    ...membershipAuth,
    description:
      "Adds a person who has an account to an organisation (its admins and the coordinator).",
    errors: {},
    args: {
      organisationId: t.arg.id({ description: "The organisation's id.", required: true }),
      email: t.arg.string({
        description: "The e-mail address of the person's account.",
        required: true,
        notFreeText: "email",
      }),
      role: t.arg({ description: "Member or admin.", type: MembershipRole, required: false }),
    },
    resolve: async (_root, args, ctx) => {
      const { organisationId } = membershipIds(args);
      await addMember(
        ctx.database.db,
        ctx.viewer,
        organisationId,
        args.email,
        args.role ?? "member",
      );
      return true;
    },
  }),
  removeMember: t.boolean({
    ...membershipAuth,
    description: "Removes a person from an organisation (its admins and the coordinator).",
    errors: {},
    args: {
      organisationId: t.arg.id({ description: "The organisation's id.", required: true }),
      personId: t.arg.id({ description: "The person's id.", required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const { organisationId, personId } = membershipIds(args);
      await removeMember(ctx.database.db, ctx.viewer, organisationId, personId);
      return true;
    },
  }),
  setMembershipRole: t.boolean({
    ...membershipAuth,
    description: "Makes a member an admin of the organisation, or an admin a member.",
    errors: {},
    args: {
      organisationId: t.arg.id({ description: "The organisation's id.", required: true }),
      personId: t.arg.id({ description: "The person's id.", required: true }),
      role: t.arg({ description: "Member or admin.", type: MembershipRole, required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const { organisationId, personId } = membershipIds(args);
      await setMembershipRole(ctx.database.db, ctx.viewer, organisationId, personId, args.role);
      return true;
    },
  }),
}));
