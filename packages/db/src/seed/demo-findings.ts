import { randomUUID } from "node:crypto";
import { seededRandom } from "@kraftsamling/domain";
import { eq, lt } from "drizzle-orm";
import type { Db } from "../client";
import * as t from "../schema";
import {
  demoFindingTexts,
  demoRevisionSentences,
  demoSourceSentences,
  demoUnpublishedReasons,
  type FindingText,
  genericFindingTexts,
} from "./content/demo-finding-texts";
import { type InsertedDemoVisit, oneOf, shuffled, weekdays } from "./demo-visits";

/**
 * The demo's findings (iakttagelser): INVENTED, a few hundred of them, from the demo visits, the
 * seeded meetings of 2015–2017, surveys and research, across every theme, both kinds and every
 * source. Their texts come from templates per theme and kind and never name a person.
 */

type Kind = (typeof t.findingKind.enumValues)[number];
type Source = (typeof t.findingSource.enumValues)[number];
type Status = (typeof t.findingStatus.enumValues)[number];

/** The seed of the findings' generator: the same inputs give the same findings. */
export const demoFindingsSeed = 2016;

export interface DemoFindingTheme {
  slug: string;
  title: string;
  phaseNumber: number | null;
}

/** A seeded meeting a finding can come from, with its day in Stockholm (yyyy-mm-dd). */
export interface DemoFindingMeeting {
  id: string;
  kind: string;
  day: string;
}

export interface DemoFindingRevision {
  version: number;
  title: string;
  body: string;
  editedAt: Date;
}

export interface DemoFinding {
  title: string;
  body: string;
  kind: Kind;
  source: Source;
  status: Status;
  phaseNumber: number;
  /** The first is the theme its phase and text come from. */
  themeSlugs: string[];
  municipalityCode: string | null;
  visitId: string | null;
  meetingId: string | null;
  observedOn: string;
  version: number;
  publishedAt: Date | null;
  revisedAt: Date | null;
  unpublishedReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  revisions: DemoFindingRevision[];
}

/** How many findings each source other than the visits gives. */
const otherSources: { source: Exclude<Source, "visit">; count: number }[] = [
  { source: "dialogue_meeting", count: 14 },
  { source: "hearing", count: 14 },
  { source: "round_table", count: 12 },
  { source: "webinar", count: 12 },
  { source: "survey", count: 10 },
  { source: "research", count: 10 },
];

/** When findings were heard where no seeded meeting of their kind was held (yyyy-mm-dd, from and to). */
const sourcePeriods: Record<Exclude<Source, "visit">, [string, string]> = {
  dialogue_meeting: ["2015-03-16", "2017-05-31"],
  hearing: ["2015-05-04", "2017-05-31"],
  round_table: ["2015-09-01", "2017-05-31"],
  webinar: ["2016-01-11", "2017-06-16"],
  // The measurement before the first visits, and its follow-up.
  survey: ["2015-08-17", "2016-10-28"],
  research: ["2015-06-01", "2017-06-30"],
};

const day = 86_400_000;
const at = (isoDay: string, hour: number, plusDays = 0) =>
  new Date(Date.parse(`${isoDay}T${String(hour).padStart(2, "0")}:00:00Z`) + plusDays * day);

/**
 * The demo findings: from each visit one to three in round 1 and a different number in round 2
 * (more good examples the second time), and a few dozen from the meetings, surveys and research.
 * Nearly all are published, a few are drafts or in review, two are taken back, and some published
 * ones were edited later.
 */
export function demoFindings(input: {
  themes: readonly DemoFindingTheme[];
  visits: readonly InsertedDemoVisit[];
  meetings: readonly DemoFindingMeeting[];
}): DemoFinding[] {
  const random = seededRandom(demoFindingsSeed);
  const themes = [...input.themes].sort((a, b) => a.slug.localeCompare(b.slug));
  if (themes.length === 0) return [];

  // Each finding's main theme is dealt from a shuffled deck, so that every theme gets its share.
  let deck: DemoFindingTheme[] = [];
  const nextTheme = () => {
    if (deck.length === 0) deck = shuffled(themes, random);
    return deck.pop() as DemoFindingTheme;
  };
  // Each theme and kind goes through its texts in turn, from a place of its own.
  const turns = new Map<string, number>();
  const nextText = (theme: DemoFindingTheme, kind: Kind): FindingText => {
    const texts = (demoFindingTexts[theme.slug] ?? genericFindingTexts(theme.title))[kind];
    const key = `${theme.slug}:${kind}`;
    const turn = turns.get(key) ?? Math.floor(random() * texts.length);
    turns.set(key, turn + 1);
    return texts[turn % texts.length] as FindingText;
  };

  interface Draft {
    kind: Kind;
    source: Source;
    municipalityCode: string | null;
    visitId: string | null;
    meetingId: string | null;
    observedOn: string;
    sentences: string;
  }
  const drafts: Draft[] = [];

  // Visits: a different count in round 2 than in round 1 for the same municipality.
  const byMunicipality = new Map<string, InsertedDemoVisit[]>();
  for (const visit of input.visits) {
    byMunicipality.set(visit.municipalityCode, [
      ...(byMunicipality.get(visit.municipalityCode) ?? []),
      visit,
    ]);
  }
  for (const code of [...byMunicipality.keys()].sort()) {
    const visits = (byMunicipality.get(code) ?? []).sort((a, b) => a.round - b.round);
    const first = 1 + Math.floor(random() * 3);
    const second = Math.min(4, Math.max(0, first + oneOf([-1, 1, 2], random)));
    for (const visit of visits) {
      const howMany = visit.round === 1 ? first : second;
      for (let i = 0; i < howMany; i++) {
        const kind: Kind =
          random() < (visit.round === 1 ? 0.4 : 0.62) ? "good_example" : "challenge";
        drafts.push({
          kind,
          source: "visit",
          municipalityCode: visit.municipalityCode,
          visitId: visit.id,
          meetingId: null,
          observedOn: visit.visitDate,
          sentences: `visit${visit.round}`,
        });
      }
    }
  }

  // Meetings, surveys and research: no municipality.
  const historic = input.meetings.filter((m) => m.day < "2018-01-01");
  for (const { source, count } of otherSources) {
    const held = historic.filter((m) => m.kind === source);
    const days = weekdays(...sourcePeriods[source]);
    for (let i = 0; i < count; i++) {
      const meeting = held.length > 0 ? oneOf(held, random) : null;
      drafts.push({
        kind: i % 2 === 0 ? "challenge" : "good_example",
        source,
        municipalityCode: null,
        visitId: null,
        meetingId: meeting?.id ?? null,
        observedOn: meeting?.day ?? oneOf(days, random),
        sentences: source,
      });
    }
  }

  const findings = drafts.map((draft): DemoFinding => {
    const theme = nextTheme();
    const themeSlugs = [theme.slug];
    if (random() < 0.3) {
      const other = oneOf(
        themes.filter((x) => x.slug !== theme.slug),
        random,
      );
      if (other) themeSlugs.push(other.slug);
    }
    const text = nextText(theme, draft.kind);
    const sourceSentence = oneOf(
      demoSourceSentences[draft.sentences]?.[draft.kind] ?? [""],
      random,
    );
    const body = `${text.body} ${sourceSentence}`.trim();
    const createdAt = at(draft.observedOn, 14, 1);
    const publishedAt = at(draft.observedOn, 9, 3 + Math.floor(random() * 18));
    return {
      title: text.title,
      body,
      kind: draft.kind,
      source: draft.source,
      status: "published",
      phaseNumber: theme.phaseNumber ?? 1,
      themeSlugs,
      municipalityCode: draft.municipalityCode,
      visitId: draft.visitId,
      meetingId: draft.meetingId,
      observedOn: draft.observedOn,
      version: 1,
      publishedAt,
      revisedAt: null,
      unpublishedReason: null,
      createdAt,
      updatedAt: publishedAt,
      revisions: [{ version: 1, title: text.title, body, editedAt: createdAt }],
    };
  });

  // The latest heard are the ones still being written: a few drafts and a few in review.
  const newestFirst = findings
    .map((f, index) => ({ f, index }))
    .sort((a, b) => b.f.observedOn.localeCompare(a.f.observedOn) || a.index - b.index)
    .map(({ f }) => f);
  const unfinished = shuffled(newestFirst.slice(0, 40), random);
  for (const [i, finding] of unfinished.slice(0, 11).entries()) {
    finding.status = i < 6 ? "draft" : "in_review";
    finding.publishedAt = null;
    finding.updatedAt = at(finding.observedOn, 16, 2 + i);
  }
  const published = shuffled(
    findings.filter((f) => f.status === "published"),
    random,
  );
  // Two taken back from the public, with a reason.
  for (const [i, finding] of published.slice(0, 2).entries()) {
    finding.status = "unpublished";
    finding.unpublishedReason = demoUnpublishedReasons[i % demoUnpublishedReasons.length] as string;
    finding.updatedAt = new Date((finding.publishedAt as Date).getTime() + (20 + i * 9) * day);
  }
  // Some published ones edited later: a second revision with a clarified text.
  for (const [i, finding] of published.slice(2, 11).entries()) {
    const revisedAt = new Date(
      (finding.publishedAt as Date).getTime() + (10 + Math.floor(random() * 50)) * day,
    );
    const first = finding.revisions[0] as DemoFindingRevision;
    const body = `${first.body.slice(0, first.body.lastIndexOf(".", first.body.length - 2) + 1)} ${
      demoRevisionSentences[i % demoRevisionSentences.length]
    }`.trim();
    finding.body = body;
    finding.version = 2;
    finding.revisedAt = revisedAt;
    finding.updatedAt = revisedAt;
    finding.revisions.push({ version: 2, title: finding.title, body, editedAt: revisedAt });
  }
  return findings;
}

/**
 * Adds the demo findings, their themes and their revisions, unless invented findings are there
 * already. Visit findings come from the visits given (those just held by the demo seed).
 */
export async function insertDemoFindings(
  db: Db,
  count: (table: string, rows: unknown[]) => void,
  visits: readonly InsertedDemoVisit[],
  recordedById: string | null,
): Promise<void> {
  const [existing] = await db
    .select({ id: t.findings.id })
    .from(t.findings)
    .where(eq(t.findings.invented, true))
    .limit(1);
  if (existing) return;

  const themeRows = await db
    .select({
      id: t.themes.id,
      slug: t.themes.slug,
      title: t.themes.title,
      phaseNumber: t.themes.phaseNumber,
    })
    .from(t.themes);
  const themeIds = new Map(themeRows.map((r) => [r.slug, r.id]));
  const meetings = (
    await db
      .select({ id: t.meetings.id, kind: t.meetings.kind, startsAt: t.meetings.startsAt })
      .from(t.meetings)
      .where(lt(t.meetings.startsAt, new Date("2018-01-01T00:00:00+01:00")))
      .orderBy(t.meetings.startsAt, t.meetings.slug)
  ).map((m) => ({
    id: m.id,
    kind: m.kind,
    day: m.startsAt.toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" }),
  }));
  const generated = demoFindings({ themes: themeRows, visits, meetings });
  if (generated.length === 0) return;

  const rows = generated.map(({ themeSlugs: _, revisions: __, ...f }) => ({
    ...f,
    id: randomUUID(),
    recordedById,
    invented: true,
  }));
  count("findings", await db.insert(t.findings).values(rows).returning({ id: t.findings.id }));
  const themesOf = (f: DemoFinding) => f.themeSlugs.map((slug) => themeIds.get(slug) as string);
  count(
    "findingThemes",
    await db
      .insert(t.findingThemes)
      .values(
        generated.flatMap((f, i) =>
          themesOf(f).map((themeId) => ({ findingId: (rows[i] as { id: string }).id, themeId })),
        ),
      )
      .returning({ findingId: t.findingThemes.findingId }),
  );
  count(
    "findingRevisions",
    await db
      .insert(t.findingRevisions)
      .values(
        generated.flatMap((f, i) =>
          f.revisions.map((revision) => ({
            findingId: (rows[i] as { id: string }).id,
            version: revision.version,
            title: revision.title,
            body: revision.body,
            kind: f.kind,
            source: f.source,
            phaseNumber: f.phaseNumber,
            themeIds: themesOf(f),
            municipalityCode: f.municipalityCode,
            visitId: f.visitId,
            meetingId: f.meetingId,
            observedOn: f.observedOn,
            editedById: recordedById,
            editedAt: revision.editedAt,
          })),
        ),
      )
      .returning({ findingId: t.findingRevisions.findingId }),
  );
}
