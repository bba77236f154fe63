import { type Db, schema } from "@kraftsamling/db";
import { and, eq, isNull } from "drizzle-orm";
import { exactTime } from "../shared/connections";

type InvitationsTable = typeof schema.invitations;

/** Invitations neither accepted nor withdrawn, newest first, as a connection reads them. */
export const openInvitationsPageQuery = {
  where: { acceptedAt: { isNull: true as const }, revokedAt: { isNull: true as const } },
  extras: { createdExact: exactTime((table: InvitationsTable) => table.createdAt) },
  orderBy: { createdExact: "desc" as const },
};

/** How many invitations are neither accepted nor withdrawn. */
export async function openInvitationCount(db: Db): Promise<number> {
  return db.$count(
    schema.invitations,
    and(isNull(schema.invitations.acceptedAt), isNull(schema.invitations.revokedAt)),
  );
}

/** How many invitations into the organisation are neither accepted nor withdrawn. */
export async function openInvitationCountOf(db: Db, organisationId: string): Promise<number> {
  return db.$count(
    schema.invitations,
    and(
      eq(schema.invitations.organisationId, organisationId),
      isNull(schema.invitations.acceptedAt),
      isNull(schema.invitations.revokedAt),
    ),
  );
}
