import type { MeetingKind } from "./meeting-kinds";

/** The list's and calendar's choices, as they stand in the address: ?typ=hearing&manad=2026-12&vy=kalender&tid=tidigare. */
export interface MeetingFilters {
  kind: MeetingKind | null;
  /** YYYY-MM, a month in Stockholm. */
  month: string | null;
  view: "list" | "calendar";
  period: "upcoming" | "past";
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A kind in the address: its enum name in lower case with hyphens ("regional-conference"). */
export function kindParam(kind: MeetingKind): string {
  return kind.toLowerCase().replace(/_/g, "-");
}

export function readFilters(
  params: URLSearchParams,
  kinds: readonly MeetingKind[],
): MeetingFilters {
  const typ = params.get("typ");
  const month = params.get("manad");
  return {
    kind: kinds.find((k) => kindParam(k) === typ) ?? null,
    month: month && MONTH.test(month) ? month : null,
    view: params.get("vy") === "kalender" ? "calendar" : "list",
    period: params.get("tid") === "tidigare" ? "past" : "upcoming",
  };
}

export function filtersSearch(filters: MeetingFilters): string {
  const params = new URLSearchParams();
  if (filters.kind) params.set("typ", kindParam(filters.kind));
  if (filters.month) params.set("manad", filters.month);
  if (filters.view === "calendar") params.set("vy", "kalender");
  if (filters.period === "past" && !filters.month) params.set("tid", "tidigare");
  const search = params.toString();
  return search ? `?${search}` : "";
}

/** The month `by` months from `month` (YYYY-MM). */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const date = new Date(Date.UTC(y, m - 1 + by, 1));
  return date.toISOString().slice(0, 7);
}

/**
 * The weeks of a month as rows of seven calendar dates, Monday first; days of the months before and
 * after are null.
 */
export function monthWeeks(month: string): (string | null)[][] {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= days; d++) cells.push(`${month}-${String(d).padStart(2, "0")}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
