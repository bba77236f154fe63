import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { comments } from "./dialogue";
import { notificationKind } from "./enums";
import { people } from "./people";

/**
 * Something a person should hear of: a reply to their comment or a moderator's decision about it.
 * Shown in the portal; mailed at once or in the daily digest as the person chose.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    kind: notificationKind("kind").notNull(),
    /** The comment it is about: the reply, or the comment a moderator decided on. */
    commentId: uuid("comment_id").references(() => comments.id, { onDelete: "cascade" }),
    /** The moderator's reason, as it was when they decided. */
    reason: text("reason"),
    /** Until when a block holds. */
    until: timestamp("until", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
    /** When it went out by mail, at once or in a digest; null while it waits (or never will). */
    mailedAt: timestamp("mailed_at", { withTimezone: true }),
  },
  (t) => [
    index("notifications_person_idx").on(t.personId, t.createdAt),
    index("notifications_unmailed_idx").on(t.mailedAt, t.personId),
  ],
);
