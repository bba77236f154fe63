const format = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Stockholm",
  dateStyle: "short",
  timeStyle: "short",
});

/** "2026-11-24 07:00", as the clocks in Sweden show it. */
export function stockholmDateTime(moment: Date): string {
  return format.format(moment);
}

/** The moment at hour:00 on the Stockholm calendar day of `moment`, daylight saving included. */
export function stockholmHourOf(moment: Date, hour: number): Date {
  const day = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Stockholm",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(moment);
  // Stockholm is UTC+1 or UTC+2: try both and keep the one that reads as hour:00 there.
  for (const offset of [1, 2]) {
    const candidate = new Date(`${day}T${String(hour).padStart(2, "0")}:00:00+0${offset}:00`);
    const shown = new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Stockholm",
      hour: "2-digit",
      hourCycle: "h23",
    }).format(candidate);
    if (Number(shown) === hour) return candidate;
  }
  return new Date(`${day}T${String(hour).padStart(2, "0")}:00:00+01:00`);
}
