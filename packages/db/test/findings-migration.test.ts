import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrationsFolder } from "../src";

const migration = "20261130172608_findings";
const theme = "00000000-0000-4000-8000-000000000010";

/** The database just before findings got kinds, several themes and a history, with findings the old way. */
describe("the migration that gives findings themes, a kind, a phase and a history", () => {
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
      insert into phases (number, name) values (1, 'Kartläggning'), (3, 'Analys');
      insert into themes (id, slug, title, phase_number) values ('${theme}', 'prov', 'Prov', 3);
      insert into meetings (id, slug, title, kind, starts_at, ends_at) values
        ('00000000-0000-4000-8000-000000000020', 'horing', 'Hörning', 'hearing', now(), now() + interval '1 hour');
      insert into findings (id, title, body, source, status, theme_id, meeting_id, observed_on) values
        ('00000000-0000-4000-8000-000000000101', 'Från besök', 'a', 'municipality_visit', 'published', '${theme}', null, '2015-10-01 23:30+00'),
        ('00000000-0000-4000-8000-000000000102', 'Från hörning', 'b', 'meeting', 'draft', null, '00000000-0000-4000-8000-000000000020', null),
        ('00000000-0000-4000-8000-000000000103', 'Från kommentar', 'c', 'comment', 'draft', null, null, null),
        ('00000000-0000-4000-8000-000000000104', 'Övrigt', 'd', 'other', 'draft', null, null, null);
    `);
    await migrate(db, { migrationsFolder });
  });
  afterAll(async () => {
    await client?.close();
    if (before) await rm(before, { recursive: true, force: true });
  });

  it("keeps every finding, names its source anew and takes its phase from its theme", async () => {
    const { rows } = await client.query(
      `select title, source, status, phase_number, kind, observed_on::text as observed_on from findings order by id`,
    );
    expect(rows).toEqual([
      {
        title: "Från besök",
        source: "visit",
        status: "published",
        phase_number: 3,
        kind: "challenge",
        observed_on: "2015-10-02",
      },
      {
        title: "Från hörning",
        source: "hearing",
        status: "draft",
        phase_number: 1,
        kind: "challenge",
        observed_on: null,
      },
      {
        title: "Från kommentar",
        source: "dialogue_meeting",
        status: "draft",
        phase_number: 1,
        kind: "challenge",
        observed_on: null,
      },
      {
        title: "Övrigt",
        source: "research",
        status: "draft",
        phase_number: 1,
        kind: "challenge",
        observed_on: null,
      },
    ]);
  });

  it("moves a finding's theme to its list of themes and writes each finding's first revision", async () => {
    const themes = await client.query(`select finding_id, theme_id from finding_themes`);
    expect(themes.rows).toEqual([
      { finding_id: "00000000-0000-4000-8000-000000000101", theme_id: theme },
    ]);
    const revisions = await client.query<{ version: number; theme_ids: string[] }>(
      `select version, theme_ids from finding_revisions order by finding_id`,
    );
    expect(revisions.rows.map((r) => r.version)).toEqual([1, 1, 1, 1]);
    expect(revisions.rows[0]?.theme_ids).toEqual([theme]);
  });

  it("refuses an unpublished finding without a reason", async () => {
    await expect(
      client.query(`update findings set status = 'unpublished' where title = 'Övrigt'`),
    ).rejects.toThrow(/findings_unpublished_reason/);
  });
});
