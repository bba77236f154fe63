import { type Db, schema } from "@kraftsamling/db";
import { and, asc, count, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { hasScope } from "../accounts/scopes";
import type { Viewer } from "../accounts/viewer";
import { recordAudit } from "../audit/service";
import { exactTime, numberKey, timeKey } from "../shared/connections";
import type { Dependencies } from "../shared/dependencies";
import { InputError } from "../shared/errors";
import { uuidOrNull } from "../shared/ids";
import { swedishSearchQuery } from "../shared/search-words";
import {
  type FindingAudience,
  type FindingFilter,
  type FindingKind,
  type FindingSource,
  type FindingsTable,
  findingCondition,
  findingDocument,
  findingDocumentOf,
  findingSearch,
} from "./filter";
import { findingCounts } from "./picture";
import { cubeAnswers } from "./picture-cube";
import { type PageArguments, publicPageIds } from "./public-page";
import {
  type FindingAction,
  findingShapeRefusal,
  findingTransition,
  type Refusal,
  reasonRefusal,
} from "./rules";

type Deps = Pick<Dependencies, "clock">;
type Finding = typeof schema.findings.$inferSelect;
type Id = string | number;

export interface FindingInput {
  title: string;
  body: string;
  kind: FindingKind;
  source: FindingSource;
  themeIds: readonly Id[];
  phaseNumber: number;
  municipalityCode?: string | null;
  visitId?: Id | null;
  meetingId?: Id | null;
  observedOn?: string | null;
}

/** A finding's content as it is stored and kept in each revision. */
interface Content {
  title: string;
  body: string;
  kind: FindingKind;
  source: FindingSource;
  themeIds: string[];
  phaseNumber: number;
  municipalityCode: string | null;
  visitId: string | null;
  meetingId: string | null;
  observedOn: string | null;
}

const refuse = (refusal: Refusal): never => {
  throw new InputError(refusal.code, refusal.message, refusal.field);
};

/** Who reads the findings: the coordinator's office sees every status, everyone else published ones. */
export function findingAudience(viewer: Viewer | null): FindingAudience {
  return hasScope(viewer, "coordinator") ? "office" : "public";
}

export type FindingOrder = "NEWEST" | "OLDEST" | "RELEVANCE";

/** The paging limits of a list of findings: a limit up to 200 is accepted, 100 at most returned. */
export const findingPage = { maxLimit: 200, maxItems: 100 } as const;

/**
 * The relational query of a page of findings, for a cursor connection: which findings (the
 * filter, for the viewer), and in which order. Its keys are the values the driver returns as text,
 * so that a cursor holds a timestamp to the microsecond:
 * - NEWEST: by first publication, latest first; for the office, drafts (never published) after,
 *   by when they were recorded.
 * - OLDEST: the reverse.
 * - RELEVANCE: the best match of the search words first (the rank to six decimals), then NEWEST;
 *   without search words, as NEWEST.
 * The id breaks ties.
 */
export function findingPageQuery(
  viewer: Viewer | null,
  filter: FindingFilter | null | undefined,
  order: FindingOrder,
  page: PageArguments = {},
) {
  const audience = findingAudience(viewer);
  const search = findingSearch(filter);
  // Checked now, so that a bad value is an InputError before any query runs.
  findingCondition(filter, audience);
  const direction = order === "OLDEST" ? "asc" : "desc";
  // Every published finding has its publication time; only the office also reads drafts.
  const published = timeKey((t: FindingsTable) =>
    audience === "public"
      ? sql`${t.publishedAt}`
      : sql`coalesce(${t.publishedAt}, '-infinity'::timestamptz)`,
  );
  const relevance = order === "RELEVANCE" && search !== "";
  return {
    where: {
      RAW: (t: FindingsTable) => {
        // The public page's ids, when they can be chosen from the index, are the whole condition.
        const ids =
          audience === "public" && !relevance ? publicPageIds(filter, direction, page) : undefined;
        return ids ? sql`${t.id} in (${ids})` : findingCondition(filter, audience, t);
      },
    },
    extras: {
      ...(relevance
        ? {
            rank: numberKey(
              "decimal",
              (t: FindingsTable) =>
                sql`round(ts_rank(${findingDocumentOf(t)}, ${swedishSearchQuery(search)})::numeric, 6)`,
            ),
          }
        : {}),
      publishedKey: published,
      ...(audience === "office"
        ? { recordedKey: exactTime((t: FindingsTable) => t.createdAt) }
        : {}),
    },
    orderBy: {
      ...(relevance ? { rank: "desc" as const } : {}),
      publishedKey: direction,
      ...(audience === "office" ? { recordedKey: direction } : {}),
    } as Record<string, "asc" | "desc">,
  };
}

/**
 * The ids of one page of the findings a filter chooses, in order: newest first (by first
 * publication, then creation), oldest first, or for RELEVANCE with search words, the best match
 * first.
 */
export async function findingIds(
  db: Db,
  viewer: Viewer | null,
  filter: FindingFilter | null | undefined,
  order: FindingOrder,
  limit: number,
  offset: number,
): Promise<string[]> {
  if (!Number.isInteger(limit) || limit < 1 || limit > findingPage.maxLimit) {
    throw new InputError(
      "OUT_OF_RANGE",
      `limit must be between 1 and ${findingPage.maxLimit}, got ${limit}.`,
      "limit",
    );
  }
  if (!Number.isInteger(offset) || offset < 0) {
    throw new InputError("OUT_OF_RANGE", `offset may not be negative, got ${offset}.`, "offset");
  }
  const f = schema.findings;
  const where = findingCondition(filter, findingAudience(viewer));
  const search = findingSearch(filter);
  const newest: SQL[] =
    order === "OLDEST"
      ? [sql`${f.publishedAt} asc nulls first`, asc(f.createdAt), asc(f.id)]
      : [sql`${f.publishedAt} desc nulls last`, desc(f.createdAt), asc(f.id)];
  const orderBy =
    order === "RELEVANCE" && search
      ? [sql`ts_rank(${findingDocument}, ${swedishSearchQuery(search)}) desc`, ...newest]
      : newest;
  const rows = await db
    .select({ id: f.id })
    .from(f)
    .where(where)
    .orderBy(...orderBy)
    .limit(Math.min(limit, findingPage.maxItems))
    .offset(offset);
  return rows.map((row) => row.id);
}

/**
 * How many findings a filter chooses for the viewer: for the public and a filter the picture's cube
 * answers, its total (kept until the findings change, no statement per page); otherwise counted in
 * SQL.
 */
export async function countFindings(
  db: Db,
  viewer: Viewer | null,
  filter: FindingFilter | null | undefined,
): Promise<number> {
  const audience = findingAudience(viewer);
  if (audience === "public" && cubeAnswers(filter)) {
    return (await findingCounts(db, [], filter, audience)).total;
  }
  const [row] = await db
    .select({ n: count() })
    .from(schema.findings)
    .where(findingCondition(filter, audience));
  return row?.n ?? 0;
}

/** The finding an id names, locked for the change, or NOT_FOUND. */
async function findingForChange(tx: Db, id: Id): Promise<Finding> {
  const findingId = uuidOrNull(id);
  const [finding] = findingId
    ? await tx.select().from(schema.findings).where(eq(schema.findings.id, findingId)).for("update")
    : [];
  if (!finding) throw new InputError("NOT_FOUND", "There is no such finding.", "id");
  return finding;
}

/** The ids given, each once, or NOT_FOUND naming the field when one cannot be an id. */
function idsOf(values: readonly Id[], field: string, noSuch: string): string[] {
  const ids = values.map((value) => uuidOrNull(value));
  if (ids.some((id) => id === null)) throw new InputError("NOT_FOUND", noSuch, field);
  return [...new Set(ids as string[])].sort();
}

/**
 * Characters that show nothing or turn the text's direction: a title of them alone would look
 * empty, and a direction override would show the text otherwise than it is stored.
 */
const invisible = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** The first day a finding can have been heard on. */
const earliestObservedOn = "2000-01-01";

/** The content of an input, trimmed and checked without the database. */
function contentOf(input: FindingInput): Content {
  if (!Number.isInteger(input.phaseNumber) || input.phaseNumber < 1 || input.phaseNumber > 99) {
    throw new InputError(
      "NOT_FOUND",
      `There is no phase ${input.phaseNumber}; the mission has phases 1–5.`,
      "phaseNumber",
    );
  }
  if (input.observedOn != null && input.observedOn < earliestObservedOn) {
    throw new InputError(
      "OUT_OF_RANGE",
      `The day it was heard must be ${earliestObservedOn} or later, got ${input.observedOn}.`,
      "observedOn",
    );
  }
  const visitId = input.visitId == null ? null : uuidOrNull(input.visitId);
  if (input.visitId != null && visitId === null) {
    throw new InputError("NOT_FOUND", "There is no such visit.", "visitId");
  }
  const meetingId = input.meetingId == null ? null : uuidOrNull(input.meetingId);
  if (input.meetingId != null && meetingId === null) {
    throw new InputError("NOT_FOUND", "There is no such meeting.", "meetingId");
  }
  const content: Content = {
    title: input.title.replace(invisible, "").replace(/\s+/g, " ").trim(),
    body: input.body.replace(invisible, "").trim(),
    kind: input.kind,
    source: input.source,
    themeIds: [...new Set(input.themeIds.map(String))],
    phaseNumber: input.phaseNumber,
    municipalityCode: input.municipalityCode?.trim() || null,
    visitId,
    meetingId,
    observedOn: input.observedOn ?? null,
  };
  const refusal = findingShapeRefusal(content);
  if (refusal) refuse(refusal);
  content.themeIds = idsOf(content.themeIds, "themeIds", "There is no such theme.");
  return content;
}

/**
 * Checks the content against the database: its themes, phase, municipality, visit and meeting
 * exist; a finding from a visit takes the visit's municipality; and no text names a person.
 */
async function checkedContent(tx: Db, content: Content): Promise<Content> {
  const themes = await tx
    .select({ id: schema.themes.id })
    .from(schema.themes)
    .where(inArray(schema.themes.id, content.themeIds));
  if (themes.length !== content.themeIds.length) {
    throw new InputError("NOT_FOUND", "There is no such theme.", "themeIds");
  }
  const [phase] = await tx
    .select({ number: schema.phases.number })
    .from(schema.phases)
    .where(eq(schema.phases.number, content.phaseNumber));
  if (!phase) {
    throw new InputError(
      "NOT_FOUND",
      `There is no phase ${content.phaseNumber}; the mission has phases 1–5.`,
      "phaseNumber",
    );
  }
  let municipalityCode = content.municipalityCode;
  if (content.visitId) {
    const [visit] = await tx
      .select({ municipalityCode: schema.visits.municipalityCode })
      .from(schema.visits)
      .where(eq(schema.visits.id, content.visitId));
    if (!visit) throw new InputError("NOT_FOUND", "There is no such visit.", "visitId");
    if (municipalityCode && municipalityCode !== visit.municipalityCode) {
      throw new InputError(
        "MUNICIPALITY_MISMATCH",
        `A finding from a visit is about the visited municipality (${visit.municipalityCode}), not ${municipalityCode}.`,
        "municipalityCode",
      );
    }
    municipalityCode = visit.municipalityCode;
  }
  if (municipalityCode) {
    const [municipality] = await tx
      .select({ code: schema.municipalities.code })
      .from(schema.municipalities)
      .where(eq(schema.municipalities.code, municipalityCode));
    if (!municipality) {
      throw new InputError(
        "NOT_FOUND",
        `There is no municipality ${municipalityCode}.`,
        "municipalityCode",
      );
    }
  }
  if (content.meetingId) {
    const [meeting] = await tx
      .select({ id: schema.meetings.id })
      .from(schema.meetings)
      .where(eq(schema.meetings.id, content.meetingId));
    if (!meeting) throw new InputError("NOT_FOUND", "There is no such meeting.", "meetingId");
  }
  await refuseNamedPerson(tx, content);
  return { ...content, municipalityCode };
}

/** Lower case words separated by single spaces, padded with one on each side. */
const words = (text: SQL) =>
  sql`' ' || trim(lower(regexp_replace(${text}, '[^[:alnum:]]+', ' ', 'g'))) || ' '`;

/**
 * A finding never names a person: refuses a title or text that holds the full name (two words or
 * more, as whole words, in any case) of anyone in the portal's register of people, which holds
 * every participant of a visit with an account. One query, whatever the number of people.
 */
async function refuseNamedPerson(tx: Db, content: Content): Promise<void> {
  const name = words(sql`${schema.people.name}`);
  const title = words(sql`${content.title}::text`);
  const body = words(sql`${content.body}::text`);
  const [named] = await tx
    .select({
      name: schema.people.name,
      inTitle: sql<boolean>`strpos(${title}, ${name}) > 0`,
    })
    .from(schema.people)
    .where(
      and(
        sql`position(' ' in trim(${name})) > 0`,
        sql`(strpos(${title}, ${name}) > 0 or strpos(${body}, ${name}) > 0)`,
      ),
    )
    .limit(1);
  if (named) {
    const field = named.inTitle ? "title" : "body";
    throw new InputError(
      "NAMES_A_PERSON",
      `The ${field === "title" ? "title" : "text"} names a person (${named.name.trim()}); a finding never names anyone.`,
      field,
    );
  }
}

/** What the audit log keeps of a finding's content. */
const audited = (content: Content) => ({ ...content });

function storedContent(finding: Finding, themeIds: string[]): Content {
  return {
    title: finding.title,
    body: finding.body,
    kind: finding.kind,
    source: finding.source,
    themeIds: [...themeIds].sort(),
    phaseNumber: finding.phaseNumber,
    municipalityCode: finding.municipalityCode,
    visitId: finding.visitId,
    meetingId: finding.meetingId,
    observedOn: finding.observedOn,
  };
}

const sameContent = (a: Content, b: Content) => JSON.stringify(a) === JSON.stringify(b);

async function writeThemesAndRevision(
  tx: Db,
  findingId: string,
  version: number,
  content: Content,
  viewer: Viewer,
  at: Date,
): Promise<void> {
  await tx.delete(schema.findingThemes).where(eq(schema.findingThemes.findingId, findingId));
  await tx
    .insert(schema.findingThemes)
    .values(content.themeIds.map((themeId) => ({ findingId, themeId })));
  await tx.insert(schema.findingRevisions).values({
    findingId,
    version,
    title: content.title,
    body: content.body,
    kind: content.kind,
    source: content.source,
    phaseNumber: content.phaseNumber,
    themeIds: content.themeIds,
    municipalityCode: content.municipalityCode,
    visitId: content.visitId,
    meetingId: content.meetingId,
    observedOn: content.observedOn,
    editedById: viewer.personId,
    editedAt: at,
  });
}

/** Records a new finding as a DRAFT with its first revision. Returns its id. */
export async function createFinding(
  db: Db,
  deps: Deps,
  viewer: Viewer,
  input: FindingInput,
): Promise<string> {
  const unchecked = contentOf(input);
  return db.transaction(async (tx) => {
    const content = await checkedContent(tx, unchecked);
    const now = deps.clock.now();
    const { themeIds: _themes, ...columns } = content;
    const [finding] = await tx
      .insert(schema.findings)
      .values({
        ...columns,
        status: "draft",
        version: 1,
        recordedById: viewer.personId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: schema.findings.id });
    if (!finding) throw new Error("the finding was not recorded");
    await writeThemesAndRevision(tx, finding.id, 1, content, viewer, now);
    await recordAudit(tx, viewer, {
      action: "finding.create",
      subjectType: "finding",
      subjectId: finding.id,
      after: audited(content),
    });
    return finding.id;
  });
}

/**
 * Replaces a finding's content with a new revision. When it has been published, `revisedAt` says
 * when its content last changed; an input that changes nothing writes nothing.
 */
export async function updateFinding(
  db: Db,
  deps: Deps,
  viewer: Viewer,
  id: Id,
  input: FindingInput,
): Promise<string> {
  const unchecked = contentOf(input);
  return db.transaction(async (tx) => {
    const finding = await findingForChange(tx, id);
    const content = await checkedContent(tx, unchecked);
    const themes = await tx
      .select({ themeId: schema.findingThemes.themeId })
      .from(schema.findingThemes)
      .where(eq(schema.findingThemes.findingId, finding.id));
    const before = storedContent(
      finding,
      themes.map((t) => t.themeId),
    );
    if (sameContent(before, content)) return finding.id;
    const now = deps.clock.now();
    const version = finding.version + 1;
    const { themeIds: _themes, ...columns } = content;
    await tx
      .update(schema.findings)
      .set({
        ...columns,
        version,
        updatedAt: now,
        revisedAt: finding.publishedAt ? now : finding.revisedAt,
      })
      .where(eq(schema.findings.id, finding.id));
    await writeThemesAndRevision(tx, finding.id, version, content, viewer, now);
    await recordAudit(tx, viewer, {
      action: "finding.update",
      subjectType: "finding",
      subjectId: finding.id,
      before: { ...audited(before), version: finding.version },
      after: { ...audited(content), version },
    });
    return finding.id;
  });
}

const auditActions: Record<FindingAction, string> = {
  submit: "finding.submit",
  return: "finding.return",
  publish: "finding.publish",
  unpublish: "finding.unpublish",
};

async function moveFinding(
  db: Db,
  deps: Deps,
  viewer: Viewer,
  id: Id,
  action: FindingAction,
  reason: string | null,
): Promise<string> {
  return db.transaction(async (tx) => {
    const finding = await findingForChange(tx, id);
    const move = findingTransition(action, finding.status);
    if (!move.ok) return refuse(move.refusal);
    const now = deps.clock.now();
    await tx
      .update(schema.findings)
      .set({
        status: move.to,
        unpublishedReason: move.to === "unpublished" ? reason : null,
        publishedAt: move.to === "published" ? (finding.publishedAt ?? now) : finding.publishedAt,
        updatedAt: now,
      })
      .where(eq(schema.findings.id, finding.id));
    await recordAudit(tx, viewer, {
      action: auditActions[action],
      subjectType: "finding",
      subjectId: finding.id,
      before: { status: finding.status },
      after: reason === null ? { status: move.to } : { status: move.to, reason },
    });
    return finding.id;
  });
}

/** DRAFT → IN_REVIEW: the finding is ready for someone to read it through. */
export function submitForReview(db: Db, deps: Deps, viewer: Viewer, id: Id): Promise<string> {
  return moveFinding(db, deps, viewer, id, "submit", null);
}

/** IN_REVIEW → DRAFT, with an optional reason kept in the audit log. */
export function returnToDraft(
  db: Db,
  deps: Deps,
  viewer: Viewer,
  id: Id,
  reason?: string | null,
): Promise<string> {
  const why = reason?.trim() ?? "";
  const refusal = reasonRefusal(why, false);
  if (refusal) refuse(refusal);
  return moveFinding(db, deps, viewer, id, "return", why || null);
}

/** IN_REVIEW or UNPUBLISHED → PUBLISHED; `publishedAt` keeps the first publication. */
export function publish(db: Db, deps: Deps, viewer: Viewer, id: Id): Promise<string> {
  return moveFinding(db, deps, viewer, id, "publish", null);
}

/** PUBLISHED → UNPUBLISHED, with the reason it is taken back from the public. */
export function unpublish(
  db: Db,
  deps: Deps,
  viewer: Viewer,
  id: Id,
  reason: string,
): Promise<string> {
  const why = reason.trim();
  const refusal = reasonRefusal(why, true);
  if (refusal) refuse(refusal);
  return moveFinding(db, deps, viewer, id, "unpublish", why);
}
