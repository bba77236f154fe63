import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { meetings } from "./meetings";
import { organisations, people } from "./people";

/** A question's way through a hearing's or webinar's Q&A; a withdrawn question is deleted. */
export const meetingQuestionStatus = pgEnum("meeting_question_status", [
  "submitted",
  "approved",
  "rejected",
  "answered",
]);

/** An entry's way through a hearing's speaker list. */
export const meetingSpeakerStatus = pgEnum("meeting_speaker_status", [
  "waiting",
  "speaking",
  "done",
  "withdrawn",
]);

/** A participant's question in the live Q&A of a hearing or webinar. */
export const meetingQuestions = pgTable(
  "meeting_questions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    /** Null once the author's account is erased: the question stays, as a former participant's. */
    authorId: uuid("author_id").references(() => people.id, { onDelete: "set null" }),
    /** The organisation the author speaks for: one of their memberships, or none. */
    organisationId: uuid("organisation_id").references(() => organisations.id, {
      onDelete: "set null",
    }),
    body: text("body").notNull(),
    status: meetingQuestionStatus("status").notNull().default("submitted"),
    /** The question being answered now: at most one per meeting (see the unique index). */
    pinned: boolean("pinned").notNull().default(false),
    /** Why a moderator rejected it, shown to its author; optional. */
    rejectionReason: text("rejection_reason"),
    /** When a moderator approved or rejected it, and who. */
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decidedById: uuid("decided_by_id").references(() => people.id, { onDelete: "set null" }),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("meeting_questions_meeting_idx").on(t.meetingId, t.status),
    index("meeting_questions_author_idx").on(t.authorId, t.createdAt),
    uniqueIndex("meeting_questions_pinned_key").on(t.meetingId).where(sql`${t.pinned}`),
  ],
);

/** One upvote per person and question. */
export const meetingQuestionVotes = pgTable(
  "meeting_question_votes",
  {
    questionId: uuid("question_id")
      .notNull()
      .references(() => meetingQuestions.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.questionId, t.personId] })],
);

/** A request to speak at a hearing, in the order the moderator gives the floor. */
export const meetingSpeakers = pgTable(
  "meeting_speakers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    /** Null once the person's account is erased. */
    personId: uuid("person_id").references(() => people.id, { onDelete: "set null" }),
    organisationId: uuid("organisation_id").references(() => organisations.id, {
      onDelete: "set null",
    }),
    status: meetingSpeakerStatus("status").notNull().default("waiting"),
    /** The place in the list: lower speaks earlier. */
    position: integer("position").notNull(),
    floorGivenAt: timestamp("floor_given_at", { withTimezone: true }),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("meeting_speakers_meeting_idx").on(t.meetingId, t.status, t.position),
    // One speaker at a time, and one place in the list per person.
    uniqueIndex("meeting_speakers_speaking_key")
      .on(t.meetingId)
      .where(sql`${t.status} = 'speaking'`),
    uniqueIndex("meeting_speakers_active_key")
      .on(t.meetingId, t.personId)
      .where(sql`${t.status} in ('waiting', 'speaking')`),
  ],
);

/** Whether a meeting's Q&A and speaker list take new entries; no row: both open. */
export const meetingLiveStates = pgTable("meeting_live_states", {
  meetingId: uuid("meeting_id")
    .primaryKey()
    .references(() => meetings.id, { onDelete: "cascade" }),
  questionsOpen: boolean("questions_open").notNull().default(true),
  speakerListOpen: boolean("speaker_list_open").notNull().default(true),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  updatedById: uuid("updated_by_id").references(() => people.id, { onDelete: "set null" }),
});
