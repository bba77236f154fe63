import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApi, testApi } from "./support";

const today = new Date("2026-11-23T12:00:00Z");

describe("reading the seeded data through GraphQL", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await testApi({ today });
  });
  afterAll(async () => {
    await api?.close();
  });

  it("lists the themes with their phase and visit questions", async () => {
    const data = await api.query<{
      themes: {
        slug: string;
        title: string;
        phase: { number: number } | null;
        visitQuestions: { text: string }[];
      }[];
    }>(`{ themes { slug title phase { number } visitQuestions { text } } }`);
    expect(data.themes.length).toBeGreaterThanOrEqual(6);
    const questions = data.themes.flatMap((t) => t.visitQuestions.map((q) => q.text));
    expect(questions).toContain(
      "Hur beaktar ni barnets bästa och barns synpunkter på den sociala barn- och ungdomsvården i ert systematiska kvalitetsarbete?",
    );
    for (const theme of data.themes) expect(theme.phase?.number).toBeGreaterThanOrEqual(1);
  });

  it("lists the five phases in order", async () => {
    const data = await api.query<{ phases: { number: number; name: string }[] }>(
      `{ phases { number name } }`,
    );
    expect(data.phases.map((p) => p.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it("lists the five regional conferences of 2017 among past meetings, latest first", async () => {
    const data = await api.query<{ meetings: { city: string; startsAt: string; kind: string }[] }>(
      `{ meetings(period: PAST, kinds: [REGIONAL_CONFERENCE]) { city startsAt kind } }`,
    );
    expect(data.meetings.map((m) => m.city)).toEqual([
      "Stockholm",
      "Luleå",
      "Göteborg",
      "Linköping",
      "Malmö",
    ]);
    expect(data.meetings[4]?.startsAt.slice(0, 10)).toBe("2017-08-29");
  });

  it("lists upcoming meetings soonest first and never a draft", async () => {
    const data = await api.query<{
      meetings: { title: string; startsAt: string; status: string }[];
    }>(
      `query ($limit: Int) { meetings(period: UPCOMING, limit: $limit) { title startsAt status } }`,
      { limit: 5 },
    );
    expect(data.meetings.length).toBeGreaterThanOrEqual(1);
    const starts = data.meetings.map((m) => m.startsAt);
    expect([...starts].sort()).toEqual(starts);
    expect(data.meetings.every((m) => m.status === "PUBLISHED")).toBe(true);
  });

  it("finds a meeting by slug with the organisations that took part", async () => {
    const data = await api.query<{
      meeting: { title: string; organisations: { name: string }[] } | null;
    }>(
      `{ meeting(slug: "dialogmote-organisationer-2015-04-20") { title organisations { name } } }`,
    );
    expect(data.meeting?.organisations.map((o) => o.name)).toEqual(
      expect.arrayContaining(["Famna", "Svenska Vård"]),
    );
  });

  it("filters municipalities by county and by group, in Swedish order", async () => {
    const byCounty = await api.query<{
      municipalities: { name: string; county: { code: string } }[];
    }>(`{ municipalities(countyCode: "01") { name county { code } } }`);
    expect(byCounty.municipalities).toHaveLength(26);
    expect(byCounty.municipalities.every((m) => m.county.code === "01")).toBe(true);
    const names = byCounty.municipalities.map((m) => m.name);
    expect(names.indexOf("Vaxholm")).toBeLessThan(names.indexOf("Österåker"));
    expect(names.indexOf("Värmdö")).toBeLessThan(names.indexOf("Österåker"));

    const both = await api.query<{ municipalities: { name: string; group: { code: string } }[] }>(
      `{ municipalities(countyCode: "25", groupCode: "C9") { name group { code } } }`,
    );
    expect(both.municipalities.map((m) => m.name)).toEqual(["Arjeplog", "Gällivare", "Jokkmokk"]);

    const byGroup = await api.query<{ municipalities: { code: string }[] }>(
      `{ municipalities(groupCode: "A1") { code } }`,
    );
    expect(byGroup.municipalities.map((m) => m.code).sort()).toEqual(["0180", "1280", "1480"]);

    const all = await api.query<{ municipalities: unknown[] }>(`{ municipalities { code } }`);
    expect(all.municipalities).toHaveLength(290);
  });

  it("searches municipality names without regard to case, and treats % literally", async () => {
    const data = await api.query<{ municipalities: { name: string }[] }>(
      `{ municipalities(search: "borg") { name } }`,
    );
    expect(data.municipalities.map((m) => m.name)).toEqual(
      expect.arrayContaining(["Vänersborg", "Borgholm", "Göteborg"]),
    );
    const literal = await api.query<{ municipalities: unknown[] }>(
      `{ municipalities(search: "%") { name } }`,
    );
    expect(literal.municipalities).toHaveLength(0);
  });

  it("gives the municipality groups with their counts and the organisations by circle", async () => {
    const data = await api.query<{
      municipalityGroups: { code: string; municipalityCount: number }[];
      organisations: { name: string; circle: string }[];
    }>(
      `{ municipalityGroups { code municipalityCount } organisations(circle: SAMRAD) { name circle } }`,
    );
    expect(data.municipalityGroups.reduce((sum, g) => sum + g.municipalityCount, 0)).toBe(290);
    expect(data.organisations).toHaveLength(8);
    expect(data.organisations.every((o) => o.circle === "SAMRAD")).toBe(true);
  });

  it("lists the ten proposals, nine decided and one being prepared", async () => {
    const data = await api.query<{
      proposals: { number: number; status: string; responsibleBody: string }[];
    }>(`{ proposals { number status responsibleBody } }`);
    expect(data.proposals.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(data.proposals.filter((p) => p.status === "IN_PREPARATION")).toHaveLength(1);
  });

  it("answers bad input with BAD_USER_INPUT and a message that says what was wrong", async () => {
    const tooMany = await api.execute(`{ meetings(limit: 10000) { title } }`);
    expect(tooMany.errors?.[0]?.message).toBe("limit must be between 1 and 500, got 10000");
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const badDate = await api.execute(`{ meetings(from: "igår") { title } }`);
    expect(badDate.errors?.[0]?.message).toMatch(/DateTime must be an ISO 8601 string/);
  });
});
