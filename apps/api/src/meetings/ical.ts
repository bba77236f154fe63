import { TZDate } from "@date-fns/tz";
import ical, {
  escape as escapeText,
  ICalCalendarMethod,
  type ICalEventData,
  ICalEventStatus,
  ICalEventTransparency,
} from "ical-generator";
import { timeZone } from "../shared/stockholm-time";

/** What a calendar event needs of a meeting. */
export interface CalendarMeeting {
  id: string;
  slug: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  city: string | null;
  place: string | null;
  address: string | null;
  status: "draft" | "published" | "cancelled" | "held";
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
  /** Only for those who may see it: confirmed participants. */
  onlineUrl?: string | null;
}

/**
 * Europe/Stockholm since 1996: summer time from the last Sunday of March 02:00 to the last Sunday
 * of October 03:00. Calendars need the rules to place DTSTART;TZID=Europe/Stockholm.
 */
const stockholmTimezone = [
  "BEGIN:VTIMEZONE",
  `TZID:${timeZone}`,
  `X-LIC-LOCATION:${timeZone}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19810329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19961027T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

function event(meeting: CalendarMeeting, portalUrl: string, stamp: Date): ICalEventData {
  const location = [meeting.place, meeting.address, meeting.city]
    .filter((part): part is string => Boolean(part?.trim()))
    .join(", ");
  const link = `${portalUrl}/moten/${meeting.slug}`;
  const description = [
    meeting.description,
    meeting.onlineUrl ? `Länk till mötet: ${meeting.onlineUrl}` : "",
    `Mer om mötet: ${link}`,
  ]
    .filter(Boolean)
    .join("\n\n");
  return {
    // The meeting's id: the same event in every file, so a calendar updates it instead of adding one.
    id: `meeting-${meeting.id}@kraftsamling`,
    stamp,
    created: meeting.createdAt,
    lastModified: meeting.updatedAt,
    sequence: meeting.sequence,
    // Local times in Stockholm with TZID, which the VTIMEZONE above defines.
    timezone: timeZone,
    start: new TZDate(meeting.startsAt.getTime(), timeZone),
    end: new TZDate(meeting.endsAt.getTime(), timeZone),
    summary: meeting.title,
    description,
    location: location || null,
    url: link,
    status: meeting.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    transparency: ICalEventTransparency.OPAQUE,
  };
}

/**
 * An iCalendar file (RFC 5545) of meetings: METHOD:PUBLISH, the Stockholm time zone, one event per
 * meeting. Lines end in CRLF and are folded at 75 octets.
 */
export function calendarFile(
  meetings: CalendarMeeting[],
  options: { name: string; portalUrl: string; stamp: Date },
): string {
  const calendar = ical({
    prodId: "//Kraftsamling//Moten//SV",
    scale: "GREGORIAN",
    method: ICalCalendarMethod.PUBLISH,
    // The name is written as it is given: escape it as TEXT here.
    name: escapeText(options.name, false),
    // No calendar-wide zone, so that DTSTAMP, CREATED and LAST-MODIFIED stay in UTC; the events
    // carry the zone, and the generator writes its VTIMEZONE once.
    timezone: { name: null, generator: (zone) => (zone === timeZone ? stockholmTimezone : null) },
    x: { "X-WR-TIMEZONE": timeZone },
    events: meetings.map((m) => event(m, options.portalUrl, options.stamp)),
  });
  return `${calendar.toString()}\r\n`;
}
