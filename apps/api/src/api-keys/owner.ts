import { schema } from "@kraftsamling/db";
import { eq, or } from "drizzle-orm";
import type { Viewer } from "../accounts/viewer";

/** The keys that belong to the person: made when signed in, or confirmed by their address. */
export function ownedBy(viewer: Pick<Viewer, "personId" | "email">) {
  return or(
    eq(schema.apiKeys.personId, viewer.personId),
    eq(schema.apiKeys.ownerEmail, viewer.email.trim().toLowerCase()),
  );
}

/** The same owners as `ownedBy`, as a relational query's filter. */
export function ownedByFilter(viewer: Pick<Viewer, "personId" | "email">) {
  return {
    OR: [{ personId: viewer.personId }, { ownerEmail: viewer.email.trim().toLowerCase() }],
  };
}
