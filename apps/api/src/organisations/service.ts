import { type Db, schema } from "@kraftsamling/db";
import { and, eq, ne, sql } from "drizzle-orm";
import type { Viewer } from "../accounts/viewer";
import { recordAudit } from "../audit/service";
import { InputError } from "../shared/errors";
import { slugify } from "../shared/slug";

type Actor = Pick<Viewer, "personId" | "name"> | null;
type OrganisationRow = typeof schema.organisations.$inferSelect;
export type MembershipRole = (typeof schema.memberships.$inferSelect)["role"];

/** An organisation's details as the coordinator gives them. */
export interface OrganisationInput {
  name: string;
  shortName?: string | null;
  kind: OrganisationRow["kind"];
  circle: OrganisationRow["circle"];
  description?: string | null;
  website?: string | null;
}

/** The details checked and trimmed: a name of 2 to 200 characters, a web site as a whole address. */
export function organisationValues(input: OrganisationInput) {
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

const nameTaken = () =>
  new InputError("NAME_TAKEN", "An organisation with that name exists already.", "name");

/** Adds an organisation, its address made from its name; NAME_TAKEN when that name exists. Returns its id. */
export async function createOrganisation(
  db: Db,
  actor: Actor,
  input: OrganisationInput,
): Promise<string> {
  const values = organisationValues(input);
  const slug = slugify(values.name);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(schema.organisations)
      .values({ ...values, slug })
      .onConflictDoNothing()
      .returning();
    if (!row) throw nameTaken();
    await recordAudit(tx, actor, {
      action: "organisation.create",
      subjectType: "organisation",
      subjectId: row.id,
      after: values,
    });
    return row.id;
  });
}

/**
 * Changes an organisation's details; a description left out keeps the one there is. NOT_FOUND when
 * there is no such organisation, NAME_TAKEN when another one has the name (in any case).
 */
export async function updateOrganisation(
  db: Db,
  actor: Actor,
  id: string,
  input: OrganisationInput,
): Promise<void> {
  const values = organisationValues(input);
  await db.transaction(async (tx) => {
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
    if (namesake) throw nameTaken();
    if (input.description === undefined || input.description === null)
      values.description = before.description;
    await tx
      .update(schema.organisations)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(schema.organisations.id, id));
    const { createdAt: _c, updatedAt: _u, ...old } = before;
    await recordAudit(tx, actor, {
      action: "organisation.update",
      subjectType: "organisation",
      subjectId: id,
      before: old,
      after: values,
    });
  });
}

/** Adds a person who has an account (found by e-mail in any case) to an organisation. */
export async function addMember(
  db: Db,
  actor: Actor,
  organisationId: string,
  email: string,
  role: MembershipRole,
): Promise<void> {
  const person = await db.query.people.findFirst({
    where: { RAW: (p) => sql`lower(${p.email}) = lower(${email.trim()})` },
    columns: { id: true },
  });
  if (!person)
    throw new InputError(
      "NO_ACCOUNT",
      "No one has an account with that address: invite them instead.",
      "email",
    );
  await db.transaction(async (tx) => {
    const added = await tx
      .insert(schema.memberships)
      .values({ personId: person.id, organisationId, role })
      .onConflictDoNothing()
      .returning();
    if (added.length === 0)
      throw new InputError("ALREADY_MEMBER", "That person is a member already.", "email");
    await recordAudit(tx, actor, {
      action: "membership.add",
      subjectType: "organisation",
      subjectId: organisationId,
      after: { personId: person.id, role },
    });
  });
}

const notAMember = () => new InputError("NOT_A_MEMBER", "That person is not a member.", "personId");

const membershipOf = (organisationId: string, personId: string) =>
  and(
    eq(schema.memberships.organisationId, organisationId),
    eq(schema.memberships.personId, personId),
  );

/** Removes a person from an organisation; NOT_A_MEMBER when they are not in it. */
export async function removeMember(
  db: Db,
  actor: Actor,
  organisationId: string,
  personId: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(schema.memberships)
      .where(membershipOf(organisationId, personId))
      .returning();
    if (removed.length === 0) throw notAMember();
    await recordAudit(tx, actor, {
      action: "membership.remove",
      subjectType: "organisation",
      subjectId: organisationId,
      before: { personId, role: removed[0]?.role },
    });
  });
}

/** Makes a member an admin of the organisation, or an admin a member; NOT_A_MEMBER when not in it. */
export async function setMembershipRole(
  db: Db,
  actor: Actor,
  organisationId: string,
  personId: string,
  role: MembershipRole,
): Promise<void> {
  await db.transaction(async (tx) => {
    const where = membershipOf(organisationId, personId);
    const [before] = await tx.select().from(schema.memberships).where(where);
    if (!before) throw notAMember();
    await tx.update(schema.memberships).set({ role }).where(where);
    await recordAudit(tx, actor, {
      action: "membership.role",
      subjectType: "organisation",
      subjectId: organisationId,
      before: { personId, role: before.role },
      after: { personId, role },
    });
  });
}
