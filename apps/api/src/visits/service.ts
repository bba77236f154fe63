import { type Db, schema } from "@kraftsamling/db";
import {
  type GroupSeats,
  groupSeats,
  type PickReason,
  type SelectionConflict,
  type SelectionMunicipality,
  selectMunicipalities,
} from "@kraftsamling/domain";
import { and, eq, inArray, isNull, notInArray, sql } from "drizzle-orm";
import type { Viewer } from "../accounts/viewer";
import { recordAudit } from "../audit/service";
import type { Dependencies } from "../shared/dependencies";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";
import { pickReasonSentence } from "./reasons";
import {
  type ParticipantInput,
  type ParticipantShape,
  participantShape,
  statusChangeRefusal,
  type VisitStatus,
  visitLimits,
} from "./rules";

type Deps = Pick<Dependencies, "clock">;
type PickKind = PickReason["kind"];
type StoredReason = (typeof schema.visitPickReason.enumValues)[number];

/** The mission's plan: 50 municipalities. */
export const defaultSelectionSize = 50;

export interface SelectionRequest {
  size: number;
  seed: number;
  lockedIn: readonly string[];
  lockedOut: readonly string[];
}

export interface SelectionPickView {
  municipalityCode: string;
  municipalityName: string;
  countyCode: string;
  countyName: string;
  groupCode: string;
  reasonKind: PickKind;
  /** Why, in Swedish: "enda kommunen i Gotlands län", "grupp B5:s 3:e plats". */
  reason: string;
  seat: number;
  order: number;
}

/** A selection as the coordinator sees it: a preview (no id) or the saved one. */
export interface SelectionView extends SelectionRequest {
  id: string | null;
  savedAt: Date | null;
  /** Made up for the demonstration (a saved demo selection). */
  invented: boolean;
  savedByName: string | null;
  groups: GroupSeats[];
  picks: SelectionPickView[];
}

const storedReason: Record<PickKind, StoredReason> = {
  LOCKED_IN: "locked_in",
  ONLY_IN_COUNTY: "only_in_county",
  COVERS_COUNTY: "covers_county",
  GROUP_SEAT: "group_seat",
};
const reasonKind = Object.fromEntries(
  Object.entries(storedReason).map(([kind, stored]) => [stored, kind]),
) as Record<StoredReason, PickKind>;

/** Saving a selection and planning a visit take turns, so that no visit loses its municipality. */
async function lockSelection(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('visit_selection'))`);
}

/** The 290 municipalities with their county and group, as the selection reads them. */
async function selectionMunicipalities(db: Db): Promise<SelectionMunicipality[]> {
  return db
    .select({
      code: schema.municipalities.code,
      name: schema.municipalities.name,
      countyCode: schema.municipalities.countyCode,
      countyName: schema.counties.name,
      groupCode: schema.municipalities.groupCode,
    })
    .from(schema.municipalities)
    .innerJoin(schema.counties, eq(schema.counties.code, schema.municipalities.countyCode))
    .orderBy(schema.municipalities.code);
}

/** The input a conflict concerns, for the portal to point at. */
function conflictField(conflict: SelectionConflict, lockedIn: readonly string[]): string | null {
  switch (conflict.code) {
    case "UNKNOWN_MUNICIPALITY":
      return lockedIn.includes(conflict.municipality) ? "lockedIn" : "lockedOut";
    case "SIZE_NOT_WHOLE":
    case "TOO_FEW_SEATS":
    case "NOT_ENOUGH_LEFT":
      return "size";
    case "TOO_MANY_LOCKED_IN":
    case "GROUP_OVER_LOCKED":
      return "lockedIn";
    case "COUNTY_ALL_LOCKED_OUT":
    case "GROUP_ALL_LOCKED_OUT":
    case "COUNTY_UNREACHABLE":
      return "lockedOut";
    default:
      return null;
  }
}

/** Codes as given, trimmed, each once, in order. */
function codes(list: readonly string[]): string[] {
  return [...new Set(list.map((code) => code.trim()).filter(Boolean))].sort();
}

/**
 * Runs the selection for a request without saving it: the picks with their reasons and the seats of
 * each group, or an InputError whose code and message name the conflict.
 */
export async function previewSelection(db: Db, request: SelectionRequest): Promise<SelectionView> {
  const { view } = await runSelection(db, request);
  return view;
}

async function runSelection(db: Db, request: SelectionRequest) {
  const lockedIn = codes(request.lockedIn);
  const lockedOut = codes(request.lockedOut);
  const result = selectMunicipalities({
    municipalities: await selectionMunicipalities(db),
    size: request.size,
    seed: request.seed,
    lockedIn,
    lockedOut,
  });
  if (!result.ok) {
    throw new InputError(
      result.conflict.code,
      result.message,
      conflictField(result.conflict, lockedIn),
    );
  }
  const { selection } = result;
  const view: SelectionView = {
    id: null,
    size: selection.size,
    seed: selection.seed,
    lockedIn,
    lockedOut,
    savedAt: null,
    savedByName: null,
    invented: false,
    groups: selection.groups,
    picks: selection.picks.map((pick) => ({
      municipalityCode: pick.code,
      municipalityName: pick.name,
      countyCode: pick.countyCode,
      countyName: pick.countyName,
      groupCode: pick.groupCode,
      reasonKind: pick.reason.kind,
      reason: pickReasonSentence(pick),
      seat: pick.seat,
      order: pick.order,
    })),
  };
  return { view, selection };
}

/**
 * Saves the selection the visits are planned from, computed here from the request (never from
 * picks a client sends). The earlier selection stays as history, replaced; a conflict saves
 * nothing, and neither does a selection that would leave out a municipality that has a visit.
 */
export async function saveSelection(
  db: Db,
  deps: Deps,
  viewer: Viewer,
  request: SelectionRequest,
): Promise<string> {
  return db.transaction(async (tx) => {
    await lockSelection(tx);
    const { view } = await runSelection(tx, request);
    const kept = view.picks.map((p) => p.municipalityCode);
    const dropped = await tx
      .selectDistinct({ code: schema.municipalities.code, name: schema.municipalities.name })
      .from(schema.visits)
      .innerJoin(
        schema.municipalities,
        eq(schema.municipalities.code, schema.visits.municipalityCode),
      )
      .where(notInArray(schema.visits.municipalityCode, kept))
      .orderBy(schema.municipalities.code);
    if (dropped.length > 0) {
      const names = dropped.map((m) => `${m.name} (${m.code})`).join(", ");
      throw new InputError(
        "DROPS_VISITED_MUNICIPALITY",
        `The selection would leave out ${names}, which ${dropped.length === 1 ? "has visits" : "have visits"}: lock ${dropped.length === 1 ? "it" : "them"} in, or remove the visits first.`,
        "lockedIn",
      );
    }
    const now = deps.clock.now();
    const [previous] = await tx
      .update(schema.visitSelections)
      .set({ replacedAt: now })
      .where(isNull(schema.visitSelections.replacedAt))
      .returning();
    const [saved] = await tx
      .insert(schema.visitSelections)
      .values({
        size: view.size,
        seed: view.seed,
        lockedIn: [...view.lockedIn],
        lockedOut: [...view.lockedOut],
        savedById: viewer.personId,
        savedAt: now,
      })
      .returning({ id: schema.visitSelections.id });
    if (!saved) throw new Error("the selection was not saved");
    await tx.insert(schema.visitSelectionPicks).values(
      view.picks.map((pick) => ({
        selectionId: saved.id,
        municipalityCode: pick.municipalityCode,
        reason: storedReason[pick.reasonKind],
        seat: pick.seat,
        position: pick.order,
      })),
    );
    await recordAudit(tx, viewer, {
      action: "visitSelection.save",
      subjectType: "visit_selection",
      subjectId: saved.id,
      before: previous
        ? {
            id: previous.id,
            size: previous.size,
            seed: previous.seed,
            lockedIn: previous.lockedIn,
            lockedOut: previous.lockedOut,
          }
        : null,
      after: {
        size: view.size,
        seed: view.seed,
        lockedIn: view.lockedIn,
        lockedOut: view.lockedOut,
        municipalities: kept,
      },
    });
    return saved.id;
  });
}

/** The saved selection the visits are planned from, with its picks in order; null before the first. */
export async function currentSelection(db: Db): Promise<SelectionView | null> {
  const saved = await db.query.visitSelections.findFirst({
    where: { replacedAt: { isNull: true } },
    with: {
      savedBy: { columns: { name: true } },
      picks: {
        orderBy: { position: "asc" },
        with: { municipality: { with: { county: { columns: { name: true } } } } },
      },
    },
  });
  if (!saved) return null;
  const all = await selectionMunicipalities(db);
  const lockedOut = new Set(saved.lockedOut);
  const sizes = new Map<string, number>();
  const available = new Map<string, number>();
  for (const m of all) {
    sizes.set(m.groupCode, (sizes.get(m.groupCode) ?? 0) + 1);
    if (!lockedOut.has(m.code)) available.set(m.groupCode, (available.get(m.groupCode) ?? 0) + 1);
  }
  return {
    id: saved.id,
    size: saved.size,
    seed: saved.seed,
    lockedIn: saved.lockedIn,
    lockedOut: saved.lockedOut,
    savedAt: saved.savedAt,
    invented: saved.invented,
    savedByName: saved.savedBy?.name ?? null,
    groups: groupSeats(sizes, available, saved.size),
    picks: saved.picks.map((pick) => {
      const kind = reasonKind[pick.reason];
      const countyName = pick.municipality.county.name;
      return {
        municipalityCode: pick.municipalityCode,
        municipalityName: pick.municipality.name,
        countyCode: pick.municipality.countyCode,
        countyName,
        groupCode: pick.municipality.groupCode,
        reasonKind: kind,
        reason: pickReasonSentence({
          reason: { kind },
          countyName,
          groupCode: pick.municipality.groupCode,
          seat: pick.seat,
        }),
        seat: pick.seat,
        order: pick.position,
      };
    }),
  };
}

// ---- Visits ------------------------------------------------------------------------------------

type Visit = typeof schema.visits.$inferSelect;

const auditedVisit = (visit: Visit) => ({
  municipalityCode: visit.municipalityCode,
  round: visit.round,
  date: visit.visitDate,
  status: visit.status,
  notes: visit.notes,
});

/** The visit an id names, locked for the change, or NOT_FOUND. */
async function visitForChange(tx: Db, id: string | number): Promise<Visit> {
  const visitId = uuidOrNull(id);
  const [visit] = visitId
    ? await tx.select().from(schema.visits).where(eq(schema.visits.id, visitId)).for("update")
    : [];
  if (!visit) throw new InputError("NOT_FOUND", "There is no such visit.", "id");
  return visit;
}

function checkNotes(notes: string): string {
  if (notes.length > visitLimits.notes) {
    throw new InputError(
      "TOO_LONG",
      `The notes may be at most ${visitLimits.notes} characters.`,
      "notes",
    );
  }
  return notes;
}

/** Round 1 comes before round 2: the other round's visit of the municipality must agree. */
async function checkRoundOrder(
  tx: Db,
  municipalityCode: string,
  round: number,
  date: string,
  exceptId?: string,
): Promise<void> {
  const [other] = await tx
    .select({ id: schema.visits.id, date: schema.visits.visitDate })
    .from(schema.visits)
    .where(
      and(
        eq(schema.visits.municipalityCode, municipalityCode),
        eq(schema.visits.round, round === 1 ? 2 : 1),
      ),
    );
  if (!other || other.id === exceptId) return;
  if (round === 1 ? date >= other.date : date <= other.date) {
    throw new InputError(
      "ROUND_ORDER",
      round === 1
        ? `Round 1 must come before the municipality's round 2 visit on ${other.date}.`
        : `Round 2 must come after the municipality's round 1 visit on ${other.date}.`,
      "date",
    );
  }
}

export interface PlanVisitInput {
  municipalityCode: string;
  round: number;
  date: string;
  notes?: string | null;
}

/**
 * Plans a visit of a municipality in the saved selection: one per round and municipality, round 1
 * before round 2. Returns the visit's id.
 */
export async function planVisit(
  db: Db,
  deps: Deps,
  viewer: Viewer,
  input: PlanVisitInput,
): Promise<string> {
  if (input.round !== 1 && input.round !== 2) {
    throw new InputError("NO_SUCH_ROUND", "A visit is in round 1 or round 2.", "round");
  }
  const notes = checkNotes(input.notes?.trim() ?? "");
  const code = input.municipalityCode.trim();
  return db.transaction(async (tx) => {
    await lockSelection(tx);
    const [pick] = await tx
      .select({ name: schema.municipalities.name })
      .from(schema.visitSelectionPicks)
      .innerJoin(
        schema.visitSelections,
        eq(schema.visitSelections.id, schema.visitSelectionPicks.selectionId),
      )
      .innerJoin(
        schema.municipalities,
        eq(schema.municipalities.code, schema.visitSelectionPicks.municipalityCode),
      )
      .where(
        and(
          isNull(schema.visitSelections.replacedAt),
          eq(schema.visitSelectionPicks.municipalityCode, code),
        ),
      );
    if (!pick) {
      throw new InputError(
        "NOT_IN_SELECTION",
        `Municipality ${code} is not in the saved selection of municipalities to visit.`,
        "municipalityCode",
      );
    }
    const [existing] = await tx
      .select({ id: schema.visits.id })
      .from(schema.visits)
      .where(and(eq(schema.visits.municipalityCode, code), eq(schema.visits.round, input.round)));
    if (existing) {
      throw new InputError(
        "VISIT_EXISTS",
        `${pick.name} already has a round ${input.round} visit.`,
        "round",
      );
    }
    await checkRoundOrder(tx, code, input.round, input.date);
    const now = deps.clock.now();
    const [visit] = await tx
      .insert(schema.visits)
      .values({
        municipalityCode: code,
        round: input.round,
        visitDate: input.date,
        notes,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!visit) throw new Error("the visit was not planned");
    await recordAudit(tx, viewer, {
      action: "visit.plan",
      subjectType: "visit",
      subjectId: visit.id,
      after: auditedVisit(visit),
    });
    return visit.id;
  });
}

/** Changes a visit's date and/or notes; what is left out stays as it was. */
export async function updateVisit(
  db: Db,
  deps: Deps,
  viewer: Viewer,
  id: string | number,
  input: { date?: string | null; notes?: string | null },
): Promise<string> {
  const notes = input.notes == null ? undefined : checkNotes(input.notes.trim());
  return db.transaction(async (tx) => {
    const visit = await visitForChange(tx, id);
    const date = input.date ?? undefined;
    if (date) await checkRoundOrder(tx, visit.municipalityCode, visit.round, date, visit.id);
    const [changed] = await tx
      .update(schema.visits)
      .set({ visitDate: date, notes, updatedAt: deps.clock.now() })
      .where(eq(schema.visits.id, visit.id))
      .returning();
    if (!changed) throw new Error("the visit disappeared");
    await recordAudit(tx, viewer, {
      action: "visit.update",
      subjectType: "visit",
      subjectId: visit.id,
      before: auditedVisit(visit),
      after: auditedVisit(changed),
    });
    return visit.id;
  });
}

/** Moves a visit's status one step forward, or one step back with a reason. */
export async function setVisitStatus(
  db: Db,
  deps: Deps,
  viewer: Viewer,
  id: string | number,
  status: VisitStatus,
  reason?: string | null,
): Promise<string> {
  const why = reason?.trim() || null;
  if (why && why.length > visitLimits.reason) {
    throw new InputError(
      "TOO_LONG",
      `The reason may be at most ${visitLimits.reason} characters.`,
      "reason",
    );
  }
  return db.transaction(async (tx) => {
    const visit = await visitForChange(tx, id);
    const refusal = statusChangeRefusal(visit.status, status, why);
    if (refusal === "SAME_STATUS") {
      throw new InputError("SAME_STATUS", "The visit already has this status.", "status");
    }
    if (refusal === "SKIPS_STATUS") {
      throw new InputError(
        "SKIPS_STATUS",
        "A visit moves one step at a time: planned, held, written up (or one step back).",
        "status",
      );
    }
    if (refusal === "REASON_REQUIRED") {
      throw new InputError("REASON_REQUIRED", "Say why the visit goes back a step.", "reason");
    }
    await tx
      .update(schema.visits)
      .set({ status, updatedAt: deps.clock.now() })
      .where(eq(schema.visits.id, visit.id));
    await recordAudit(tx, viewer, {
      action: "visit.status",
      subjectType: "visit",
      subjectId: visit.id,
      before: { status: visit.status },
      after: { status, reason: why },
    });
    return visit.id;
  });
}

const participantMessages = {
  PARTICIPANT_EMPTY: "Name a person, an organisation or a role for each participant.",
  PARTICIPANT_MIXED:
    "A participant is a person alone, or an organisation with an optional role, or a role alone.",
  ROLE_TOO_LONG: `A role may be at most ${visitLimits.role} characters.`,
} as const;

/**
 * Records who took part in a visit, replacing the earlier list: people with accounts,
 * organisations with an optional role, and roles alone, in the order given.
 */
export async function setVisitParticipants(
  db: Db,
  deps: Deps,
  viewer: Viewer,
  id: string | number,
  participants: readonly ParticipantInput[],
): Promise<string> {
  if (participants.length > visitLimits.participants) {
    throw new InputError(
      "TOO_MANY",
      `A visit records at most ${visitLimits.participants} participants.`,
      "participants",
    );
  }
  const shapes: ParticipantShape[] = participants.map((input) => {
    const result = participantShape(input);
    if (!result.ok) {
      throw new InputError(result.refusal, participantMessages[result.refusal], "participants");
    }
    return result.shape;
  });
  const personIds: string[] = [];
  const organisationIds: string[] = [];
  for (const shape of shapes) {
    if (shape.kind === "person") {
      const personId = uuidOrNull(shape.personId);
      if (!personId) throw new InputError("NOT_FOUND", "There is no such person.", "participants");
      if (personIds.includes(personId)) {
        throw new InputError(
          "DUPLICATE_PARTICIPANT",
          "The same person is named twice.",
          "participants",
        );
      }
      personIds.push(personId);
      shape.personId = personId;
    } else if (shape.kind === "organisation") {
      const organisationId = uuidOrNull(shape.organisationId);
      if (!organisationId) {
        throw new InputError("NOT_FOUND", "There is no such organisation.", "participants");
      }
      organisationIds.push(organisationId);
      shape.organisationId = organisationId;
    }
  }
  return db.transaction(async (tx) => {
    const visit = await visitForChange(tx, id);
    if (personIds.length > 0) {
      const found = await tx
        .select({ id: schema.people.id })
        .from(schema.people)
        .where(inArray(schema.people.id, personIds));
      if (found.length !== personIds.length) {
        throw new InputError("NOT_FOUND", "There is no such person.", "participants");
      }
    }
    const distinctOrganisations = [...new Set(organisationIds)];
    if (distinctOrganisations.length > 0) {
      const found = await tx
        .select({ id: schema.organisations.id })
        .from(schema.organisations)
        .where(inArray(schema.organisations.id, distinctOrganisations));
      if (found.length !== distinctOrganisations.length) {
        throw new InputError("NOT_FOUND", "There is no such organisation.", "participants");
      }
    }
    const before = await tx
      .select()
      .from(schema.visitParticipants)
      .where(eq(schema.visitParticipants.visitId, visit.id))
      .orderBy(schema.visitParticipants.position);
    await tx.delete(schema.visitParticipants).where(eq(schema.visitParticipants.visitId, visit.id));
    const rows = shapes.map((shape, index) => ({
      visitId: visit.id,
      personId: shape.kind === "person" ? shape.personId : null,
      organisationId: shape.kind === "organisation" ? shape.organisationId : null,
      role: shape.kind === "person" ? null : shape.role,
      position: index + 1,
    }));
    if (rows.length > 0) await tx.insert(schema.visitParticipants).values(rows);
    await tx
      .update(schema.visits)
      .set({ updatedAt: deps.clock.now() })
      .where(eq(schema.visits.id, visit.id));
    const audited = (r: Pick<(typeof rows)[number], "personId" | "organisationId" | "role">) => ({
      personId: r.personId,
      organisationId: r.organisationId,
      role: r.role,
    });
    await recordAudit(tx, viewer, {
      action: "visit.participants",
      subjectType: "visit",
      subjectId: visit.id,
      before: before.map(audited),
      after: rows.map(audited),
    });
    return visit.id;
  });
}

export interface AnswerInput {
  questionNumber: number;
  answer: string;
}

/**
 * Notes what was heard to the visit questions: each given answer replaces the question's earlier
 * one, and an empty answer removes it; questions left out keep theirs.
 */
export async function setVisitAnswers(
  db: Db,
  deps: Deps,
  viewer: Viewer,
  id: string | number,
  answers: readonly AnswerInput[],
): Promise<string> {
  const byQuestion = new Map<number, string>();
  for (const { questionNumber, answer } of answers) {
    if (byQuestion.has(questionNumber)) {
      throw new InputError(
        "DUPLICATE_QUESTION",
        `Question ${questionNumber} is answered twice.`,
        "answers",
      );
    }
    const text = answer.trim();
    if (text.length > visitLimits.answer) {
      throw new InputError(
        "TOO_LONG",
        `An answer may be at most ${visitLimits.answer} characters.`,
        "answers",
      );
    }
    byQuestion.set(questionNumber, text);
  }
  return db.transaction(async (tx) => {
    const visit = await visitForChange(tx, id);
    const questions = await tx
      .select({ number: schema.visitQuestions.number })
      .from(schema.visitQuestions);
    const known = new Set(questions.map((q) => q.number));
    for (const number of byQuestion.keys()) {
      if (!known.has(number)) {
        throw new InputError(
          "NO_SUCH_QUESTION",
          `There is no visit question ${number}; the questions are numbered 1 to ${known.size}.`,
          "answers",
        );
      }
    }
    const numbers = [...byQuestion.keys()];
    const before =
      numbers.length === 0
        ? []
        : await tx
            .select()
            .from(schema.visitAnswers)
            .where(
              and(
                eq(schema.visitAnswers.visitId, visit.id),
                inArray(schema.visitAnswers.questionNumber, numbers),
              ),
            );
    const now = deps.clock.now();
    const removed = numbers.filter((n) => byQuestion.get(n) === "");
    const written = numbers
      .filter((n) => byQuestion.get(n) !== "")
      .map((n) => ({
        visitId: visit.id,
        questionNumber: n,
        answer: byQuestion.get(n) ?? "",
        updatedAt: now,
      }));
    if (removed.length > 0) {
      await tx
        .delete(schema.visitAnswers)
        .where(
          and(
            eq(schema.visitAnswers.visitId, visit.id),
            inArray(schema.visitAnswers.questionNumber, removed),
          ),
        );
    }
    if (written.length > 0) {
      await tx
        .insert(schema.visitAnswers)
        .values(written)
        .onConflictDoUpdate({
          target: [schema.visitAnswers.visitId, schema.visitAnswers.questionNumber],
          set: { answer: sql`excluded.answer`, updatedAt: now },
        });
    }
    await tx.update(schema.visits).set({ updatedAt: now }).where(eq(schema.visits.id, visit.id));
    await recordAudit(tx, viewer, {
      action: "visit.answers",
      subjectType: "visit",
      subjectId: visit.id,
      before: before.map((a) => ({ questionNumber: a.questionNumber, answer: a.answer })),
      after: numbers.map((n) => ({ questionNumber: n, answer: byQuestion.get(n) || null })),
    });
    return visit.id;
  });
}
