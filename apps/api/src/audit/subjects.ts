import { type Db, schema } from "@kraftsamling/db";
import { eq, inArray } from "drizzle-orm";
import { uuidOrNull } from "../shared/ids";

/**
 * What an audit entry was done to, as it is now: its title, the portal page that shows it and, for
 * a subject that lives in something else (a comment in a theme, a question at a meeting), what
 * that is. A subject that is gone has no entry here; its title then comes from the entry's JSON.
 */
export interface AuditSubject {
  title: string | null;
  /** A portal path from the site's root; null when there is no page or the reader may not open it. */
  path: string | null;
  /** theme or post for a comment, meeting for a question, speaker or registration; else null. */
  within: "theme" | "post" | "meeting" | null;
}

/** Who reads the log: a coordinator may open the office's pages, a moderator may not. */
export interface AuditReader {
  coordinator: boolean;
  /** Now by the portal's clock, which decides whether a post is out. */
  now: Date;
}

/** The key an entry's subject is loaded by. */
export const subjectKey = (type: string, id: string) => `${type}:${id}`;

type Found = Map<string, AuditSubject>;

function idsOf(keys: readonly string[], ...types: string[]): string[] {
  const ids = new Set<string>();
  for (const key of keys) {
    const at = key.indexOf(":");
    const id = uuidOrNull(key.slice(at + 1));
    if (types.includes(key.slice(0, at)) && id) ids.add(id);
  }
  return [...ids];
}

async function meetingsById(db: Db, ids: string[]) {
  if (ids.length === 0) return new Map<string, { title: string; slug: string; status: string }>();
  const rows = await db
    .select({
      id: schema.meetings.id,
      title: schema.meetings.title,
      slug: schema.meetings.slug,
      status: schema.meetings.status,
    })
    .from(schema.meetings)
    .where(inArray(schema.meetings.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

/** A meeting's page: the public one once published, the office's while it is a draft. */
function meetingPath(meeting: { slug: string; status: string }, reader: AuditReader) {
  if (meeting.status !== "draft") return `/moten/${meeting.slug}`;
  return reader.coordinator ? `/admin/moten/${meeting.slug}` : null;
}

async function loadMeetings(db: Db, keys: readonly string[], reader: AuditReader, found: Found) {
  const ids = idsOf(keys, "meeting");
  const meetings = await meetingsById(db, ids);
  for (const [id, m] of meetings)
    found.set(subjectKey("meeting", id), {
      title: m.title,
      path: meetingPath(m, reader),
      within: null,
    });
}

/** Questions, speakers and registrations: shown as their meeting, in one query per table. */
async function loadMeetingParts(
  db: Db,
  keys: readonly string[],
  reader: AuditReader,
  found: Found,
) {
  const parts: { type: string; rows: { id: string; meetingId: string }[] }[] = [];
  const questionIds = idsOf(keys, "meetingQuestion");
  if (questionIds.length > 0)
    parts.push({
      type: "meetingQuestion",
      rows: await db
        .select({ id: schema.meetingQuestions.id, meetingId: schema.meetingQuestions.meetingId })
        .from(schema.meetingQuestions)
        .where(inArray(schema.meetingQuestions.id, questionIds)),
    });
  const speakerIds = idsOf(keys, "meetingSpeaker");
  if (speakerIds.length > 0)
    parts.push({
      type: "meetingSpeaker",
      rows: await db
        .select({ id: schema.meetingSpeakers.id, meetingId: schema.meetingSpeakers.meetingId })
        .from(schema.meetingSpeakers)
        .where(inArray(schema.meetingSpeakers.id, speakerIds)),
    });
  const registrationIds = idsOf(keys, "meeting_registration");
  if (registrationIds.length > 0)
    parts.push({
      type: "meeting_registration",
      rows: await db
        .select({
          id: schema.meetingRegistrations.id,
          meetingId: schema.meetingRegistrations.meetingId,
        })
        .from(schema.meetingRegistrations)
        .where(inArray(schema.meetingRegistrations.id, registrationIds)),
    });
  const meetings = await meetingsById(db, [
    ...new Set(parts.flatMap((p) => p.rows.map((r) => r.meetingId))),
  ]);
  for (const { type, rows } of parts) {
    for (const row of rows) {
      const meeting = meetings.get(row.meetingId);
      if (!meeting) continue;
      const page = meetingPath(meeting, reader);
      const path =
        type === "meetingQuestion" && meeting.status !== "draft"
          ? `/moten/${meeting.slug}/fragor`
          : type === "meeting_registration" && reader.coordinator
            ? `/admin/moten/${meeting.slug}`
            : page;
      found.set(subjectKey(type, row.id), { title: meeting.title, path, within: "meeting" });
    }
  }
}

async function loadFindings(db: Db, keys: readonly string[], reader: AuditReader, found: Found) {
  const ids = idsOf(keys, "finding");
  if (ids.length === 0) return;
  const rows = await db
    .select({
      id: schema.findings.id,
      title: schema.findings.title,
      status: schema.findings.status,
    })
    .from(schema.findings)
    .where(inArray(schema.findings.id, ids));
  for (const f of rows) {
    const path =
      f.status === "published"
        ? `/iakttagelser/${f.id}`
        : reader.coordinator
          ? `/admin/iakttagelser/${f.id}`
          : null;
    found.set(subjectKey("finding", f.id), { title: f.title, path, within: null });
  }
}

/** Things with a public page at their address: organisations and commitments. */
const publicBySlug = {
  organisation: {
    table: schema.organisations,
    title: schema.organisations.name,
    page: "/organisationer",
  },
  commitment: { table: schema.commitments, title: schema.commitments.title, page: "/atagande" },
} as const;

async function loadPublicBySlug(
  db: Db,
  kind: keyof typeof publicBySlug,
  keys: readonly string[],
  found: Found,
) {
  const ids = idsOf(keys, kind);
  if (ids.length === 0) return;
  const { table, title, page } = publicBySlug[kind];
  const rows = await db
    .select({ id: table.id, title, slug: table.slug })
    .from(table)
    .where(inArray(table.id, ids));
  for (const row of rows)
    found.set(subjectKey(kind, row.id), {
      title: row.title,
      path: `${page}/${row.slug}`,
      within: null,
    });
}

async function loadPeople(db: Db, keys: readonly string[], reader: AuditReader, found: Found) {
  const ids = idsOf(keys, "person");
  if (ids.length === 0) return;
  const rows = await db
    .select({ id: schema.people.id, name: schema.people.name })
    .from(schema.people)
    .where(inArray(schema.people.id, ids));
  for (const p of rows)
    found.set(subjectKey("person", p.id), {
      title: p.name,
      path: reader.coordinator ? "/admin/personer" : null,
      within: null,
    });
}

/** A blog post's page: the public one once published, the office's list before. */
function postPath(post: { slug: string; publishedAt: Date | null }, reader: AuditReader) {
  if (postIsOut(post, reader)) return `/blogg/${post.slug}`;
  return reader.coordinator ? "/admin/blogg" : null;
}

function postIsOut(post: { publishedAt: Date | null }, reader: AuditReader): boolean {
  return post.publishedAt !== null && post.publishedAt <= reader.now;
}

/** A post's title, to those who may read the post: a draft's is the coordinator's alone. */
function postTitle(post: { title: string; publishedAt: Date | null }, reader: AuditReader) {
  return reader.coordinator || postIsOut(post, reader) ? post.title : null;
}

async function loadPosts(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: schema.blogPosts.id,
      title: schema.blogPosts.title,
      slug: schema.blogPosts.slug,
      publishedAt: schema.blogPosts.publishedAt,
    })
    .from(schema.blogPosts)
    .where(inArray(schema.blogPosts.id, ids));
}

async function loadThemes(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: schema.themes.id, title: schema.themes.title, slug: schema.themes.slug })
    .from(schema.themes)
    .where(inArray(schema.themes.id, ids));
}

async function loadThreads(db: Db, keys: readonly string[], reader: AuditReader, found: Found) {
  for (const post of await loadPosts(db, idsOf(keys, "blog_post", "post"))) {
    const subject = { title: postTitle(post, reader), path: postPath(post, reader), within: null };
    found.set(subjectKey("blog_post", post.id), subject);
    found.set(subjectKey("post", post.id), subject);
  }
  for (const theme of await loadThemes(db, idsOf(keys, "theme")))
    found.set(subjectKey("theme", theme.id), {
      title: theme.title,
      path: `/teman/${theme.slug}`,
      within: null,
    });
}

/** A comment reads as the thread it is in; its link goes to the comment itself, while it is there. */
async function loadComments(db: Db, keys: readonly string[], reader: AuditReader, found: Found) {
  const ids = idsOf(keys, "comment");
  if (ids.length === 0) return;
  const comments = await db
    .select({
      id: schema.comments.id,
      themeId: schema.comments.themeId,
      postId: schema.comments.postId,
      deletedAt: schema.comments.deletedAt,
    })
    .from(schema.comments)
    .where(inArray(schema.comments.id, ids));
  const themes = new Map(
    (await loadThemes(db, [...new Set(comments.flatMap((c) => c.themeId ?? []))])).map((t) => [
      t.id,
      t,
    ]),
  );
  const posts = new Map(
    (await loadPosts(db, [...new Set(comments.flatMap((c) => c.postId ?? []))])).map((p) => [
      p.id,
      p,
    ]),
  );
  for (const c of comments) {
    const theme = c.themeId ? themes.get(c.themeId) : undefined;
    const post = c.postId ? posts.get(c.postId) : undefined;
    const page = theme ? `/teman/${theme.slug}` : post ? postPath(post, reader) : null;
    const anchor = c.deletedAt === null && page?.startsWith("/") ? `#kommentar-${c.id}` : "";
    found.set(subjectKey("comment", c.id), {
      title: theme?.title ?? (post ? postTitle(post, reader) : null),
      path: page && !page.startsWith("/admin") ? `${page}${anchor}` : page,
      within: theme ? "theme" : post ? "post" : null,
    });
  }
}

async function loadVisits(db: Db, keys: readonly string[], reader: AuditReader, found: Found) {
  const ids = idsOf(keys, "visit");
  if (ids.length === 0) return;
  const rows = await db
    .select({ id: schema.visits.id, name: schema.municipalities.name })
    .from(schema.visits)
    .leftJoin(schema.municipalities, eq(schema.municipalities.code, schema.visits.municipalityCode))
    .where(inArray(schema.visits.id, ids));
  for (const v of rows)
    found.set(subjectKey("visit", v.id), {
      title: v.name,
      path: reader.coordinator ? `/admin/besok/${v.id}` : null,
      within: null,
    });
}

/** The office's things that have no page of their own, shown by the list they are in. */
async function loadOfficeThings(
  db: Db,
  keys: readonly string[],
  reader: AuditReader,
  found: Found,
) {
  const office = (path: string) => (reader.coordinator ? path : null);
  const reportIds = idsOf(keys, "quarterly_report");
  if (reportIds.length > 0) {
    const rows = await db
      .select({
        id: schema.quarterlyReports.id,
        year: schema.quarterlyReports.year,
        quarter: schema.quarterlyReports.quarter,
      })
      .from(schema.quarterlyReports)
      .where(inArray(schema.quarterlyReports.id, reportIds));
    for (const r of rows)
      found.set(subjectKey("quarterly_report", r.id), {
        title: `${r.year} Q${r.quarter}`,
        path: office("/admin/rapporter"),
        within: null,
      });
  }
  const invitationIds = idsOf(keys, "invitation");
  if (invitationIds.length > 0) {
    const rows = await db
      .select({
        id: schema.invitations.id,
        name: schema.invitations.name,
        email: schema.invitations.email,
      })
      .from(schema.invitations)
      .where(inArray(schema.invitations.id, invitationIds));
    for (const i of rows)
      found.set(subjectKey("invitation", i.id), {
        title: i.name || i.email,
        path: office("/admin/inbjudningar"),
        within: null,
      });
  }
  const surveyIds = idsOf(keys, "survey");
  if (surveyIds.length > 0) {
    const rows = await db
      .select({ id: schema.surveys.id, name: schema.surveys.name })
      .from(schema.surveys)
      .where(inArray(schema.surveys.id, surveyIds));
    for (const s of rows)
      found.set(subjectKey("survey", s.id), {
        title: s.name,
        path: office("/admin/tidsmatning"),
        within: null,
      });
  }
  const keyIds = idsOf(keys, "api-key");
  if (keyIds.length > 0) {
    const rows = await db
      .select({ id: schema.apiKeys.id, name: schema.apiKeys.name })
      .from(schema.apiKeys)
      .where(inArray(schema.apiKeys.id, keyIds));
    for (const k of rows)
      found.set(subjectKey("api-key", k.id), { title: k.name, path: null, within: null });
  }
  for (const key of keys) {
    if (key.startsWith("visit_selection:"))
      found.set(key, { title: null, path: office("/admin/besok/urval"), within: null });
    if (key.startsWith("measurementSettings:"))
      found.set(key, { title: null, path: office("/admin/tidsmatning"), within: null });
  }
}

/**
 * The subjects of a page of entries, by `subjectKey`: one query per kind of subject on the page,
 * never one per entry. A key missing from the answer is a subject that is gone.
 */
export async function auditSubjects(
  db: Db,
  keys: readonly string[],
  reader: AuditReader,
): Promise<Map<string, AuditSubject>> {
  const found: Found = new Map();
  await Promise.all([
    loadMeetings(db, keys, reader, found),
    loadMeetingParts(db, keys, reader, found),
    loadFindings(db, keys, reader, found),
    loadPublicBySlug(db, "organisation", keys, found),
    loadPeople(db, keys, reader, found),
    loadThreads(db, keys, reader, found),
    loadComments(db, keys, reader, found),
    loadPublicBySlug(db, "commitment", keys, found),
    loadVisits(db, keys, reader, found),
    loadOfficeThings(db, keys, reader, found),
  ]);
  return found;
}

/** The title an entry's JSON gave its subject, for a subject that is gone. */
export function titleRecorded(before: unknown, after: unknown): string | null {
  for (const value of [after, before]) {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      const fields = value as Record<string, unknown>;
      for (const name of ["title", "name"]) {
        const title = fields[name];
        if (typeof title === "string" && title.trim() !== "") return title;
      }
    }
  }
  return null;
}
