import type { schema } from "@kraftsamling/db";
import { InputError } from "../shared/errors";
import { slugify } from "../shared/slug";
import { stockholmParts } from "../shared/stockholm-time";

type Row = typeof schema.meetings.$inferSelect;

/** The fields of a meeting the coordinator sets. */
export type MeetingValues = Pick<
  Row,
  | "title"
  | "description"
  | "kind"
  | "startsAt"
  | "endsAt"
  | "city"
  | "place"
  | "address"
  | "onlineUrl"
  | "capacity"
  | "registrationOpensAt"
  | "registrationClosesAt"
  | "audience"
>;

/** Free text of the coordinator's: trimmed and limited. */
export function checkText(value: string, field: string, maximum: number): string {
  const text = value.trim();
  if (text.length > maximum)
    throw new InputError("TOO_LONG", `${field} holds at most ${maximum} characters.`, field);
  return text;
}

const optionalText = (value: string | null, field: string, maximum = 500) => {
  if (value === null) return null;
  const text = checkText(value, field, maximum);
  return text === "" ? null : text;
};

/** Checks a whole meeting as it would be stored, and returns it tidied. */
export function checkMeeting(values: MeetingValues): MeetingValues {
  const title = checkText(values.title, "title", 200);
  if (title === "") throw new InputError("TITLE_EMPTY", "A meeting has a title.", "title");
  if (values.endsAt <= values.startsAt)
    throw new InputError("INVALID_TIMES", "A meeting ends after it starts.", "endsAt");
  if (values.capacity !== null && (!Number.isInteger(values.capacity) || values.capacity < 1)) {
    throw new InputError(
      "INVALID_CAPACITY",
      "Capacity is at least 1, or empty for no limit.",
      "capacity",
    );
  }
  const opens = values.registrationOpensAt;
  const closes = values.registrationClosesAt;
  if (opens && closes && closes <= opens) {
    throw new InputError(
      "INVALID_REGISTRATION_WINDOW",
      "Registration closes after it opens.",
      "registrationClosesAt",
    );
  }
  if (opens && opens >= values.startsAt) {
    throw new InputError(
      "INVALID_REGISTRATION_WINDOW",
      "Registration opens before the meeting starts.",
      "registrationOpensAt",
    );
  }
  if (closes && closes > values.startsAt) {
    throw new InputError(
      "INVALID_REGISTRATION_WINDOW",
      "Registration closes no later than the meeting starts.",
      "registrationClosesAt",
    );
  }
  const onlineUrl = optionalText(values.onlineUrl, "onlineUrl", 2000);
  if (onlineUrl !== null) {
    let url: URL | null = null;
    try {
      url = new URL(onlineUrl);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) {
      throw new InputError(
        "INVALID_URL",
        "The online link is a web address starting with https:// (or http://).",
        "onlineUrl",
      );
    }
  }
  return {
    ...values,
    title,
    description: checkText(values.description, "description", 20_000),
    city: optionalText(values.city, "city"),
    place: optionalText(values.place, "place"),
    address: optionalText(values.address, "address"),
    onlineUrl,
  };
}

/** What people registered must hear of: the fields that change when and where they go. */
export function noticeableChanges(before: MeetingValues, after: MeetingValues): string[] {
  const changes: string[] = [];
  if (
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.endsAt.getTime() !== after.endsAt.getTime()
  )
    changes.push("ny tid");
  if (
    before.place !== after.place ||
    before.address !== after.address ||
    before.city !== after.city
  )
    changes.push("ny plats");
  if (before.onlineUrl !== after.onlineUrl) changes.push("ny länk");
  return changes;
}

/** "webbinarium-direkttid-2026-12-07": from the title and the Stockholm date. */
export function slugFor(title: string, startsAt: Date): string {
  const base = slugify(title, 60);
  const p = stockholmParts(startsAt);
  const date = `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
  return `${base || "mote"}-${date}`;
}

export function checkSlug(slug: string): string {
  const value = slug.trim();
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value) || value.length > 100) {
    throw new InputError(
      "INVALID_SLUG",
      "A slug has lower-case letters a–z, digits and single hyphens (at most 100).",
      "slug",
    );
  }
  return value;
}
