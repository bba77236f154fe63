import { type Db, schema } from "@kraftsamling/db";
import { and, eq, ne } from "drizzle-orm";
import { exactTime } from "../shared/connections";

type RegistrationsTable = typeof schema.meetingRegistrations;

/**
 * A meeting's registrations as a connection reads them: places, then the waiting list in its
 * order, then (when asked for) the withdrawn; each by when they registered.
 */
export function registrationsPageQuery(includeCancelled: boolean) {
  return {
    where: includeCancelled ? {} : { status: { ne: "cancelled" as const } },
    extras: { registeredExact: exactTime((table: RegistrationsTable) => table.createdAt) },
    orderBy: { status: "asc" as const, registeredExact: "asc" as const, id: "asc" as const },
  };
}

/** How many registrations the meeting has (the withdrawn too, when asked for). */
export async function registrationCount(
  db: Db,
  meetingId: string,
  includeCancelled: boolean,
): Promise<number> {
  const table = schema.meetingRegistrations;
  return db.$count(
    table,
    and(
      eq(table.meetingId, meetingId),
      includeCancelled ? undefined : ne(table.status, "cancelled"),
    ),
  );
}
