import { randomUUID } from "node:crypto";
import { request } from "node:http";
import { schema as tables } from "@kraftsamling/db";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nulCharacterMessage, personalDataMessage } from "../src/input-guard";
import { refuseAbandonedImports } from "../src/measurement/service";
import {
  percentile,
  respondents,
  someMunicipalities,
  surveyCsv,
  type TestRespondent,
  uploadSurvey,
} from "./measurement-support";
import { httpServer, newParticipant, sessionCookie } from "./meetings-support";
import { type TestApi, testApi } from "./support";

describe("importing a time-use survey", () => {
  let api: TestApi;
  let server: Awaited<ReturnType<typeof httpServer>>;
  let coordinatorCookie: string;
  let rows: TestRespondent[];
  let municipalities: Awaited<ReturnType<typeof someMunicipalities>>;

  beforeAll(async () => {
    api = await testApi();
    server = await httpServer(api);
    const coordinator = await api.viewer("samordnare@kraftsamling.example");
    coordinatorCookie = await sessionCookie(api, coordinator.personId);
    municipalities = await someMunicipalities(api, 12);
    rows = respondents(municipalities, 240, 7);
  });
  afterAll(async () => {
    await server?.stop();
    await api?.close();
  });

  const respondentRows = async () =>
    (
      await api.database.db.select({ n: sql<number>`count(*)::int` }).from(tables.surveyRespondents)
    )[0]?.n;
  const surveyNamed = (name: string) =>
    api.database.db.query.surveys.findFirst({ where: { name } });
  const coordinatorViewer = () => api.viewer("samordnare@kraftsamling.example");

  it("names the one bad row and its reason, imports nothing, then imports the clean file", async () => {
    const bad = rows.map((r, i) => (i === 15 ? { ...r, municipalityCode: "9999" } : r));
    const before = await respondentRows();
    const importId = randomUUID();
    const refused = await uploadSurvey(server.url, coordinatorCookie, surveyCsv(bad), {
      name: "Hösten med en felaktig rad",
      importId,
    });
    expect(refused.status).toBe(422);
    // The header is row 1: the 16th respondent is on row 17.
    expect(refused.body.import?.problems).toEqual([{ row: 17, reason: "okänd kommunkod 9999" }]);
    expect(refused.body.import?.status).toBe("REFUSED");
    expect(await surveyNamed("Hösten med en felaktig rad")).toBeUndefined();
    expect(await respondentRows()).toBe(before);
    const followed = await api.query<{
      surveyImport: {
        status: string;
        rowsRead: number;
        problems: { row: number; reason: string }[];
      };
    }>(
      "query ($id: ID!) { surveyImport(id: $id) { status rowsRead problems { row reason } } }",
      { id: importId },
      await coordinatorViewer(),
    );
    expect(followed.surveyImport).toEqual({
      status: "REFUSED",
      rowsRead: rows.length,
      problems: [{ row: 17, reason: "okänd kommunkod 9999" }],
    });

    const imported = await uploadSurvey(server.url, coordinatorCookie, surveyCsv(rows), {
      name: "Hösten rättad",
      round: "BEFORE_VISIT_1",
    });
    expect(imported.status).toBe(201);
    expect(imported.body.import?.status).toBe("IMPORTED");
    const survey = await surveyNamed("Hösten rättad");
    expect(survey?.respondentCount).toBe(rows.length);
    expect(survey?.round).toBe("before_visit_1");
    expect(survey?.invented).toBe(false);
    expect(await respondentRows()).toBe((before ?? 0) + rows.length);

    // The cells are what the rows give: n and the quartiles of the direct share per group.
    const cells = await api.database.db
      .select()
      .from(tables.surveyCells)
      .where(eq(tables.surveyCells.surveyId, survey?.id as string));
    const groups = new Map<string, number[]>();
    for (const r of rows)
      groups.set(r.groupCode, [...(groups.get(r.groupCode) ?? []), r.values[0]]);
    for (const [group, shares] of groups) {
      const cell = cells.find((c) => c.grouping === "group" && c.key1 === group);
      expect(cell?.n, group).toBe(shares.length);
      expect(cell?.median).toBeCloseTo(percentile(shares, 0.5), 9);
      expect(cell?.q1).toBeCloseTo(percentile(shares, 0.25), 9);
      expect(cell?.q3).toBeCloseTo(percentile(shares, 0.75), 9);
      expect(cell?.mean).toBeCloseTo(shares.reduce((a, b) => a + b, 0) / shares.length, 9);
    }
    const total = cells.find((c) => c.grouping === "total");
    expect(total?.n).toBe(rows.length);
    const chefInFirstCounty = rows.filter(
      (r) => r.role === "chef" && r.countyCode === municipalities[0]?.countyCode,
    );
    expect(
      cells.find(
        (c) =>
          c.grouping === "county_role" &&
          c.key1 === municipalities[0]?.countyCode &&
          c.key2 === "chef",
      )?.n ?? 0,
    ).toBe(chefInFirstCounty.length);

    // The same file again is refused, naming the survey it was imported as.
    const again = await uploadSurvey(server.url, coordinatorCookie, surveyCsv(rows), {
      name: "Hösten en gång till",
    });
    expect(again.status).toBe(422);
    expect(again.body.import?.problems).toEqual([
      { row: 0, reason: "Filen är redan importerad som ”Hösten rättad”" },
    ]);
    expect(await surveyNamed("Hösten en gång till")).toBeUndefined();
  });

  it("lists every bad row with its reason", async () => {
    const some = rows.slice(0, 6);
    const lines = surveyCsv(some).split("\r\n");
    lines[2] = `${some[1]?.municipalityCode},chef,0.2,0.2,0.2,0.1,0.15`;
    lines[4] = `${some[3]?.municipalityCode},kurator,0.2,0.2,0.2,0.2,0.2`;
    lines[5] = `${some[4]?.municipalityCode},chef,0.2,0.2`;
    const answer = await uploadSurvey(server.url, coordinatorCookie, lines.join("\r\n"));
    expect(answer.status).toBe(422);
    expect(answer.body.import?.problems).toEqual([
      { row: 3, reason: "andelarna summerar till 0,85, inte 1" },
      { row: 5, reason: "okänd roll kurator" },
      { row: 6, reason: "kolumnen administration saknas" },
    ]);
  });

  it("names a missing column of the header", async () => {
    const answer = await uploadSurvey(
      server.url,
      coordinatorCookie,
      "kommunkod,direkt,dokumentation,administration,resor,övrigt\r\n0180,0.2,0.2,0.2,0.2,0.2\r\n",
    );
    expect(answer.status).toBe(422);
    expect(answer.body.import?.problems).toEqual([{ row: 1, reason: "kolumnen roll saknas" }]);
  });

  it("accepts a semicolon file with decimal commas and a byte-order mark, and turns hours into shares", async () => {
    const hours = rows.slice(0, 20).map((r, i) => ({
      ...r,
      values: [8 + (i % 5), 12.5, 6, i % 3, 3.5] as TestRespondent["values"],
    }));
    const csv = surveyCsv(hours, {
      separator: ";",
      decimalComma: true,
      bom: true,
      header: [
        "Kommunkod",
        "Roll",
        "Direkt (h)",
        "Dokumentation (h)",
        "Administration (h)",
        "Resor (h)",
        "Övrigt (h)",
      ],
    });
    const answer = await uploadSurvey(server.url, coordinatorCookie, csv, {
      name: "Timmar i Excel",
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    const survey = await surveyNamed("Timmar i Excel");
    const stored = await api.database.db
      .select()
      .from(tables.surveyRespondents)
      .where(eq(tables.surveyRespondents.surveyId, survey?.id as string))
      .orderBy(tables.surveyRespondents.rowNumber);
    expect(stored).toHaveLength(20);
    stored.forEach((row, i) => {
      const v = hours[i]?.values as number[];
      const sum = v.reduce((a, b) => a + b, 0);
      expect(row.rowNumber).toBe(i + 2);
      expect(row.directShare).toBeCloseTo((v[0] as number) / sum, 12);
      expect(row.travelShare).toBeCloseTo((v[3] as number) / sum, 12);
    });
  });

  it("refuses anyone but the coordinator, and an upload without the CSRF header", async () => {
    const member = await newParticipant(api);
    const memberCookie = await sessionCookie(api, member.personId);
    const csv = surveyCsv(rows.slice(0, 10));
    const anonymous = await uploadSurvey(server.url, null, csv);
    expect(anonymous.status).toBe(401);
    const asMember = await uploadSurvey(server.url, memberCookie, csv);
    expect(asMember.status).toBe(403);
    const noHeader = await uploadSurvey(server.url, coordinatorCookie, csv, {}, { csrf: false });
    expect(noHeader.status).toBe(400);
    expect(noHeader.body.error?.code).toBe("CSRF_HEADER_MISSING");
    const badRound = await uploadSurvey(server.url, coordinatorCookie, csv, { round: "ROUND_3" });
    expect(badRound.status).toBe(400);
    expect(badRound.body.error?.field).toBe("round");
    const imports = await api.database.db.select().from(tables.surveyImports);
    expect(imports.filter((i) => i.status === "imported")).toHaveLength(2);
  });

  it("refuses a form field holding a personal identity number, and a name with a NUL or control character", async () => {
    const csv = surveyCsv(rows.slice(0, 10));
    const importsBefore = (await api.database.db.select().from(tables.surveyImports)).length;
    for (const [field, value] of [
      ["name", "Tidsmätning 19121212-1212"],
      ["name", "Tidsmätning 121212+1212"],
      ["periodStart", "19121212-1212"],
      ["round", "BEFORE_VISIT_1 191212121212"],
    ] as const) {
      const answer = await uploadSurvey(server.url, coordinatorCookie, csv, { [field]: value });
      expect(answer.status, value).toBe(400);
      expect(answer.body.error, value).toEqual({
        code: "PERSONAL_DATA",
        field,
        message: personalDataMessage,
      });
    }
    for (const name of [
      "Tidsmätning\u0000hösten",
      "Tidsmätning\u0007hösten",
      "Tids\u001bmätning",
    ]) {
      const answer = await uploadSurvey(server.url, coordinatorCookie, csv, { name });
      expect(answer.status, JSON.stringify(name)).toBe(400);
      expect(answer.body.error?.field).toBe("name");
      if (name.includes("\u0000"))
        expect(answer.body.error).toEqual({
          code: "NUL_CHARACTER",
          field: "name",
          message: nulCharacterMessage("name"),
        });
    }
    const importsAfter = (await api.database.db.select().from(tables.surveyImports)).length;
    expect(importsAfter).toBe(importsBefore);
    // A name with a date and numbers that are no personal identity number passes to the file.
    const passes = await uploadSurvey(
      server.url,
      coordinatorCookie,
      "kommunkod,roll,direkt,dokumentation,administration,resor,övrigt\r\n9999,chef,1,0,0,0,0\r\n",
      { name: "Tidsmätning 2016-02-01, 12 kommuner, 070-123 45 67" },
    );
    expect(passes.status).toBe(422);
    expect(passes.body.import?.problems).toEqual([{ row: 2, reason: "okänd kommunkod 9999" }]);
  });

  it("refuses a file with a line longer than a megabyte, saying so, and imports nothing", async () => {
    const header = "kommunkod,roll,direkt,dokumentation,administration,resor,övrigt\r\n";
    const csv = `${header}0180,chef,0.2,0.2,0.2,0.2,0.2\r\n0180,chef,${"9".repeat(2 * 1024 * 1024)}\r\n`;
    const before = await respondentRows();
    const answer = await uploadSurvey(server.url, coordinatorCookie, csv, {
      name: "Tidsmätning med en lång rad",
    });
    expect(answer.status).toBe(422);
    expect(answer.body.import?.status).toBe("REFUSED");
    expect(answer.body.import?.problems).toEqual([
      { row: 3, reason: expect.stringMatching(/^raden är för lång/) },
    ]);
    expect(await respondentRows()).toBe(before);
    expect(await surveyNamed("Tidsmätning med en lång rad")).toBeUndefined();
  });

  it("notes its progress every few thousand rows of a larger file", async () => {
    const many = respondents(municipalities, 12_000, 11);
    const answer = await uploadSurvey(server.url, coordinatorCookie, surveyCsv(many), {
      name: "Tolv tusen",
    });
    expect(answer.status).toBe(201);
    expect(answer.body.import?.rowsRead).toBe(12_000);
    expect((await surveyNamed("Tolv tusen"))?.respondentCount).toBe(12_000);
  });

  it("stops and refuses an import whose upload is cut off midway, importing nothing", async () => {
    const importId = randomUUID();
    const boundary = "----gransen";
    const part = (name: string, value: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    const head = [
      part("name", "Avbruten"),
      part("periodStart", "2016-02-01"),
      part("periodEnd", "2016-02-12"),
      part("round", "BEFORE_VISIT_2"),
      part("importId", importId),
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="t.csv"\r\nContent-Type: text/csv\r\n\r\n`,
      surveyCsv(rows.slice(0, 50)),
    ].join("");
    const target = new URL(`${server.url}/measurement/surveys`);
    const req = request({
      host: target.hostname,
      port: target.port,
      path: target.pathname,
      method: "POST",
      headers: {
        cookie: coordinatorCookie,
        "apollo-require-preflight": "true",
        "content-type": `multipart/form-data; boundary=${boundary}`,
        "content-length": String(head.length + 100_000),
      },
    });
    req.on("error", () => {});
    req.write(head);
    const importRow = () =>
      api.database.db.query.surveyImports.findFirst({ where: { id: importId } });
    for (let i = 0; i < 100 && !(await importRow()); i++)
      await new Promise((r) => setTimeout(r, 20));
    req.destroy();
    let row = await importRow();
    for (let i = 0; i < 250 && row?.status === "running"; i++) {
      await new Promise((r) => setTimeout(r, 20));
      row = await importRow();
    }
    expect(row?.status).toBe("refused");
    expect(row?.problems).toEqual([{ row: 0, reason: "uppladdningen avbröts" }]);
    expect(await surveyNamed("Avbruten")).toBeUndefined();
  });

  it("refuses imports left running by a stopped API, and only those", async () => {
    const now = api.services.clock.now();
    const [old, recent] = await api.database.db
      .insert(tables.surveyImports)
      .values([
        { name: "Övergiven", startedAt: new Date(now.getTime() - 2 * 86_400_000) },
        { name: "Pågår", startedAt: now },
      ])
      .returning({ id: tables.surveyImports.id });
    // Other tests of this file may have left imports of their own behind: count those too.
    const abandoned = (
      await api.database.db.query.surveyImports.findMany({
        where: { status: "running", startedAt: { lt: new Date(now.getTime() - 86_400_000) } },
        columns: { id: true },
      })
    ).length;
    expect(abandoned).toBeGreaterThanOrEqual(1);
    expect(await refuseAbandonedImports(api.database.db, api.services)).toBe(abandoned);
    const status = async (id?: string) =>
      (await api.database.db.query.surveyImports.findFirst({ where: { id } }))?.status;
    expect(await status(old?.id)).toBe("refused");
    expect(await status(recent?.id)).toBe("running");
  });
});
