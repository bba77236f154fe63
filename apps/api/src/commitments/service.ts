import { type Db, schema } from "@kraftsamling/db";
import { and, asc, count, eq, inArray, type SQL, sql } from "drizzle-orm";
import { hasScope } from "../accounts/scopes";
import type { Viewer } from "../accounts/viewer";
import { recordAudit } from "../audit/service";
import { numberKey } from "../shared/connections";
import type { Dependencies } from "../shared/dependencies";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";
import { stockholmParts } from "../shared/stockholm-time";
import {
  type CommitmentKind,
  type CommitmentStatus,
  commitmentLimits,
  latestStatus,
  type Refusal,
  statusChangeRefusal,
} from "./rules";

type Deps = Pick<Dependencies, "clock">;
type Id = string | number;

export interface CommitmentFilter {
  kinds?: readonly CommitmentKind[] | null;
  actors?: readonly string[] | null;
  statuses?: readonly CommitmentStatus[] | null;
}

/** The paging limits of a list of commitments. */
export const commitmentPage = { maxLimit: 100 } as const;

const refuse = (refusal: Refusal): never => {
  throw new InputError(refusal.code, refusal.message, refusal.field);
};

/** How many actors a filter may name: there are a few dozen. */
const maxActors = 100;

function commitmentCondition(
  filter: CommitmentFilter | null | undefined,
  c: typeof schema.commitments = schema.commitments,
): SQL | undefined {
  const actors = filter?.actors ?? [];
  if (actors.length > maxActors || actors.some((actor) => actor.length > 300)) {
    throw new InputError(
      "TOO_MANY_VALUES",
      `actors may name at most ${maxActors} actors of at most 300 characters each.`,
      "actors",
    );
  }
  const parts: SQL[] = [];
  if (filter?.kinds?.length) parts.push(inArray(c.kind, [...filter.kinds]));
  if (filter?.actors?.length) parts.push(inArray(c.actor, [...filter.actors]));
  if (filter?.statuses?.length) parts.push(inArray(c.status, [...filter.statuses]));
  return parts.length ? and(...parts) : undefined;
}

/**
 * The ids of one page of the commitments a filter chooses, in their sources' order: the proposals
 * by number, then the action plan's areas, its items by area and number, and its stability factors.
 */
export async function commitmentIds(
  db: Db,
  filter: CommitmentFilter | null | undefined,
  limit: number,
  offset: number,
): Promise<string[]> {
  if (!Number.isInteger(limit) || limit < 1 || limit > commitmentPage.maxLimit) {
    throw new InputError(
      "OUT_OF_RANGE",
      `limit must be between 1 and ${commitmentPage.maxLimit}, got ${limit}.`,
      "limit",
    );
  }
  if (!Number.isInteger(offset) || offset < 0) {
    throw new InputError("OUT_OF_RANGE", `offset may not be negative, got ${offset}.`, "offset");
  }
  const c = schema.commitments;
  const rows = await db
    .select({ id: c.id })
    .from(c)
    .where(commitmentCondition(filter))
    .orderBy(
      asc(c.kind),
      sql`(select p.number from ${c} p where p.id = ${c.parentId}) nulls first`,
      asc(c.number),
      asc(c.id),
    )
    .limit(limit)
    .offset(offset);
  return rows.map((row) => row.id);
}

/**
 * The relational query of a page of commitments, for a cursor connection, in their sources' order
 * as `commitmentIds` gives it: by kind, the number of the area an item belongs to (none first),
 * its number, and the id.
 */
export function commitmentPageQuery(filter: CommitmentFilter | null | undefined) {
  // Checked now, so that a bad value is an InputError before any query runs.
  commitmentCondition(filter);
  type Commitments = typeof schema.commitments;
  return {
    where: { RAW: (c: Commitments) => commitmentCondition(filter, c) ?? sql`true` },
    extras: {
      areaKey: numberKey(
        "integer",
        (c: Commitments) =>
          sql`coalesce((select p.number from ${schema.commitments} p where p.id = ${c.parentId}), -1)`,
      ),
    },
    orderBy: { kind: "asc", areaKey: "asc", number: "asc", id: "asc" } as Record<
      string,
      "asc" | "desc"
    >,
  };
}

/** How many commitments a filter chooses. */
export async function countCommitments(
  db: Db,
  filter: CommitmentFilter | null | undefined,
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(schema.commitments)
    .where(commitmentCondition(filter));
  return row?.n ?? 0;
}

/** Everyone who carries out a commitment, in alphabetical order. */
export async function commitmentActors(db: Db): Promise<string[]> {
  const rows = await db
    .selectDistinct({ actor: schema.commitments.actor })
    .from(schema.commitments)
    .orderBy(asc(schema.commitments.actor));
  return rows.map((row) => row.actor);
}

/** The commitment an id names, locked for the change, or NOT_FOUND. */
async function commitmentForChange(tx: Db, id: Id) {
  const commitmentId = uuidOrNull(id);
  const [commitment] = commitmentId
    ? await tx
        .select()
        .from(schema.commitments)
        .where(eq(schema.commitments.id, commitmentId))
        .for("update")
    : [];
  if (!commitment)
    throw new InputError("NOT_FOUND", "There is no such commitment.", "commitmentId");
  return commitment;
}

const isoDay = (moment: Date) => {
  const { year, month, day } = stockholmParts(moment);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
};

export interface StatusChangeInput {
  commitmentId: Id;
  status: CommitmentStatus;
  /** YYYY-MM-DD. */
  changedOn: string;
  note: string;
}

/**
 * Adds a step to a commitment's timeline: from `changedOn` on, it has `status`. The commitment's
 * status becomes that of its latest step by day, so a change dated before the latest one fills in
 * the history without moving the commitment back. Returns the commitment's id.
 */
export async function recordCommitmentStatus(
  db: Db,
  deps: Deps,
  viewer: Viewer,
  input: StatusChangeInput,
): Promise<string> {
  const note = input.note.trim();
  const now = deps.clock.now();
  const refusal = statusChangeRefusal({ changedOn: input.changedOn, note, today: isoDay(now) });
  if (refusal) refuse(refusal);
  return db.transaction(async (tx) => {
    const commitment = await commitmentForChange(tx, input.commitmentId);
    const changes = schema.commitmentStatusChanges;
    const timeline = await tx
      .select({
        status: changes.status,
        changedOn: changes.changedOn,
        recordedAt: changes.recordedAt,
      })
      .from(changes)
      .where(eq(changes.commitmentId, commitment.id));
    if (timeline.length >= commitmentLimits.changes) {
      throw new InputError(
        "TOO_MANY_CHANGES",
        `A commitment's timeline holds at most ${commitmentLimits.changes} changes.`,
        "commitmentId",
      );
    }
    const step = {
      status: input.status,
      changedOn: input.changedOn,
      dateAssumed: false,
      note,
      recordedById: viewer.personId,
      recordedAt: now,
    };
    await tx.insert(changes).values({ commitmentId: commitment.id, ...step });
    const status = latestStatus([...timeline, step]) ?? input.status;
    await tx
      .update(schema.commitments)
      .set({ status, updatedAt: now })
      .where(eq(schema.commitments.id, commitment.id));
    await recordAudit(tx, viewer, {
      action: "commitment.status",
      subjectType: "commitment",
      subjectId: commitment.id,
      before: { status: commitment.status },
      after: { status, change: { status: input.status, changedOn: input.changedOn, note } },
    });
    return commitment.id;
  });
}

/** The ids given, each once, or NOT_FOUND naming the field when one cannot be an id. */
function idsOf(values: readonly Id[], field: string, noSuch: string): string[] {
  const ids = values.map((value) => uuidOrNull(value));
  if (ids.some((id) => id === null)) throw new InputError("NOT_FOUND", noSuch, field);
  return [...new Set(ids as string[])].sort();
}

/**
 * Links the findings and meetings that led to a commitment, in place of those linked before.
 * Returns the commitment's id.
 */
export async function setCommitmentLinks(
  db: Db,
  deps: Deps,
  viewer: Viewer,
  commitmentId: Id,
  findingIds: readonly Id[],
  meetingIds: readonly Id[],
): Promise<string> {
  const noFinding = "There is no such finding.";
  const noMeeting = "There is no such meeting.";
  const wantedFindings = idsOf(findingIds, "findingIds", noFinding);
  const wantedMeetings = idsOf(meetingIds, "meetingIds", noMeeting);
  if (wantedFindings.length > commitmentLimits.findings) {
    throw new InputError(
      "TOO_MANY",
      `A commitment links at most ${commitmentLimits.findings} findings, got ${wantedFindings.length}.`,
      "findingIds",
    );
  }
  if (wantedMeetings.length > commitmentLimits.meetings) {
    throw new InputError(
      "TOO_MANY",
      `A commitment links at most ${commitmentLimits.meetings} meetings, got ${wantedMeetings.length}.`,
      "meetingIds",
    );
  }
  return db.transaction(async (tx) => {
    const commitment = await commitmentForChange(tx, commitmentId);
    if (wantedFindings.length > 0) {
      const found = await tx
        .select({ id: schema.findings.id })
        .from(schema.findings)
        .where(inArray(schema.findings.id, wantedFindings));
      if (found.length !== wantedFindings.length) {
        throw new InputError("NOT_FOUND", noFinding, "findingIds");
      }
    }
    if (wantedMeetings.length > 0) {
      const found = await tx
        .select({ id: schema.meetings.id })
        .from(schema.meetings)
        .where(inArray(schema.meetings.id, wantedMeetings));
      if (found.length !== wantedMeetings.length) {
        throw new InputError("NOT_FOUND", noMeeting, "meetingIds");
      }
    }
    const links = { findings: schema.commitmentFindings, meetings: schema.commitmentMeetings };
    const before = {
      findingIds: (
        await tx
          .select({ id: links.findings.findingId })
          .from(links.findings)
          .where(eq(links.findings.commitmentId, commitment.id))
      )
        .map((r) => r.id)
        .sort(),
      meetingIds: (
        await tx
          .select({ id: links.meetings.meetingId })
          .from(links.meetings)
          .where(eq(links.meetings.commitmentId, commitment.id))
      )
        .map((r) => r.id)
        .sort(),
    };
    await tx.delete(links.findings).where(eq(links.findings.commitmentId, commitment.id));
    await tx.delete(links.meetings).where(eq(links.meetings.commitmentId, commitment.id));
    if (wantedFindings.length > 0) {
      await tx
        .insert(links.findings)
        .values(wantedFindings.map((findingId) => ({ commitmentId: commitment.id, findingId })));
    }
    if (wantedMeetings.length > 0) {
      await tx
        .insert(links.meetings)
        .values(wantedMeetings.map((meetingId) => ({ commitmentId: commitment.id, meetingId })));
    }
    await tx
      .update(schema.commitments)
      .set({ updatedAt: deps.clock.now() })
      .where(eq(schema.commitments.id, commitment.id));
    await recordAudit(tx, viewer, {
      action: "commitment.links",
      subjectType: "commitment",
      subjectId: commitment.id,
      before,
      after: { findingIds: wantedFindings, meetingIds: wantedMeetings },
    });
    return commitment.id;
  });
}

/** Whether the viewer records commitments' status changes and links (the coordinator). */
export function canRecordCommitments(viewer: Viewer | null): boolean {
  return hasScope(viewer, "coordinator");
}
