import { TZDate } from "@date-fns/tz";

/** Times are stored in UTC and shown, mailed and put in calendars in Europe/Stockholm. */
export const timeZone = "Europe/Stockholm";

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock time in Stockholm at a moment. */
export function stockholmParts(moment: Date): LocalParts {
  const local = new TZDate(moment.getTime(), timeZone);
  return {
    year: local.getFullYear(),
    month: local.getMonth() + 1,
    day: local.getDate(),
    hour: local.getHours(),
    minute: local.getMinutes(),
    second: local.getSeconds(),
  };
}

/**
 * The moment a Stockholm wall-clock time names: in the gap of spring, the hour after; in the hour
 * that autumn repeats, the second time round (standard time).
 */
export function fromStockholm(local: Omit<LocalParts, "second"> & { second?: number }): Date {
  const moment = new TZDate(
    local.year,
    local.month - 1,
    local.day,
    local.hour,
    local.minute,
    local.second ?? 0,
    timeZone,
  );
  return new Date(moment.getTime());
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** "20170829T093000": a DATE-TIME of RFC 5545 in Stockholm's local time. */
export function icalLocal(moment: Date): string {
  const p = stockholmParts(moment);
  return `${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

/** "2017-08-29 09:30", for CSV files. */
export function stockholmMinute(moment: Date): string {
  const p = stockholmParts(moment);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

const dayFormat = new Intl.DateTimeFormat("sv-SE", {
  timeZone,
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
});
const timeFormat = new Intl.DateTimeFormat("sv-SE", {
  timeZone,
  hour: "2-digit",
  minute: "2-digit",
});

/** "tisdag 29 augusti 2017 kl. 09:30–16:00", for e-mail. */
export function swedishTimeRange(startsAt: Date, endsAt: Date): string {
  const sameDay = dayFormat.format(startsAt) === dayFormat.format(endsAt);
  return sameDay
    ? `${dayFormat.format(startsAt)} kl. ${timeFormat.format(startsAt)}–${timeFormat.format(endsAt)}`
    : `${dayFormat.format(startsAt)} kl. ${timeFormat.format(startsAt)} – ${dayFormat.format(endsAt)} kl. ${timeFormat.format(endsAt)}`;
}

/** The month "2017-09" in Stockholm, as the moments it starts and ends; null when malformed. */
export function stockholmMonth(month: string): { from: Date; to: Date } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return null;
  const year = Number(match[1]);
  const number = Number(match[2]);
  if (number < 1 || number > 12) return null;
  const next = number === 12 ? { year: year + 1, month: 1 } : { year, month: number + 1 };
  return {
    from: fromStockholm({ year, month: number, day: 1, hour: 0, minute: 0 }),
    to: fromStockholm({ ...next, day: 1, hour: 0, minute: 0 }),
  };
}
