import type { Db } from "@kraftsamling/db";
import { toCsv } from "../shared/csv";
import { stockholmMinute } from "../shared/stockholm-time";

const statusText = { confirmed: "bekräftad", waitlisted: "väntelista", cancelled: "avanmäld" };

/**
 * A meeting's registrations as CSV for a spreadsheet: UTF-8 with a byte-order mark (so that Excel
 * reads å, ä and ö), confirmed first, then the waiting list in its order.
 */
export async function registrationsCsv(db: Db, meetingId: string): Promise<string> {
  const rows = await db.query.meetingRegistrations.findMany({
    where: { meetingId, status: { ne: "cancelled" } },
    orderBy: { status: "asc", createdAt: "asc", id: "asc" },
    with: {
      person: { columns: { name: true, email: true } },
      organisation: { columns: { name: true } },
      picks: {
        with: { seminar: { columns: { title: true } }, slot: { columns: { startsAt: true } } },
      },
    },
  });
  return toCsv(
    ["name", "e-mail", "organisation", "status", "registered at", "attended", "seminar picks"],
    rows.map((r) => [
      r.person.name,
      r.person.email,
      r.organisation?.name ?? "",
      statusText[r.status],
      stockholmMinute(r.createdAt),
      r.attended ? "ja" : "nej",
      r.picks
        .sort((a, b) => a.slot.startsAt.getTime() - b.slot.startsAt.getTime())
        .map((p) => p.seminar.title)
        .join("; "),
    ]),
    { bom: true },
  );
}
