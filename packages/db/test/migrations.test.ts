import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src";
import { freshDatabase, testsUsePostgres } from "../src/testing";

describe(`migrations on ${testsUsePostgres() ? "PostgreSQL" : "PGlite"}`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it("create every table of the core domain", async () => {
    const rows = await database.rows<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    const tables = rows.map((r) => r.table_name);
    expect(tables).toEqual(
      expect.arrayContaining([
        "comments",
        "counties",
        "findings",
        "meeting_organisations",
        "meetings",
        "memberships",
        "municipalities",
        "municipality_groups",
        "organisations",
        "people",
        "phases",
        "proposals",
        "themes",
        "visit_questions",
      ]),
    );
  });

  it("apply once: a second run changes nothing", async () => {
    const before = await database.rows<{ n: number }>(
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    await database.migrate();
    const after = await database.rows<{ n: number }>(
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    expect(after[0]?.n).toBe(before[0]?.n);
    expect(before[0]?.n).toBeGreaterThan(0);
  });

  it("enforce the data rules: a municipality needs a real county", async () => {
    await expect(
      database.db.execute(
        sql`insert into municipalities (code, name, county_code, group_code) values ('9999', 'Ingenstans', '99', 'A1')`,
      ),
    ).rejects.toThrow();
  });
});
