/**
 * The national picture under load: 100 000 published findings (with their themes) over the 290
 * municipalities and both rounds of visits, then `findingCounts` with a mix of groupings and
 * filters sent as GraphQL over HTTP to a started API, 10 at a time, on PostgreSQL (a database of
 * its own, dropped after) and on PGlite. Prints p50, p99, mean and requests per second for each,
 * and the plan of the costliest grouping on PostgreSQL.
 *
 *   npx -y pnpm@10 --filter @kraftsamling/bench run findings-picture
 *   BENCH_POSTGRES=postgres://postgres@127.0.0.1:5432 REQUESTS=400 FINDINGS=100000 npx -y pnpm@10 --filter @kraftsamling/bench run findings-picture
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createLog } from "@kraftsamling/api/log";
import { createMailer } from "@kraftsamling/api/mailer";
import { createServer } from "@kraftsamling/api/server";
import { type Database, openPglite, openPostgres, seed } from "@kraftsamling/db";

const findingCount = Number(process.env.FINDINGS ?? 100_000);
const requests = Number(process.env.REQUESTS ?? 400);
const concurrency = 10;
const server = process.env.BENCH_POSTGRES ?? "postgres://postgres@127.0.0.1:5432";
const benchDatabase = "bench_findings";

const query = `query ($groupBy: [FindingDimension!]!, $filter: FindingFilter) {
  findingCounts(groupBy: $groupBy, filter: $filter) {
    total invented cells { count theme { slug } group { code } county { code } phase { number } kind source round }
  }
}`;

/** The mix the portal asks for: one dimension, two, the map, and filtered views. */
const mix: { groupBy: string[]; filter?: Record<string, unknown> }[] = [
  { groupBy: ["THEME"] },
  { groupBy: ["COUNTY"] },
  { groupBy: ["GROUP", "KIND"] },
  { groupBy: ["THEME", "ROUND"], filter: { sources: ["VISIT"] } },
  { groupBy: ["PHASE", "SOURCE"], filter: { countyCodes: ["01", "12", "14"] } },
  { groupBy: ["COUNTY", "THEME"], filter: { kinds: ["CHALLENGE"] } },
  { groupBy: [], filter: { search: "familjehem" } },
  { groupBy: ["KIND"], filter: { groupCodes: ["A1", "B3"], phaseNumbers: [2, 4] } },
];

/** Fills the picture's tables in a few set-based statements. */
async function fill(database: Database): Promise<number> {
  const started = performance.now();
  const run = (statement: string) => database.db.execute(statement);
  await run(`delete from findings`);
  await run(`delete from visits`);
  await run(`
    insert into visits (municipality_code, round, visit_date, status, invented)
    select m.code, r, case r when 1 then date '2015-10-01' else date '2016-04-01' end,
      (case when (hashtext(m.code) + r) % 5 = 0 then 'planned' when r = 1 then 'written_up' else 'held' end)::visit_status,
      true
    from municipalities m cross join generate_series(1, 2) r`);
  await run(`
    with m as (select code, (row_number() over (order by code) - 1)::int as i from municipalities)
    insert into findings (title, body, kind, source, status, phase_number, municipality_code,
      visit_id, published_at, invented)
    select 'Iakttagelse ' || g,
      case when g % 13 = 0 then 'Familjehem saknas i kommunen, sa de. ' else 'Barnets bästa i arbetet. ' end
        || repeat('Socialtjänsten berättade om sitt arbete. ', 1 + g % 6),
      (case when g % 3 = 0 then 'good_example' else 'challenge' end)::finding_kind,
      s.source::finding_source, 'published', 1 + g % 5,
      case when s.source in ('survey', 'research') then null else m.code end,
      case when s.source = 'visit' then v.id end,
      timestamptz '2015-03-01 08:00+01' + g * interval '7 minutes',
      g % 97 = 0
    from generate_series(1, ${findingCount}) g
    cross join lateral (select (array['visit', 'visit', 'visit', 'dialogue_meeting', 'hearing',
      'round_table', 'webinar', 'survey', 'research'])[1 + g % 9] as source) s
    join m on m.i = g % 290
    left join visits v on v.municipality_code = m.code and v.round = 1 + (g / 9) % 2`);
  await run(`
    with t as (select id, (row_number() over (order by slug) - 1)::int as i,
                 count(*) over ()::int as n from themes),
      f as (select id, (row_number() over (order by published_at))::int as rn from findings)
    insert into finding_themes (finding_id, theme_id)
    select f.id, t.id from f join t on t.i = f.rn % t.n
      or (f.rn % 3 = 0 and t.i = (f.rn + 1) % t.n and t.n > 1)`);
  await run(`vacuum analyze findings`);
  await run(`vacuum analyze finding_themes`);
  await run(`analyze visits`);
  return performance.now() - started;
}

async function measure(
  name: string,
  database: Database,
  capture: { sql: string[]; params: unknown[][] },
) {
  const fillMs = await fill(database);
  const [counts] = (
    (await database.db.execute(
      `select (select count(*) from findings)::int as findings, (select count(*) from finding_themes)::int as themes, (select count(*) from visits)::int as visits`,
    )) as { rows: unknown[] }
  ).rows as { findings: number; themes: number; visits: number }[];
  const log = createLog("error");
  const api = await createServer({
    database,
    log,
    services: {
      mailer: createMailer({
        database,
        smtpUrl: undefined,
        from: "bench@kraftsamling.example",
        log,
        printLinks: false,
      }),
      config: { publicUrl: "http://bench.test", nodeEnv: "test" },
    },
    portalDir: "/nonexistent",
  });
  const { url } = await api.listen(0, "127.0.0.1");
  const send = async (variables: (typeof mix)[number]) => {
    const started = performance.now();
    const response = await fetch(`${url}graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (response.status !== 200 || body.errors)
      throw new Error(`request failed: ${JSON.stringify(body)}`);
    return performance.now() - started;
  };
  /** Sends `requests` questions, 10 at a time; `between(i)` runs before the i-th is sent. */
  const run = async (
    label: string,
    question: (i: number) => (typeof mix)[number],
    between?: (i: number) => Promise<void>,
  ) => {
    const samples: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < requests) {
          const i = next++;
          await between?.(i);
          samples.push(await send(question(i)));
        }
      }),
    );
    const wall = performance.now() - started;
    const sorted = [...samples].sort((a, b) => a - b);
    const at = (q: number) =>
      sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
    const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
    console.log(
      `${name.padEnd(10)} ${label.padEnd(34)} n=${samples.length} c=${concurrency}  p50 ${at(0.5).toFixed(1)} ms  p99 ${at(0.99).toFixed(1)} ms  mean ${mean.toFixed(1)} ms  ${((samples.length / wall) * 1000).toFixed(1)} req/s`,
    );
  };
  console.log(
    `${name.padEnd(10)} ${counts?.findings} findings, ${counts?.themes} theme links, ${counts?.visits} visits (filled in ${(fillMs / 1000).toFixed(1)} s)`,
  );
  // Every question new: the mix, each time with another county left out and another set of
  // phases, so that no answer kept in memory serves it and every request counts the findings.
  const allCounties = [
    "01",
    "03",
    "04",
    "05",
    "06",
    "07",
    "08",
    "09",
    "10",
    "12",
    "13",
    "14",
    "17",
    "18",
    "19",
    "20",
    "21",
    "22",
    "23",
    "24",
    "25",
  ];
  const withoutWords = mix.filter((view) => !view.filter?.search);
  const withWords = mix.filter((view) => view.filter?.search);
  const fresh = (views: typeof mix) => (i: number) => {
    const base = views[i % views.length] ?? { groupBy: [] };
    const leftOut = allCounties[Math.floor(i / views.length) % allCounties.length];
    const phase = 1 + (Math.floor(i / (views.length * allCounties.length)) % 5);
    const kind = Math.floor(i / (views.length * allCounties.length * 5)) % 3;
    return {
      groupBy: base.groupBy,
      filter: {
        ...base.filter,
        countyCodes:
          (base.filter?.countyCodes as string[] | undefined) ??
          allCounties.filter((c) => c !== leftOut),
        phaseNumbers: [1, 2, 3, 4, 5].filter((p) => p !== phase),
        ...(kind === 0 ? {} : { kinds: [kind === 1 ? "CHALLENGE" : "GOOD_EXAMPLE"] }),
      },
    };
  };
  // The findings do not change during these two runs: the first request counts them once.
  await send({ groupBy: [] });
  await run("new questions, no words", fresh(withoutWords));
  await run("new questions with words (SQL)", fresh(withWords));
  // The dashboard: the same views asked again and again, while the coordinator publishes a
  // finding every 50 requests, after which each view is counted once anew.
  const republish = async (i: number) => {
    if (i > 0 && i % 50 === 0)
      await database.db.execute(
        `update findings set updated_at = now() where id = (select id from findings order by published_at desc limit 1)`,
      );
  };
  for (const variables of mix) await send(variables); // warm up: one of each
  await run(
    "dashboard views, a change per 50",
    (i) => mix[i % mix.length] ?? { groupBy: [] },
    republish,
  );
  for (const variables of mix) await send(variables); // counted once after the last change
  await run("dashboard views, no change", (i) => mix[i % mix.length] ?? { groupBy: [] });
  // Once more after a change, for the statements and their plans: the cube counted anew, and a
  // question with words, which is counted in SQL.
  await republish(50);
  capture.sql.length = 0;
  capture.params.length = 0;
  await send({ groupBy: ["THEME", "COUNTY"], filter: { kinds: ["GOOD_EXAMPLE"] } });
  await send({ groupBy: ["THEME", "COUNTY"], filter: { search: "familjehem barn" } });
  await api.stop();
}

const admin = await openPostgres(`${server}/postgres`);
await admin.db.execute(`drop database if exists ${benchDatabase}`);
await admin.db.execute(`create database ${benchDatabase}`);
const captured: { sql: string[]; params: unknown[][] } = { sql: [], params: [] };
const postgresUrl = `${server}/${benchDatabase}`;
const postgres = await openPostgres(postgresUrl, (text, params) => {
  captured.sql.push(text);
  captured.params.push(params);
});
try {
  await postgres.migrate();
  await seed(postgres.db, { demo: false });
  await measure("postgres", postgres, captured);
  const pool = (
    postgres.db as unknown as {
      $client: {
        query(text: string, params: unknown[]): Promise<{ rows: Record<string, string>[] }>;
      };
    }
  ).$client;
  for (const [label, marker] of [
    ["the cube of the published findings (once per change)", "with themed"],
    ["findingCounts(groupBy: [THEME, COUNTY], search: familjehem barn)", "totals.total"],
  ] as const) {
    const index = captured.sql.findIndex((s) => s.includes(marker));
    if (index < 0) continue;
    const plan = await pool.query(
      `explain (analyze, buffers) ${captured.sql[index]}`,
      captured.params[index] as unknown[],
    );
    console.log(`\nEXPLAIN ANALYZE ${label}:`);
    for (const row of plan.rows) console.log(`  ${row["QUERY PLAN"]}`);
  }
} finally {
  await postgres.close();
  await admin.db.execute(`drop database if exists ${benchDatabase}`);
  await admin.close();
}

const dataDir = mkdtempSync(join(tmpdir(), "bench-findings-"));
const pglite = await openPglite({ dataDir });
try {
  await pglite.migrate();
  await seed(pglite.db, { demo: false });
  await measure("pglite", pglite, { sql: [], params: [] });
} finally {
  await pglite.close();
  rmSync(dataDir, { recursive: true, force: true });
}
