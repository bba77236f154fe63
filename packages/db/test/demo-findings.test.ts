import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, schema, seed } from "../src";
import { demoFindings } from "../src/seed/demo-findings";
import { demoSelection, demoVisits } from "../src/seed/demo-visits";
import { freshDatabase } from "../src/testing";

const today = new Date("2026-11-23T12:00:00Z");
const sources = [
  "visit",
  "dialogue_meeting",
  "hearing",
  "round_table",
  "webinar",
  "survey",
  "research",
];
const tables = [
  "visit_selections",
  "visit_selection_picks",
  "visits",
  "visit_participants",
  "visit_answers",
  "findings",
  "finding_themes",
  "finding_revisions",
];

const countIn = async (database: Database, table: string) =>
  (await database.rows<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`)))[0]?.n ??
  0;

describe("the demo selection, visits and findings", () => {
  let database: Database;
  let first: Record<string, number>;
  beforeAll(async () => {
    database = await freshDatabase();
    first = await seed(database.db, { demo: true, today });
  });
  afterAll(async () => {
    await database?.close();
  });

  it("saves one current, invented selection of 50 covering all 21 counties and all 9 groups", async () => {
    const selections = await database.db.select().from(schema.visitSelections);
    expect(selections).toHaveLength(1);
    expect(selections[0]).toMatchObject({ size: 50, replacedAt: null, invented: true });
    const coordinator = await database.db.query.people.findFirst({
      where: { email: "samordnare@kraftsamling.example" },
    });
    expect(selections[0]?.savedById).toBe(coordinator?.id);
    const picks = await database.rows<{
      position: number;
      reason: string;
      county_code: string;
      group_code: string;
    }>(
      sql`select p.position, p.reason, m.county_code, m.group_code
          from visit_selection_picks p join municipalities m on m.code = p.municipality_code
          order by p.position`,
    );
    expect(picks).toHaveLength(50);
    expect(picks.map((p) => p.position)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(new Set(picks.map((p) => p.county_code)).size).toBe(21);
    expect(new Set(picks.map((p) => p.group_code)).size).toBe(9);
    // Gotland is alone in its county.
    const gotland = await database.rows<{ reason: string }>(
      sql`select reason from visit_selection_picks where municipality_code = '0980'`,
    );
    expect(gotland.map((r) => r.reason)).toEqual(["only_in_county"]);
  });

  it("holds and writes up both rounds of visits to the 50, with roles and seven answers each", async () => {
    const visits = await database.db.select().from(schema.visits);
    expect(visits).toHaveLength(100);
    const picked = new Set(
      (await database.db.select().from(schema.visitSelectionPicks)).map((p) => p.municipalityCode),
    );
    for (const round of [1, 2]) {
      const inRound = visits.filter((v) => v.round === round);
      expect(new Set(inRound.map((v) => v.municipalityCode))).toEqual(picked);
    }
    for (const v of visits) {
      expect(v).toMatchObject({ status: "written_up", invented: true });
      expect(v.notes).not.toBe("");
      if (v.round === 1) {
        expect(v.visitDate >= "2015-09-01" && v.visitDate <= "2015-12-31", v.visitDate).toBe(true);
      } else {
        expect(v.visitDate >= "2016-02-01" && v.visitDate <= "2016-05-31", v.visitDate).toBe(true);
      }
    }
    const answers = await database.rows<{ visit_id: string; numbers: number[] }>(
      sql`select visit_id, array_agg(question_number order by question_number)::int[] as numbers
          from visit_answers group by visit_id`,
    );
    expect(answers).toHaveLength(100);
    for (const a of answers) expect(a.numbers).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const participants = await database.db.select().from(schema.visitParticipants);
    expect(participants.length).toBeGreaterThanOrEqual(300);
    for (const p of participants) {
      expect(p.personId).toBeNull();
      expect(p.role ?? p.organisationId).toBeTruthy();
    }
    expect(participants.map((p) => p.role)).toEqual(
      expect.arrayContaining(["socialchef", "nämndordförande", "socialsekreterare"]),
    );
  });

  it("adds about 300 invented findings across every theme, both kinds and every source", async () => {
    const findings = await database.db.query.findings.findMany({
      with: { themes: true, revisions: true },
    });
    expect(findings.length).toBeGreaterThanOrEqual(250);
    expect(findings.length).toBeLessThanOrEqual(350);
    expect(findings.every((f) => f.invented)).toBe(true);
    expect(new Set(findings.map((f) => f.source))).toEqual(new Set(sources));
    const challenges = findings.filter((f) => f.kind === "challenge").length;
    expect(challenges / findings.length).toBeGreaterThan(0.35);
    expect(challenges / findings.length).toBeLessThan(0.65);

    const themes = await database.db.select().from(schema.themes);
    const used = new Set(findings.flatMap((f) => f.themes.map((t) => t.id)));
    expect(used).toEqual(new Set(themes.map((t) => t.id)));
    const coordinator = await database.db.query.people.findFirst({
      where: { email: "samordnare@kraftsamling.example" },
    });
    for (const f of findings) {
      expect(f.themes.length, f.title).toBeGreaterThanOrEqual(1);
      expect(f.themes.length, f.title).toBeLessThanOrEqual(2);
      expect(f.recordedById).toBe(coordinator?.id);
      expect(f.title.length).toBeGreaterThan(0);
      expect(f.body.length).toBeGreaterThan(0);
      // A revision for every version, the latest matching the finding.
      expect(f.revisions.map((r) => r.version).sort()).toEqual(
        Array.from({ length: f.version }, (_, i) => i + 1),
      );
      const latest = f.revisions.find((r) => r.version === f.version);
      expect(latest).toMatchObject({ title: f.title, body: f.body, kind: f.kind });
      expect([...(latest?.themeIds ?? [])].sort()).toEqual(f.themes.map((t) => t.id).sort());
      // The phase is the main theme's.
      const themePhases = f.themes.map((t) => themes.find((x) => x.id === t.id)?.phaseNumber ?? 1);
      expect(themePhases).toContain(f.phaseNumber);
    }
  });

  it("ties each finding to where it was heard", async () => {
    const rows = await database.rows<{
      source: string;
      municipality_code: string | null;
      visit_municipality: string | null;
      visit_date: string | null;
      observed_on: string;
      meeting_kind: string | null;
      meeting_day: string | null;
      visit_id: string | null;
      meeting_id: string | null;
    }>(
      sql`select f.source, f.municipality_code, v.municipality_code as visit_municipality,
            v.visit_date::text as visit_date, f.observed_on::text as observed_on, m.kind as meeting_kind,
            (m.starts_at at time zone 'Europe/Stockholm')::date::text as meeting_day,
            f.visit_id, f.meeting_id
          from findings f
          left join visits v on v.id = f.visit_id
          left join meetings m on m.id = f.meeting_id`,
    );
    for (const r of rows) {
      if (r.source === "visit") {
        expect(r.visit_id).not.toBeNull();
        expect(r.municipality_code).toBe(r.visit_municipality);
        expect(r.observed_on).toBe(r.visit_date);
        expect(r.meeting_id).toBeNull();
      } else {
        expect(r.visit_id).toBeNull();
        expect(r.municipality_code).toBeNull();
        if (r.meeting_id) {
          expect(r.meeting_kind).toBe(r.source);
          expect(r.observed_on).toBe(r.meeting_day);
        } else {
          expect(["survey", "research", "hearing", "round_table", "webinar"]).toContain(r.source);
        }
      }
    }
    // The one dialogue meeting of the seeds is where the dialogue-meeting findings were heard.
    expect(
      rows
        .filter((r) => r.source === "dialogue_meeting")
        .every((r) => r.meeting_day === "2015-04-20"),
    ).toBe(true);
  });

  it("has a different number of findings in round 2 than in round 1 in each municipality", async () => {
    const perRound = await database.rows<{ code: string; first: number; second: number }>(
      sql`select v.municipality_code as code,
            count(f.id) filter (where v.round = 1)::int as first,
            count(f.id) filter (where v.round = 2)::int as second
          from visits v left join findings f on f.visit_id = v.id
          group by v.municipality_code`,
    );
    expect(perRound).toHaveLength(50);
    for (const r of perRound) expect(r.first, r.code).not.toBe(r.second);
  });

  it("publishes nearly all, keeps a few as drafts and in review, takes two back and edits some", async () => {
    const findings = await database.db.select().from(schema.findings);
    const withStatus = (s: string) => findings.filter((f) => f.status === s);
    expect(withStatus("draft").length).toBeGreaterThanOrEqual(3);
    expect(withStatus("in_review").length).toBeGreaterThanOrEqual(3);
    expect(withStatus("unpublished").length).toBeGreaterThanOrEqual(1);
    expect(withStatus("unpublished").length).toBeLessThanOrEqual(2);
    expect(withStatus("published").length / findings.length).toBeGreaterThan(0.9);
    for (const f of findings) {
      expect(f.unpublishedReason !== null).toBe(f.status === "unpublished");
      if (f.status === "draft" || f.status === "in_review") {
        expect(f.publishedAt).toBeNull();
      } else {
        expect(
          (f.publishedAt?.toISOString().slice(0, 10) ?? "") > (f.observedOn ?? ""),
          f.title,
        ).toBe(true);
      }
      if (f.version > 1) {
        expect(f.status).toBe("published");
        expect(f.revisedAt?.getTime()).toBeGreaterThan(f.publishedAt?.getTime() ?? 0);
      } else {
        expect(f.revisedAt).toBeNull();
      }
    }
    expect(findings.filter((f) => f.version === 2).length).toBeGreaterThanOrEqual(3);
  });

  it("names no one: no demo person's name and no personal identity number in any text", async () => {
    const people = await database.db.select().from(schema.people);
    const texts = [
      ...(await database.db.select().from(schema.findings)).flatMap((f) => [f.title, f.body]),
      ...(await database.db.select().from(schema.visits)).map((v) => v.notes),
      ...(await database.db.select().from(schema.visitAnswers)).map((a) => a.answer),
      ...(await database.db.select().from(schema.visitParticipants)).map((p) => p.role ?? ""),
    ];
    for (const text of texts) {
      for (const person of people) {
        for (const part of person.name.split(" ")) {
          expect(text).not.toMatch(new RegExp(`(^|\\P{L})${part}(\\P{L}|$)`, "u"));
        }
      }
      expect(text).not.toMatch(/\d{6}/);
    }
  });

  it("generates the same content from the same inputs", () => {
    const municipalities = Array.from({ length: 60 }, (_, i) => ({
      code: `${String((i % 21) + 1).padStart(2, "0")}${String(i).padStart(2, "0")}`,
      name: `Kommun ${i}`,
      countyCode: String((i % 21) + 1).padStart(2, "0"),
      countyName: `Län ${(i % 21) + 1}`,
      groupCode: `G${i % 9}`,
    }));
    expect(demoSelection(municipalities)).toEqual(demoSelection(municipalities));
    const picks = demoSelection(municipalities);
    const visits = demoVisits(picks, [1, 2, 3, 4, 5, 6, 7]);
    expect(demoVisits(picks, [1, 2, 3, 4, 5, 6, 7])).toEqual(visits);
    const inserted = visits.map((v, i) => ({ id: `v${i}`, ...v }));
    const themes = [
      { slug: "direkttid-och-dokumentation", title: "Direkttid", phaseNumber: 5 },
      { slug: "nytt-tema", title: "Nytt tema", phaseNumber: null },
    ];
    const made = demoFindings({ themes, visits: inserted, meetings: [] });
    expect(demoFindings({ themes, visits: inserted, meetings: [] })).toEqual(made);
    expect(made.find((f) => f.themeSlugs[0] === "nytt-tema")?.phaseNumber).toBe(1);
  });

  it("adds nothing the second time", async () => {
    const before = await Promise.all(tables.map((t) => countIn(database, t)));
    expect(first.findings).toBe(before[5]);
    const second = await seed(database.db, { demo: true, today });
    expect(Object.values(second).every((n) => n === 0)).toBe(true);
    expect(await Promise.all(tables.map((t) => countIn(database, t)))).toEqual(before);
  });
});

describe("without the demo", () => {
  it("has no selection, visits or findings", async () => {
    const database = await freshDatabase();
    try {
      await seed(database.db, { demo: false });
      await seed(database.db, { demo: false });
      for (const table of tables) expect(await countIn(database, table), table).toBe(0);
    } finally {
      await database.close();
    }
  });
});
