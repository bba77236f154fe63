/**
 * The floor: a plain node:http server that answers the load run's requests (by their operation
 * name, see load-requests.ts) with one SQL statement each, which builds the whole JSON answer in
 * the database. No GraphQL, no framework, no checks but the session the signed-in requests need
 * (in the same statement). Whatever the API does beyond this is its own cost; the load run gives
 * the API's figures as ratios to this server's, measured in the same run.
 *
 *   DATABASE_URL=postgres://… PORT=4100 tsx floor-server.ts
 *   DATA_DIR=/tmp/kraftsamling-bench-pglite PORT=4100 tsx floor-server.ts
 */
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { type Database, openDatabase } from "@kraftsamling/db";

type Query = (text: string, params: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

/** The driver's own client (node-postgres pool or PGlite), without drizzle in between. */
function clientOf(database: Database): Query {
  const client = (database.db as unknown as { $client: { query: Query } }).$client;
  return (text, params) => client.query(text, params);
}

const escaped = (column: string) =>
  `replace(replace(replace(${column}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;
const headline = `'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter='' … '''`;

const findingJson = (p: string) => `json_build_object(
  'id', ${p}.id, 'title', ${p}.title, 'kind', upper(${p}.kind::text),
  'source', upper(${p}.source::text), 'publishedAt', ${p}.published_at,
  'themes', (select coalesce(json_agg(json_build_object('id', t.id, 'slug', t.slug, 'title', t.title)
      order by t.title), '[]') from finding_themes ft join themes t on t.id = ft.theme_id
    where ft.finding_id = ${p}.id),
  'municipality', (select json_build_object('code', m.code, 'name', m.name,
      'county', json_build_object('code', c.code, 'name', c.name))
    from municipalities m join counties c on c.code = m.county_code where m.code = ${p}.municipality_code))`;

const findingMatches = `f.status = 'published'
  and f.municipality_code in (select code from municipalities where county_code = any($1::text[]))
  and exists (select 1 from finding_themes ft where ft.finding_id = f.id
    and ft.theme_id = any($2::uuid[]))`;

const findingOrder = (p: string) => `${p}.published_at desc, ${p}.id desc`;

/**
 * The matches of the search words for the session named by `session`: themes, and comments for a
 * signed-in person. `select` chooses what each match gives (the rank only where it is needed).
 */
const searchMatches = (session: string, theme: string, comment: string) => `(
    select ${theme} from themes t, q
    where to_tsvector('swedish', t.title || ' ' || t.description) @@ q.q and t.status <> 'archived'
    union all
    select ${comment} from comments c join themes t on t.id = c.theme_id, q
    where exists (select 1 from sessions s where s.token_hash = ${session} and s.expires_at > now())
      and c.search_words @@ q.q
      and c.deleted_at is null and c.hidden_at is null and t.status <> 'archived')`;

/** The best `limit + 1` hits by rank, and how many in all, counted without a rank. */
const searchHits = (session: string) => `q as (select websearch_to_tsquery('swedish', $1) as q),
  hits as (select * from ${searchMatches(
    session,
    `'THEME' as kind, t.id, ts_rank(to_tsvector('swedish', t.title || ' ' || t.description), q.q) as rank`,
    `'COMMENT', c.id, ts_rank(c.search_words, q.q)`,
  )} h order by rank desc, kind desc, id limit $2 + 1),
  total as (select count(*) as n from ${searchMatches(session, "1", "1")} m),
  hit_texts as (select h.*, t.slug, t.title, case when h.kind = 'COMMENT' then h.id::text end as comment_id,
      case when h.kind = 'THEME' then t.title || ' ' || t.description else c.body end as doc
    from hits h left join comments c on h.kind = 'COMMENT' and c.id = h.id
    join themes t on t.id = case when h.kind = 'THEME' then h.id else c.theme_id end)`;

const searchHitJson = `json_build_object('kind', h.kind, 'themeSlug', h.slug, 'themeTitle', h.title,
  'commentId', h.comment_id,
  'snippet', ts_headline('swedish', ${escaped("h.doc")}, q.q, ${headline}), 'rank', h.rank)`;

/** Statements by operation name; each returns one row with the answer's JSON text as `body`. */
const statements: Record<string, { sql: string; params: (body: RequestBody) => unknown[] }> = {
  ThemeTitles: {
    sql: `select json_build_object('data', json_build_object('themes', coalesce(json_agg(
        json_build_object('id', id, 'title', title) order by phase_number, title), '[]')))::text as body
      from themes where status <> 'archived'`,
    params: () => [],
  },
  FindingsPage: {
    sql: `with page as (select f.id, f.title, f.kind, f.source, f.published_at, f.municipality_code
        from findings f where ${findingMatches} order by ${findingOrder("f")} limit 50)
      select json_build_object('data', json_build_object('findings', coalesce(json_agg(
        ${findingJson("p")} order by ${findingOrder("p")}), '[]')))::text as body from page p`,
    params: (b) => [b.variables?.filter?.countyCodes, b.variables?.filter?.themeIds],
  },
  FindingsConnectionPage: {
    sql: `with page as (select f.id, f.title, f.kind, f.source, f.published_at, f.municipality_code
        from findings f where ${findingMatches} order by ${findingOrder("f")} limit 51),
      shown as (select * from page order by ${findingOrder("page")} limit 50)
      select json_build_object('data', json_build_object('findingsConnection', json_build_object(
        'totalCount', (select count(*) from findings f where ${findingMatches}),
        'edges', (select coalesce(json_agg(json_build_object(
            'cursor', encode(convert_to(p.published_at::text || ' ' || p.id, 'utf8'), 'base64'),
            'node', ${findingJson("p")}) order by ${findingOrder("p")}), '[]') from shown p),
        'pageInfo', json_build_object('hasNextPage', (select count(*) from page) > 50,
          'endCursor', (select encode(convert_to(p.published_at::text || ' ' || p.id, 'utf8'), 'base64')
            from shown p order by p.published_at, p.id limit 1)))))::text as body`,
    params: (b) => [b.variables?.filter?.countyCodes, b.variables?.filter?.themeIds],
  },
  FindingCountsThemeGroup: {
    sql: `with cells as (select ft.theme_id, m.group_code, count(*)::int as n
        from findings f join finding_themes ft on ft.finding_id = f.id
        left join municipalities m on m.code = f.municipality_code
        where f.status = 'published' group by 1, 2)
      select json_build_object('data', json_build_object('findingCounts', json_build_object(
        'total', (select count(*) from findings where status = 'published'),
        'cells', (select coalesce(json_agg(json_build_object('count', c.n,
            'theme', json_build_object('id', t.id, 'title', t.title),
            'group', case when g.code is null then null
              else json_build_object('code', g.code, 'name', g.name) end)
          order by c.n desc, t.title, g.code), '[]')
          from cells c join themes t on t.id = c.theme_id
          left join municipality_groups g on g.code = c.group_code))))::text as body`,
    params: () => [],
  },
  SearchPage: {
    sql: `with ${searchHits("$3")}
      select json_build_object('data', json_build_object('search', coalesce(json_agg(${searchHitJson}
        order by h.rank desc, h.kind desc, h.id), '[]')))::text as body
      from (select * from hit_texts order by rank desc, kind desc, id limit $2) h, q`,
    params: (b) => [b.variables?.text, 20, b.sessionHash],
  },
  SearchConnectionPage: {
    sql: `with ${searchHits("$3")},
        shown as (select * from hit_texts order by rank desc, kind desc, id limit $2)
      select json_build_object('data', json_build_object('searchConnection', json_build_object(
        'totalCount', (select n from total),
        'edges', (select coalesce(json_agg(json_build_object(
            'cursor', encode(convert_to(h.rank::text || ' ' || h.id, 'utf8'), 'base64'),
            'node', ${searchHitJson}) order by h.rank desc, h.kind desc, h.id), '[]') from shown h, q),
        'pageInfo', json_build_object('hasNextPage', (select count(*) from hits) > $2,
          'endCursor', (select encode(convert_to(h.rank::text || ' ' || h.id, 'utf8'), 'base64')
            from shown h order by h.rank, h.kind, h.id desc limit 1)))))::text as body`,
    params: (b) => [b.variables?.text, 20, b.sessionHash],
  },
  ThreadFirstPage: {
    sql: `with viewer as (select s.person_id from sessions s
          where s.token_hash = $2 and s.expires_at > now()),
        th as (select id from themes where slug = $1),
        page as (select c.* from comments c
          where c.theme_id = (select id from themes where slug = $1)
            and exists (select 1 from viewer) order by c.created_at, c.id limit 51),
        shown as (select * from page order by created_at, id limit 50)
      select json_build_object('data', json_build_object('theme', (select json_build_object(
        'id', th.id, 'commentsConnection', json_build_object(
          'totalCount', (select count(*) from comments c where c.theme_id = th.id),
          'edges', (select coalesce(json_agg(json_build_object(
              'cursor', encode(convert_to(p.created_at::text || ' ' || p.id, 'utf8'), 'base64'),
              'node', json_build_object('id', p.id, 'parentId', p.parent_id, 'depth', p.depth,
                'createdAt', p.created_at,
                'bodyHtml', case when p.deleted_at is null and p.hidden_at is null then p.body_html end,
                'agreeCount', (select count(*) from comment_agreements a where a.comment_id = p.id),
                'agreedByMe', exists (select 1 from comment_agreements a join viewer v
                  on v.person_id = a.person_id where a.comment_id = p.id),
                'author', (select json_build_object('id', pe.id, 'name', pe.name)
                  from people pe where pe.id = p.author_id),
                'organisation', (select json_build_object('id', o.id, 'name', o.name)
                  from organisations o where o.id = p.organisation_id)))
            order by p.created_at, p.id), '[]') from shown p),
          'pageInfo', json_build_object('hasNextPage', (select count(*) from page) > 50,
            'endCursor', (select encode(convert_to(p.created_at::text || ' ' || p.id, 'utf8'), 'base64')
              from shown p order by p.created_at desc, p.id desc limit 1))))
        from th)))::text as body`,
    params: (b) => [b.variables?.slug, b.sessionHash],
  },
};

interface RequestBody {
  operationName?: string;
  variables?: {
    filter?: { countyCodes?: string[]; themeIds?: string[] };
    text?: string;
    slug?: string;
  };
  sessionHash?: string | null;
}

/** The session cookie's token, hashed as the API stores it. */
function sessionHashOf(cookie: string | undefined): string | null {
  const token = /(?:^|;\s*)ks_session=([^;]+)/.exec(cookie ?? "")?.[1];
  return token ? createHash("sha256").update(decodeURIComponent(token)).digest("hex") : null;
}

/** The statement of one operation, for the load run to print (and EXPLAIN). */
export function floorStatement(operationName: string): string | undefined {
  return statements[operationName]?.sql;
}

export async function startFloorServer(options: {
  database: Database;
  port: number;
  cookieName?: string;
}): Promise<{ url: string; close: () => Promise<void> }> {
  const query = clientOf(options.database);
  const server = createServer((req, res) => {
    if (req.url === "/healthz") {
      res.writeHead(200, { "content-type": "application/json" }).end('{"status":"ok"}');
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as RequestBody;
        const statement = statements[body.operationName ?? ""];
        if (!statement) {
          res.writeHead(400, { "content-type": "application/json" });
          res.end('{"errors":[{"message":"unknown operation"}]}');
          return;
        }
        body.sessionHash = sessionHashOf(req.headers.cookie);
        const { rows } = await query(statement.sql, statement.params(body));
        res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
        res.end(rows[0]?.body as string);
      } catch (error) {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const databaseUrl = process.env.DATABASE_URL;
  const database = await openDatabase(
    databaseUrl ? { databaseUrl } : { dataDir: process.env.DATA_DIR ?? "./data" },
  );
  const { url } = await startFloorServer({ database, port: Number(process.env.PORT ?? 4100) });
  process.stdout.write(`floor server at ${url}\n`);
  const stop = async () => {
    await database.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
}
