import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  bytea,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { meetingAudience, meetingKind, meetingStatus, registrationStatus } from "./enums";
import { organisations, people } from "./people";

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
    /** A seminar's time slot in its conference's programme; it shares the slot's times. */
    slotId: uuid("slot_id").references((): AnyPgColumn => conferenceSlots.id, {
      onDelete: "set null",
    }),
    /** Counts the published versions of the meeting's time and place, for calendar programs. */
    sequence: integer("sequence").notNull().default(0),
    /** Why the meeting was cancelled, told to the registered participants. */
    cancellationMessage: text("cancellation_message"),
    /** Minutes in Markdown, after the meeting. */
    minutes: text("minutes"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("meetings_slug_key").on(t.slug),
    index("meetings_starts_at_idx").on(t.startsAt),
    index("meetings_parent_idx").on(t.parentId),
    index("meetings_slot_idx").on(t.slotId),
  ],
);

/**
 * A time slot of a conference's programme: the seminars in it run in parallel, and a participant
 * picks at most one of them.
 */
export const conferenceSlots = pgTable(
  "conference_slots",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    conferenceId: uuid("conference_id")
      .notNull()
      .references((): AnyPgColumn => meetings.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("conference_slots_conference_idx").on(t.conferenceId, t.startsAt),
    uniqueIndex("conference_slots_title_key").on(t.conferenceId, t.title),
  ],
);

/** A person's registration for a meeting, on behalf of one of their organisations or themselves. */
export const meetingRegistrations = pgTable(
  "meeting_registrations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id").references(() => organisations.id, {
      onDelete: "set null",
    }),
    status: registrationStatus("status").notNull(),
    /** The waiting list's order: who registered first is promoted first. */
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    attended: boolean("attended").notNull().default(false),
  },
  (t) => [
    // One live registration per person and meeting; cancelled ones stay as history.
    uniqueIndex("meeting_registrations_active_key")
      .on(t.meetingId, t.personId)
      .where(sql`${t.status} <> 'cancelled'`),
    index("meeting_registrations_meeting_idx").on(t.meetingId, t.status, t.createdAt),
    index("meeting_registrations_person_idx").on(t.personId),
  ],
);

/** A participant's seminar in one slot of a conference they hold a confirmed place at. */
export const seminarPicks = pgTable(
  "seminar_picks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    registrationId: uuid("registration_id")
      .notNull()
      .references(() => meetingRegistrations.id, { onDelete: "cascade" }),
    seminarId: uuid("seminar_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    slotId: uuid("slot_id")
      .notNull()
      .references(() => conferenceSlots.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("seminar_picks_one_per_slot_key").on(t.registrationId, t.slotId),
    index("seminar_picks_seminar_idx").on(t.seminarId),
  ],
);

/** An item of a meeting's agenda: when, what, and who speaks. */
export const agendaItems = pgTable(
  "agenda_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }),
    endsAt: timestamp("ends_at", { withTimezone: true }),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    speakers: text("speakers").array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [index("agenda_items_meeting_idx").on(t.meetingId, t.position)],
);

/** A document of a meeting (programme, slides, minutes), stored here so every instance serves it. */
export const meetingDocuments = pgTable(
  "meeting_documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    content: bytea("content").notNull(),
    uploadedById: uuid("uploaded_by_id").references(() => people.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("meeting_documents_meeting_idx").on(t.meetingId)],
);

/**
 * The secret of a person's calendar feed of their meetings. Kept readable, unlike session tokens:
 * the person must be able to see their feed's address again, and it opens nothing but that list.
 */
export const calendarFeeds = pgTable("calendar_feeds", {
  personId: uuid("person_id")
    .primaryKey()
    .references(() => people.id, { onDelete: "cascade" }),
  secret: text("secret").notNull().unique(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

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
