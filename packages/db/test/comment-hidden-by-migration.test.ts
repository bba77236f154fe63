import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrationsFolder } from "../src";

const migration = "20261130115342_comment-hidden-by";

/** The database just before the migration, with comments hidden the old way, then migrated. */
describe("the migration that says who hid a comment", () => {
  let client: PGlite;
  let before: string;
  beforeAll(async () => {
    before = await mkdtemp(join(tmpdir(), "migrations-"));
    for (const entry of await readdir(migrationsFolder)) {
      if (entry < migration)
        await cp(join(migrationsFolder, entry), join(before, entry), { recursive: true });
    }
    client = await PGlite.create();
    const db = drizzle({ client });
    await migrate(db, { migrationsFolder: before });
    await client.exec(`
      insert into people (id, name, email) values
        ('00000000-0000-4000-8000-000000000001', 'Författare', 'forfattare@example.org'),
        ('00000000-0000-4000-8000-000000000002', 'Moderator', 'moderator@example.org');
      insert into themes (id, slug, title) values ('00000000-0000-4000-8000-000000000010', 'prov', 'Prov');
      insert into comments (id, theme_id, author_id, body, hidden_at, hidden_reason, hidden_by_id) values
        ('00000000-0000-4000-8000-000000000101', '00000000-0000-4000-8000-000000000010',
          '00000000-0000-4000-8000-000000000001', 'Efter rapporter', now(), 'reported', null),
        ('00000000-0000-4000-8000-000000000102', '00000000-0000-4000-8000-000000000010',
          '00000000-0000-4000-8000-000000000001', 'Av en moderator', now(), 'Utanför ämnet',
          '00000000-0000-4000-8000-000000000002'),
        ('00000000-0000-4000-8000-000000000103', '00000000-0000-4000-8000-000000000010',
          '00000000-0000-4000-8000-000000000001', 'Av en raderad moderator', now(), 'Personangrepp', null),
        ('00000000-0000-4000-8000-000000000104', '00000000-0000-4000-8000-000000000010',
          '00000000-0000-4000-8000-000000000001', 'Synlig', null, null, null);
      insert into notifications (person_id, kind, comment_id, reason) values
        ('00000000-0000-4000-8000-000000000001', 'comment_hidden', '00000000-0000-4000-8000-000000000101', 'reported'),
        ('00000000-0000-4000-8000-000000000001', 'comment_hidden', '00000000-0000-4000-8000-000000000102', 'Utanför ämnet');
    `);
    await migrate(db, { migrationsFolder });
  });
  afterAll(async () => {
    await client?.close();
    if (before) await rm(before, { recursive: true, force: true });
  });

  it("marks hides by reports as such, without a reason, and every other hide as a moderator's", async () => {
    const { rows } = await client.query<{
      body: string;
      hidden_by: string | null;
      hidden_reason: string | null;
    }>(`select body, hidden_by, hidden_reason from comments order by id`);
    expect(rows).toEqual([
      { body: "Efter rapporter", hidden_by: "reports", hidden_reason: null },
      { body: "Av en moderator", hidden_by: "moderator", hidden_reason: "Utanför ämnet" },
      { body: "Av en raderad moderator", hidden_by: "moderator", hidden_reason: "Personangrepp" },
      { body: "Synlig", hidden_by: null, hidden_reason: null },
    ]);
  });

  it("leaves a notification of a hide by reports without a reason", async () => {
    const { rows } = await client.query<{ reason: string | null }>(
      `select reason from notifications order by reason nulls first`,
    );
    expect(rows).toEqual([{ reason: null }, { reason: "Utanför ämnet" }]);
  });

  it("refuses a hidden comment that does not say who hid it, and a reason with a hide by reports", async () => {
    const insert = (hiddenBy: string | null, reason: string | null) =>
      client.query(
        `insert into comments (theme_id, body, hidden_at, hidden_by, hidden_reason) values ('00000000-0000-4000-8000-000000000010', 'x', now(), $1, $2)`,
        [hiddenBy, reason],
      );
    await expect(insert(null, "Skäl")).rejects.toThrow(/comments_hidden_by/);
    await expect(insert("reports", "Skäl")).rejects.toThrow(/comments_hidden_by/);
    await expect(insert("moderator", "Skäl")).resolves.toBeDefined();
  });
});
