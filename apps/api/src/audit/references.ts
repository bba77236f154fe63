import { type Db, schema } from "@kraftsamling/db";
import { inArray } from "drizzle-orm";
import type { PortalRole } from "../accounts/viewer";
import { uuidOrNull } from "../shared/ids";

/** The kinds of thing an entry's JSON names by id, and the tables their names are in. */
export type ReferenceKind = "person" | "organisation" | "finding" | "meeting" | "theme";

/** A field of an entry's JSON that holds ids, by its name: personId, findingIds, unlinked … */
function kindOfField(field: string): ReferenceKind | null {
  if (field === "unlinked") return "finding";
  const match =
    /^(?:.*[a-z])?(person|Person|organisation|Organisation|finding|Finding|meeting|Meeting|theme|Theme)Ids?$/.exec(
      field,
    );
  return match?.[1] ? (match[1].toLowerCase() as ReferenceKind) : null;
}

/** `kind:id` for every id the JSON names, however deep (a visit's participants are a list). */
export function referencedKeys(...values: unknown[]): string[] {
  const keys = new Set<string>();
  const walk = (value: unknown, kind: ReferenceKind | null) => {
    if (typeof value === "string") {
      const id = kind ? uuidOrNull(value) : null;
      if (id) keys.add(`${kind}:${id}`);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, kind);
    } else if (value && typeof value === "object") {
      for (const [field, inner] of Object.entries(value)) walk(inner, kindOfField(field));
    }
  };
  for (const value of values) walk(value, null);
  return [...keys];
}

/**
 * The names of what `kind:id` keys point at, one query per kind: people, organisations, findings,
 * meetings and themes. A key missing from the answer is something that is gone.
 */
export async function referenceNames(
  db: Db,
  keys: readonly string[],
): Promise<Map<string, string>> {
  const ids: Record<ReferenceKind, string[]> = {
    person: [],
    organisation: [],
    finding: [],
    meeting: [],
    theme: [],
  };
  for (const key of keys) {
    const [kind, id] = key.split(":") as [ReferenceKind, string];
    ids[kind]?.push(id);
  }
  const tables = [
    ["person", schema.people, schema.people.name],
    ["organisation", schema.organisations, schema.organisations.name],
    ["finding", schema.findings, schema.findings.title],
    ["meeting", schema.meetings, schema.meetings.title],
    ["theme", schema.themes, schema.themes.title],
  ] as const;
  const names = new Map<string, string>();
  await Promise.all(
    tables.map(async ([kind, table, name]) => {
      if (ids[kind].length === 0) return;
      const rows = await db
        .select({ id: table.id, name })
        .from(table)
        .where(inArray(table.id, ids[kind]));
      for (const row of rows) names.set(`${kind}:${row.id}`, row.name);
    }),
  );
  return names;
}

/** The role an actor acts in, in the log's words. */
export type ActorRole =
  | "coordinator"
  | "moderator"
  | "organisation_admin"
  | "member"
  | "observer"
  | "system";

/** The portal roles of the actors of a page of entries, in one query. */
export async function actorRoles(
  db: Db,
  personIds: readonly string[],
): Promise<Map<string, PortalRole>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .select({ id: schema.people.id, role: schema.people.role })
    .from(schema.people)
    .where(inArray(schema.people.id, [...personIds]));
  return new Map(rows.map((r) => [r.id, r.role]));
}

/**
 * The role an entry's actor acted in: the portal itself when there is no actor; an organisation
 * admin for a member who changed an organisation's people; else the person's portal role (the log
 * records no role, so it is the role the person has now). Null once the account is erased.
 */
export function actorRoleOf(
  entry: { actorId: string | null; actorName: string; action: string },
  role: PortalRole | undefined,
): ActorRole | null {
  if (entry.actorId === null) return entry.actorName === "System" ? "system" : null;
  if (!role) return null;
  if (role === "member" && /^(membership|invitation|organisation)\./.test(entry.action))
    return "organisation_admin";
  return role;
}
