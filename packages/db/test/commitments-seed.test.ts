import { asc, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, schema, seed } from "../src";
import { commitments } from "../src/seed/content/commitments";
import { proposals } from "../src/seed/content/proposals";
import { freshDatabase } from "../src/testing";

describe("the seeded commitments", () => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase();
    await seed(database.db, { demo: false });
  });
  afterAll(async () => {
    await database?.close();
  });

  const all = () =>
    database.db.query.commitments.findMany({
      with: { statusChanges: { orderBy: { changedOn: "asc" } }, parent: true },
      orderBy: { slug: "asc" },
    });

  it("holds the ten proposals and SKL's three areas, their items and four stability factors", async () => {
    const rows = await all();
    const byKind = (kind: string) => rows.filter((r) => r.kind === kind);
    const items = commitments.filter((c) => c.kind === "action_item");
    expect(byKind("proposal")).toHaveLength(proposals.length);
    expect(
      byKind("action_area")
        .map((r) => r.title)
        .sort(),
    ).toEqual(
      [
        "Forskning och utveckling",
        "Förtydliga den sociala barn- och ungdomsvårdens uppdrag",
        "Organisation och utbildning",
      ].sort(),
    );
    expect(byKind("action_item")).toHaveLength(items.length);
    expect(items.length).toBe(9 + 9 + 7);
    expect(byKind("stability_factor").map((r) => r.title)).toEqual(
      expect.arrayContaining(["Tillräcklig bemanning", "Strukturerade kompetensprogram"]),
    );
    expect(byKind("stability_factor")).toHaveLength(4);
    for (const item of byKind("action_item")) {
      expect(item.parent?.kind, item.slug).toBe("action_area");
      expect(item.summary).toMatch(/^SKL ska verka för /);
    }
    const research = byKind("action_item").filter(
      (r) => r.parent?.title === "Forskning och utveckling",
    );
    expect(research.map((r) => r.title)).toContain(
      "Utveckling av resultatmått för arbetet med barn och unga",
    );
  });

  it("takes the proposals' titles, summaries and responsible bodies, and proposal 5 is being prepared", async () => {
    const rows = (await all()).filter((r) => r.kind === "proposal");
    for (const p of proposals) {
      const row = rows.find((r) => r.number === p.number);
      expect(row).toMatchObject({ title: p.title, summary: p.summary, actor: p.responsibleBody });
    }
    expect(rows.filter((r) => r.status === "decided")).toHaveLength(9);
    const five = rows.find((r) => r.number === 5);
    expect(five?.status).toBe("being_prepared");
    expect(five?.statusChanges.map((c) => c.status)).toEqual(["proposed", "being_prepared"]);
  });

  it("gives every commitment the status of the latest step of its history, each undated step marked as assumed", async () => {
    const rows = await all();
    expect(rows).toHaveLength(commitments.length);
    for (const row of rows) {
      expect(row.statusChanges.length, row.slug).toBeGreaterThan(0);
      expect(row.status, row.slug).toBe(row.statusChanges.at(-1)?.status);
      const content = commitments.find((c) => c.slug === row.slug);
      expect(
        row.statusChanges.map((c) => [c.status, c.changedOn, c.dateAssumed]),
        row.slug,
      ).toEqual(content?.history.map((h) => [h.status, h.on, h.dateAssumed]));
    }
    // The sources date none of these steps: every seeded day is assumed.
    const undated = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.commitmentStatusChanges)
      .where(sql`not ${schema.commitmentStatusChanges.dateAssumed}`);
    expect(undated[0]?.n).toBe(0);
  });

  it("adds nothing the second time and keeps a history the coordinator has added to", async () => {
    const [five] = await database.db
      .select()
      .from(schema.commitments)
      .where(sql`${schema.commitments.slug} = 'forslag-5'`);
    if (!five) throw new Error("no proposal 5");
    await database.db.insert(schema.commitmentStatusChanges).values({
      commitmentId: five.id,
      status: "decided",
      changedOn: "2017-09-01",
      note: "Beslutat",
    });
    const second = await seed(database.db, { demo: false });
    expect(second.commitments ?? 0).toBe(0);
    expect(second.commitmentStatusChanges ?? 0).toBe(0);
    const history = await database.db
      .select()
      .from(schema.commitmentStatusChanges)
      .where(sql`${schema.commitmentStatusChanges.commitmentId} = ${five.id}`)
      .orderBy(asc(schema.commitmentStatusChanges.changedOn));
    expect(history.map((h) => h.status)).toEqual(["proposed", "being_prepared", "decided"]);
  });
});
