import { schema as tables } from "@kraftsamling/db";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FindingCsvPosition, findingCsvBatch } from "../src/findings/picture-csv";
import { httpServer } from "./meetings-support";
import { type TestApi, testApi } from "./support";

/** RFC 4180 records, quoted fields with commas, quotes and line breaks included. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i++;
    } else field += c;
  }
  return records;
}

describe("the findings as a CSV file", () => {
  let api: TestApi;
  let server: Awaited<ReturnType<typeof httpServer>>;
  let themes: { id: string; slug: string; title: string }[];
  const titles: Record<string, string> = {};

  beforeAll(async () => {
    api = await testApi();
    server = await httpServer(api);
    const db = api.database.db;
    await db.execute(sql`delete from ${tables.findings}`);
    themes = (await db.query.themes.findMany({ orderBy: { slug: "asc" } })).slice(0, 2);
    const [municipality] = await db.query.municipalities.findMany({
      where: { code: "0180" },
    });
    const rows = [
      { title: 'Komma, och "citat"', body: "Rad ett\nrad två, med komma", status: "published" },
      { title: "Utkast", body: "Syns inte", status: "draft" },
      { title: "Granskas", body: "Syns inte", status: "in_review" },
      { title: "Enkel", body: "Familjehem", status: "published" },
    ] as const;
    const inserted = await db
      .insert(tables.findings)
      .values(
        rows.map((r, i) => ({
          title: r.title,
          body: r.body,
          status: r.status,
          kind: i === 3 ? ("good_example" as const) : ("challenge" as const),
          source: i === 3 ? ("survey" as const) : ("hearing" as const),
          phaseNumber: 1 + i,
          municipalityCode: i === 0 ? (municipality?.code ?? null) : null,
          publishedAt: r.status === "published" ? new Date(Date.UTC(2016, 2, 1 + i)) : null,
          invented: i === 3,
        })),
      )
      .returning({ id: tables.findings.id, title: tables.findings.title });
    for (const row of inserted) titles[row.title] = row.id;
    await db.insert(tables.findingThemes).values([
      { findingId: inserted[0]?.id as string, themeId: themes[0]?.id as string },
      { findingId: inserted[0]?.id as string, themeId: themes[1]?.id as string },
      { findingId: inserted[3]?.id as string, themeId: themes[1]?.id as string },
      { findingId: inserted[1]?.id as string, themeId: themes[0]?.id as string },
    ]);
  });
  afterAll(async () => {
    await server?.stop();
    await api?.close();
  });

  const get = (query: string) => fetch(`${server.url}/findings.csv${query}`);

  it("sends the published findings newest first, with a BOM, a header and quoted fields, drafts absent", async () => {
    const response = await get("");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="iakttagelser.csv"',
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1);
    expect(text).toContain('"Komma, och ""citat"""');
    const [header, ...records] = parseCsv(text);
    expect(header).toEqual([
      "id",
      "publicerad",
      "uppdaterad",
      "rubrik",
      "text",
      "typ",
      "källa",
      "teman",
      "fas",
      "kommun",
      "län",
      "kommungrupp",
      "besöksomgång",
      "möte",
      "påhittade_demodata",
      "kommunkod",
      "länskod",
    ]);
    expect(records.map((r) => r[3])).toEqual(["Enkel", 'Komma, och "citat"']);
    const [simple, quoted] = records;
    expect(simple).toMatchObject({
      0: titles.Enkel,
      1: "2016-03-04",
      5: "gott exempel",
      6: "enkät",
      7: themes[1]?.title,
      8: "4",
      14: "ja",
    });
    expect(quoted?.[4]).toBe("Rad ett\nrad två, med komma");
    expect(quoted?.[7]).toBe([themes[0]?.title, themes[1]?.title].sort().join("; "));
    expect(quoted?.slice(9, 12)).toEqual(["Stockholm", "Stockholms län", expect.any(String)]);
    // The codes beside the names, as the filter's parameters and the counts give them.
    expect(quoted?.slice(15, 17)).toEqual(["0180", "01"]);
    expect(simple?.slice(15, 17)).toEqual(["", ""]);
    expect(quoted?.[5]).toBe("utmaning");
    expect(quoted?.[6]).toBe("hearing");
    expect(quoted?.[14]).toBe("nej");
    expect(text).not.toContain("Syns inte");
  });

  it("filters by theme slug, kind, source, phase, county and words", async () => {
    const rubriks = async (query: string) =>
      parseCsv((await (await get(query)).text()).slice(1))
        .slice(1)
        .map((r) => r[3]);
    expect(await rubriks(`?theme=${themes[0]?.slug}`)).toEqual(['Komma, och "citat"']);
    expect(await rubriks(`?theme=${themes[0]?.slug}&theme=${themes[1]?.slug}`)).toHaveLength(2);
    expect(await rubriks("?kind=GOOD_EXAMPLE")).toEqual(["Enkel"]);
    expect(await rubriks("?source=HEARING&source=VISIT")).toEqual(['Komma, och "citat"']);
    expect(await rubriks("?phase=4")).toEqual(["Enkel"]);
    expect(await rubriks("?county=01")).toEqual(['Komma, och "citat"']);
    expect(await rubriks("?q=familjehem")).toEqual(["Enkel"]);
    expect(await rubriks("?round=1")).toEqual([]);
  });

  it("reads in batches that follow on without a gap or a repeat", async () => {
    const whole = await findingCsvBatch(api.database.db, {}, null, 100);
    const ids: string[] = [];
    let next: FindingCsvPosition | null = null;
    do {
      const batch: Awaited<ReturnType<typeof findingCsvBatch>> = await findingCsvBatch(
        api.database.db,
        {},
        next,
        1,
      );
      ids.push(...batch.rows.map((r) => r[0] as string));
      next = batch.next;
    } while (next);
    expect(ids).toEqual(whole.rows.map((r) => r[0]));
    expect(ids).toHaveLength(2);
  });

  it("names the meeting a finding came from only once the meeting is public", async () => {
    const db = api.database.db;
    const meeting = (title: string, status: "draft" | "published") => ({
      slug: `csv-${status}`,
      title,
      kind: "hearing" as const,
      status,
      startsAt: new Date("2016-03-01T09:00:00Z"),
      endsAt: new Date("2016-03-01T11:00:00Z"),
    });
    const [draft, published] = await db
      .insert(tables.meetings)
      .values([meeting("Hemligt utkast", "draft"), meeting("Öppen hearing", "published")])
      .returning({ id: tables.meetings.id });
    await db
      .update(tables.findings)
      .set({ meetingId: draft?.id })
      .where(sql`${tables.findings.id} = ${titles['Komma, och "citat"']}`);
    const text = await (await get("")).text();
    expect(text).not.toContain("Hemligt utkast");
    await db
      .update(tables.findings)
      .set({ meetingId: published?.id })
      .where(sql`${tables.findings.id} = ${titles['Komma, och "citat"']}`);
    expect(await (await get("")).text()).toContain("Öppen hearing");
    await db
      .update(tables.findings)
      .set({ meetingId: null })
      .where(sql`${tables.findings.meetingId} is not null`);
  });

  it("answers 400 with one sentence naming a bad parameter", async () => {
    for (const [query, parameter] of [
      ["?theme=ingen-sadan", "theme"],
      ["?county=1", "county"],
      ["?group=D1", "group"],
      ["?phase=6", "phase"],
      ["?kind=challenge", "kind"],
      ["?source=MAIL", "source"],
      ["?round=3", "round"],
      [`?q=${"a".repeat(300)}`, "q"],
      ["?colour=red", "colour"],
      ["?q=%00", "q"],
      ["?theme=%00", "theme"],
    ]) {
      const response = await get(query as string);
      expect(response.status, query).toBe(400);
      const text = await response.text();
      expect(text, query).toContain(`parameter ${parameter}`);
      expect(text.trim().split("\n"), query).toHaveLength(1);
    }
  });
});
