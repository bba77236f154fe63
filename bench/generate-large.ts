/**
 * A large data set for the API's load run, written by a few set-based statements (INSERT … SELECT
 * over generate_series) into a database migrated with the app's own migrations and seeded with
 * its reference data and demo people: 100 000 published findings with their themes, 500 000
 * comments (one theme's thread holds 100 000 of them) with agreements, 10 000 people in 300
 * organisations, 2 000 meetings with their registrations, and 50 000 entries of the audit log.
 *
 *   npx -y pnpm@10 --filter @kraftsamling/bench run generate-large
 *   # BENCH_POSTGRES=postgres://postgres@127.0.0.1:5432 BENCH_DATABASE=kraftsamling_bench
 *   # BENCH_PGLITE_DIR=/tmp/kraftsamling-bench-pglite SCALE=0.2 TARGET=postgres|pglite|both
 *
 * A database that holds the data set already (the same sizes) is left as it is.
 */
import { existsSync, rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { hashPassword } from "@kraftsamling/api/passwords";
import { type Database, openPglite, openPostgres, rowsOf, seed } from "@kraftsamling/db";
import { commentTexts, findingBodies, findingTitles } from "./large-texts";

export interface LargeSizes {
  findings: number;
  comments: number;
  /** The comments of the one long thread, part of `comments`. */
  threadComments: number;
  people: number;
  organisations: number;
  meetings: number;
  auditEntries: number;
}

export const fullSizes: LargeSizes = {
  findings: 100_000,
  comments: 500_000,
  threadComments: 100_000,
  people: 10_000,
  organisations: 300,
  meetings: 2_000,
  auditEntries: 50_000,
};

/** The sizes times a factor (PGlite writes far slower than PostgreSQL). */
export function scaledSizes(factor: number): LargeSizes {
  const scale = (n: number) => Math.max(1, Math.round(n * factor));
  return {
    findings: scale(fullSizes.findings),
    comments: scale(fullSizes.comments),
    threadComments: scale(fullSizes.threadComments),
    people: scale(fullSizes.people),
    organisations: fullSizes.organisations,
    meetings: scale(fullSizes.meetings),
    auditEntries: scale(fullSizes.auditEntries),
  };
}

/** The theme whose thread is the long one: the first by slug. */
export const longThreadSlug = `(select slug from themes order by slug limit 1)`;

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
const textArray = (texts: readonly string[]) => `array[${texts.map(quote).join(", ")}]`;

/** The statements that fill an empty, migrated and seeded database, in order. */
function statements(
  n: LargeSizes,
  known: {
    themes: number;
    organisations: number;
    commentHtml: boolean;
    threadCounts: boolean;
    signIns: boolean;
  },
): { label: string; sql: string }[] {
  // A comment's HTML, where the schema stores it, as the API renders it from the Markdown.
  const html = (number: string) =>
    known.commentHtml
      ? { column: ", body_html", value: `, replace(x.html, '§N§', ${number})` }
      : { column: "", value: "" };
  const topHtml = html("rows.g::text");

  // Constants, not counts in the statement: a join on `i = x % count` must hash, not loop.
  const themes = known.themes;
  const orgs = Math.max(known.organisations, n.organisations);
  const texts = commentTexts();
  const topLevel = Math.round(n.comments * 0.8);
  const threadTop = Math.round(n.threadComments * 0.8);
  const replyHtml = html(`(c.rn + ${topLevel})::text`);
  return [
    {
      label: "texts",
      sql: `create table bench_texts as
        select i - 1 as i, m as markdown, h as html
        from unnest(${textArray(texts.map((t) => t.markdown))}, ${textArray(texts.map((t) => t.html))})
          with ordinality as x(m, h, i)`,
    },
    {
      label: "organisations",
      sql: `insert into organisations (slug, name, kind, circle, description)
        select 'bench-org-' || g, 'Organisation ' || g,
          (enum_range(null::organisation_kind))[1 + g % 9],
          (enum_range(null::organisation_circle))[1 + g % 3],
          'En organisation i det breda deltagandet.'
        from generate_series(1, greatest(0, ${n.organisations} - (select count(*) from organisations))) g`,
    },
    {
      label: "people",
      sql: `insert into people (name, email, role, notification_mail, created_at)
        select 'Deltagare ' || g, 'person' || g || '@bench.example',
          (case when g % 50 = 0 then 'observer' else 'member' end)::portal_role,
          (enum_range(null::notification_mail))[1 + g % 3],
          timestamptz '2016-01-01' + g * interval '5 hours'
        from generate_series(1, ${n.people}) g`,
    },
    {
      label: "memberships",
      sql: `with p as (select id, (row_number() over (order by created_at, id))::int as i
                     from people where email like '%@bench.example'),
             o as (select id, (row_number() over (order by slug) - 1)::int as i,
                     count(*) over ()::int as n from organisations)
        insert into memberships (person_id, organisation_id, role)
        select p.id, o.id, (case when p.i % 40 = 0 then 'admin' else 'member' end)::membership_role
        from p join o on o.i = p.i % ${orgs}
        union all
        select p.id, o.id, 'member' from p join o on o.i = (p.i * 7 + 3) % ${orgs}
        where p.i % 4 = 0 and (p.i * 7 + 3) % ${orgs} <> p.i % ${orgs}
        on conflict do nothing`,
    },
    {
      label: "visits",
      sql: `insert into visits (municipality_code, round, visit_date, status, invented)
        select m.code, r, case r when 1 then date '2015-10-01' else date '2016-04-01' end
          + (hashtext(m.code) & 63), 'held', true
        from municipalities m cross join generate_series(1, 2) r
        on conflict do nothing`,
    },
    // Findings over three years; more in the municipalities with more people, none for surveys
    // and research; the phase follows the date.
    {
      label: "findings",
      sql: `with weighted as (
          select array_agg(code order by code) as codes from municipalities m,
            generate_series(1, 1 + coalesce(m.population, 10000) / 8000)),
        rows as (
          select g, random() as r, random() as t,
            (array['visit', 'visit', 'visit', 'visit', 'dialogue_meeting', 'dialogue_meeting',
              'hearing', 'round_table', 'webinar', 'survey', 'research'])[1 + g % 11] as source
          from generate_series(1, ${n.findings}) g)
        insert into findings (title, body, kind, source, status, phase_number, municipality_code,
          visit_id, observed_on, version, published_at, invented, created_at, updated_at)
        select (${textArray(findingTitles)})[1 + g % ${findingTitles.length}] || ' (' || g || ')',
          (${textArray(findingBodies)})[1 + g % ${findingBodies.length}] || ' '
            || (${textArray(findingBodies)})[1 + (g * 3 + 1) % ${findingBodies.length}],
          (case when g % 5 < 3 then 'challenge' else 'good_example' end)::finding_kind,
          rows.source::finding_source, 'published', least(5, 1 + floor(rows.t * 5))::int,
          m.code, v.id, (at - interval '12 days')::date, 1, at, false, at - interval '10 days', at
        from rows
        cross join lateral (select timestamptz '2015-03-01 08:00+01'
          + rows.t * interval '1000 days' as at) d
        cross join weighted
        left join lateral (select case when rows.source in ('survey', 'research') then null
          else weighted.codes[1 + floor(rows.r * array_length(weighted.codes, 1))::int] end as code) m on true
        left join visits v on rows.source = 'visit' and v.municipality_code = m.code
          and v.round = case when d.at < timestamptz '2016-01-01' then 1 else 2 end`,
    },
    {
      label: "finding themes",
      sql: `with t as (select id, (row_number() over (order by slug) - 1)::int as i,
                   count(*) over ()::int as n from themes),
             f as (select id, (row_number() over (order by created_at, id))::int as rn from findings
                   where title like '% (%)')
        insert into finding_themes (finding_id, theme_id)
        select f.id, t.id from f join t on t.i = (f.rn::bigint * f.rn) % ${themes}
          or (f.rn % 3 = 0 and t.i = (f.rn::bigint * f.rn + 1) % ${themes})
        on conflict do nothing`,
    },
    {
      label: "finding revisions",
      sql: `insert into finding_revisions (finding_id, version, title, body, kind, source,
          phase_number, theme_ids, municipality_code, visit_id, observed_on, edited_at)
        select f.id, 1, f.title, f.body, f.kind, f.source, f.phase_number,
          array(select ft.theme_id from finding_themes ft where ft.finding_id = f.id),
          f.municipality_code, f.visit_id, f.observed_on, f.created_at
        from findings f where f.title like '% (%)'
        on conflict do nothing`,
    },
    // The long thread over two years, the others' over ten; an author of the 10 000 (some for
    // their organisation); a few deleted and a few hidden by a moderator.
    {
      label: "comments",
      sql: `with t as (select id, (row_number() over (order by slug) - 1)::int as i,
                   count(*) over ()::int as n from themes),
             p as (select id, (row_number() over (order by created_at, id) - 1)::int as i,
                   count(*) over ()::int as n from people where email like '%@bench.example'),
             o as (select id, (row_number() over (order by slug) - 1)::int as i,
                   count(*) over ()::int as n from organisations),
             rows as (
               select g, case when g <= ${threadTop} then 0 else 1 + g % ${themes - 1} end as theme_i,
                 case when g <= ${threadTop} then timestamptz '2024-11-01' + g * (interval '730 days' / ${threadTop})
                   else timestamptz '2016-06-01' + random() * interval '3650 days' end as at
               from generate_series(1, ${topLevel}) g)
        insert into comments (theme_id, author_id, organisation_id, body${topHtml.column}, depth,
          created_at, updated_at, deleted_at, hidden_at, hidden_by, hidden_reason)
        select t.id, p.id, case when rows.g % 3 = 0 then o.id end,
          replace(x.markdown, '§N§', rows.g::text)${topHtml.value}, 0, rows.at, rows.at,
          case when rows.g % 211 = 0 then rows.at + interval '1 hour' end,
          case when rows.g % 307 = 0 then rows.at + interval '2 hours' end,
          case when rows.g % 307 = 0 then 'moderator'::comment_hidden_by end,
          case when rows.g % 307 = 0 then 'Utanför ämnet.' end
        from rows
        join t on t.i = rows.theme_i
        join p on p.i = (rows.g::bigint * 7919) % ${n.people}
        join o on o.i = ((rows.g::bigint * 7919) % ${n.people} + 1) % ${orgs}
        join bench_texts x on x.i = (rows.g * 13) % ${texts.length}`,
    },
    {
      label: "replies",
      sql: `with c as (select id, theme_id, created_at,
                   (row_number() over (order by created_at, id))::int as rn
                 from comments where depth = 0 and theme_id is not null),
             p as (select id, (row_number() over (order by created_at, id) - 1)::int as i,
                   count(*) over ()::int as n from people where email like '%@bench.example')
        insert into comments (theme_id, author_id, parent_id, body${replyHtml.column}, depth,
          created_at, updated_at)
        select c.theme_id, p.id, c.id, replace(x.markdown, '§N§', (c.rn + ${topLevel})::text)${replyHtml.value}, 1,
          c.created_at + (1 + c.rn % 600) * interval '1 minute',
          c.created_at + (1 + c.rn % 600) * interval '1 minute'
        from c join p on p.i = (c.rn::bigint * 104729) % ${n.people}
        join bench_texts x on x.i = (c.rn * 5) % ${texts.length}
        where c.rn % 4 = 0`,
    },
    // A word a few thousand comments hold (one in 200), for a search of realistic breadth.
    {
      label: "kinship mentions",
      sql: kinshipMentions(known.commentHtml),
    },
    {
      label: "agreements",
      sql: `with c as (select id, created_at, (row_number() over (order by created_at, id))::int as rn
                 from comments where deleted_at is null and hidden_at is null),
             p as (select id, (row_number() over (order by created_at, id) - 1)::int as i,
                   count(*) over ()::int as n from people where email like '%@bench.example')
        insert into comment_agreements (comment_id, person_id, created_at)
        select c.id, p.id, c.created_at + k * interval '1 hour'
        from c cross join generate_series(1, c.rn % 6) k
        join p on p.i = (c.rn::bigint * 31 + k * 7919) % ${n.people}
        where c.rn % 3 = 0
        on conflict do nothing`,
    },
    {
      label: "meetings",
      sql: `insert into meetings (slug, title, description, kind, starts_at, ends_at, city, place,
          capacity, registration_opens_at, registration_closes_at, audience, status, created_at)
        select 'bench-meeting-' || g, 'Dialogmöte ' || g, 'Ett möte om barn och unga i socialtjänsten.',
          (enum_range(null::meeting_kind))[1 + g % 6], at, at + interval '3 hours',
          (array['Stockholm', 'Göteborg', 'Malmö', 'Umeå', 'Luleå', 'Jönköping'])[1 + g % 6],
          'Konferenslokalen', 30 + g % 170, at - interval '60 days', at - interval '1 day',
          (case when g % 10 = 0 then 'invited' else 'open' end)::meeting_audience,
          (case when g % 41 = 0 then 'draft' when at < timestamptz '2026-11-30' then 'held'
            else 'published' end)::meeting_status,
          at - interval '90 days'
        from generate_series(1, ${n.meetings}) g
        cross join lateral (select timestamptz '2015-09-01 09:00+02'
          + g * (interval '4200 days' / ${n.meetings}) as at) d`,
    },
    {
      label: "registrations",
      sql: `with m as (select id, starts_at, capacity,
                   (row_number() over (order by starts_at, id))::int as rn from meetings
                 where slug like 'bench-meeting-%'),
             p as (select id, (row_number() over (order by created_at, id) - 1)::int as i,
                   count(*) over ()::int as n from people where email like '%@bench.example')
        insert into meeting_registrations (meeting_id, person_id, status, created_at, confirmed_at,
          attended)
        select m.id, p.id,
          (case when k > m.capacity then 'waitlisted' when k % 17 = 0 then 'cancelled'
            else 'confirmed' end)::registration_status,
          m.starts_at - interval '30 days' + k * interval '1 hour',
          case when k <= m.capacity then m.starts_at - interval '30 days' + k * interval '1 hour' end,
          k % 5 <> 0 and m.starts_at < timestamptz '2026-11-30'
        from m cross join generate_series(1, 5 + (m.rn * 7) % 36) k
        join p on p.i = (m.rn * 211 + k * 37) % ${n.people}
        on conflict do nothing`,
    },
    {
      label: "audit log",
      sql: `insert into audit_log (actor_id, actor_name, action, subject_type, subject_id, after, at)
        select p.id, p.name, (array['meeting.publish', 'finding.publish', 'person.invite',
            'comment.hide', 'organisation.update'])[1 + g % 5],
          (array['meeting', 'finding', 'person', 'comment', 'organisation'])[1 + g % 5],
          g::text, jsonb_build_object('n', g), timestamptz '2015-09-01' + g * (interval '4000 days' / ${n.auditEntries})
        from generate_series(1, ${n.auditEntries}) g
        cross join (select id, name from people order by email limit 1) p`,
    },
    { label: "texts dropped", sql: `drop table bench_texts` },
    // People who take part sign in: none of them is an unused account that the retention sweep
    // would erase while a run measures.
    ...(known.signIns
      ? [
          {
            label: "sign-ins",
            sql: `update people set last_signed_in_at = now() - (abs(hashtext(email)) % 300) * interval '1 day'
              where email like '%@bench.example'`,
          },
        ]
      : []),
    // The triggers that keep each thread's count are off while the data is written: count once.
    ...(known.threadCounts
      ? [
          {
            label: "thread counts",
            sql: `update themes t set comment_count = (select count(*) from comments c where c.theme_id = t.id)`,
          },
          {
            label: "post counts",
            sql: `update blog_posts p set comment_count = (select count(*) from comments c where c.post_id = p.id)`,
          },
        ]
      : []),
  ];
}

const kinshipSentence =
  "Hos oss har vi goda erfarenheter av nätverkshem, där barnet bor hos släkt.";

/** Adds a sentence about kinship care to every 200th comment that lacks it. */
export function kinshipMentions(commentHtml: boolean): string {
  return `update comments c set body = c.body || '\n\n${kinshipSentence}'
      ${commentHtml ? `, body_html = c.body_html || '<p>${kinshipSentence}</p>\n'` : ""}
    from (select id from (select id, row_number() over (order by created_at, id) as rn
      from comments) n where n.rn % 200 = 0) picked
    where c.id = picked.id and c.body not like '%nätverkshem%'`;
}

/** What the data set holds, to tell whether it is there already. */
async function counts(database: Database): Promise<Record<string, number>> {
  const result = await database.db.execute(`select
      (select count(*) from comments)::int as comments,
      (select count(*) from people where email like '%@bench.example')::int as people,
      (select count(*) from meetings where slug like 'bench-meeting-%')::int as meetings`);
  return rowsOf<Record<string, number>>(result)[0] ?? {};
}

/** Whether the database holds this data set already. */
export async function holdsLargeData(database: Database, sizes: LargeSizes): Promise<boolean> {
  const c = await counts(database).catch(() => ({}) as Record<string, number>);
  // Where the schema stores a comment's HTML, every comment of the data set has it.
  const missingHtml = await database.db
    .execute(`select count(*)::int as n from comments where body_html is null`)
    .then((result) => rowsOf<{ n: number }>(result)[0]?.n ?? 0)
    .catch(() => 0);
  if (missingHtml > 100) return false;
  return (
    c.people === sizes.people &&
    c.meetings === sizes.meetings &&
    (c.comments ?? 0) >= sizes.comments
  );
}

/**
 * Migrates and seeds (reference data and the demo people, who sign in with the demo password),
 * then fills the data set in one transaction with triggers and foreign-key checks off (the data is
 * consistent by construction; the live-update triggers would queue a notice per comment), then
 * has the tables vacuumed and analysed. Prints each step's time.
 */
export async function generateLarge(database: Database, sizes: LargeSizes): Promise<void> {
  const started = performance.now();
  await database.migrate();
  await seed(database.db, {
    demo: true,
    demoPasswordHash: await hashPassword("kraftsamling-demo"),
  });
  const [known] = rowsOf<{
    themes: number;
    organisations: number;
    commentHtml: boolean;
    threadCounts: boolean;
    signIns: boolean;
  }>(
    await database.db.execute(`select (select count(*) from themes)::int as themes,
      (select count(*) from organisations)::int as organisations,
      exists (select 1 from information_schema.columns where table_name = 'comments'
        and column_name = 'body_html') as "commentHtml",
      exists (select 1 from information_schema.columns where table_name = 'themes'
        and column_name = 'comment_count') as "threadCounts",
      exists (select 1 from information_schema.columns where table_name = 'people'
        and column_name = 'last_signed_in_at') as "signIns"`),
  );
  if (!known) throw new Error("no themes or organisations to count");
  await database.db.transaction(async (tx) => {
    await tx.execute(`set local statement_timeout = 0`);
    await tx.execute(`set local session_replication_role = replica`);
    await tx.execute(`set local work_mem = '64MB'`);
    for (const step of statements(sizes, known)) {
      const t0 = performance.now();
      const result = (await tx.execute(step.sql)) as { rowCount?: number; affectedRows?: number };
      const rows = result.rowCount ?? result.affectedRows ?? 0;
      console.log(
        `  ${step.label.padEnd(18)} ${String(rows).padStart(8)} rows ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s`,
      );
    }
  });
  const t0 = performance.now();
  for (const table of [
    "findings",
    "finding_themes",
    "comments",
    "comment_agreements",
    "people",
    "memberships",
    "meetings",
    "meeting_registrations",
    "audit_log",
    "visits",
    "themes",
    "organisations",
  ]) {
    await database.db.execute(`vacuum analyze ${table}`).catch(async () => {
      await database.db.execute(`analyze ${table}`);
    });
  }
  console.log(
    `  vacuum analyze              ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s`,
  );
  console.log(
    `  in all                      ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`,
  );
}

export const postgresServer = process.env.BENCH_POSTGRES ?? "postgres://postgres@127.0.0.1:5432";
export const benchDatabaseName = process.env.BENCH_DATABASE ?? "kraftsamling_bench";
export const benchDatabaseUrl = `${postgresServer}/${benchDatabaseName}`;
export const pgliteDir = process.env.BENCH_PGLITE_DIR ?? "/tmp/kraftsamling-bench-pglite";
/** PGlite writes and reads in the API's own process, single-threaded: a fifth of the data set. */
export const pgliteScale = Number(process.env.SCALE ?? 0.2);

/** Creates the bench database on PostgreSQL anew and fills it, unless it holds the data set. */
export async function ensurePostgresData(force = false): Promise<void> {
  const sizes = fullSizes;
  if (!force) {
    const existing = await openPostgres(benchDatabaseUrl).catch(() => null);
    if (existing) {
      const ready = await holdsLargeData(existing, sizes);
      await existing.close();
      if (ready) return;
    }
  }
  const admin = await openPostgres(`${postgresServer}/postgres`);
  await admin.db.execute(`drop database if exists ${benchDatabaseName} with (force)`);
  await admin.db.execute(`create database ${benchDatabaseName}`);
  await admin.close();
  console.log(`PostgreSQL ${benchDatabaseUrl}:`);
  const database = await openPostgres(benchDatabaseUrl);
  try {
    await generateLarge(database, sizes);
  } finally {
    await database.close();
  }
}

/** Fills a PGlite data folder anew with the scaled data set, unless it holds it. */
export async function ensurePgliteData(force = false): Promise<void> {
  const sizes = scaledSizes(pgliteScale);
  if (!force && existsSync(pgliteDir)) {
    const existing = await openPglite({ dataDir: pgliteDir }).catch(() => null);
    if (existing) {
      const ready = await holdsLargeData(existing, sizes);
      await existing.close();
      if (ready) return;
    }
  }
  rmSync(pgliteDir, { recursive: true, force: true });
  console.log(`PGlite ${pgliteDir} (sizes × ${pgliteScale}):`);
  const database = await openPglite({ dataDir: pgliteDir });
  try {
    await generateLarge(database, sizes);
  } finally {
    await database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const target = process.env.TARGET ?? "both";
  const force = process.env.FORCE !== undefined;
  if (target === "postgres" || target === "both") await ensurePostgresData(force);
  if (target === "pglite" || target === "both") await ensurePgliteData(force);
  process.exit(0);
}
