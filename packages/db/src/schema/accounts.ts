import {
  bigint,
  index,
  inet,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { membershipRole, portalRole } from "./enums";
import { organisations, people } from "./people";

/**
 * A signed-in browser. Only the SHA-256 of the cookie's token is stored, so a copy of the table
 * opens no session.
 */
export const sessions = pgTable(
  "sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenHash: text("token_hash").notNull().unique(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    /** The organisation the person acts for in this session; null: as themselves. */
    actingOrganisationId: uuid("acting_organisation_id").references(() => organisations.id, {
      onDelete: "set null",
    }),
    userAgent: text("user_agent"),
    ip: inet("ip"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("sessions_person_idx").on(t.personId)],
);

/** An invitation by e-mail: a single-use link that expires. */
export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenHash: text("token_hash").notNull().unique(),
    email: text("email").notNull(),
    name: text("name"),
    role: portalRole("role").notNull().default("member"),
    organisationId: uuid("organisation_id").references(() => organisations.id, {
      onDelete: "cascade",
    }),
    membershipRole: membershipRole("membership_role").notNull().default("member"),
    invitedById: uuid("invited_by_id").references(() => people.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("invitations_organisation_idx").on(t.organisationId)],
);

export const passwordResets = pgTable(
  "password_resets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenHash: text("token_hash").notNull().unique(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [index("password_resets_person_idx").on(t.personId)],
);

/**
 * The points taken from every rate limit (the API's budgets, sign-ins, mail to others) when they are
 * counted in PostgreSQL: one row per limit and subject (`key`, prefixed with the limit's name), the
 * points taken in the current window and when it ends (`expire`, milliseconds since 1970). The shape
 * is the one rate-limiter-flexible's PostgreSQL store reads and writes, in one atomic statement, so
 * that every API instance on the database shares the counts. Rows whose window ended are deleted.
 */
export const rateLimitPoints = pgTable("rate_limit_points", {
  key: varchar("key", { length: 255 }).primaryKey(),
  points: integer("points").notNull().default(0),
  expire: bigint("expire", { mode: "number" }),
});

/** Every e-mail the portal sends; without SMTP, the coordinator reads them here. */
export const outbox = pgTable(
  "outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    kind: text("kind").notNull(),
    /** Files sent with the mail (a meeting's calendar file); text content only. */
    attachments: jsonb("attachments")
      .$type<{ filename: string; contentType: string; content: string }[]>()
      .notNull()
      .default([]),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    error: text("error"),
  },
  (t) => [index("outbox_created_idx").on(t.createdAt)],
);

/** What a coordinator, moderator or organisation admin did: who, what, when, before and after. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    actorId: uuid("actor_id").references(() => people.id, { onDelete: "set null" }),
    /** The actor's name then, so the entry reads the same after the account is gone. */
    actorName: text("actor_name").notNull(),
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_log_at_idx").on(t.at), index("audit_log_actor_idx").on(t.actorId, t.at)],
);
