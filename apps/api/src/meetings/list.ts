import { type Db, schema } from "@kraftsamling/db";
import { and, count, inArray, ne, type SQL, sql } from "drizzle-orm";
import { hasScope } from "../accounts/scopes";
import type { Viewer } from "../accounts/viewer";
import { exactTime } from "../shared/connections";
import { InputError } from "../shared/errors";
import { stockholmMonth } from "../shared/stockholm-time";

type MeetingKind = (typeof schema.meetingKind.enumValues)[number];
type MeetingStatus = (typeof schema.meetingStatus.enumValues)[number];
export type MeetingPeriod = "UPCOMING" | "PAST" | "ALL";

/** The meetings table, or the alias a relational query reads it under. */
type MeetingsTable = typeof schema.meetings;

/** Which meetings a list shows: every value left out does not filter. */
export interface MeetingListFilter {
  period?: MeetingPeriod | null;
  /** Seminars only when SEMINAR is among them; left out or empty, every kind but seminars. */
  kinds?: readonly MeetingKind[] | null;
  /** DRAFT is the coordinator's; left out or empty, every status but drafts. */
  statuses?: readonly MeetingStatus[] | null;
  /** YYYY-MM: meetings that start in this month in Stockholm. */
  month?: string | null;
  /** Meetings that start at or after this. */
  from?: Date | null;
  /** Meetings that start before this. */
  to?: Date | null;
}

/**
 * The SQL condition on `meetings` of a list for the viewer at `now`, checked first: a month that
 * cannot be one is an InputError. Drafts are the coordinator's; asked for drafts only without the
 * right to see them, nothing matches.
 */
export function meetingListCondition(
  viewer: Viewer | null,
  now: Date,
  filter: MeetingListFilter,
  m: MeetingsTable = schema.meetings,
): SQL {
  const month = filter.month ? stockholmMonth(filter.month) : undefined;
  if (month === null) {
    throw new InputError(
      "INVALID_MONTH",
      `month must be a month written YYYY-MM, got "${filter.month}".`,
      "month",
    );
  }
  const statuses = (filter.statuses ?? []).filter(
    (s) => s !== "draft" || hasScope(viewer, "coordinator"),
  );
  if (filter.statuses?.length && statuses.length === 0) return sql`false`;
  const kinds = filter.kinds?.length
    ? [...filter.kinds]
    : schema.meetingKind.enumValues.filter((kind) => kind !== "seminar");
  const parts: (SQL | undefined)[] = [
    statuses.length ? inArray(m.status, statuses) : ne(m.status, "draft"),
    inArray(m.kind, kinds),
  ];
  const from = latest(filter.from ?? undefined, month?.from);
  const to = earliest(filter.to ?? undefined, month?.to);
  if (from) parts.push(sql`${m.startsAt} >= ${from.toISOString()}::timestamptz`);
  if (to) parts.push(sql`${m.startsAt} < ${to.toISOString()}::timestamptz`);
  const period = filter.period ?? "ALL";
  if (period === "UPCOMING") parts.push(sql`${m.endsAt} >= ${now.toISOString()}::timestamptz`);
  if (period === "PAST") parts.push(sql`${m.endsAt} < ${now.toISOString()}::timestamptz`);
  return and(...parts) ?? sql`true`;
}

const latest = (a?: Date, b?: Date) => (a && b ? (a > b ? a : b) : (a ?? b));
const earliest = (a?: Date, b?: Date) => (a && b ? (a < b ? a : b) : (a ?? b));

/**
 * The relational query of a page of meetings, for a cursor connection: past meetings the latest
 * first, others the soonest first. The start is keyed by the value the driver returns as text, so
 * that a cursor holds it to the microsecond; the id breaks ties.
 */
export function meetingPageQuery(viewer: Viewer | null, now: Date, filter: MeetingListFilter) {
  // Checked now, so that a bad value is an InputError before any query runs.
  meetingListCondition(viewer, now, filter);
  return {
    where: { RAW: (m: MeetingsTable) => meetingListCondition(viewer, now, filter, m) },
    extras: { startsAtKey: exactTime((m: MeetingsTable) => m.startsAt) },
    orderBy: { startsAtKey: filter.period === "PAST" ? "desc" : "asc" } as Record<
      string,
      "asc" | "desc"
    >,
  };
}

/** How many meetings a list's filter chooses for the viewer. */
export async function countMeetings(
  db: Db,
  viewer: Viewer | null,
  now: Date,
  filter: MeetingListFilter,
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(schema.meetings)
    .where(meetingListCondition(viewer, now, filter));
  return row?.n ?? 0;
}
