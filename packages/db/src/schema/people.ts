import { sql } from "drizzle-orm";
import {
  char,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { circle, membershipRole, notificationMail, organisationKind, portalRole } from "./enums";
import { municipalities } from "./places";

export const organisations = pgTable(
  "organisations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    shortName: text("short_name"),
    kind: organisationKind("kind").notNull(),
    circle: circle("circle").notNull(),
    description: text("description").notNull().default(""),
    website: text("website"),
    /** Set when the organisation is a municipality. */
    municipalityCode: char("municipality_code", { length: 4 }).references(
      () => municipalities.code,
    ),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("organisations_slug_key").on(t.slug),
    index("organisations_circle_idx").on(t.circle),
  ],
);

export const people = pgTable(
  "people",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    email: text("email").notNull(),
    title: text("title"),
    role: portalRole("role").notNull().default("member"),
    /** argon2id; null until the person has set a password through an invitation. */
    passwordHash: text("password_hash"),
    /** Whether notifications also come by e-mail: never, at once, or in one mail a day. */
    notificationMail: notificationMail("notification_mail").notNull().default("immediate"),
    /** When the person last signed in; an account unused for the retention period is erased. */
    lastSignedInAt: timestamp("last_signed_in_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // E-mail addresses are compared without regard to case.
  (t) => [
    uniqueIndex("people_email_key").on(sql`lower(${t.email})`),
    // The list of people, by name, a page at a time.
    index("people_name_idx").on(t.name, t.id),
  ],
);

export const memberships = pgTable(
  "memberships",
  {
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    role: membershipRole("role").notNull().default("member"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.organisationId] }),
    index("memberships_organisation_idx").on(t.organisationId),
  ],
);
