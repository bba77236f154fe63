import { createHash } from "node:crypto";
import { seededRandom } from "@kraftsamling/domain";
import { inArray } from "drizzle-orm";
import type { Db } from "../client";
import * as t from "../schema";
import { computeSurveyCells } from "../survey-cells";

/**
 * The demo's time-use measurement: INVENTED. One survey per round, some 3000 respondents each over
 * every municipality, more in the larger groups; the share of time spent directly with children
 * and families lies around 0.2–0.35, lower in the metropolitan groups and for managers, and a
 * little higher before the second round. Gotland has only a handful of respondents, so that the
 * small cells are seen suppressed. The cells are computed as an import computes them.
 */

type Role = (typeof t.respondentRole.enumValues)[number];
type Round = (typeof t.surveyRound.enumValues)[number];

interface DemoSurvey {
  round: Round;
  name: string;
  periodStart: string;
  periodEnd: string;
  seed: number;
  respondents: number;
  /** Gotland's respondents: deliberately fewer than five. */
  gotland: number;
}

export const demoSurveys: DemoSurvey[] = [
  {
    round: "before_visit_1",
    name: "Tidsmätning inför första besöksomgången (påhittad)",
    periodStart: "2015-09-07",
    periodEnd: "2015-09-18",
    seed: 2015_09,
    respondents: 3000,
    gotland: 3,
  },
  {
    round: "before_visit_2",
    name: "Tidsmätning inför andra besöksomgången (påhittad)",
    periodStart: "2016-02-08",
    periodEnd: "2016-02-19",
    seed: 2016_02,
    respondents: 3100,
    gotland: 4,
  },
];

/** A stand-in for the file's SHA-256, so that seeding twice finds the survey already there. */
export const demoSurveyFileHash = (round: Round) =>
  createHash("sha256").update(`kraftsamling-demo-survey:${round}`).digest("hex");

const roleWeights: [Role, number][] = [
  ["socialsekreterare", 0.7],
  ["arbetsledare", 0.14],
  ["chef", 0.08],
  ["other", 0.08],
];
const roleEffect: Record<Role, number> = {
  socialsekreterare: 0,
  arbetsledare: -0.06,
  chef: -0.11,
  other: -0.03,
};
/** More respondents where more social workers work. */
const groupWeight: Record<string, number> = {
  A1: 8,
  A2: 4,
  A3: 4,
  B4: 2.5,
  B5: 2,
  B6: 1.5,
  C7: 1,
  C8: 1,
  C9: 1,
};
const mainGroupBase: Record<string, number> = { A: 0.22, B: 0.27, C: 0.31 };
const gotland = "09";

function weighted<T>(items: readonly [T, number][], random: () => number): T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r <= 0) return item;
  }
  return (items[items.length - 1] as [T, number])[0];
}

/** Inserts the demo surveys that are not there yet, with their respondents and cells. */
export async function insertDemoSurveys(
  db: Db,
  count: (table: string, rows: unknown[]) => void,
): Promise<void> {
  const existing = new Set(
    (
      await db
        .select({ hash: t.surveys.fileSha256 })
        .from(t.surveys)
        .where(
          inArray(
            t.surveys.fileSha256,
            demoSurveys.map((s) => demoSurveyFileHash(s.round)),
          ),
        )
    ).map((r) => r.hash),
  );
  const municipalities = await db
    .select({
      code: t.municipalities.code,
      countyCode: t.municipalities.countyCode,
      groupCode: t.municipalities.groupCode,
    })
    .from(t.municipalities)
    .orderBy(t.municipalities.code);
  const mainland = municipalities
    .filter((m) => m.countyCode !== gotland)
    .map((m) => [m, groupWeight[m.groupCode] ?? 1] as [(typeof municipalities)[number], number]);
  const island = municipalities.filter((m) => m.countyCode === gotland);

  for (const demo of demoSurveys) {
    const fileSha256 = demoSurveyFileHash(demo.round);
    if (existing.has(fileSha256)) continue;
    const random = seededRandom(demo.seed);
    const rows: Omit<typeof t.surveyRespondents.$inferInsert, "surveyId">[] = [];
    for (let i = 0; i < demo.respondents; i++) {
      const municipality =
        i < demo.gotland && island.length > 0
          ? (island[i % island.length] as (typeof island)[number])
          : weighted(mainland, random);
      const role = weighted(roleWeights, random);
      const noise = (random() + random() + random() - 1.5) * 0.16;
      const base = mainGroupBase[municipality.groupCode.slice(0, 1)] ?? 0.27;
      const roundEffect = demo.round === "before_visit_2" ? 0.03 : 0;
      const direct = Math.min(0.7, Math.max(0.02, base + roundEffect + roleEffect[role] + noise));
      const raw = [
        0.35 + random() * 0.15,
        0.25 + random() * 0.1,
        0.04 + random() * 0.06,
        0.1 + random() * 0.1,
      ];
      const rawSum = raw.reduce((a, b) => a + b, 0);
      const [documentation, administration, travel] = raw.map(
        (r) => (r / rawSum) * (1 - direct),
      ) as [number, number, number];
      rows.push({
        rowNumber: i + 2,
        municipalityCode: municipality.code,
        role,
        directShare: direct,
        documentationShare: documentation,
        administrationShare: administration,
        travelShare: travel,
        otherShare: 1 - direct - documentation - administration - travel,
      });
    }
    const inserted = await db
      .insert(t.surveys)
      .values({
        name: demo.name,
        periodStart: demo.periodStart,
        periodEnd: demo.periodEnd,
        round: demo.round,
        fileSha256,
        respondentCount: rows.length,
        invented: true,
      })
      .onConflictDoNothing()
      .returning({ id: t.surveys.id });
    count("surveys", inserted);
    const surveyId = inserted[0]?.id;
    if (!surveyId) continue;
    for (let from = 0; from < rows.length; from += 1000) {
      await db
        .insert(t.surveyRespondents)
        .values(rows.slice(from, from + 1000).map((row) => ({ ...row, surveyId })));
    }
    count("surveyRespondents", rows);
    await computeSurveyCells(db, surveyId);
  }
}
