import type { Db } from "@kraftsamling/db";
import type { CalendarMeeting } from "./ical";

/**
 * A person's upcoming meetings for their calendar feed: those they hold a place at (with the online
 * link, which is theirs to see) and the seminars they picked. A cancelled meeting stays in, marked
 * cancelled, so that calendars take it away.
 */
export async function personalCalendar(
  db: Db,
  personId: string,
  now: Date,
): Promise<CalendarMeeting[]> {
  const registrations = await db.query.meetingRegistrations.findMany({
    where: {
      personId,
      status: "confirmed",
      meeting: { endsAt: { gte: now }, status: { ne: "draft" } },
    },
    with: { meeting: true, picks: { with: { seminar: true } } },
  });
  const meetings = registrations.flatMap((r) => [
    r.meeting,
    ...r.picks.map((p) => p.seminar).filter((s) => s.status !== "draft"),
  ]);
  return meetings.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
