import ICAL from "ical.js";

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  location: string | null;
  start: Date;
  end: Date;
  startZone: string;
  sequence: number;
  status: string | null;
}

/**
 * Parses an iCalendar file with ical.js (a strict RFC 5545 parser), using the file's own VTIMEZONE
 * to turn local times into instants, as a calendar program would.
 */
export function parseCalendar(text: string): {
  method: string | null;
  timezones: string[];
  events: ParsedEvent[];
} {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zones = calendar.getAllSubcomponents("vtimezone");
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      location: event.location || null,
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      startZone: event.startDate.zone?.tzid ?? "",
      sequence: event.sequence,
      status: (component.getFirstPropertyValue("status") as string | null) ?? null,
    };
  });
  return {
    method: (calendar.getFirstPropertyValue("method") as string | null) ?? null,
    timezones: zones.map((z) => String(z.getFirstPropertyValue("tzid"))),
    events,
  };
}
