import {
  type AnyPgColumn,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { meetingAudience, meetingKind, meetingStatus } from "./enums";
import { organisations } from "./people";

/** Every kind of meeting: dialogue meetings, hearings, round tables, webinars, conferences and their seminars. */
export const meetings = pgTable(
  "meetings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    kind: meetingKind("kind").notNull(),
    /** Stored in UTC; shown in Europe/Stockholm. */
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    city: text("city"),
    place: text("place"),
    address: text("address"),
    onlineUrl: text("online_url"),
    capacity: integer("capacity"),
    registrationOpensAt: timestamp("registration_opens_at", { withTimezone: true }),
    registrationClosesAt: timestamp("registration_closes_at", { withTimezone: true }),
    audience: meetingAudience("audience").notNull().default("open"),
    status: meetingStatus("status").notNull().default("draft"),
    /** A seminar belongs to a conference. */
    parentId: uuid("parent_id").references((): AnyPgColumn => meetings.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("meetings_slug_key").on(t.slug),
    index("meetings_starts_at_idx").on(t.startsAt),
    index("meetings_parent_idx").on(t.parentId),
  ],
);

/** Organisations taking part in, or invited to, a meeting. */
export const meetingOrganisations = pgTable(
  "meeting_organisations",
  {
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.organisationId] }),
    index("meeting_organisations_org_idx").on(t.organisationId),
  ],
);
