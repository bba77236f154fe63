import { filter, schema, swedishOrder } from "@kraftsamling/db";
import { and, eq, ne, sql } from "drizzle-orm";
import { recordAudit } from "../audit";
import { builder } from "../builder";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";
import { slugify } from "../shared/slug";
import { readableByAnyone } from "./access";
import { Circle, MembershipRole, OrganisationKind } from "./enums";

export const Organisation = builder.drizzleObject("organisations", {
  name: "Organisation",
  description: "A partner organisation of the dialogue, in one of the three circles.",
  fields: (t) => ({
    id: t.exposeID("id"),
    slug: t.exposeString("slug"),
    name: t.exposeString("name"),
    shortName: t.exposeString("shortName", { nullable: true }),
    kind: t.expose("kind", { type: OrganisationKind }),
    circle: t.expose("circle", { type: Circle }),
    description: t.exposeString("description"),
    website: t.exposeString("website", { nullable: true }),
    municipality: t.relation("municipality", { nullable: true }),
  }),
});

builder.queryFields((t) => ({
  organisations: t.drizzleField({
    ...readableByAnyone,
    type: ["organisations"],
    description:
      "Organisations in Swedish alphabetical order, optionally of one circle and/or kind.",
    args: {
      circle: t.arg({ type: Circle, required: false }),
      kind: t.arg({ type: OrganisationKind, required: false }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.database.db.query.organisations.findMany(
        query({
          where: filter({ circle: args.circle ?? undefined, kind: args.kind ?? undefined }),
          orderBy: (o) => swedishOrder(o.name),
        }),
      ),
  }),
  organisation: t.drizzleField({
    ...readableByAnyone,
    type: "organisations",
    nullable: true,
    args: { slug: t.arg.string({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.database.db.query.organisations.findFirst(query({ where: { slug: args.slug } })),
  }),
}));

builder.drizzleObjectFields("organisations", (t) => ({
  members: t.relation("memberships", {
    description: "The organisation's people and their roles (signed-in people).",
    authScopes: { signedIn: true },
    query: { orderBy: { createdAt: "asc" } },
  }),
  invitations: t.relation("invitations", {
    description:
      "Invitations into the organisation not yet accepted (its admins and the coordinator).",
    authScopes: (organisation) => ({ organisationAdmin: organisation.id }),
    query: {
      where: { acceptedAt: { isNull: true }, revokedAt: { isNull: true } },
      orderBy: { createdAt: "desc" },
    },
  }),
}));

const OrganisationInput = builder.inputType("OrganisationInput", {
  fields: (t) => ({
    name: t.string({ required: true }),
    shortName: t.string({ required: false }),
    kind: t.field({ type: OrganisationKind, required: true }),
    circle: t.field({ type: Circle, required: true }),
    description: t.string({ required: false }),
    website: t.string({ required: false }),
  }),
});

function organisationValues(input: typeof OrganisationInput.$inferInput) {
  const name = input.name.trim();
  if (name.length < 2 || name.length > 200)
    throw new InputError("NAME_LENGTH", "Give a name of 2 to 200 characters.", "name");
  const website = input.website?.trim() || null;
  if (website && !/^https?:\/\/[^\s]+\.[^\s]+$/.test(website)) {
    throw new InputError(
      "WEBSITE_INVALID",
      "Give the web site as a whole address, such as https://www.example.se.",
      "website",
    );
  }
  return {
    name,
    shortName: input.shortName?.trim() || null,
    kind: input.kind,
    circle: input.circle,
    description: input.description?.trim() ?? "",
    website,
  };
}

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
    args: { input: t.arg({ type: OrganisationInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const values = organisationValues(input);
      const slug = slugify(values.name);
      const id = await ctx.database.db.transaction(async (tx) => {
        const [row] = await tx
          .insert(schema.organisations)
          .values({ ...values, slug })
          .onConflictDoNothing()
          .returning();
        if (!row)
          throw new InputError(
            "NAME_TAKEN",
            "An organisation with that name exists already.",
            "name",
          );
        await recordAudit(
          ctx,
          {
            action: "organisation.create",
            subjectType: "organisation",
            subjectId: row.id,
            after: values,
          },
          tx,
        );
        return row.id;
      });
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
      id: t.arg.id({ required: true }),
      input: t.arg({ type: OrganisationInput, required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = uuidOrNull(args.id);
      if (!id) throw new InputError("NOT_FOUND", "There is no such organisation.", "id");
      const values = organisationValues(args.input);
      await ctx.database.db.transaction(async (tx) => {
        const [before] = await tx
          .select()
          .from(schema.organisations)
          .where(eq(schema.organisations.id, id));
        if (!before) throw new InputError("NOT_FOUND", "There is no such organisation.", "id");
        const [namesake] = await tx
          .select({ id: schema.organisations.id })
          .from(schema.organisations)
          .where(
            and(
              sql`lower(${schema.organisations.name}) = lower(${values.name})`,
              ne(schema.organisations.id, id),
            ),
          );
        if (namesake)
          throw new InputError(
            "NAME_TAKEN",
            "An organisation with that name exists already.",
            "name",
          );
        // A description left out keeps the one there is.
        if (args.input.description === undefined || args.input.description === null)
          values.description = before.description;
        await tx
          .update(schema.organisations)
          .set({ ...values, updatedAt: new Date() })
          .where(eq(schema.organisations.id, id));
        const { createdAt: _c, updatedAt: _u, ...old } = before;
        await recordAudit(
          ctx,
          {
            action: "organisation.update",
            subjectType: "organisation",
            subjectId: id,
            before: old,
            after: values,
          },
          tx,
        );
      });
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
      organisationId: t.arg.id({ required: true }),
      email: t.arg.string({ required: true, notFreeText: "email" }),
      role: t.arg({ type: MembershipRole, required: false }),
    },
    resolve: async (_root, args, ctx) => {
      const { organisationId } = membershipIds(args);
      const person = await ctx.database.db.query.people.findFirst({
        where: { RAW: (p) => sql`lower(${p.email}) = lower(${args.email.trim()})` },
      });
      if (!person)
        throw new InputError(
          "NO_ACCOUNT",
          "No one has an account with that address: invite them instead.",
          "email",
        );
      const role = args.role ?? "member";
      await ctx.database.db.transaction(async (tx) => {
        const added = await tx
          .insert(schema.memberships)
          .values({ personId: person.id, organisationId, role })
          .onConflictDoNothing()
          .returning();
        if (added.length === 0)
          throw new InputError("ALREADY_MEMBER", "That person is a member already.", "email");
        await recordAudit(
          ctx,
          {
            action: "membership.add",
            subjectType: "organisation",
            subjectId: organisationId,
            after: { personId: person.id, role },
          },
          tx,
        );
      });
      return true;
    },
  }),
  removeMember: t.boolean({
    ...membershipAuth,
    description: "Removes a person from an organisation (its admins and the coordinator).",
    errors: {},
    args: { organisationId: t.arg.id({ required: true }), personId: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const { organisationId, personId } = membershipIds(args);
      await ctx.database.db.transaction(async (tx) => {
        const removed = await tx
          .delete(schema.memberships)
          .where(
            and(
              eq(schema.memberships.organisationId, organisationId),
              eq(schema.memberships.personId, personId),
            ),
          )
          .returning();
        if (removed.length === 0)
          throw new InputError("NOT_A_MEMBER", "That person is not a member.", "personId");
        await recordAudit(
          ctx,
          {
            action: "membership.remove",
            subjectType: "organisation",
            subjectId: organisationId,
            before: { personId, role: removed[0]?.role },
          },
          tx,
        );
      });
      return true;
    },
  }),
  setMembershipRole: t.boolean({
    ...membershipAuth,
    description: "Makes a member an admin of the organisation, or an admin a member.",
    errors: {},
    args: {
      organisationId: t.arg.id({ required: true }),
      personId: t.arg.id({ required: true }),
      role: t.arg({ type: MembershipRole, required: true }),
    },
    resolve: async (_root, args, ctx) => {
      const { organisationId, personId } = membershipIds(args);
      await ctx.database.db.transaction(async (tx) => {
        const where = and(
          eq(schema.memberships.organisationId, organisationId),
          eq(schema.memberships.personId, personId),
        );
        const [before] = await tx.select().from(schema.memberships).where(where);
        if (!before)
          throw new InputError("NOT_A_MEMBER", "That person is not a member.", "personId");
        await tx.update(schema.memberships).set({ role: args.role }).where(where);
        await recordAudit(
          ctx,
          {
            action: "membership.role",
            subjectType: "organisation",
            subjectId: organisationId,
            before: { personId, role: before.role },
            after: { personId, role: args.role },
          },
          tx,
        );
      });
      return true;
    },
  }),
}));
