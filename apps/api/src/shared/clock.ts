/** What time it is for the meetings' rules: what is upcoming, whether registration is open. */
export interface Clock {
  now(): Date;
}

/**
 * Real time, or, with a demo date, time that started at that moment when the clock was made and
 * moves on from there (DEMO_DATE: show the 2017 conferences as open for registration).
 */
export function createClock(demoDate?: Date, startedAt = Date.now()): Clock {
  if (!demoDate) return { now: () => new Date() };
  const offset = demoDate.getTime() - startedAt;
  return { now: () => new Date(Date.now() + offset) };
}
