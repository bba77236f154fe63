const TIME_ZONE = "Europe/Stockholm";

const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** How far Stockholm's clock is ahead of UTC at a moment, in milliseconds. */
function offsetAt(moment: number): number {
  const parts = partsFormat.formatToParts(new Date(moment));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(
    part("year"),
    part("month") - 1,
    part("day"),
    part("hour"),
    part("minute"),
    part("second"),
  );
  return wall - Math.floor(moment / 1000) * 1000;
}

/**
 * The moment a calendar day (YYYY-MM-DD) begins in Stockholm, plus `days` days, as an ISO string:
 * the period filters of the audit log mean Swedish days, whatever the browser's time zone.
 */
export function startOfStockholmDay(date: string, days = 0): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const utcMidnight = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days);
  // Sweden changes its clocks at night, never at midnight: one correction is enough.
  return new Date(utcMidnight - offsetAt(utcMidnight - offsetAt(utcMidnight))).toISOString();
}

/**
 * A wall-clock time in Stockholm as a datetime-local input gives it ("2026-12-01T09:30") to the
 * moment it names, as an ISO string; null for anything else.
 */
export function stockholmLocalToIso(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  return new Date(wall - offsetAt(wall - offsetAt(wall))).toISOString();
}

/** A moment as a datetime-local input shows it in Stockholm: "2026-12-01T09:30". */
export function isoToStockholmLocal(iso: string): string {
  const moment = new Date(iso).getTime();
  return new Date(moment + offsetAt(moment)).toISOString().slice(0, 16);
}

const dayFormat = new Intl.DateTimeFormat("sv-SE", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The day (YYYY-MM-DD) a moment falls on in Stockholm; today's by default, as in file names. */
export function stockholmDay(moment: string | Date = new Date()): string {
  return dayFormat.format(typeof moment === "string" ? new Date(moment) : moment);
}
