import { schema as tables } from "@kraftsamling/db";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../src/context";
import { reportDocx, reportSections } from "../src/reports/docx";
import { readReport } from "../src/reports/service";
import { httpServer, sessionCookie } from "./meetings-support";
import { type TestApi, testApi } from "./support";

const coordinatorEmail = "samordnare@kraftsamling.example";
const memberEmail = "medlem.raddabarnen@kraftsamling.example";
const moderatorEmail = "moderator@kraftsamling.example";

/** The clock of these tests: in October 2016, when the report for Q3 2016 is written. */
const today = "2016-10-12";
const year = 2016;
const quarter = 3;

const reportFields = `
  year quarter firstDay lastDay summary sentOn invented inventedParts
  findingsByTheme { themeSlug theme challenges goodExamples }
  newChallenges newGoodExamples
  meetingsHeld { slug title startsAt organisationCount countedFromInvitations }
  organisationCount
  visits { municipalityCode municipality round date }
  measurement { surveyName periodEnd invented cells { label groupCode suppressed suppressedLabel n mean median } }
  commitmentChanges { commitmentSlug status changedOn note }
`;
const reportQuery = `query ($year: Int!, $quarter: Int!) {
  quarterlyReport(year: $year, quarter: $quarter) { ${reportFields} }
}`;
const saveMutation = `mutation ($year: Int!, $quarter: Int!, $summary: String!) {
  saveQuarterlyReportSummary(year: $year, quarter: $quarter, summary: $summary) {
    __typename
    ... on InputError { code message field }
    ... on MutationSaveQuarterlyReportSummarySuccess { data { summary sentOn } }
  }
}`;
const sentMutation = `mutation ($year: Int!, $quarter: Int!, $sentOn: Date!) {
  markQuarterlyReportSent(year: $year, quarter: $quarter, sentOn: $sentOn) {
    __typename
    ... on InputError { code message field }
    ... on MutationMarkQuarterlyReportSentSuccess { data { ${reportFields} } }
  }
}`;

interface Cell {
  label: string;
  groupCode: string | null;
  suppressed: boolean;
  suppressedLabel: string | null;
  n: number | null;
  mean: number | null;
  median: number | null;
}
interface Report {
  year: number;
  quarter: number;
  summary: string;
  sentOn: string | null;
  invented: boolean;
  inventedParts: string[];
  findingsByTheme: { themeSlug: string; challenges: number; goodExamples: number }[];
  newChallenges: number;
  newGoodExamples: number;
  meetingsHeld: { slug: string; organisationCount: number; countedFromInvitations: boolean }[];
  organisationCount: number;
  visits: { municipalityCode: string; round: number; date: string }[];
  measurement: { surveyName: string; periodEnd: string; invented: boolean; cells: Cell[] } | null;
  commitmentChanges: { commitmentSlug: string; status: string; changedOn: string; note: string }[];
}

/** The Stockholm quarter of a moment, as "2016-Q3", worked out apart from the API's code. */
const stockholmQuarter = (moment: Date) => {
  const [y, m] = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Stockholm",
    year: "numeric",
    month: "2-digit",
  })
    .format(moment)
    .split("-")
    .map(Number) as [number, number];
  return `${y}-Q${Math.ceil(m / 3)}`;
};

/** The paragraphs of a WordprocessingML part, each with its style and text. */
function paragraphsOf(xml: string): { style: string | null; text: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
  }));
}

describe("the quarterly report to the minister", () => {
  let api: TestApi;
  let coordinator: Viewer;
  let member: Viewer;
  let moderator: Viewer;

  const report = async (viewer: Viewer | null = coordinator, q = { year, quarter }) =>
    (await api.query<{ quarterlyReport: Report }>(reportQuery, q, viewer)).quarterlyReport;

  beforeAll(async () => {
    api = await testApi({ demoDate: new Date(`${today}T10:00:00+02:00`) });
    coordinator = await api.viewer(coordinatorEmail);
    member = await api.viewer(memberEmail);
    moderator = await api.viewer(moderatorEmail);
    const db = api.database.db;
    const themes = await db.query.themes.findMany({ orderBy: { title: "asc" }, limit: 2 });
    const [first, second] = themes;
    if (!first || !second) throw new Error("the seed has no themes");
    // At the quarter's edges in Stockholm time: the first is in Q3 although its UTC day is in June,
    // the last is in Q4 although its UTC day is in September.
    const findings = [
      {
        kind: "challenge",
        at: "2016-07-01T00:30:00+02:00",
        status: "published",
        themes: [first, second],
      },
      {
        kind: "good_example",
        at: "2016-09-30T23:30:00+02:00",
        status: "published",
        themes: [first],
      },
      {
        kind: "good_example",
        at: "2016-08-10T10:00:00+02:00",
        status: "in_review",
        themes: [second],
      },
      { kind: "challenge", at: "2016-10-01T00:15:00+02:00", status: "published", themes: [first] },
    ] as const;
    for (const [i, f] of findings.entries()) {
      const publishedAt = f.status === "published" ? new Date(f.at) : null;
      const [row] = await db
        .insert(tables.findings)
        .values({
          title: `Iakttagelse ${i + 1} i rapporttestet`,
          body: "Skriven för kvartalsrapportens test.",
          kind: f.kind,
          source: "dialogue_meeting",
          status: f.status,
          phaseNumber: 3,
          publishedAt,
        })
        .returning({ id: tables.findings.id });
      if (!row) throw new Error("no finding");
      await db
        .insert(tables.findingThemes)
        .values(f.themes.map((t) => ({ findingId: row.id, themeId: t.id })));
    }
    // Two meetings held in the quarter: one with registrations, one with invitations only.
    const organisations = await db.query.organisations.findMany({
      orderBy: { name: "asc" },
      limit: 4,
    });
    const people = await db.query.people.findMany({ orderBy: { email: "asc" }, limit: 4 });
    const [a, b, c, d] = organisations;
    if (!a || !b || !c || !d || people.length < 4) throw new Error("the seed is too small");
    const [registered, invited] = await db
      .insert(tables.meetings)
      .values([
        {
          slug: "rapporttest-dialogmote-2016-08-24",
          title: "Dialogmöte i rapporttestet",
          kind: "dialogue_meeting",
          startsAt: new Date("2016-08-24T09:00:00+02:00"),
          endsAt: new Date("2016-08-24T12:00:00+02:00"),
          status: "held",
        },
        {
          slug: "rapporttest-rundabordssamtal-2016-09-07",
          title: "Rundabordssamtal i rapporttestet",
          kind: "hearing",
          startsAt: new Date("2016-09-07T13:00:00+02:00"),
          endsAt: new Date("2016-09-07T15:00:00+02:00"),
          status: "held",
        },
      ])
      .returning({ id: tables.meetings.id });
    if (!registered || !invited) throw new Error("no meetings");
    await db.insert(tables.meetingRegistrations).values([
      {
        meetingId: registered.id,
        personId: people[0]?.id ?? "",
        organisationId: a.id,
        status: "confirmed",
      },
      {
        meetingId: registered.id,
        personId: people[1]?.id ?? "",
        organisationId: a.id,
        status: "confirmed",
      },
      {
        meetingId: registered.id,
        personId: people[2]?.id ?? "",
        organisationId: b.id,
        status: "confirmed",
      },
      {
        meetingId: registered.id,
        personId: people[3]?.id ?? "",
        organisationId: d.id,
        status: "cancelled",
      },
    ]);
    await db.insert(tables.meetingOrganisations).values([
      { meetingId: registered.id, organisationId: d.id },
      { meetingId: invited.id, organisationId: b.id },
      { meetingId: invited.id, organisationId: c.id },
    ]);
    // Commitment steps in the quarter, and one the day after it.
    const record = `mutation ($id: ID!, $status: CommitmentStatus!, $on: Date!, $note: String!) {
      recordCommitmentStatus(commitmentId: $id, status: $status, changedOn: $on, note: $note) { __typename }
    }`;
    const proposal = await db.query.commitments.findFirst({ where: { slug: "forslag-3" } });
    for (const [on, status] of [
      ["2016-07-15", "BEING_PREPARED"],
      ["2016-09-30", "UNDER_WAY"],
      ["2016-10-01", "REPORTED"],
    ] as const) {
      await api.query(record, { id: proposal?.id, status, on, note: `Steg ${on}` }, coordinator);
    }
  });
  afterAll(async () => {
    await api?.close();
  });

  it("counts the quarter's findings, meetings, visits and commitment steps as the rows say", async () => {
    const db = api.database.db;
    const got = await report();

    const findings = await db.query.findings.findMany({ with: { themes: true } });
    const inQuarter = findings.filter(
      (f) =>
        f.status === "published" && f.publishedAt && stockholmQuarter(f.publishedAt) === "2016-Q3",
    );
    const byTheme = new Map<
      string,
      { themeSlug: string; challenges: number; goodExamples: number }
    >();
    for (const f of inQuarter) {
      for (const t of f.themes) {
        const cell = byTheme.get(t.slug) ?? { themeSlug: t.slug, challenges: 0, goodExamples: 0 };
        if (f.kind === "challenge") cell.challenges += 1;
        else cell.goodExamples += 1;
        byTheme.set(t.slug, cell);
      }
    }
    expect(inQuarter.length).toBeGreaterThanOrEqual(2);
    const gotByTheme = got.findingsByTheme.map(({ themeSlug, challenges, goodExamples }) => ({
      themeSlug,
      challenges,
      goodExamples,
    }));
    expect(gotByTheme.sort((x, y) => x.themeSlug.localeCompare(y.themeSlug))).toEqual(
      [...byTheme.values()].sort((x, y) => x.themeSlug.localeCompare(y.themeSlug)),
    );
    expect(got.newChallenges).toBe(inQuarter.filter((f) => f.kind === "challenge").length);
    expect(got.newGoodExamples).toBe(inQuarter.filter((f) => f.kind === "good_example").length);

    const meetings = await db.query.meetings.findMany({
      with: { registrations: true, organisations: true },
    });
    const held = meetings.filter(
      (m) => m.status === "held" && !m.parentId && stockholmQuarter(m.startsAt) === "2016-Q3",
    );
    const everyone = new Set<string>();
    const expected = held.map((m) => {
      const registered = new Set(
        m.registrations
          .filter((r) => r.status === "confirmed" && r.organisationId)
          .map((r) => r.organisationId as string),
      );
      const took = registered.size > 0 ? registered : new Set(m.organisations.map((o) => o.id));
      for (const id of took) everyone.add(id);
      return {
        slug: m.slug,
        organisationCount: took.size,
        countedFromInvitations: registered.size === 0,
      };
    });
    expect(
      got.meetingsHeld
        .map(({ slug, organisationCount, countedFromInvitations }) => ({
          slug,
          organisationCount,
          countedFromInvitations,
        }))
        .sort((x, y) => x.slug.localeCompare(y.slug)),
    ).toEqual(expected.sort((x, y) => x.slug.localeCompare(y.slug)));
    expect(
      got.meetingsHeld.find((m) => m.slug.startsWith("rapporttest-dialog"))?.organisationCount,
    ).toBe(2);
    expect(got.organisationCount).toBe(everyone.size);

    const visits = await db.query.visits.findMany();
    const made = visits.filter(
      (v) => v.status !== "planned" && v.visitDate >= "2016-07-01" && v.visitDate <= "2016-09-30",
    );
    expect(got.visits.map((v) => `${v.municipalityCode}:${v.round}:${v.date}`).sort()).toEqual(
      made.map((v) => `${v.municipalityCode}:${v.round}:${v.visitDate}`).sort(),
    );

    const steps = await db.query.commitmentStatusChanges.findMany();
    const stepsInQuarter = steps.filter(
      (s) => s.changedOn >= "2016-07-01" && s.changedOn <= "2016-09-30",
    );
    expect(got.commitmentChanges).toHaveLength(stepsInQuarter.length);
    expect(got.commitmentChanges.map((c) => `${c.changedOn} ${c.note}`).sort()).toEqual(
      stepsInQuarter.map((c) => `${c.changedOn} ${c.note}`).sort(),
    );
    expect(got.commitmentChanges.filter((c) => c.note.startsWith("Steg "))).toEqual([
      {
        commitmentSlug: "forslag-3",
        status: "BEING_PREPARED",
        changedOn: "2016-07-15",
        note: "Steg 2016-07-15",
      },
      {
        commitmentSlug: "forslag-3",
        status: "UNDER_WAY",
        changedOn: "2016-09-30",
        note: "Steg 2016-09-30",
      },
    ]);

    const invented = [
      inQuarter.some((f) => f.invented) ? "findings" : null,
      made.some((v) => v.invented) ? "visits" : null,
      got.measurement?.invented ? "measurement" : null,
    ].filter(Boolean);
    expect(got.inventedParts).toEqual(invented);
    expect(got.invented).toBe(invented.length > 0);
  });

  it("shows the measurement's headline as the public sees it, never a cell of fewer than 5", async () => {
    const got = await report();
    const surveys = await api.database.db.query.surveys.findMany();
    const latest = surveys
      .filter((s) => s.periodEnd <= "2016-09-30")
      .sort((x, y) => y.periodEnd.localeCompare(x.periodEnd))[0];
    expect(got.measurement?.surveyName).toBe(latest?.name);
    const cells = got.measurement?.cells ?? [];
    expect(cells.length).toBeGreaterThan(1);
    for (const cell of cells) {
      if (cell.suppressed)
        expect([cell.n, cell.mean, cell.median, cell.suppressedLabel]).toEqual([
          null,
          null,
          null,
          "färre än 5",
        ]);
      else expect(cell.n).toBeGreaterThanOrEqual(5);
    }
    const cellQuery = `query ($id: ID!, $g: SurveyGrouping!) { directTimeDistribution(surveyId: $id, grouping: $g) { group { code } suppressed n mean median } }`;
    const publicCells: unknown[] = [];
    for (const g of ["TOTAL", "GROUP"]) {
      const { directTimeDistribution } = await api.query<{
        directTimeDistribution: { group: { code: string } | null }[];
      }>(cellQuery, { id: latest?.id, g });
      publicCells.push(
        ...directTimeDistribution.map(({ group, ...cell }) => ({
          groupCode: group?.code ?? null,
          ...cell,
        })),
      );
    }
    expect(
      cells.map(({ groupCode, suppressed, n, mean, median }) => ({
        groupCode,
        suppressed,
        n,
        mean,
        median,
      })),
    ).toEqual(publicCells);
    expect(cells[0]?.label).toBe("Samtliga");
  });

  it("writes a Word document with headings, a table of contents, header rows, Swedish and page numbers", async () => {
    const view = await readReport(api.database.db, { year, quarter });
    const files = unzipSync(
      await reportDocx({ ...view, summary: "Första stycket.\n\nAndra stycket." }),
    );
    const document = strFromU8(files["word/document.xml"] as Uint8Array);
    const paragraphs = paragraphsOf(document);
    const headings = paragraphs.filter((p) => p.style === "Heading1").map((p) => p.text);
    expect(headings).toEqual(Object.values(reportSections));
    expect(paragraphs.some((p) => p.style === "Heading2")).toBe(true);
    expect(paragraphs.find((p) => p.style === "Title")?.text).toBe("Kvartalsrapport Q3 2016");
    expect(paragraphs.map((p) => p.text)).toEqual(
      expect.arrayContaining(["Första stycket.", "Andra stycket."]),
    );
    expect(document).toMatch(/<w:instrText[^>]*>\s*TOC \\[^<]*<\/w:instrText>/);

    const tablesXml = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([t]) => t);
    // Findings, meetings, measurement and commitments have rows this quarter; visits may not.
    expect(tablesXml.length).toBe(4 + (view.content.visits.length > 0 ? 1 : 0));
    for (const t of tablesXml) {
      const rows = [...t.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([r]) => r);
      expect(rows[0]).toContain("<w:tblHeader/>");
      expect(rows.slice(1).some((r) => r.includes("<w:tblHeader/>"))).toBe(false);
    }
    const findingsTable = tablesXml[0] ?? "";
    expect(
      paragraphsOf(findingsTable)
        .slice(0, 3)
        .map((p) => p.text),
    ).toEqual(["Tema", "Utmaningar", "Goda exempel"]);

    const styles = strFromU8(files["word/styles.xml"] as Uint8Array);
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="sv-SE"/);
    expect(document).toContain('<w:lang w:val="sv-SE"/>');
    const footers = Object.keys(files).filter((name) => /^word\/footer\d*\.xml$/.test(name));
    expect(
      footers.some((name) =>
        /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/.test(strFromU8(files[name] as Uint8Array)),
      ),
    ).toBe(true);
    if (view.content.inventedParts.length > 0)
      expect(paragraphs.some((p) => p.text.includes("påhittade demonstrationsdata"))).toBe(true);
  });

  it("keeps a sent report as it was sent, refuses changing it, and lets no one else read or write it", async () => {
    const q = { year: 2016, quarter: 3 };
    const saved = await api.query<{
      saveQuarterlyReportSummary: { __typename: string; data?: { summary: string } };
    }>(saveMutation, { ...q, summary: "  Kvartalet i korthet.  " }, coordinator);
    expect(saved.saveQuarterlyReportSummary.data?.summary).toBe("Kvartalet i korthet.");

    const future = await api.query<{ markQuarterlyReportSent: { code: string; field: string } }>(
      sentMutation,
      { ...q, sentOn: "2016-10-13" },
      coordinator,
    );
    expect(future.markQuarterlyReportSent).toMatchObject({
      code: "DATE_IN_FUTURE",
      field: "sentOn",
    });

    const before = await report();
    const sent = await api.query<{ markQuarterlyReportSent: { data: Report } }>(
      sentMutation,
      { ...q, sentOn: "2016-10-05" },
      coordinator,
    );
    expect(sent.markQuarterlyReportSent.data).toEqual({ ...before, sentOn: "2016-10-05" });
    const audit = await api.database.db.query.auditLog.findMany({
      where: { action: "report.sent" },
    });
    expect(audit).toHaveLength(1);

    // A finding of the quarter taken back after the report was sent: the live count drops, the sent report stays.
    const inQuarter = await api.database.db.query.findings.findFirst({
      where: { title: "Iakttagelse 2 i rapporttestet" },
    });
    const unpublish = `mutation ($id: ID!) { unpublishFinding(id: $id, reason: "Felaktig uppgift.") { __typename } }`;
    await api.query(unpublish, { id: inQuarter?.id }, coordinator);
    const after = await report();
    expect(after).toEqual({ ...before, sentOn: "2016-10-05" });
    const { content: live } = await import("../src/reports/content").then(async (m) => ({
      content: await m.quarterContent(api.database.db, q),
    }));
    expect(live.findingTotals.goodExamples).toBe(before.newGoodExamples - 1);

    const refused = await api.query<{
      saveQuarterlyReportSummary: { code: string; message: string };
    }>(saveMutation, { ...q, summary: "Ändrad i efterhand." }, coordinator);
    expect(refused.saveQuarterlyReportSummary.code).toBe("REPORT_SENT");
    expect(refused.saveQuarterlyReportSummary.message).toContain("2016-10-05");
    const again = await api.query<{ markQuarterlyReportSent: { code: string } }>(
      sentMutation,
      { ...q, sentOn: "2016-10-10" },
      coordinator,
    );
    expect(again.markQuarterlyReportSent.code).toBe("REPORT_SENT");
    expect((await report()).summary).toBe("Kvartalet i korthet.");

    const { quarterlyReports } = await api.query<{
      quarterlyReports: { year: number; quarter: number; sentOn: string | null }[];
    }>("{ quarterlyReports { year quarter sentOn } }", {}, coordinator);
    expect(quarterlyReports).toContainEqual({ year: 2016, quarter: 3, sentOn: "2016-10-05" });

    for (const viewer of [null, member, moderator]) {
      const { errors } = await api.execute(reportQuery, q, viewer);
      expect(errors?.[0]?.extensions?.code).toBe(viewer ? "FORBIDDEN" : "UNAUTHENTICATED");
      const write = await api.execute(saveMutation, { ...q, summary: "x" }, viewer);
      expect(write.errors?.[0]?.extensions?.code).toBe(viewer ? "FORBIDDEN" : "UNAUTHENTICATED");
    }
  });

  it("hands the coordinator the report as a Word document over HTTP, and no one else", async () => {
    const server = await httpServer(api);
    try {
      const url = `${server.url}/reports/2016-q3.docx`;
      const cookie = (viewer: Viewer) => sessionCookie(api, viewer.personId);
      const response = await fetch(url, { headers: { cookie: await cookie(coordinator) } });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      );
      expect(response.headers.get("content-disposition")).toBe(
        'attachment; filename="kvartalsrapport-2016-q3.docx"',
      );
      const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
      const title = paragraphsOf(strFromU8(files["word/document.xml"] as Uint8Array)).find(
        (p) => p.style === "Title",
      );
      expect(title?.text).toBe("Kvartalsrapport Q3 2016");
      expect((await fetch(url)).status).toBe(401);
      expect((await fetch(url, { headers: { cookie: await cookie(member) } })).status).toBe(403);
      const wrong = await fetch(`${server.url}/reports/2016-q5.docx`, {
        headers: { cookie: await cookie(coordinator) },
      });
      expect(wrong.status).toBe(400);
    } finally {
      await server.stop();
    }
  });

  it("names a quarter or year out of range", async () => {
    for (const [q, field] of [
      [{ year: 2016, quarter: 5 }, "quarter"],
      [{ year: 2014, quarter: 4 }, "year"],
    ] as const) {
      const { errors } = await api.execute(reportQuery, q, coordinator);
      expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      const saved = await api.query<{
        saveQuarterlyReportSummary: { code: string; field: string };
      }>(saveMutation, { ...q, summary: "x" }, coordinator);
      expect(saved.saveQuarterlyReportSummary).toMatchObject({ code: "OUT_OF_RANGE", field });
    }
  });
});
