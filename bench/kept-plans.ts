/**
 * Kept statements on data that is not spread evenly: the page of 50 findings for one filter,
 * asked right after the same filter with other values, against the same request planned for its
 * own values. The API keeps a statement it sends again (packages/db/src/named-statements.ts);
 * PostgreSQL may then, after five runs, plan it once for any values, and such a plan suits some
 * values and not others: the plan for a few days of findings reads every finding when the range
 * is years. The page is asked without its total, which another statement counts. Each case asks
 * the measured values 5 times in a new API process (the first runs of a kept statement are always
 * planned for their values), and in another new process the other values 10 times and then the
 * measured values 5 times; both processes are first warmed by 30 pages of another filter. The
 * requests go one at a time, so that they share one of the pool's connections. A ratio near 1 is
 * what a kept statement must give.
 *
 *   npx -y pnpm@10 --filter @kraftsamling/bench run kept-plans
 *   # API_MAIN=apps/api/dist/main.js (the build measured); COMPARE_MAIN=another build, in turn
 */
import { benchDatabaseUrl, ensurePostgresData } from "./generate-large";
import { post } from "./load-client";
import { type Started, startApi } from "./load-processes";

const findingFields = `id title kind source publishedAt
  themes { id slug title }
  municipality { code name county { code name } }`;
const query = `query KeptPlanPage($filter: FindingFilter) {
  findingsConnection(filter: $filter, first: 50) {
    edges { cursor node { ${findingFields} } }
  }
}`;

interface Case {
  name: string;
  /** The values asked first, ten times in a row. */
  before: Record<string, unknown>;
  /** The values measured, on their own and after `before`. */
  measured: Record<string, unknown>;
}

/** Filters whose values select very different shares of the 100 000 findings. */
const cases: Case[] = [
  {
    name: "years of findings after a few days",
    before: { observedFrom: "2017-11-10", observedTo: "2017-11-13" },
    measured: { observedFrom: "2015-01-01", observedTo: "2018-01-01" },
  },
  {
    name: "a few days after years of findings",
    before: { observedFrom: "2015-01-01", observedTo: "2018-01-01" },
    measured: { observedFrom: "2017-11-10", observedTo: "2017-11-13" },
  },
  {
    name: "the smallest county after the largest",
    before: { countyCodes: ["14"] },
    measured: { countyCodes: ["09"] },
  },
  {
    name: "the largest county after the smallest",
    before: { countyCodes: ["09"] },
    measured: { countyCodes: ["14"] },
  },
  {
    name: "a rare kind and source after a common one",
    before: { kinds: ["CHALLENGE"], sources: ["VISIT"] },
    measured: { kinds: ["GOOD_EXAMPLE"], sources: ["RESEARCH"] },
  },
];

/** A filter of another shape, asked first so that the process has compiled its hot code. */
const warmUp = { phaseNumbers: [1, 2] };

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** The milliseconds each of `times` requests for `filter` took, one after another. */
async function ask(api: Started, filter: Record<string, unknown>, times: number) {
  const spent: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    const { text } = await post(api.url, {
      operationName: "KeptPlanPage",
      query,
      variables: { filter },
    });
    spent.push(performance.now() - started);
    if (!text.startsWith('{"data"') || text.includes('"errors"'))
      throw new Error(`the API answered ${JSON.stringify(filter)} with ${text.slice(0, 300)}`);
  }
  return spent;
}

await ensurePostgresData();
const target = { databaseUrl: benchDatabaseUrl };
const builds: Record<string, string | undefined> = { API: undefined };
if (process.env.COMPARE_MAIN) builds["API (COMPARE_MAIN)"] = process.env.COMPARE_MAIN;
const table = [
  "| build | case | on its own (median of 5) | after the other values ×10 (median of 5) | ratio |",
  "| --- | --- | ---: | ---: | ---: |",
];
let port = 4730;

/** `run` on an API process of its own, warmed by pages of another filter, stopped after. */
async function inNewApi(main: string | undefined, run: (api: Started) => Promise<number[]>) {
  const api = await startApi(target, port++, main);
  try {
    await ask(api, warmUp, 30);
    return await run(api);
  } finally {
    await api.stop();
  }
}
for (const [build, main] of Object.entries(builds)) {
  for (const { name, before, measured } of cases) {
    // A new process for each sequence: no connection has kept the statement yet.
    const alone = median(await inNewApi(main, (api) => ask(api, measured, 5)));
    const after = median(
      await inNewApi(main, async (api) => {
        await ask(api, before, 10);
        return ask(api, measured, 5);
      }),
    );
    const line = `| ${build} | ${name} | ${alone.toFixed(1)} ms | ${after.toFixed(1)} ms | ${(after / alone).toFixed(2)} |`;
    console.log(line);
    table.push(line);
  }
}
console.log(`\n${table.join("\n")}`);
process.exit(0);
