import { icalLocal, timeZone } from "../stockholm-time";

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
];

/** TEXT of RFC 5545 (3.3.11): backslash, semicolon, comma and newline escaped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** Folds a content line at 75 octets (3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    // The first line holds 75 octets; continuation lines start with a space and hold 74 more.
    if (octets + size > 75) {
      out.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n");
}

const utcStamp = (moment: Date) =>
  `${moment
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "")}`;

function event(meeting: CalendarMeeting, portalUrl: string, stamp: Date): string[] {
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
  return [
    "BEGIN:VEVENT",
    // The meeting's id: the same event in every file, so a calendar updates it instead of adding one.
    `UID:meeting-${meeting.id}@kraftsamling`,
    `DTSTAMP:${utcStamp(stamp)}`,
    `CREATED:${utcStamp(meeting.createdAt)}`,
    `LAST-MODIFIED:${utcStamp(meeting.updatedAt)}`,
    `SEQUENCE:${meeting.sequence}`,
    `DTSTART;TZID=${timeZone}:${icalLocal(meeting.startsAt)}`,
    `DTEND;TZID=${timeZone}:${icalLocal(meeting.endsAt)}`,
    `SUMMARY:${escapeText(meeting.title)}`,
    `DESCRIPTION:${escapeText(description)}`,
    ...(location ? [`LOCATION:${escapeText(location)}`] : []),
    `URL:${link}`,
    `STATUS:${meeting.status === "cancelled" ? "CANCELLED" : "CONFIRMED"}`,
    "TRANSP:OPAQUE",
    "END:VEVENT",
  ];
}

/**
 * An iCalendar file (RFC 5545) of meetings: METHOD:PUBLISH, the Stockholm time zone, one event per
 * meeting. Lines end in CRLF and are folded at 75 octets.
 */
export function calendarFile(
  meetings: CalendarMeeting[],
  options: { name: string; portalUrl: string; stamp: Date },
): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Kraftsamling//Moten//SV",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(options.name)}`,
    `X-WR-TIMEZONE:${timeZone}`,
    ...stockholmTimezone,
    ...meetings.flatMap((m) => event(m, options.portalUrl, options.stamp)),
    "END:VCALENDAR",
  ];
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
