import { schema as tables } from "@kraftsamling/db";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../src/context";
import { publishMeeting } from "../src/meetings/service";
import { hideComment } from "../src/moderation/service";
import { type TestApi, testApi } from "./support";

interface Entry {
  action: string;
  subjectId: string | null;
  actorRole: string | null;
  subjectExists: boolean;
  subjectTitle: string | null;
  subjectPath: string | null;
  subjectPlace: string | null;
  references: { id: string; kind: string; name: string | null }[];
}

const entryFields = `action subjectId actorRole subjectExists subjectTitle subjectPath subjectPlace
  references { id kind name }`;

describe("an audit entry tells what it was done to, by name and page", () => {
  let api: TestApi;
  let coordinator: Viewer;
  let moderator: Viewer;
  let member: Viewer;

  const auditLog = async (action: string, viewer: Viewer = coordinator) =>
    (
      await api.query<{ auditLogConnection: { nodes: Entry[] } }>(
        `query ($action: String) { auditLogConnection(action: $action, first: 100) { nodes { ${entryFields} } } }`,
        { action },
        viewer,
      )
    ).auditLogConnection.nodes;

  beforeAll(async () => {
    api = await testApi();
    coordinator = await api.viewer("samordnare@kraftsamling.example");
    moderator = await api.viewer("moderator@kraftsamling.example");
    member = await api.viewer("medlem.raddabarnen@kraftsamling.example");
  }, 120_000);
  afterAll(async () => {
    await api?.close();
  });

  it("names a published meeting as it is now, with its public page and the coordinator's role", async () => {
    const [draft] = await api.database.rows<{ id: string; slug: string; title: string }>(
      sql`insert into meetings (slug, title, kind, starts_at, ends_at, status)
        values ('provmote-logg', 'Provmöte för loggen', 'dialogue_meeting', now() + interval '30 days',
          now() + interval '30 days 1 hour', 'draft') returning id, slug, title`,
    );
    if (!draft) throw new Error("no meeting");
    await publishMeeting(api.database.db, coordinator, draft.id);
    const [entry] = await auditLog("meeting.publish");
    expect(entry).toMatchObject({
      subjectId: draft.id,
      actorRole: "COORDINATOR",
      subjectExists: true,
      subjectTitle: "Provmöte för loggen",
      subjectPath: "/moten/provmote-logg",
      subjectPlace: null,
    });
    // The title is the meeting's as it is now, not as it was when the entry was written.
    await api.database.db.execute(
      sql`update meetings set title = 'Provmöte, nytt namn' where id = ${draft.id}`,
    );
    const [renamed] = await auditLog("meeting.publish");
    expect(renamed?.subjectTitle).toBe("Provmöte, nytt namn");
  });

  it("names a hidden comment by its theme, links to the comment, and the moderator's role", async () => {
    const [comment] = await api.database.rows<{ id: string; title: string; slug: string }>(
      sql`insert into comments (theme_id, author_id, body)
        select id, ${member.personId}, 'En kommentar att dölja' from themes order by slug limit 1
        returning id, (select title from themes order by slug limit 1) as title,
          (select slug from themes order by slug limit 1) as slug`,
    );
    if (!comment) throw new Error("no comment");
    await hideComment(api.database.db, api.services, moderator, {
      commentId: comment.id,
      reason: "Personuppgifter om ett barn",
    });
    const log = await api.query<{ moderationLogConnection: { nodes: Entry[] } }>(
      `{ moderationLogConnection(first: 10) { nodes { ${entryFields} } } }`,
      {},
      moderator,
    );
    expect(log.moderationLogConnection.nodes[0]).toMatchObject({
      action: "moderation.hide",
      actorRole: "MODERATOR",
      subjectExists: true,
      subjectTitle: comment.title,
      subjectPlace: "THEME",
      subjectPath: `/teman/${comment.slug}#kommentar-${comment.id}`,
    });
  });

  it("names an organisation and a commitment as they are now, with their public pages", async () => {
    const [organisation] = await api.database.db
      .select({
        id: tables.organisations.id,
        name: tables.organisations.name,
        slug: tables.organisations.slug,
      })
      .from(tables.organisations)
      .limit(1);
    const [commitment] = await api.database.db
      .select({
        id: tables.commitments.id,
        title: tables.commitments.title,
        slug: tables.commitments.slug,
      })
      .from(tables.commitments)
      .limit(1);
    if (!organisation || !commitment) throw new Error("the seed has no organisation or commitment");
    await api.database.db.execute(
      sql`insert into audit_log (actor_id, actor_name, action, subject_type, subject_id) values
        (${coordinator.personId}, 'Ingrid Holm', 'organisation.update', 'organisation', ${organisation.id}),
        (${coordinator.personId}, 'Ingrid Holm', 'commitment.status', 'commitment', ${commitment.id})`,
    );
    expect((await auditLog("organisation.update"))[0]).toMatchObject({
      subjectTitle: organisation.name,
      subjectPath: `/organisationer/${organisation.slug}`,
    });
    expect((await auditLog("commitment.status"))[0]).toMatchObject({
      subjectTitle: commitment.title,
      subjectPath: `/atagande/${commitment.slug}`,
    });
  });

  it("tells a removed subject by the title its entry recorded, without a link", async () => {
    await api.database.db.execute(sql`insert into audit_log (actor_id, actor_name, action, subject_type, subject_id, before)
      values (${coordinator.personId}, 'Samordnaren', 'blog.remove', 'blog_post',
        '00000000-0000-4000-8000-000000000001', '{"title": "Ett borttaget inlägg"}')`);
    const [entry] = await auditLog("blog.remove");
    expect(entry).toMatchObject({
      subjectExists: false,
      subjectTitle: "Ett borttaget inlägg",
      subjectPath: null,
    });
  });

  it("names the people and organisations the change names by id, and the organisation admin's role", async () => {
    const [org] = await api.database.rows<{ id: string; name: string }>(
      sql`select o.id, o.name from organisations o join memberships m on m.organisation_id = o.id
        where m.person_id = ${member.personId} limit 1`,
    );
    if (!org) throw new Error("no organisation");
    await api.database.db.execute(sql`insert into audit_log (actor_id, actor_name, action, subject_type, subject_id, after)
      values (${member.personId}, 'Medlem', 'membership.add', 'organisation', ${org.id},
        ${JSON.stringify({ personId: moderator.personId, role: "member" })}::jsonb)`);
    const [entry] = await auditLog("membership.add");
    expect(entry?.actorRole).toBe("ORGANISATION_ADMIN");
    expect(entry?.subjectTitle).toBe(org.name);
    expect(entry?.subjectPath).toMatch(/^\/organisationer\//);
    expect(entry?.references).toEqual([
      { id: moderator.personId, kind: "PERSON", name: moderator.name },
    ]);
  });

  it("gives a moderator no link to the office's pages", async () => {
    await api.database.db.execute(sql`insert into audit_log (actor_id, actor_name, action, subject_type, subject_id, after)
      values (${moderator.personId}, 'Moderatorn', 'moderation.block', 'person', ${member.personId},
        '{"reason": "Prov"}')`);
    const asModerator = await api.query<{ moderationLogConnection: { nodes: Entry[] } }>(
      `{ moderationLogConnection(first: 1) { nodes { ${entryFields} } } }`,
      {},
      moderator,
    );
    expect(asModerator.moderationLogConnection.nodes[0]).toMatchObject({
      subjectTitle: member.name,
      subjectPath: null,
    });
    const [asCoordinator] = await auditLog("moderation.block");
    expect(asCoordinator?.subjectPath).toBe("/admin/personer");
  });

  it("reads the subjects of a whole page in a few queries, not one per entry", async () => {
    await api.database.db.execute(sql`insert into audit_log (actor_id, actor_name, action, subject_type, subject_id, after)
      select ${coordinator.personId}, 'Samordnaren', 'meeting.update', 'meeting', m.id::text,
        jsonb_build_object('organisationIds', jsonb_build_array(o.id))
      from meetings m cross join lateral (select id from organisations order by slug offset (random() * 5)::int limit 1) o`);
    const [{ count } = { count: 0 }] = await api.database.rows<{ count: number }>(
      sql`select count(*)::int as count from audit_log where action = 'meeting.update'`,
    );
    expect(count).toBeGreaterThan(5);
    api.clearStatements();
    const entries = await auditLog("meeting.update");
    expect(entries).toHaveLength(count);
    expect(entries.every((e) => e.subjectExists && e.subjectTitle && e.references[0]?.name)).toBe(
      true,
    );
    const fromMeetings = api.statements.filter((s) => /from "meetings"/.test(s));
    const fromOrganisations = api.statements.filter((s) => /from "organisations"/.test(s));
    expect(fromMeetings.length).toBeGreaterThanOrEqual(1);
    expect(fromMeetings.length).toBeLessThanOrEqual(2);
    expect(fromOrganisations.length).toBeLessThanOrEqual(2);
  });
});
