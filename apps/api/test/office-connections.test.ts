import { sql } from "drizzle-orm";
import { isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../src/context";
import { invalidCursorMessage } from "../src/error-masking";
import { isConnectionField } from "../src/input-guard";
import { schema } from "../src/schema";
import { withoutMark } from "../src/shared/list-cursors";
import { type PageInfo, pagingText, walkPages } from "./page-walk";
import { type TestApi, testApi } from "./support";

interface Page<Id = string> {
  totalCount: number;
  edges: { cursor: string; node: { id: Id } }[];
  nodes: { id: Id }[];
  pageInfo: PageInfo;
}

const pageFields = `totalCount edges { cursor node { id } } nodes { id }
  pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;

/**
 * A connection of the office, as a test reads it: where it lies in the query (`path`, such as
 * `organisation(slug: "x").membersConnection`), the node's id field, and its arguments besides paging.
 */
interface Connection {
  /** Root field, or a field under one object: `parent` wraps it, such as `organisation(slug: "…")`. */
  field: string;
  parent?: string;
  /** The arguments besides paging, as GraphQL text. */
  args?: string;
  /** The node's own id, when it has none called `id` (a membership's person). */
  node?: string;
}

/** The query of one page, forwards or backwards. */
function pageSource(connection: Connection, paging: string): string {
  const args = [connection.args, paging].filter(Boolean).join(", ");
  const node = connection.node ?? "id";
  const fields = pageFields.replaceAll("{ id }", `{ id: ${node} }`);
  const inner = `${connection.field}${args ? `(${args})` : ""} { ${fields} }`;
  return connection.parent
    ? `{ page: ${connection.parent} { inner: ${inner} } }`
    : `{ inner: ${inner} }`;
}

/** One page, forwards or backwards, as a given viewer. */
async function page(
  api: TestApi,
  connection: Connection,
  paging: string,
  viewer: Viewer | null,
): Promise<Page> {
  const source = pageSource(connection, paging);
  type Raw = Page<string | { id: string }>;
  const data = await api.query<{ inner?: Raw; page?: { inner: Raw } }>(source, {}, viewer);
  const result = connection.parent ? data.page?.inner : data.inner;
  if (!result) throw new Error("no page");
  // A membership has no id of its own: its person's stands for it.
  const idOf = (node: { id: string | { id: string } }) =>
    typeof node.id === "string" ? node.id : node.id.id;
  return {
    ...result,
    edges: result.edges.map((edge) => ({ ...edge, node: { id: idOf(edge.node) } })),
    nodes: result.nodes.map((node) => ({ id: idOf(node) })),
  };
}

/** The values a connection's cursor holds, each a tagged chunk (`S:…`, `D:…`), as the list gave them. */
function cursorValues(cursor: string): string[] {
  const decoded = Buffer.from(withoutMark(cursor), "base64").toString("utf8");
  expect(decoded).toMatch(/^DC:T:\[/);
  return JSON.parse(decoded.slice("DC:T:".length));
}

/** A cursor holding these values, written as the lists write theirs, with the mark of `given`. */
const cursorOf = (given: string, values: string[]) =>
  `${given.slice(0, given.length - withoutMark(given).length)}${Buffer.from(`DC:T:${JSON.stringify(values)}`).toString("base64")}`;

/** A cursor's value that is an id. */
const uuidChunk = /^S:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Every id, page by page, forwards (first/after) and backwards (last/before). */
async function walk(api: TestApi, connection: Connection, size: number, viewer: Viewer | null) {
  let total = 0;
  const { forwards, backwards } = await walkPages(
    size,
    (paging) => page(api, connection, pagingText(paging), viewer),
    (current, paging) => {
      if (!("first" in paging)) return;
      total = current.totalCount;
      expect(current.nodes.map((n) => n.id)).toEqual(current.edges.map((e) => e.node.id));
      expect(current.pageInfo.hasPreviousPage).toBe(paging.after !== null);
    },
  );
  return { forwards, backwards, total };
}

describe("the office's lists page as Relay connections", () => {
  let api: TestApi;
  let coordinator: Viewer;
  let moderator: Viewer;
  let participant: Viewer;
  let meetingSlug: string;

  const ids = async (query: ReturnType<typeof sql>) =>
    (await api.database.rows<{ id: string }>(query)).map((row) => row.id);

  beforeAll(async () => {
    api = await testApi();
    coordinator = await api.viewer("samordnare@kraftsamling.example");
    moderator = await api.viewer("moderator@kraftsamling.example");
    participant = await api.viewer("medlem.raddabarnen@kraftsamling.example");
    const db = api.database.db;
    // Many rows within one millisecond: a cursor that kept only milliseconds would skip them.
    await db.execute(sql`insert into audit_log (actor_name, action, subject_type, at)
      select 'Provaktör', 'test.page', 'thing', now() - g * interval '1 microsecond'
      from generate_series(1, 130) g`);
    await db.execute(sql`insert into audit_log (actor_name, action, subject_type, at)
      select 'Provaktör', 'moderation.hide', 'comment', now() - g * interval '3 microseconds'
      from generate_series(1, 75) g`);
    await db.execute(sql`insert into people (name, email)
      select 'Provperson ' || (g % 40), 'provperson' || g || '@prov.example'
      from generate_series(1, 120) g`);
    await db.execute(sql`insert into organisations (slug, name, kind, circle)
      select 'provorg-' || g, (array['Åby', 'Ärla', 'Örby', 'Aby', 'Zeta'])[g % 5 + 1] || ' provorg ' || g,
        'kommun', 'samrad'
      from generate_series(1, 70) g`);
    await db.execute(sql`insert into memberships (person_id, organisation_id, created_at)
      select p.id, (select id from organisations where slug = 'provorg-1'), now()
      from people p where p.email like 'provperson%'`);
    await db.execute(sql`insert into invitations (token_hash, email, organisation_id, expires_at, created_at)
      select 'provhash-' || g, 'inbjuden' || g || '@prov.example',
        (select id from organisations where slug = 'provorg-1'), now() + interval '7 days',
        now() - g * interval '1 microsecond'
      from generate_series(1, 60) g`);
    await db.execute(sql`insert into outbox ("to", subject, text, kind, created_at)
      select 'mottagare' || g || '@prov.example', 'Ämne ' || g, 'Text', 'test', now() - g * interval '1 microsecond'
      from generate_series(1, 65) g`);
    await db.execute(sql`insert into api_keys (name, secret_hash, prefix, owner_email, created_at)
      select 'Provnyckel ' || g, 'provhemlighet-' || g, 'ks_prov' || g, 'nyckel' || g || '@prov.example',
        now() - g * interval '1 microsecond'
      from generate_series(1, 58) g`);
    await db.execute(sql`insert into notifications (person_id, kind, reason, created_at)
      select ${participant.personId}, 'blocked', 'Prov', now() - g * interval '1 microsecond'
      from generate_series(1, 55) g`);
    await db.execute(sql`insert into comments (theme_id, author_id, body, hidden_at, hidden_by, created_at)
      select (select id from themes order by slug limit 1), ${participant.personId}, 'Dold kommentar ' || g, now(), 'reports',
        now() - g * interval '1 microsecond'
      from generate_series(1, 60) g`);
    const [meeting] = await api.database.rows<{ id: string; slug: string }>(
      sql`select id, slug from meetings order by slug limit 1`,
    );
    if (!meeting) throw new Error("no meeting");
    meetingSlug = meeting.slug;
    await db.execute(sql`insert into meeting_registrations (meeting_id, person_id, status, created_at)
      select ${meeting.id}, p.id,
        (array['confirmed', 'waitlisted', 'cancelled'])[(row_number() over (order by p.email)) % 3 + 1]::registration_status,
        now()
      from people p where p.email like 'provperson%'`);
  }, 120_000);
  afterAll(async () => {
    await api?.close();
  });

  const cases: {
    name: string;
    connection: Connection;
    viewer: () => Viewer | null;
    expected: () => Promise<string[]>;
  }[] = [
    {
      name: "the audit log, newest first, filtered",
      connection: { field: "auditLogConnection", args: `action: "test"` },
      viewer: () => coordinator,
      expected: () =>
        ids(sql`select id from audit_log where action like 'test%' order by at desc, id desc`),
    },
    {
      name: "people, by name",
      connection: { field: "peopleConnection", args: `search: "provperson"` },
      viewer: () => coordinator,
      expected: () =>
        ids(sql`select id from people where name ilike '%provperson%' or email ilike '%provperson%'
          order by name, id`),
    },
    {
      name: "organisations, in Swedish order, found by name",
      connection: { field: "organisationsConnection", args: `search: "provorg", circle: SAMRAD` },
      viewer: () => null,
      expected: () =>
        ids(sql`select id from organisations where name ilike '%provorg%'
          order by translate(lower(name), 'åäöæøéèüá', '{|}|}eeya') collate "C", id`),
    },
    {
      name: "an organisation's members, the longest-standing first",
      connection: {
        field: "membersConnection",
        parent: `organisation(slug: "provorg-1")`,
        node: "person { id }",
      },
      viewer: () => participant,
      expected: () =>
        ids(sql`select person_id as id from memberships
          where organisation_id = (select id from organisations where slug = 'provorg-1')
          order by created_at, person_id`),
    },
    {
      name: "an organisation's open invitations, newest first",
      connection: { field: "invitationsConnection", parent: `organisation(slug: "provorg-1")` },
      viewer: () => coordinator,
      expected: () =>
        ids(sql`select id from invitations
          where organisation_id = (select id from organisations where slug = 'provorg-1')
            and accepted_at is null and revoked_at is null
          order by created_at desc, id desc`),
    },
    {
      name: "open invitations, newest first",
      connection: { field: "invitationsConnection" },
      viewer: () => coordinator,
      expected: () =>
        ids(sql`select id from invitations where accepted_at is null and revoked_at is null
          order by created_at desc, id desc`),
    },
    {
      name: "the outbox, newest first",
      connection: { field: "outboxConnection" },
      viewer: () => coordinator,
      expected: () => ids(sql`select id from outbox order by created_at desc, id desc`),
    },
    {
      name: "the API keys, newest first",
      connection: { field: "apiKeysConnection" },
      viewer: () => coordinator,
      expected: () => ids(sql`select id from api_keys order by created_at desc, id desc`),
    },
    {
      name: "my notifications, newest first",
      connection: { field: "myNotificationsConnection" },
      viewer: () => participant,
      expected: () =>
        ids(sql`select id from notifications where person_id = ${participant.personId}
          order by created_at desc, id desc`),
    },
    {
      name: "the moderation queue, most recently written first",
      connection: { field: "moderationQueueConnection" },
      viewer: () => moderator,
      expected: () =>
        ids(sql`select c.id from comments c where c.deleted_at is null and (c.hidden_at is not null
          or exists (select 1 from comment_reports r where r.comment_id = c.id and r.resolved_at is null))
          order by c.created_at desc, c.id desc`),
    },
    {
      name: "the moderation log, newest first",
      connection: { field: "moderationLogConnection" },
      viewer: () => moderator,
      expected: () =>
        ids(
          sql`select id from audit_log where action like 'moderation.%' order by at desc, id desc`,
        ),
    },
    {
      name: "a meeting's registrations, places before the waiting list, the withdrawn last",
      connection: {
        field: "registrationsConnection",
        parent: "",
        args: "includeCancelled: true",
      },
      viewer: () => coordinator,
      expected: () =>
        ids(sql`select r.id from meeting_registrations r join meetings m on m.id = r.meeting_id
          where m.slug = ${meetingSlug} order by r.status, r.created_at, r.id`),
    },
  ];

  for (const { name, connection, viewer, expected } of cases) {
    it(`pages through ${name}, forwards and back, with its count`, async () => {
      const target =
        connection.parent === ""
          ? { ...connection, parent: `meeting(slug: "${meetingSlug}")` }
          : connection;
      const want = await expected();
      expect(want.length).toBeGreaterThan(50);
      const { forwards, backwards, total } = await walk(api, target, 50, viewer());
      expect(forwards).toEqual(want);
      expect(backwards).toEqual(want);
      expect(total).toBe(want.length);
      // A page of 7 from the middle: the items after the cursor, in order.
      const first = await page(api, target, "first: 7", viewer());
      const second = await page(
        api,
        target,
        `first: 7, after: "${first.pageInfo.endCursor}"`,
        viewer(),
      );
      expect(second.nodes.map((n) => n.id)).toEqual(want.slice(7, 14));
      const back = await page(
        api,
        target,
        `last: 7, before: "${second.pageInfo.startCursor}"`,
        viewer(),
      );
      expect(back.nodes.map((n) => n.id)).toEqual(want.slice(0, 7));
    });
  }

  /** The lists whose cursors hold a time as text, forged with a day no calendar has. */
  const timesForged: string[] = [];
  for (const { name, connection, viewer } of cases) {
    it(`refuses a cursor of ${name} cut short or holding a malformed id, as one it did not give out`, async () => {
      const target =
        connection.parent === ""
          ? { ...connection, parent: `meeting(slug: "${meetingSlug}")` }
          : connection;
      const given = (await page(api, target, "first: 7", viewer())).pageInfo.endCursor;
      const values = cursorValues(given ?? "");
      expect(values.length).toBeGreaterThan(1);
      const malformed = values.map((value) => (uuidChunk.test(value) ? "S:not-an-id" : value));
      expect(malformed).not.toEqual(values);
      // A time to the microsecond, held as text, that no calendar has.
      const badTime = values.map((value) =>
        /^S:\d{4}-\d{2}-\d{2}[ T]\d{2}:/.test(value) ? "S:2026-13-45 10:00:00.5+00" : value,
      );
      const forged = [
        values.slice(0, -1),
        values.slice(0, 1),
        malformed,
        ...(badTime.join() === values.join() ? [] : [badTime]),
      ].map((held) => cursorOf(given ?? "", held));
      if (badTime.join() !== values.join()) timesForged.push(name);
      for (const cursor of forged) {
        for (const [paging, field] of [
          [`first: 7, after: "${cursor}"`, "after"],
          [`last: 7, before: "${cursor}"`, "before"],
        ]) {
          const { errors } = await api.execute(pageSource(target, paging ?? ""), {}, viewer());
          expect(
            errors?.map((error) => ({
              message: error.message,
              ...error.extensions,
              path: error.path,
            })),
            `${paging} (${Buffer.from(withoutMark(cursor), "base64").toString("utf8")})`,
          ).toEqual([
            {
              message: invalidCursorMessage,
              code: "BAD_USER_INPUT",
              reason: "INVALID_CURSOR",
              field,
              // On the list itself, also for a list loaded with its parent's query.
              path: target.parent ? ["page", "inner"] : ["inner"],
            },
          ]);
        }
      }
    });
  }

  it("has forged a time that does not exist in the cursors of the lists ordered by time", () => {
    expect(timesForged.length).toBeGreaterThanOrEqual(8);
  });

  it("leaves no connection of the schema without a test of the cursors it refuses", () => {
    const typeOf = ({ parent }: Connection) =>
      parent === undefined ? "Query" : parent === "" ? "Meeting" : parent.split("(")[0];
    const tested = new Set([
      ...cases.map(({ connection }) => `${typeOf(connection)}.${connection.field}`.toLowerCase()),
      // forged-cursors.test.ts: the public lists, and a theme's thread (a blog post's is the same
      // connection of comments).
      "query.findingsconnection",
      "query.blogpostsconnection",
      "query.meetingsconnection",
      "query.commitmentsconnection",
      "query.organisationsconnection",
      "theme.commentsconnection",
      "blogpost.commentsconnection",
      // search.test.ts: the search's cursors are its own.
      "query.searchconnection",
    ]);
    // Every connection, known by its arguments: a new one fails here until a test forges its cursors.
    const untested = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .flatMap((type) =>
        Object.values(type.getFields())
          .filter((field) => isConnectionField(field.args.map((arg) => arg.name)))
          .map((field) => `${type.name}.${field.name}`),
      )
      .filter((name) => !tested.has(name.toLowerCase()));
    expect(untested).toEqual([]);
  });

  it("gives 50 by default and at most 100 a page", async () => {
    const byDefault = await page(api, { field: "auditLogConnection" }, "", coordinator);
    expect(byDefault.nodes).toHaveLength(50);
    const most = await page(api, { field: "auditLogConnection" }, "first: 500", coordinator);
    expect(most.nodes).toHaveLength(100);
  });

  it("counts in SQL only when the count is asked for", async () => {
    api.clearStatements();
    await api.query(`{ auditLogConnection(first: 3) { nodes { id } } }`, {}, coordinator);
    expect(api.statements.filter((s) => /count\(/i.test(s))).toEqual([]);
    api.clearStatements();
    const { auditLogConnection } = await api.query<{ auditLogConnection: { totalCount: number } }>(
      `{ auditLogConnection(action: "test.page") { totalCount } }`,
      {},
      coordinator,
    );
    expect(auditLogConnection.totalCount).toBe(130);
    expect(api.statements).toHaveLength(1);
    expect(api.statements[0]).toMatch(/count\(/i);
  });

  const refusals: { field: string; refused: (() => Viewer | null)[]; allowed: () => Viewer }[] = [
    {
      field: "auditLogConnection { totalCount }",
      refused: [() => null, () => participant, () => moderator],
      allowed: () => coordinator,
    },
    {
      field: "peopleConnection { totalCount }",
      refused: [() => null, () => participant, () => moderator],
      allowed: () => coordinator,
    },
    {
      field: "outboxConnection { totalCount }",
      refused: [() => null, () => participant, () => moderator],
      allowed: () => coordinator,
    },
    {
      field: "invitationsConnection { totalCount }",
      refused: [() => null, () => participant],
      allowed: () => coordinator,
    },
    {
      field: "moderationQueueConnection { totalCount }",
      refused: [() => null, () => participant],
      allowed: () => moderator,
    },
    {
      field: "moderationLogConnection { totalCount }",
      refused: [() => null, () => participant],
      allowed: () => moderator,
    },
    {
      field: "myNotificationsConnection { totalCount }",
      refused: [() => null],
      allowed: () => participant,
    },
    {
      field: `organisation(slug: "provorg-1") { membersConnection { totalCount } }`,
      refused: [() => null],
      allowed: () => participant,
    },
    {
      field: `organisation(slug: "provorg-1") { invitationsConnection { totalCount } }`,
      refused: [() => null, () => participant],
      allowed: () => coordinator,
    },
  ];
  for (const { field, refused, allowed } of refusals) {
    it(`lets only those the old list let in read ${field.split(" {")[0]}`, async () => {
      for (const viewer of refused) {
        const { errors } = await api.execute(`{ ${field} }`, {}, viewer());
        expect(errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
      }
      const { errors } = await api.execute(`{ ${field} }`, {}, allowed());
      expect(errors).toBeUndefined();
    });
  }

  it("refuses a meeting's registrations to a participant, and lets anyone read organisations", async () => {
    const registrations = await api.execute(
      `{ meeting(slug: "${meetingSlug}") { registrationsConnection { totalCount } } }`,
      {},
      participant,
    );
    expect(registrations.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const organisations = await api.execute(`{ organisationsConnection { totalCount } }`);
    expect(organisations.errors).toBeUndefined();
  });

  it("keeps the old plain lists, at most 100 items", async () => {
    const data = await api.query<{ auditLog: unknown[]; people: unknown[]; outbox: unknown[] }>(
      `{ auditLog(limit: 500) { id } people(search: "provperson") { id } outbox(limit: 500) { id } }`,
      {},
      coordinator,
    );
    expect(data.auditLog).toHaveLength(100);
    expect(data.people).toHaveLength(100);
    expect(data.outbox).toHaveLength(65);
  });

  it("searches people for the text as written in the old list too: `%` and `_` are no wildcards", async () => {
    const data = await api.query<{ wild: unknown[]; underscore: unknown[]; found: unknown[] }>(
      `{ wild: people(search: "%") { id } underscore: people(search: "_") { id }
         found: people(search: "provperson") { id } }`,
      {},
      coordinator,
    );
    expect(data.wild).toEqual([]);
    expect(data.underscore).toEqual([]);
    expect(data.found.length).toBeGreaterThan(0);
  });
});
