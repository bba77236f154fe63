import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, schema, seed } from "../src";
import { freshDatabase } from "../src/testing";

const today = new Date("2026-11-23T12:00:00Z");

describe("seed", () => {
  let database: Database;
  let first: Record<string, number>;
  beforeAll(async () => {
    database = await freshDatabase();
    first = await seed(database.db, { demo: true, today });
  });
  afterAll(async () => {
    await database?.close();
  });

  const countOf = async (table: string) => {
    const r = await database.rows<{ n: number }>(
      sql.raw(`select count(*)::int as n from ${table}`),
    );
    return r[0]?.n;
  };

  it("loads the 290 municipalities with county and municipality group", async () => {
    expect(first.municipalities).toBe(290);
    expect(first.counties).toBe(21);
    expect(first.municipalityGroups).toBe(9);
    const stockholm = await database.db.query.municipalities.findFirst({
      where: { code: "0180" },
      with: { county: true, group: true },
    });
    expect(stockholm?.name).toBe("Stockholm");
    expect(stockholm?.county.name).toBe("Stockholms län");
    expect(stockholm?.group.code).toBe("A1");
    const mismatched = await database.rows<{ n: number }>(
      sql`select count(*)::int as n from municipalities where left(code, 2) <> county_code`,
    );
    expect(mismatched[0]?.n).toBe(0);
    const perGroup = await database.rows<{ group_code: string; n: number }>(
      sql`select group_code, count(*)::int as n from municipalities group by group_code order by group_code`,
    );
    expect(Object.fromEntries(perGroup.map((r) => [r.group_code, r.n]))).toEqual({
      A1: 3,
      A2: 43,
      B3: 23,
      B4: 63,
      B5: 24,
      C6: 27,
      C7: 51,
      C8: 35,
      C9: 21,
    });
  });

  it("places the organisations of the seeds in their three circles", async () => {
    const rows = await database.db.select().from(schema.organisations);
    const byCircle = (c: string) =>
      rows.filter((o) => o.circle === c).map((o) => o.shortName ?? o.name);
    expect(byCircle("samarbete")).toContain("SKL");
    expect(byCircle("samrad")).toEqual(
      expect.arrayContaining(["Socialstyrelsen", "IVO", "Barnombudsmannen", "SiS"]),
    );
    expect(byCircle("samrad")).toHaveLength(8);
    expect(byCircle("bred_delaktighet").length).toBeGreaterThanOrEqual(28);
    expect(rows.map((o) => o.name)).toEqual(
      expect.arrayContaining(["Akademikerförbundet SSR", "Rädda Barnen", "Famna"]),
    );
  });

  it("holds the five phases, the visit questions under themes, and the ten proposals", async () => {
    const phases = await database.db.select().from(schema.phases).orderBy(schema.phases.number);
    expect(phases.map((p) => p.number)).toEqual([1, 2, 3, 4, 5]);
    expect(phases[1]?.name.toLowerCase()).toContain("kommunbesök");

    const questions = await database.db.query.visitQuestions.findMany({ with: { theme: true } });
    expect(questions.length).toBeGreaterThanOrEqual(7);
    expect(questions.map((q) => q.text)).toContain(
      "Hur beaktar ni barnets bästa och barns synpunkter på den sociala barn- och ungdomsvården i ert systematiska kvalitetsarbete?",
    );
    for (const q of questions) expect(q.theme.title).not.toBe("");

    const proposals = await database.db
      .select()
      .from(schema.proposals)
      .orderBy(schema.proposals.number);
    expect(proposals).toHaveLength(10);
    expect(proposals.filter((p) => p.status === "decided")).toHaveLength(9);
    expect(proposals.filter((p) => p.status === "in_preparation")).toHaveLength(1);
    for (const p of proposals) expect(p.responsibleBody).not.toBe("");
  });

  it("holds the dialogue meetings of 2015 and the five regional conferences of 2017 on their days", async () => {
    const stockholmDay = (d: Date) =>
      d.toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });
    const conferences = await database.db
      .select()
      .from(schema.meetings)
      .where(eq(schema.meetings.kind, "regional_conference"))
      .orderBy(schema.meetings.startsAt);
    expect(conferences.map((c) => [c.city, stockholmDay(c.startsAt)])).toEqual([
      ["Malmö", "2017-08-29"],
      ["Linköping", "2017-09-01"],
      ["Göteborg", "2017-09-04"],
      ["Luleå", "2017-09-12"],
      ["Stockholm", "2017-09-19"],
    ]);
    const dialogue = await database.db.query.meetings.findMany({
      where: { kind: { in: ["national_dialogue", "dialogue_meeting"] } },
      with: { organisations: true },
      orderBy: { startsAt: "asc" },
    });
    expect(dialogue.map((m) => stockholmDay(m.startsAt))).toEqual(["2015-03-16", "2015-04-20"]);
    expect(dialogue[1]?.organisations.map((o) => o.name)).toEqual(
      expect.arrayContaining(["Famna", "Forum för familjevård"]),
    );
  });

  it("adds fictional demo people only, with upcoming meetings after the seeding day", async () => {
    const people = await database.db.select().from(schema.people);
    expect(people.map((p) => p.role).sort()).toEqual([
      "coordinator",
      "member",
      "member",
      "moderator",
      "observer",
    ]);
    for (const p of people) expect(p.email).toMatch(/@kraftsamling\.example$/);
    const upcoming = await database.rows<{ n: number }>(
      sql`select count(*)::int as n from meetings where starts_at > ${today.toISOString()}::timestamptz and status = 'published'`,
    );
    expect(upcoming[0]?.n).toBeGreaterThanOrEqual(3);
  });

  it("opens the 2017 conferences for registration and gives each a demo programme of parallel seminars", async () => {
    const conferences = await database.db.query.meetings.findMany({
      where: { kind: "regional_conference" },
      with: { slots: { with: { seminars: true } } },
    });
    expect(conferences).toHaveLength(5);
    for (const conference of conferences) {
      expect(conference.status).toBe("published");
      expect(conference.registrationOpensAt?.toISOString()).toBe("2017-06-19T22:00:00.000Z");
      // Closes when the conference day begins in Stockholm.
      expect(
        conference.startsAt.getTime() - (conference.registrationClosesAt?.getTime() ?? 0),
      ).toBe(9.5 * 3600_000);
      expect(conference.slots.length).toBeGreaterThanOrEqual(2);
      for (const slot of conference.slots) {
        expect(slot.seminars.length).toBeGreaterThanOrEqual(2);
        for (const seminar of slot.seminars) {
          expect(seminar).toMatchObject({
            kind: "seminar",
            parentId: conference.id,
            status: "published",
          });
          expect(seminar.startsAt).toEqual(slot.startsAt);
          expect(seminar.capacity).toBeGreaterThan(0);
        }
      }
    }
  });

  it("adds nothing the second time", async () => {
    const tables = [
      "municipalities",
      "organisations",
      "themes",
      "visit_questions",
      "proposals",
      "meetings",
      "people",
      "memberships",
      "meeting_organisations",
      "conference_slots",
    ];
    const before = await Promise.all(tables.map(countOf));
    const second = await seed(database.db, { demo: true, today: new Date("2027-01-01T00:00:00Z") });
    expect(Object.values(second).every((n) => n === 0)).toBe(true);
    expect(await Promise.all(tables.map(countOf))).toEqual(before);
  });

  it("keeps what people changed in seeded rows", async () => {
    await database.db
      .update(schema.themes)
      .set({ title: "Ändrad titel" })
      .where(eq(schema.themes.slug, "barnets-basta-och-delaktighet"));
    await seed(database.db, { demo: true, today });
    const changed = await database.db
      .select()
      .from(schema.themes)
      .where(eq(schema.themes.slug, "barnets-basta-och-delaktighet"));
    expect(changed.map((t) => t.title)).toEqual(["Ändrad titel"]);
  });
});
