import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { people } from "./people";

/**
 * A key for a program that reads the public API (`Authorization: Bearer …`). Only the SHA-256 of
 * the secret is stored, so a copy of the table sends no request; `prefix` is the secret's first
 * characters, enough for its owner to tell their keys apart. A key gives no more access than an
 * anonymous caller has: it names the program for its rate limit and gives an address to write to.
 */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    secretHash: text("secret_hash").notNull().unique(),
    prefix: text("prefix").notNull(),
    /** Lower-case; the address that confirmed the key, or the signed-in person's. */
    ownerEmail: text("owner_email").notNull(),
    /** Set when a signed-in person created the key; it goes with their account. */
    personId: uuid("person_id").references(() => people.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Written at most once a minute, not at every request. */
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    index("api_keys_person_idx").on(t.personId),
    index("api_keys_owner_email_idx").on(t.ownerEmail),
  ],
);

/**
 * A request for a key by someone without an account: the key is made when the link mailed to the
 * address is followed, once, within a day. Only the SHA-256 of the link's token is stored.
 */
export const apiKeyRequests = pgTable(
  "api_key_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenHash: text("token_hash").notNull().unique(),
    /** Lower-case. */
    email: text("email").notNull(),
    keyName: text("key_name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [index("api_key_requests_email_idx").on(t.email)],
);
