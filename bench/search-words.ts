/**
 * What the stored search words (`comments.search_words`, a tsvector the database keeps with the
 * body) change for a broad search: 100 000 comments in one thread that all speak of "familjehem",
 * matched, counted and ranked (the best 20) as the search does, once reading the stored words and
 * once taking every body apart again (`to_tsvector` on the text, as before the column). The two are
 * alternated five times in one run; prints each one's median and the ratio.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx -y pnpm@10 --filter @kraftsamling/bench run search-words
 *   npx -y pnpm@10 --filter @kraftsamling/bench run search-words     (on PGlite)
 */
import { performance } from "node:perf_hooks";
import { rowsOf, seed } from "@kraftsamling/db";
import { freshDatabase } from "@kraftsamling/db/testing";

const comments = 100_000;
const database = await freshDatabase();
await seed(database.db, { demo: false });
const [theme] = rowsOf<{ id: string }>(
  await database.db.execute(`
    insert into themes (slug, title, description, status)
    values ('bench-familjehem', 'Familjehem', 'Stödet till familjehemmen.', 'open')
    returning id`),
);
if (!theme) throw new Error("no theme");
const started = performance.now();
await database.db.execute(`
  insert into comments (theme_id, body, created_at)
  select '${theme.id}'::uuid,
    'Vi ser att familjehem i kommun ' || g || ' behöver mer stöd: handläggarna byts ofta och barnen '
      || (array['väntar länge på placering', 'flyttas mellan hem', 'får inte träffa sina syskon'])[g % 3 + 1]
      || ', vilket oroar oss som arbetar med frågorna varje dag.',
    now() - g * interval '1 second'
  from generate_series(1, ${comments}) g`);
await database.db.execute("analyze comments");
console.log(
  `${comments} comments written in ${((performance.now() - started) / 1000).toFixed(1)} s (${database.kind})`,
);

const query = "websearch_to_tsquery('swedish', 'familjehem')";
const ways = {
  "stored words": "search_words",
  "words taken apart on each read": "to_tsvector('swedish', body)",
};

/** The count and the best 20, as the search asks them, in milliseconds. */
async function timed(words: string): Promise<number> {
  const at = performance.now();
  const [counted] = rowsOf<{ n: number }>(
    await database.db.execute(`select count(*)::int as n from comments where ${words} @@ ${query}`),
  );
  const best = rowsOf(
    await database.db.execute(`
      select id, ts_rank(${words}, ${query}) as rank from comments where ${words} @@ ${query}
      order by rank desc, id desc limit 20`),
  );
  if (counted?.n !== comments || best.length !== 20) throw new Error("unexpected answer");
  return performance.now() - at;
}

const times: Record<string, number[]> = Object.fromEntries(Object.keys(ways).map((w) => [w, []]));
for (let round = 0; round < 5; round++) {
  for (const [name, words] of Object.entries(ways)) times[name]?.push(await timed(words));
}
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const [stored, parsed] = Object.values(times).map(median);
for (const [name, values] of Object.entries(times)) {
  console.log(
    `${name.padEnd(32)} median ${median(values).toFixed(0).padStart(6)} ms  (${values.map((v) => v.toFixed(0)).join(", ")})`,
  );
}
console.log(
  `stored words are ${((parsed ?? 0) / (stored || 1)).toFixed(1)} times as fast for the count and the best 20 of ${comments} matches`,
);
await database.close();
