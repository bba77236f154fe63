/**
 * Whether the text is a day of the calendar as YYYY-MM-DD: 2016-02-30 is not (Date.parse would
 * roll it over to 1 March).
 */
export function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(text);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
