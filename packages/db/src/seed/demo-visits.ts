import { randomUUID } from "node:crypto";
import {
  type SelectionMunicipality,
  seededRandom,
  selectMunicipalities,
} from "@kraftsamling/domain";
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { Db } from "../client";
import * as t from "../schema";

/**
 * The demo's municipality visits: INVENTED. The selection of the 50 municipalities is the domain's
 * own, run with a fixed seed; the dates, notes, participants and answers are plausible examples,
 * never what was said at a real visit, and name no one (roles only).
 */

/** The seed the demo selection is made with, so that every demo database visits the same 50. */
export const demoSelectionSeed = 2015;
/** The mission's plan: 50 municipalities (seed 000, slide 6). */
export const demoSelectionSize = 50;

type PickReasonKind = "LOCKED_IN" | "ONLY_IN_COUNTY" | "COVERS_COUNTY" | "GROUP_SEAT";
type StoredReason = (typeof t.visitPickReason.enumValues)[number];

/** The same mapping the API saves a selection with. */
const storedReason: Record<PickReasonKind, StoredReason> = {
  LOCKED_IN: "locked_in",
  ONLY_IN_COUNTY: "only_in_county",
  COVERS_COUNTY: "covers_county",
  GROUP_SEAT: "group_seat",
};

export interface DemoPick {
  municipalityCode: string;
  municipalityName: string;
  reason: StoredReason;
  seat: number;
  position: number;
}

/** The 50 municipalities to visit, picked from these by the domain's selection with the fixed seed. */
export function demoSelection(municipalities: readonly SelectionMunicipality[]): DemoPick[] {
  const result = selectMunicipalities({
    municipalities,
    size: demoSelectionSize,
    seed: demoSelectionSeed,
  });
  if (!result.ok) throw new Error(`seed: the demo selection failed: ${result.message}`);
  return result.selection.picks.map((pick) => ({
    municipalityCode: pick.code,
    municipalityName: pick.name,
    reason: storedReason[pick.reason.kind],
    seat: pick.seat,
    position: pick.order,
  }));
}

export interface DemoVisit {
  municipalityCode: string;
  round: 1 | 2;
  /** yyyy-mm-dd */
  visitDate: string;
  notes: string;
  /** Roles only; `ownOrganisation` marks the municipality's own organisation, where one is seeded. */
  participants: { role: string | null; ownOrganisation: boolean }[];
  answers: { questionNumber: number; answer: string }[];
}

/** Days no visit is held on: weekends, and the public holidays of the two rounds. */
const holidays = new Set([
  "2015-12-24",
  "2015-12-25",
  "2016-03-25",
  "2016-03-28",
  "2016-05-05",
  "2016-05-16",
]);

export function weekdays(from: string, to: string): string[] {
  const days: string[] = [];
  for (
    let d = new Date(`${from}T00:00:00Z`);
    d <= new Date(`${to}T00:00:00Z`);
    d = new Date(d.getTime() + 86_400_000)
  ) {
    const iso = d.toISOString().slice(0, 10);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6 && !holidays.has(iso)) days.push(iso);
  }
  return days;
}

/** `count` different days, spread evenly over the weekdays of the period, each in its own stretch. */
function spreadDays(from: string, to: string, count: number, random: () => number): string[] {
  const days = weekdays(from, to);
  const step = days.length / count;
  return Array.from(
    { length: count },
    (_, i) => days[Math.floor(i * step + random() * step)] as string,
  );
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

export const oneOf = <T>(items: readonly T[], random: () => number): T =>
  items[Math.floor(random() * items.length)] as T;

/** Who the coordinator met: roles, never names. */
const otherRoles = [
  "nämndordförande",
  "enhetschef barn och unga",
  "socialsekreterare",
  "förste socialsekreterare",
  "kommundirektör",
  "verksamhetsutvecklare",
  "familjehemssekreterare",
  "representant för elevhälsan",
];

const notes: Record<1 | 2, string[]> = {
  1: [
    "Första besöket. Samtal med politisk ledning, förvaltningsledning och medarbetare inom barn och unga.",
    "Första besöket. Förmiddagen med ledningen, eftermiddagen med socialsekreterare och arbetsledare.",
    "Första besöket. Genomgång av de sju frågorna med nämnd, ledning och medarbetare.",
  ],
  2: [
    "Återbesök. Återkoppling av iakttagelserna från hösten och samtal om vad som hänt sedan dess.",
    "Återbesök. Verksamheten redovisade sitt utvecklingsarbete sedan det första besöket.",
    "Återbesök. Samtal om de tio förslagen och om läget i barn- och ungdomsvården.",
  ],
};

/** What was heard, per visit question and round: invented, general, and about no child or family. */
const answers: Record<number, Record<1 | 2, string[]>> = {
  1: {
    1: [
      "Verksamheten beskriver en ansträngd budget men ett engagerat politiskt stöd. Placeringskostnaderna är den största osäkerheten.",
      "Förutsättningarna bedöms som goda av ledningen men som ansträngda av medarbetarna. Personalomsättningen nämns som det största hindret.",
      "Kommunen är liten och verksamheten sårbar. Ett samarbete med grannkommunerna diskuteras.",
    ],
    2: [
      "Sedan förra besöket får nämnden regelbundna redovisningar och har en tydligare bild av verksamheten.",
      "Budgeten för barn och unga har förstärkts, men placeringskostnaderna fortsätter att öka.",
      "Läget beskrivs som oförändrat: verksamheten är fortsatt beroende av några få nyckelpersoner.",
    ],
  },
  2: {
    1: [
      "Barn träffas i de flesta utredningar, men tiden för samtal är begränsad.",
      "Vårdnadshavare får information om processen muntligt och skriftligt. Verksamheten vill bli bättre på att förklara sina beslut.",
      "Det finns rutiner för barnsamtal, men de följs inte alltid när trycket är högt.",
    ],
    2: [
      "Verksamheten har infört en rutin för att förklara beslut i ett samtal med familjen.",
      "Barnsamtal hålls nu i alla utredningar och följs upp vid ärendedragningarna.",
      "Arbetet har inte kommit så långt som planerat på grund av vakanser.",
    ],
  },
  3: {
    1: [
      "Digitalt stöd används i liten utsträckning och verksamhetssystemet upplevs som tungt.",
      "Kommunen har börjat pröva digitala möten med familjehem på annan ort.",
      "Välfärdsteknologi diskuteras i kommunen, men mest inom äldreomsorgen.",
    ],
    2: [
      "Taligenkänning prövas nu av några medarbetare i dokumentationen.",
      "En e-tjänst för anmälningar från yrkesverksamma har införts.",
      "Inga större förändringar sedan förra besöket; frågan väntar på en gemensam upphandling i länet.",
    ],
  },
  4: {
    1: [
      "Enhetscheferna har många medarbetare och lite tid för ärendehandledning.",
      "Personalomsättningen är hög och flera tjänster är vakanta.",
      "Arbetsgruppen är stabil och erfaren, men det är svårt att rekrytera nya medarbetare.",
    ],
    2: [
      "Ett introduktionsprogram för nya medarbetare har startat.",
      "Vakanserna är färre än vid förra besöket och beroendet av konsulter har minskat.",
      "Personalomsättningen är fortsatt hög, men cheferna har fått stöd i sitt ledarskap.",
    ],
  },
  5: {
    1: [
      "Det finns ett ledningssystem, men det är inte förankrat hos medarbetarna.",
      "Uppföljning sker i enskilda ärenden men sammanställs inte.",
      "Nyckeltal redovisas för nämnden två gånger om året.",
    ],
    2: [
      "Ledningsgruppen följer nu upp några nyckeltal varje månad.",
      "Egenkontroller i akterna har införts och tas upp på arbetsplatsträffar.",
      "Arbetet med att sammanställa uppföljningarna har påbörjats.",
    ],
  },
  6: {
    1: [
      "Barns synpunkter samlas inte in systematiskt.",
      "Verksamheten har prövat en enkät till unga med insatser, men svaren är få.",
      "Barns synpunkter tas till vara i enskilda ärenden men används inte i utvecklingsarbetet.",
    ],
    2: [
      "En enkel enkät till barn och unga vid avslutad insats har införts.",
      "Ett ungdomsråd har bildats som ger synpunkter på socialtjänstens information.",
      "Frågan finns med i verksamhetsplanen men har ännu inte omsatts i praktiken.",
    ],
  },
  7: {
    1: [
      "Verksamheten upplever att många nationella initiativ kommer samtidigt.",
      "Kommunen deltar i länets nätverk men har svårt att avsätta tid.",
      "Statliga utvecklingsmedel har använts till tillfälliga projekt.",
    ],
    2: [
      "Kommunen har tagit fram en plan för hur statliga medel ska användas långsiktigt.",
      "Samarbetet med den regionala stödstrukturen har blivit tätare.",
      "Verksamheten efterfrågar fortfarande ett mer samordnat stöd från nationell nivå.",
    ],
  },
};

const otherAnswer: Record<1 | 2, string> = {
  1: "Frågan togs upp kort vid besöket.",
  2: "Frågan togs upp kort vid återbesöket.",
};

/**
 * Both rounds of visits to the picked municipalities: round 1 on weekdays from September to
 * December 2015, round 2 from February to May 2016, each written up with notes, participants by
 * role and an answer to every visit question.
 */
export function demoVisits(
  picks: readonly { municipalityCode: string }[],
  questionNumbers: readonly number[],
  ownOrganisation: (municipalityCode: string) => boolean = () => false,
): DemoVisit[] {
  const random = seededRandom(demoSelectionSeed + 1);
  const codes = picks.map((p) => p.municipalityCode);
  const rounds = [
    { round: 1 as const, from: "2015-09-01", to: "2015-12-18" },
    { round: 2 as const, from: "2016-02-01", to: "2016-05-31" },
  ];
  const dates = new Map<string, string>();
  for (const { round, from, to } of rounds) {
    const days = spreadDays(from, to, codes.length, random);
    shuffled(codes, random).forEach((code, i) => {
      dates.set(`${code}:${round}`, days[i] as string);
    });
  }
  return codes.flatMap((code) =>
    rounds.map(({ round }) => {
      const roles = [
        "socialchef",
        ...shuffled(otherRoles, random).slice(0, 2 + Math.floor(random() * 3)),
      ];
      return {
        municipalityCode: code,
        round,
        visitDate: dates.get(`${code}:${round}`) as string,
        notes: oneOf(notes[round], random),
        participants: [
          ...(ownOrganisation(code) ? [{ role: null, ownOrganisation: true }] : []),
          ...roles.map((role) => ({ role, ownOrganisation: false })),
        ],
        answers: [...questionNumbers]
          .sort((a, b) => a - b)
          .map((questionNumber) => ({
            questionNumber,
            answer: answers[questionNumber]
              ? oneOf(answers[questionNumber][round], random)
              : otherAnswer[round],
          })),
      };
    }),
  );
}

/** The visits as inserted, for the findings heard at them. */
export interface InsertedDemoVisit {
  id: string;
  municipalityCode: string;
  round: 1 | 2;
  visitDate: string;
}

/**
 * Saves the demo selection as the current one and holds both rounds of visits to its
 * municipalities, when there is no selection and no visit yet; otherwise adds nothing and returns
 * null, so that seeding twice, or seeding a database whose visits the coordinator has planned,
 * adds nothing.
 */
export async function insertDemoVisits(
  db: Db,
  count: (table: string, rows: unknown[]) => void,
  coordinatorId: string | null,
): Promise<InsertedDemoVisit[] | null> {
  const [existingSelection] = await db
    .select({ id: t.visitSelections.id })
    .from(t.visitSelections)
    .limit(1);
  const [existingVisit] = await db.select({ id: t.visits.id }).from(t.visits).limit(1);
  if (existingSelection || existingVisit) return null;

  const municipalities = await db
    .select({
      code: t.municipalities.code,
      name: t.municipalities.name,
      countyCode: t.municipalities.countyCode,
      countyName: t.counties.name,
      groupCode: t.municipalities.groupCode,
    })
    .from(t.municipalities)
    .innerJoin(t.counties, eq(t.counties.code, t.municipalities.countyCode))
    .orderBy(t.municipalities.code);
  const picks = demoSelection(municipalities);
  const selection = await db
    .insert(t.visitSelections)
    .values({
      size: demoSelectionSize,
      seed: demoSelectionSeed,
      savedById: coordinatorId,
      savedAt: new Date("2015-08-24T08:00:00Z"),
      invented: true,
    })
    .returning();
  count("visitSelections", selection);
  const selectionId = selection[0]?.id;
  if (!selectionId) throw new Error("seed: the demo selection was not saved");
  count(
    "visitSelectionPicks",
    await db
      .insert(t.visitSelectionPicks)
      .values(picks.map(({ municipalityName: _, ...pick }) => ({ selectionId, ...pick })))
      .returning(),
  );

  const codes = picks.map((p) => p.municipalityCode);
  const ownOrganisations = new Map(
    (
      await db
        .select({ id: t.organisations.id, code: t.organisations.municipalityCode })
        .from(t.organisations)
        .where(
          and(
            isNotNull(t.organisations.municipalityCode),
            inArray(t.organisations.municipalityCode, codes),
          ),
        )
        .orderBy(t.organisations.slug)
    ).map((o) => [o.code as string, o.id]),
  );
  const questionNumbers = (
    await db.select({ number: t.visitQuestions.number }).from(t.visitQuestions)
  ).map((q) => q.number);
  const planned = demoVisits(picks, questionNumbers, (code) => ownOrganisations.has(code));

  const visitRows = planned.map((v) => {
    // Written up a few days after the visit, the day it was held at a quarter past four.
    const heldAt = new Date(`${v.visitDate}T15:15:00Z`);
    return {
      id: randomUUID(),
      municipalityCode: v.municipalityCode,
      round: v.round,
      visitDate: v.visitDate,
      status: "written_up" as const,
      notes: v.notes,
      invented: true,
      createdAt: new Date(heldAt.getTime() - 30 * 86_400_000),
      updatedAt: new Date(heldAt.getTime() + 3 * 86_400_000),
    };
  });
  count("visits", await db.insert(t.visits).values(visitRows).returning({ id: t.visits.id }));
  const participants = planned.flatMap((v, i) =>
    v.participants.map((p, index) => ({
      visitId: (visitRows[i] as { id: string }).id,
      organisationId: p.ownOrganisation ? (ownOrganisations.get(v.municipalityCode) ?? null) : null,
      role: p.role,
      position: index + 1,
    })),
  );
  count(
    "visitParticipants",
    await db
      .insert(t.visitParticipants)
      .values(participants)
      .returning({ id: t.visitParticipants.id }),
  );
  const answerRows = planned.flatMap((v, i) => {
    const visit = visitRows[i] as (typeof visitRows)[number];
    return v.answers.map((a) => ({ visitId: visit.id, ...a, updatedAt: visit.updatedAt }));
  });
  if (answerRows.length > 0) {
    count(
      "visitAnswers",
      await db
        .insert(t.visitAnswers)
        .values(answerRows)
        .returning({ visitId: t.visitAnswers.visitId }),
    );
  }
  return visitRows.map((v) => ({
    id: v.id,
    municipalityCode: v.municipalityCode,
    round: v.round,
    visitDate: v.visitDate,
  }));
}
